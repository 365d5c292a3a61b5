#include "history/HistoryPlugin.h"

#include "history/HistoryWindow.h"

// The module's symbols it does not define itself (the stores, the model, the gate) come from the
// attune executable, which exports them (ENABLE_EXPORTS).
extern "C" Q_DECL_EXPORT QWidget*
attune_create_history_window(const attune::HistoryWindowParts& parts)
{
    return new attune::HistoryWindow(parts.history, parts.coaching, parts.rubric, parts.gate,
                                     parts.exports, parts.profileSummary);
}
