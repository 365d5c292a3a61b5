#pragma once

#include <QCoreApplication>
#include <QString>

namespace attune {

// The one place where the names the app stores (a cue kind, a technique, an outcome) become the
// words the agent reads, translated. The sidebar, the history, the exports and the dialogs all
// ask here, so a label is written, and translated, once.
class DisplayLabels
{
    Q_DECLARE_TR_FUNCTIONS(DisplayLabels)

public:
    // "frustration" -> "frustrated" (how the customer sounded); an unknown kind as it is.
    static QString feeling(const QString& cueKind);
    // "open_question" -> "Open question"; an unknown technique as it is.
    static QString technique(const QString& technique);
    // "follow_up" -> "follow-up"; an unknown outcome as it is.
    static QString outcome(const QString& outcome);
};

} // namespace attune
