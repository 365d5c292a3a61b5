#include "history/HistoryPlugin.h"

#include "history/HistoryWindow.h"
#include "history/PracticeHistoryList.h"

#include <QTabWidget>

// The module's symbols it does not define itself (the stores, the model, the gate) come from the
// attune executable, which exports them (ENABLE_EXPORTS).
extern "C" Q_DECL_EXPORT QWidget*
attune_create_history_window(const attune::HistoryWindowParts& parts)
{
    auto* window = new attune::HistoryWindow(parts.history, parts.coaching, parts.rubric,
                                             parts.gate, parts.exports, parts.profileSummary);
    // Practice runs on a page of their own, never among the calls.
    if (parts.practice)
        window->tabs()->addTab(new attune::PracticeHistoryList(*parts.practice),
                               attune::PracticeHistoryList::tr("Practice"));
    window->addTeamScope(parts.team);
    return window;
}
