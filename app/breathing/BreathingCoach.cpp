#include "BreathingCoach.h"

#include "core/CallSession.h"
#include "core/Clock.h"

namespace attune {

BreathingCoach::BreathingCoach(const Clock& clock)
    : m_clock(clock)
    , m_session(clock)
    , m_patterns(BreathingPattern::builtIns())
{}

void BreathingCoach::attach(CallSession& session, std::function<double()> lastCallPeak)
{
    m_connections.emplace_back(session.ringing.connect([this](const Call&, qint64) {
        m_callLive = true;
        if (m_offered.exchange(false))
            offerChanged(false);
        callRinging();
    }));
    m_connections.emplace_back(session.ended.connect([this, lastCallPeak](const Call& call) {
        m_callLive = false;
        // Only a call the agent took can have been hard on them; a missed one is not offered.
        const bool hot =
            lastCallPeak && call.state == CallState::WrapUp && lastCallPeak() >= kHotCallPeak;
        if (hot && !m_offered.exchange(true))
            offerChanged(true);
    }));
}

void BreathingCoach::setPatterns(const QList<BreathingPattern>& extra)
{
    m_patterns = BreathingPattern::builtIns();
    for (const BreathingPattern& candidate : extra) {
        if (!pattern(candidate.id))
            m_patterns.append(candidate);
    }
}

const BreathingPattern* BreathingCoach::pattern(const QString& id) const
{
    for (const BreathingPattern& candidate : m_patterns) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

bool BreathingCoach::start(const QString& patternId, BreathingLength length, QString* refusal)
{
    if (m_callLive) {
        *refusal = tr("A call is live; breathing can wait until it ends.");
        return false;
    }
    const BreathingPattern* chosen = pattern(patternId);
    if (!chosen) {
        *refusal = tr("There is no breathing pattern \"%1\".").arg(patternId);
        return false;
    }
    if (m_record && !m_reported)
        stop(); // a new exercise replaces one still running; the old one is kept as stopped
    m_session.start(*chosen, length);
    BreathingRecord record;
    record.patternId = chosen->id;
    record.patternName = chosen->name;
    record.startedAt = m_clock.wallNow();
    record.plannedMs = m_session.state().totalMs;
    m_record = record;
    m_reported = false;
    if (m_offered.exchange(false))
        offerChanged(false);
    return true;
}

void BreathingCoach::stop()
{
    m_session.stop();
    poll();
}

BreathingSession::State BreathingCoach::poll()
{
    const BreathingSession::State state = m_session.state();
    if (!m_reported && m_record &&
        (state.status == BreathingSession::Status::Completed ||
         state.status == BreathingSession::Status::Stopped))
        finish(state);
    return state;
}

void BreathingCoach::finish(const BreathingSession::State& state)
{
    m_reported = true;
    m_record->breathedMs = state.breathedMs;
    m_record->completed = state.status == BreathingSession::Status::Completed;
    recorded(*m_record);
}

void BreathingCoach::setStressBefore(int level)
{
    if (m_record && level >= 1 && level <= 5)
        m_record->stressBefore = level;
}

void BreathingCoach::setStressAfter(int level)
{
    if (!m_record || level < 1 || level > 5)
        return;
    m_record->stressAfter = level;
    if (m_reported)
        recorded(*m_record); // the store updates the same exercise
}

void BreathingCoach::stressReported(int level)
{
    if (level >= kStressWorthAnOffer && level <= 5 && !m_callLive && !m_offered.exchange(true))
        offerChanged(true);
}

void BreathingCoach::declineOffer()
{
    if (m_offered.exchange(false))
        offerChanged(false);
}

} // namespace attune
