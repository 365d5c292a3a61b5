#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace attune {

// Paints the team view's cells, each one line of plain text. QStyledItemDelegate lays every cell
// out anew on every paint (a QTextLayout, shaped again to elide it), and on ten million calls
// that was nearly all the GUI thread did while scrolling. Here a cell's text is shaped once into
// a QStaticText, elided to its column's width, and kept for the texts painted lately: agents,
// outcomes, scores and times repeat from row to row, and a row painted again (scrolling back,
// a repaint after a page arrives) costs a glyph copy. Anything but plain text (a check box or an
// icon) is painted by QStyledItemDelegate as before.
class TeamCallDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // About twenty screens of cells.
    static constexpr int kTextsKept = 8000;

    explicit TeamCallDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const QStaticText& shaped(const QString& text, int width,
                              const QStyleOptionViewItem& option) const;

    mutable QCache<QString, QStaticText> m_texts;
    mutable QFont m_font;
};

} // namespace attune
