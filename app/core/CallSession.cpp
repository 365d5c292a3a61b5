#include "CallSession.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QUuid>

namespace attune {

CallSession::CallSession(const Clock& clock)
    : m_clock(clock)
{}

void CallSession::attach(CallEvents& bus)
{
    // Sources get no answer through the bus; a refusal is logged and announced on `rejected`.
    m_connections.emplace_back(
        bus.callStarted.connect([this](const CallStartedEvent& event) { ring(event); }));
    m_connections.emplace_back(
        bus.callAnswered.connect([this](const QString& callId) { answer(callId); }));
    m_connections.emplace_back(bus.utterance.connect(
        [this](const QString& callId, const Utterance& line) { addUtterance(callId, line); }));
    m_connections.emplace_back(
        bus.callEnded.connect([this](const QString& callId) { end(callId); }));
    m_connections.emplace_back(
        bus.customerUpdated.connect([this](const QString& callId, const CallerInfo& caller) {
            updateCustomer(callId, caller);
        }));
}

bool CallSession::refuse(const QString& reason, QString* error)
{
    qCWarning(lcCall).noquote() << "refused:" << reason;
    if (error)
        *error = reason;
    rejected(reason);
    return false;
}

bool CallSession::checkCall(const QString& callId, std::initializer_list<CallState> allowed,
                            const char* what, QString* error)
{
    if (m_call.state == CallState::Idle)
        return refuse(tr("%1: there is no call.").arg(QLatin1String(what)), error);
    if (!callId.isEmpty() && callId != m_call.id)
        return refuse(
            tr("%1: call \"%2\" is not the current call.").arg(QLatin1String(what), callId), error);
    for (CallState state : allowed) {
        if (m_call.state == state)
            return true;
    }
    return refuse(tr("%1: the call is %2.").arg(QLatin1String(what), callStateName(m_call.state)),
                  error);
}

bool CallSession::ring(const CallStartedEvent& event, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (m_call.isLive()) {
        if (!event.callId.isEmpty() && event.callId == m_call.id)
            return refuse(tr("call start: call \"%1\" is already live.").arg(event.callId), error);
        return refuse(tr("call start: call \"%1\" is still live; end it first.").arg(m_call.id),
                      error);
    }
    if (m_call.state == CallState::WrapUp) {
        // A new call ends the wrap-up of the previous one: the agent is taking the next call.
        const Call finished = m_call;
        m_call = Call{};
        m_transcript.clear();
        wrapUpFinished(finished);
    }
    Call call;
    call.id =
        event.callId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : event.callId;
    call.source = event.source;
    call.caller = event.caller;
    call.state = CallState::Ringing;
    call.ringingAtMonotonicMs = m_clock.monotonicMs();
    call.ringingAtWall = m_clock.wallNow();
    m_call = call;
    m_transcript.clear();
    qCInfo(lcCall).noquote() << "ringing" << call.id << "from" << call.source;
    ringing(m_call, event.requestedAtEpochMs);
    return true;
}

bool CallSession::answer(const QString& callId, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (!checkCall(callId, {CallState::Ringing}, "call answer", error))
        return false;
    m_call.state = CallState::Active;
    // Never zero, so `wasAnswered()` stays true even on a clock that starts at 0.
    m_call.answeredAtMonotonicMs = qMax<qint64>(1, m_clock.monotonicMs());
    qCInfo(lcCall).noquote() << "answered" << m_call.id;
    answered(m_call);
    return true;
}

bool CallSession::addUtterance(const QString& callId, const Utterance& utterance, QString* error)
{
    std::lock_guard lock(m_mutex);
    // Speech analytics often starts streaming while the call still rings, so both are fine.
    if (!checkCall(callId, {CallState::Ringing, CallState::Active}, "utterance", error))
        return false;
    if (utterance.text.trimmed().isEmpty())
        return refuse(tr("utterance: the text is empty."), error);

    Utterance line = utterance;
    if (line.atMonotonicMs == 0)
        line.atMonotonicMs = m_clock.monotonicMs();
    const bool replacesPartial = !m_transcript.isEmpty() && !m_transcript.last().isFinal &&
                                 m_transcript.last().speaker == line.speaker;
    if (replacesPartial) {
        m_transcript.last() = line;
    } else {
        m_transcript.append(line);
        if (line.speaker == Utterance::Speaker::Customer)
            ++m_call.customerUtteranceCount;
        else
            ++m_call.agentUtteranceCount;
    }
    utteranceAdded(m_call, line, replacesPartial);
    return true;
}

bool CallSession::end(const QString& callId, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (!checkCall(callId, {CallState::Ringing, CallState::Active}, "call end", error))
        return false;
    m_call.endedAtMonotonicMs = qMax<qint64>(1, m_clock.monotonicMs());
    // A missed call has nothing to reflect on, so it skips wrap-up.
    m_call.state = m_call.wasAnswered() ? CallState::WrapUp : CallState::Idle;
    qCInfo(lcCall).noquote() << "ended" << m_call.id << "->" << callStateName(m_call.state);
    const Call endedCall = m_call;
    if (m_call.state == CallState::Idle) {
        m_call = Call{};
        m_transcript.clear();
    }
    ended(endedCall);
    return true;
}

bool CallSession::finishWrapUp(QString* error)
{
    std::lock_guard lock(m_mutex);
    if (m_call.state != CallState::WrapUp)
        return refuse(tr("finish wrap-up: the call is %1.").arg(callStateName(m_call.state)),
                      error);
    const Call finished = m_call;
    m_call = Call{};
    m_transcript.clear();
    qCInfo(lcCall).noquote() << "wrap-up finished" << finished.id;
    wrapUpFinished(finished);
    return true;
}

bool CallSession::updateCustomer(const QString& callId, const CallerInfo& caller, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (!checkCall(callId, {CallState::Ringing, CallState::Active, CallState::WrapUp},
                   "customer update", error))
        return false;
    // Merge: a field the update leaves empty keeps what we already knew.
    CallerInfo& known = m_call.caller;
    if (!caller.phone.isEmpty())
        known.phone = caller.phone;
    if (!caller.customerId.isEmpty())
        known.customerId = caller.customerId;
    if (!caller.displayName.isEmpty())
        known.displayName = caller.displayName;
    for (auto it = caller.extraFields.cbegin(); it != caller.extraFields.cend(); ++it)
        known.extraFields.insert(it.key(), it.value());
    customerUpdated(m_call);
    return true;
}

Call CallSession::current() const
{
    std::lock_guard lock(m_mutex);
    return m_call;
}

QList<Utterance> CallSession::transcript() const
{
    std::lock_guard lock(m_mutex);
    return m_transcript;
}

} // namespace attune
