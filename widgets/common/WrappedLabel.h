#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>

namespace attune {

// A word-wrapped QLabel that remembers the heights it measured. A layout asks a label for its
// height at the same width many times while it settles (the box, its minimum, the scroll area,
// each of them again after every geometry change); QLabel lays the whole text out anew each time,
// which made the sidebar's few sentences cost more than drawing them. The answers are QLabel's
// own, so it looks and lays out exactly as a QLabel does.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;

    // How many heights were measured rather than remembered (for the tests).
    int measuredCount() const { return m_measured; }

private:
    // Everything QLabel's height for a width depends on, for a text label.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        bool wordWrap = false;
        bool operator==(const Inputs&) const = default;
    };
    Inputs currentInputs() const;

    mutable Inputs m_inputs;
    // A few widths are enough: a layout settles on one or two, the scroll area tries one more.
    mutable std::array<std::pair<int, int>, 6> m_heights{};
    mutable int m_known = 0;
    mutable int m_next = 0;
    mutable int m_measured = 0;
};

} // namespace attune
