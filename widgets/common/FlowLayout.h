#pragma once

#include <QLayout>
#include <QList>

namespace attune {

// Lays its widgets out left to right and starts a new line when the next one would not fit, like
// words in a paragraph. A row of choices ("Resolved / Follow-up needed / Escalated") stays one
// line where there is room, and wraps instead of pushing the sidebar wider than its strip in a
// language whose words are longer. Its height depends on its width (heightForWidth), which the
// sidebar's scroll area honours as it does for wrapped labels.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int horizontalSpacing = 6,
                        int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // One line with every item on it.
    QSize sizeHint() const override;
    // The widest single item: anything wider is wrapped onto lines of its own.
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (only measures when `move` is false); returns the height used.
    int arrange(const QRect& rect, bool move) const;

    QList<QLayoutItem*> m_items;
    int m_horizontalSpacing;
    int m_verticalSpacing;
};

} // namespace attune
