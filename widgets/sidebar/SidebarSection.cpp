#include "sidebar/SidebarSection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace attune::SidebarSection {

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

QWidget* make(const QString& title, QWidget* body, const QString& accessibleName)
{
    auto* section = new QWidget;
    section->setAccessibleName(accessibleName);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* heading = new QLabel(title, section);
    heading->setFont(titleFont(section->font()));
    heading->setAccessibleName(title);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    body->setParent(section);
    layout->addWidget(body);
    return section;
}

} // namespace attune::SidebarSection
