#pragma once

#include <QIcon>

namespace attune::Icons {

// Toolbar glyphs drawn in the palette's text colour, so they follow light, dark and
// high-contrast themes and stay sharp at any scale factor.
QIcon pin(const QColor& color);
QIcon compact(const QColor& color);
QIcon settings(const QColor& color);
QIcon checklist(const QColor& color);
QIcon history(const QColor& color);
QIcon app();

} // namespace attune::Icons
