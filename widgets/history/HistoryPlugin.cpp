#include "history/HistoryPlugin.h"

#include "history/HistoryWindow.h"

// The module's symbols it does not define itself (the stores, the model, the gate) come from the
// attune executable, which exports them (ENABLE_EXPORTS).
extern "C" Q_DECL_EXPORT QWidget*
attune_create_history_window(const attune::HistoryWindowParts& parts)
{
    auto* window =
        new attune::HistoryWindow(parts.store, parts.coaching, parts.trends, parts.rubric,
                                  parts.gate, parts.exports, parts.profileSummary);
    window->addTeamScope(parts.team);
    return window;
}
