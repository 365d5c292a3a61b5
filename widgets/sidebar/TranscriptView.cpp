#include "sidebar/TranscriptView.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>

namespace attune {

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent)
{
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(font());
    // Tall enough for the last few lines; older ones slide out at the top.
    setFixedHeight(fontMetrics().lineSpacing() * 7 + 8);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TranscriptView::setHtml(const QString& html)
{
    m_document.setHtml(html);
    m_document.setTextWidth(width());
    update(); // no updateGeometry(): the box never changes size
}

QSize TranscriptView::sizeHint() const
{
    return QSize(200, height());
}

void TranscriptView::addLine(const QString& text, bool customer, bool final, bool replacesLast)
{
    const Line shown{text, customer, final};
    if (replacesLast && !m_lines.isEmpty())
        m_lines.last() = shown;
    else
        m_lines.append(shown);
    while (m_lines.size() > kLinesShown)
        m_lines.removeFirst();
    render();
}

void TranscriptView::clear()
{
    m_lines.clear();
    render();
}

QStringList TranscriptView::lines() const
{
    QStringList lines;
    for (const Line& line : m_lines)
        lines << line.text;
    return lines;
}

void TranscriptView::render()
{
    // The customer's words in the text colour, the agent's dimmer, a partial line in italics.
    // Every piece of transcript text is escaped: it is never read as markup.
    const QString agentColour = palette().color(QPalette::PlaceholderText).name();
    QStringList html;
    for (const Line& line : m_lines) {
        QString text = line.text.toHtmlEscaped();
        if (!line.final)
            text = QStringLiteral("<i>%1</i>").arg(text);
        html << (line.customer
                     ? QStringLiteral("<p style=\"margin-bottom:4px; font-weight:500\">%1</p>")
                           .arg(text)
                     : QStringLiteral("<p style=\"margin-bottom:4px; color:%1\">%2</p>")
                           .arg(agentColour, text));
    }
    setHtml(html.join(QString()));
    setAccessibleDescription(lines().join(QLatin1Char('\n')));
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_document.setTextWidth(width());
}

void TranscriptView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_document.setDefaultFont(font());
        setFixedHeight(fontMetrics().lineSpacing() * 7 + 8);
        update();
    }
}

void TranscriptView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setClipRect(rect());
    // Bottom-aligned: the newest line is always in view, the oldest leaves at the top.
    const qreal overflow = std::max<qreal>(0, m_document.size().height() - height());
    painter.translate(0,
                      height() - std::min<qreal>(m_document.size().height(), height()) - overflow);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    m_document.documentLayout()->draw(&painter, context);
}

} // namespace attune
