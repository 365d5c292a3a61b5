#pragma once

#include <QDateTime>

namespace attune {

// Time as the core sees it. Durations and schedules use the monotonic reading so that a wall
// clock change (NTP, daylight saving) never stretches a call timer or a breathing phase; the
// wall reading is only for records a person reads later.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime wallNow() const = 0;
};

// The machine's monotonic clock (CLOCK_MONOTONIC) in µs: one reading for every process of the
// machine, so that two of them can time one thing between them whatever the wall clock does.
qint64 machineMonotonicUs();

class SystemClock final : public Clock
{
public:
    qint64 monotonicMs() const override;
    QDateTime wallNow() const override;
};

// A clock that only moves when told to, for tests and for replaying scripted scenarios.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0,
                       QDateTime wallStart = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_nowMs(startMs)
        , m_wallStart(std::move(wallStart))
        , m_startMs(startMs)
    {}

    qint64 monotonicMs() const override { return m_nowMs; }
    QDateTime wallNow() const override { return m_wallStart.addMSecs(m_nowMs - m_startMs); }

    void advanceMs(qint64 deltaMs) { m_nowMs += deltaMs; }
    void setMonotonicMs(qint64 nowMs) { m_nowMs = nowMs; }
    // The wall clock set by hand or by NTP: the monotonic reading goes on as it was.
    void jumpWallMs(qint64 deltaMs) { m_wallStart = m_wallStart.addMSecs(deltaMs); }

private:
    qint64 m_nowMs;
    QDateTime m_wallStart;
    qint64 m_startMs;
};

} // namespace attune
