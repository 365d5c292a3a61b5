#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace attune {

// The sidebar's title row: the name and one icon button per window action (always on top,
// compact view, settings; history and self-assessment when the app has them).
class SidebarTopBar : public QWidget
{
    Q_OBJECT

public:
    // Draws an action's icon in the palette's ink; called again when the palette changes.
    using IconPainter = std::function<QIcon(const QColor&)>;

    explicit SidebarTopBar(QWidget* parent = nullptr);

    // A button at the end of the row for `action`, named `name`, its tooltip giving the shortcut.
    QToolButton* addButton(QAction* action, const QString& name, IconPainter icon);
    // The same, placed before the first button (the window's own toggles stay at the end).
    QToolButton* insertButton(QAction* action, const QString& name, IconPainter icon);
    // Paints every action's icon again in the current palette's ink.
    void refreshIcons();

private:
    QToolButton* makeButton(QAction* action, const QString& name, IconPainter icon);

    QHBoxLayout* m_layout = nullptr;
    QLabel* m_title = nullptr;
    QToolButton* m_firstWindowButton = nullptr;
    QList<QPair<QAction*, IconPainter>> m_icons;
};

} // namespace attune
