#pragma once

#include "breathing/BreathingPattern.h"

#include <QDateTime>

namespace attune {

class Clock;

// How long an exercise lasts: a number of breaths, or a time rounded up to whole breaths so an
// exercise never stops half-way through a breath.
struct BreathingLength
{
    enum class Unit
    {
        Cycles,
        Seconds
    };
    Unit unit = Unit::Seconds;
    int value = 60;

    static BreathingLength cycles(int count) { return {Unit::Cycles, count}; }
    static BreathingLength seconds(int count) { return {Unit::Seconds, count}; }
    int cyclesFor(const BreathingPattern& pattern) const;
    // The setting's spelling: "60s" or "6 breaths".
    QString name() const;
    static bool fromName(const QString& name, BreathingLength* out);
};

// One breathing exercise, as a pure state machine over an injected monotonic clock. Where the
// exercise is (phase, progress, seconds left) is computed from the time breathed since start, so
// timer ticks only decide when the view looks, never what it shows: a late tick cannot make the
// guide drift, and a tick that never comes changes nothing.
class BreathingSession
{
public:
    enum class Status
    {
        Idle,
        Running,
        Paused,
        Completed,
        Stopped
    };

    struct State
    {
        Status status = Status::Idle;
        int phaseIndex = 0;
        BreathPhase::Kind phase = BreathPhase::Kind::Inhale;
        double phaseProgress = 0; // 0 at the start of the phase, 1 at its end
        qint64 phaseMsLeft = 0;
        int cycle = 0; // 0-based breath number
        int cycles = 0;
        qint64 breathedMs = 0;
        qint64 totalMs = 0;
        // How full the lungs are, 0..1: what the view draws. Rises on in and top-up, stays on
        // hold, falls on out.
        double fullness = 0;
    };

    explicit BreathingSession(const Clock& clock);

    void start(const BreathingPattern& pattern, BreathingLength length);
    void pause();
    void resume();
    // Stopped early by the agent; a session that already completed stays completed.
    void stop();

    State state() const;
    Status status() const { return state().status; }
    // Milliseconds until the next phase change, for scheduling the next look; -1 when not running.
    qint64 msToNextPhase() const;

    const BreathingPattern& pattern() const { return m_pattern; }
    BreathingLength length() const { return m_length; }
    QDateTime startedAtWall() const { return m_startedWall; }

private:
    qint64 breathedMs() const;

    const Clock& m_clock;
    BreathingPattern m_pattern;
    BreathingLength m_length;
    Status m_status = Status::Idle;
    qint64 m_totalMs = 0;
    qint64 m_startMs = 0;           // monotonic start, moved forward by every pause
    qint64 m_pausedAtMs = 0;        // breathed time when paused
    qint64 m_stoppedAtMs = 0;       // breathed time when stopped
    mutable qint64 m_highWater = 0; // a monotonic clock must not go back; if it does, hold still
    QDateTime m_startedWall;
};

} // namespace attune
