#include "history/TeamCallDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace attune {

TeamCallDelegate::TeamCallDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_texts(kTextsKept)
{}

const QStaticText& TeamCallDelegate::shaped(const QString& text, int width,
                                            const QStyleOptionViewItem& option) const
{
    if (option.font != m_font) {
        m_texts.clear();
        m_font = option.font;
    }
    QString key = text;
    key += QChar(0x1f);
    key += QString::number(width);
    key += QChar(0x1f);
    key += QString::number(int(option.textElideMode));
    if (QStaticText* kept = m_texts.object(key))
        return *kept;
    const QFontMetrics metrics(option.font);
    auto* made = new QStaticText(metrics.horizontalAdvance(text) > width
                                     ? metrics.elidedText(text, option.textElideMode, width)
                                     : text);
    made->setTextFormat(Qt::PlainText);
    made->setPerformanceHint(QStaticText::AggressiveCaching);
    made->prepare(QTransform(), option.font);
    m_texts.insert(key, made);
    return *made;
}

void TeamCallDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (cell.features &
        (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(cell.text, QString());
    // The background, selection and focus frame, as the style paints them (no text to lay out).
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    // The text's place as QCommonStyle puts it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = cell.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText& glyphs = shaped(text, area.width(), cell);
    const QSizeF size = glyphs.size();
    const Qt::Alignment align = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.right() + 1 - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    const qreal y = area.top() + (area.height() - size.height()) / 2;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (cell.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setClipRect(area);
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(
        group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), glyphs);
    painter->restore();
}

} // namespace attune
