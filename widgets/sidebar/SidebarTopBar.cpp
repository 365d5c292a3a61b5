#include "sidebar/SidebarTopBar.h"

#include "sidebar/SidebarSection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace attune {

SidebarTopBar::SidebarTopBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topBar"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(14, 8, 8, 4);
    m_layout->setSpacing(2);
    m_title = new QLabel(tr("Attune"), this);
    m_title->setFont(SidebarSection::titleFont(font()));
    m_title->setAccessibleName(tr("Attune"));
    m_layout->addWidget(m_title, 1);
}

QToolButton* SidebarTopBar::makeButton(QAction* action, const QString& name, IconPainter icon)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(name);
    button->setToolTip(
        QStringLiteral("%1 (%2)").arg(name, action->shortcut().toString(QKeySequence::NativeText)));
    m_icons.append({action, std::move(icon)});
    return button;
}

QToolButton* SidebarTopBar::addButton(QAction* action, const QString& name, IconPainter icon)
{
    QToolButton* button = makeButton(action, name, std::move(icon));
    m_layout->addWidget(button);
    if (!m_firstWindowButton)
        m_firstWindowButton = button;
    refreshIcons();
    return button;
}

QToolButton* SidebarTopBar::insertButton(QAction* action, const QString& name, IconPainter icon)
{
    QToolButton* button = makeButton(action, name, std::move(icon));
    const int at = m_firstWindowButton ? m_layout->indexOf(m_firstWindowButton) : m_layout->count();
    m_layout->insertWidget(at, button);
    refreshIcons();
    return button;
}

void SidebarTopBar::refreshIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    for (const auto& [action, icon] : m_icons)
        action->setIcon(icon(ink));
}

} // namespace attune
