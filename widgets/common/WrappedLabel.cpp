#include "common/WrappedLabel.h"

namespace attune {

WrappedLabel::WrappedLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    return {text(),      font(),       contentsMargins(),      margin(),  indent(),
            alignment(), textFormat(), textInteractionFlags(), wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const
{
    Inputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_inputs = std::move(inputs);
        m_known = 0;
        m_next = 0;
    }
    for (int i = 0; i < m_known; ++i) {
        if (m_heights[i].first == width)
            return m_heights[i].second;
    }
    const int height = QLabel::heightForWidth(width);
    ++m_measured;
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % int(m_heights.size());
    if (m_known < int(m_heights.size()))
        ++m_known;
    return height;
}

} // namespace attune
