#include "BreathingSession.h"

#include "core/Clock.h"

#include <algorithm>
#include <cmath>

namespace attune {

int BreathingLength::cyclesFor(const BreathingPattern& pattern) const
{
    const qint64 cycle = pattern.cycleMs();
    if (cycle <= 0 || value <= 0)
        return 0;
    if (unit == Unit::Cycles)
        return value;
    return int((qint64(value) * 1000 + cycle - 1) / cycle);
}

QString BreathingLength::name() const
{
    return unit == Unit::Seconds ? QStringLiteral("%1s").arg(value)
                                 : QStringLiteral("%1 breaths").arg(value);
}

bool BreathingLength::fromName(const QString& name, BreathingLength* out)
{
    bool ok = false;
    if (name.endsWith(QLatin1String(" breaths"))) {
        const int count = name.chopped(8).toInt(&ok);
        if (ok && count > 0)
            *out = cycles(count);
        return ok && count > 0;
    }
    if (name.endsWith(QLatin1Char('s'))) {
        const int count = name.chopped(1).toInt(&ok);
        if (ok && count > 0)
            *out = seconds(count);
        return ok && count > 0;
    }
    return false;
}

BreathingSession::BreathingSession(const Clock& clock)
    : m_clock(clock)
{}

void BreathingSession::start(const BreathingPattern& pattern, BreathingLength length)
{
    m_pattern = pattern;
    m_length = length;
    m_totalMs = qint64(length.cyclesFor(pattern)) * pattern.cycleMs();
    m_startMs = m_clock.monotonicMs();
    m_startedWall = m_clock.wallNow();
    m_highWater = 0;
    m_pausedAtMs = 0;
    m_stoppedAtMs = 0;
    m_status = m_totalMs > 0 ? Status::Running : Status::Idle;
}

qint64 BreathingSession::breathedMs() const
{
    switch (m_status) {
    case Status::Idle:
        return 0;
    case Status::Paused:
        return m_pausedAtMs;
    case Status::Stopped:
        return m_stoppedAtMs;
    case Status::Completed:
        return m_totalMs;
    case Status::Running:
        break;
    }
    m_highWater = std::max(m_highWater, m_clock.monotonicMs() - m_startMs);
    return std::min(m_highWater, m_totalMs);
}

void BreathingSession::pause()
{
    if (state().status != Status::Running)
        return;
    m_pausedAtMs = breathedMs();
    m_status = Status::Paused;
}

void BreathingSession::resume()
{
    if (m_status != Status::Paused)
        return;
    // Shift the start so the time spent paused does not count as breathed.
    m_startMs = m_clock.monotonicMs() - m_pausedAtMs;
    m_highWater = m_pausedAtMs;
    m_status = Status::Running;
}

void BreathingSession::stop()
{
    const State now = state();
    if (now.status != Status::Running && now.status != Status::Paused)
        return;
    m_stoppedAtMs = now.breathedMs;
    m_status = Status::Stopped;
}

BreathingSession::State BreathingSession::state() const
{
    State state;
    state.status = m_status;
    state.totalMs = m_totalMs;
    state.cycles = m_pattern.cycleMs() > 0 ? int(m_totalMs / m_pattern.cycleMs()) : 0;
    if (m_status == Status::Idle || m_pattern.phases.isEmpty())
        return state;
    const qint64 breathed = breathedMs();
    state.breathedMs = breathed;
    if (m_status == Status::Running && breathed >= m_totalMs) {
        // Completion is a fact of time, not of a tick arriving: reported the moment it is true.
        state.status = Status::Completed;
    }
    const qint64 cycle = m_pattern.cycleMs();
    // At the very end, show the last phase as finished rather than a new breath starting.
    const qint64 at = breathed >= m_totalMs ? m_totalMs - 1 : breathed;
    state.cycle = int(at / cycle);
    qint64 into = at % cycle;
    double fullness = 0;
    for (int i = 0; i < m_pattern.phases.size(); ++i) {
        const BreathPhase& phase = m_pattern.phases.at(i);
        // The lungs at the start of this phase, to continue the drawing from there.
        const double startFullness = fullness;
        double endFullness = fullness;
        if (phase.kind == BreathPhase::Kind::Inhale)
            endFullness = m_pattern.phases.size() > 1 && i + 1 < m_pattern.phases.size() &&
                                  m_pattern.phases.at(i + 1).kind == BreathPhase::Kind::TopUp
                              ? 0.85
                              : 1.0;
        else if (phase.kind == BreathPhase::Kind::TopUp)
            endFullness = 1.0;
        else if (phase.kind == BreathPhase::Kind::Exhale)
            endFullness = 0.0;
        if (into < phase.ms || i == m_pattern.phases.size() - 1) {
            const qint64 within = std::min(into, phase.ms);
            state.phaseIndex = i;
            state.phase = phase.kind;
            state.phaseProgress = breathed >= m_totalMs ? 1.0 : double(within) / double(phase.ms);
            state.phaseMsLeft = breathed >= m_totalMs ? 0 : phase.ms - within;
            // Eased so the shape starts and ends each movement gently, as breathing does.
            const double eased = 0.5 - 0.5 * std::cos(M_PI * state.phaseProgress);
            state.fullness = startFullness + (endFullness - startFullness) * eased;
            break;
        }
        into -= phase.ms;
        fullness = endFullness;
    }
    return state;
}

qint64 BreathingSession::msToNextPhase() const
{
    const State now = state();
    return now.status == Status::Running ? now.phaseMsLeft : -1;
}

} // namespace attune
