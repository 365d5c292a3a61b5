#pragma once

#include "CallEvents.h"
#include "CallTypes.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QList>

#include <boost/signals2/connection.hpp>
#include <boost/signals2/signal.hpp>

#include <mutex>
#include <vector>

namespace attune {

// Owns the lifecycle of the agent's call: idle -> ringing -> active -> wrap-up -> idle.
// Each transition is one method and one signal, and nothing else changes a call. Impossible
// transitions are refused with a reason (returned, logged and announced on `rejected`), never
// a crash, because sources are outside programs that do send nonsense.
//
// Thread-safe: sources publish from any thread. A transition and the emission of its signal
// happen under one lock, so every subscriber sees transitions in the order they happened.
// Slots must therefore not block; they hop to their own thread (ThreadHop.h).
class CallSession
{
    Q_DECLARE_TR_FUNCTIONS(CallSession)

public:
    explicit CallSession(const Clock& clock);
    CallSession(const CallSession&) = delete;
    CallSession& operator=(const CallSession&) = delete;

    // Subscribes to a bus; the connections end with the session.
    void attach(CallEvents& bus);

    bool ring(const CallStartedEvent& event, QString* error = nullptr);
    bool answer(const QString& callId, QString* error = nullptr);
    bool addUtterance(const QString& callId, const Utterance& utterance, QString* error = nullptr);
    bool end(const QString& callId, QString* error = nullptr);
    bool finishWrapUp(QString* error = nullptr);
    bool updateCustomer(const QString& callId, const CallerInfo& caller, QString* error = nullptr);

    Call current() const;
    QList<Utterance> transcript() const;
    qint64 monotonicNowMs() const { return m_clock.monotonicMs(); }

    boost::signals2::signal<void(const Call&, qint64 requestedAtEpochMs)> ringing;
    boost::signals2::signal<void(const Call&)> answered;
    // `replacedPartial`: the line replaces the previous partial line of the same speaker.
    boost::signals2::signal<void(const Call&, const Utterance&, bool replacedPartial)>
        utteranceAdded;
    // The call after it ended: state WrapUp if it was answered, Idle if it was missed.
    boost::signals2::signal<void(const Call&)> ended;
    boost::signals2::signal<void(const Call&)> wrapUpFinished;
    boost::signals2::signal<void(const Call&)> customerUpdated;
    boost::signals2::signal<void(const QString& reason)> rejected;

private:
    bool refuse(const QString& reason, QString* error);
    // Resolves an event's call id ("" = the live call) and checks the call is in `allowed`.
    bool checkCall(const QString& callId, std::initializer_list<CallState> allowed,
                   const char* what, QString* error);

    const Clock& m_clock;
    mutable std::recursive_mutex m_mutex;
    Call m_call;
    QList<Utterance> m_transcript;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
