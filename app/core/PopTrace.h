#pragma once

#include <QString>

#include <mutex>

namespace attune {

// Records when a screen pop actually reached the screen, so `attune status` and the benchmark
// can report the latency a softphone user experiences. Written by the GUI, read by the control
// socket; both on the GUI thread today, locked anyway because sources may read it from theirs.
class PopTrace
{
public:
    struct Entry
    {
        QString callId;
        qint64 requestedAtEpochMs = 0;
        qint64 paintedAtEpochMs = 0;
        qint64 profilePaintedAtEpochMs = 0; // the caller's profile (after its lookup) on screen
    };

    void recordPainted(const QString& callId, qint64 requestedAtEpochMs, qint64 paintedAtEpochMs)
    {
        std::lock_guard lock(m_mutex);
        m_last = {callId, requestedAtEpochMs, paintedAtEpochMs};
    }
    void recordProfilePainted(const QString& callId, qint64 paintedAtEpochMs)
    {
        std::lock_guard lock(m_mutex);
        if (m_last.callId == callId && m_last.profilePaintedAtEpochMs == 0)
            m_last.profilePaintedAtEpochMs = paintedAtEpochMs;
    }
    Entry last() const
    {
        std::lock_guard lock(m_mutex);
        return m_last;
    }

private:
    mutable std::mutex m_mutex;
    Entry m_last;
};

} // namespace attune
