#include "sidebar/PendingPart.h"

#include "common/WrappedLabel.h"

#include <QFontMetrics>
#include <QVBoxLayout>

namespace attune {

PendingPart::PendingPart(QString unavailable, QWidget* parent)
    : QWidget(parent)
    , m_unavailable(std::move(unavailable))
{
    // Nothing to read or reach until the part is there.
    setFocusPolicy(Qt::NoFocus);
}

void PendingPart::showUnavailable()
{
    if (m_label)
        return;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new WrappedLabel(m_unavailable, this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(m_unavailable);
    layout->addWidget(m_label);
    m_label->show();
    updateGeometry();
}

QSize PendingPart::sizeHint() const
{
    if (m_label)
        return QWidget::sizeHint();
    // The font's metrics are known already (the headings use them); no text is laid out.
    return {0, fontMetrics().lineSpacing()};
}

QSize PendingPart::minimumSizeHint() const
{
    if (m_label)
        return QWidget::minimumSizeHint();
    return sizeHint();
}

} // namespace attune
