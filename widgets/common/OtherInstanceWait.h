#pragma once

#include "integration/AppPaths.h"

#include <QCoreApplication>

#include <functional>

namespace attune {

// A launch of Attune beside one that holds the data folder without listening yet: it is still
// opening its database, or quitting and answering what it had applied. The launch waits for it
// (at most `timeoutMs`), in an event loop rather than a sleep, so that after a second it can say
// so: on standard error, and in a small window when `mayShowWindow`, with a button to stop
// waiting. It used to wait the whole 30 s with nothing on the screen, and an agent who clicked
// the icon again and again saw nothing happen.
class OtherInstanceWait
{
    Q_DECLARE_TR_FUNCTIONS(OtherInstanceWait)

public:
    enum class Outcome
    {
        Listening, // the other one listens now: bring it forward
        Gone,      // it let the data folder go: this one takes its place
        TimedOut,  // it holds the folder and still does not listen
        Stopped,   // the agent stopped waiting
    };

    // How long the wait goes on before it says so.
    static constexpr int kSilentMs = 1000;

    // `say` writes the notice where a command's messages go (standard error, with its prefix).
    static Outcome run(const AppPaths& paths, bool mayShowWindow, int timeoutMs,
                       const std::function<void(const QString&)>& say);
};

} // namespace attune
