#pragma once

#include <QtGlobal>

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

class CallSession;
class CallStore;
class Clock;
class StorageQueue;

// Writes each call's lifecycle into the calls table, on the storage thread. Session signals may
// fire on any thread; each step is queued there in the order it happened, and a step the
// database refuses while another process holds it is retried rather than dropped. Its queued
// steps use the recorder: drain or stop the queue before the recorder is destroyed.
class CallRecorder final
{
public:
    CallRecorder(CallSession& session, CallStore& store, const Clock& clock, StorageQueue& queue);
    ~CallRecorder();
    CallRecorder(const CallRecorder&) = delete;
    CallRecorder& operator=(const CallRecorder&) = delete;

private:
    CallStore& m_store;
    const Clock& m_clock;
    StorageQueue& m_queue;
    // Touched on the storage thread only.
    qint64 m_currentRowId = 0;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
