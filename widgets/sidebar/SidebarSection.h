#pragma once

#include <QFont>
#include <QString>

class QWidget;

namespace attune {

// The sidebar's sections share one look: a small upper-case heading over a body. Every part of
// the sidebar builds its headings here, so the look changes in one place.
namespace SidebarSection {

QFont titleFont(const QFont& base);
// A heading over `body`; the section takes `body` as its child.
QWidget* make(const QString& title, QWidget* body, const QString& accessibleName);

} // namespace SidebarSection

} // namespace attune
