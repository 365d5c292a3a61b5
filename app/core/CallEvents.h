#pragma once

#include "CallTypes.h"

#include <boost/signals2/signal.hpp>

namespace attune {

struct CallStartedEvent
{
    QString callId; // empty: the session makes one up
    QString source; // which integration heard the call
    CallerInfo caller;
    // Wall-clock epoch ms at which the outside request began (the `attune call start` process,
    // say), or 0. Only used to measure how fast a screen pop reaches the screen.
    qint64 requestedAtEpochMs = 0;
};

// The one place call sources publish to. Every source (command line, URL, softphone, WebSocket,
// demo player) calls these signals; nothing else about a source is visible to the core.
//
// Boost.Signals2 signals are thread-safe, so a source may publish from its own thread. Slots run
// on the publishing thread: a subscriber that owns thread-affine state hops (see
// ThreadHop.h) before touching it.
class CallEvents
{
public:
    CallEvents() = default;
    CallEvents(const CallEvents&) = delete;
    CallEvents& operator=(const CallEvents&) = delete;

    boost::signals2::signal<void(const CallStartedEvent&)> callStarted;
    // An empty call id means "the call that is live now", for sources that know no ids.
    boost::signals2::signal<void(const QString& callId)> callAnswered;
    boost::signals2::signal<void(const QString& callId, const Utterance&)> utterance;
    boost::signals2::signal<void(const QString& callId)> callEnded;
    boost::signals2::signal<void(const QString& callId, const CallerInfo&)> customerUpdated;
};

} // namespace attune
