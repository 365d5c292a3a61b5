#pragma once

#include <QList>

class QWidget;

namespace attune {

// Widgets made inside a part after its window was built (a page built the first time it is
// shown, a form opened later) come last in the window's focus chain. This makes the ones that
// take focus follow `anchor` (a widget made with the window, before the parts), part by part in
// the order given and within a part in the order they were made, so Tab reaches them where it
// would have had they been built with the window. Pages of one stack are passed together:
// Qt 6.4's setTabOrder leaves a widget where it is when no other widget that takes focus sits
// between, so a page placed alone can land before an earlier page's widgets.
void placeFocusChainAfter(QWidget* anchor, const QList<QWidget*>& parts);

} // namespace attune
