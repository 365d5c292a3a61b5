#include "CallRecorder.h"

#include "CallStore.h"
#include "StorageQueue.h"
#include "core/CallSession.h"
#include "core/Clock.h"

namespace attune {

namespace {

StorageQueue::Result outcome(bool ok)
{
    return ok ? StorageQueue::Result::Done : StorageQueue::Result::Failed;
}

} // namespace

CallRecorder::CallRecorder(CallSession& session, CallStore& store, const Clock& clock,
                           StorageQueue& queue)
    : m_store(store)
    , m_clock(clock)
    , m_queue(queue)
{
    m_connections.emplace_back(session.ringing.connect([this](const Call& call, qint64) {
        m_queue.write("call ringing", [this, call](QString* error) {
            const qint64 rowId = m_store.insertRinging(call, error);
            // While busy the same row is tried again; a row that cannot be written at all must
            // not let this call's later steps land on the previous call's row.
            if (rowId != 0 || !StorageQueue::isBusy(*error))
                m_currentRowId = rowId;
            return outcome(rowId != 0);
        });
    }));
    m_connections.emplace_back(session.answered.connect([this](const Call&) {
        m_queue.write("call answered", [this](QString* error) {
            return outcome(m_currentRowId == 0 || m_store.markAnswered(m_currentRowId, error));
        });
    }));
    m_connections.emplace_back(session.customerUpdated.connect([this](const Call& call) {
        m_queue.write("call caller", [this, caller = call.caller](QString* error) {
            return outcome(m_currentRowId == 0 ||
                           m_store.updateCaller(m_currentRowId, caller, error));
        });
    }));
    m_connections.emplace_back(session.ended.connect([this](const Call& call) {
        // The end time is the moment the call ended, not the moment the write got through. A
        // wall clock set back during the call (NTP, a hand change) put the end before the ring;
        // the end is then the ring plus the call's monotonic length, never earlier.
        QDateTime endedAt = m_clock.wallNow();
        if (call.ringingAtWall.isValid()) {
            const QDateTime byLength = call.ringingAtWall.addMSecs(qMax<qint64>(
                0,
                (call.endedAtMonotonicMs != 0 ? call.endedAtMonotonicMs : m_clock.monotonicMs()) -
                    call.ringingAtMonotonicMs));
            if (endedAt < byLength)
                endedAt = byLength;
        }
        m_queue.write("call ended", [this, call, endedAt](QString* error) {
            const bool ok =
                m_currentRowId == 0 || m_store.markEnded(m_currentRowId, call, endedAt, error);
            if (ok || !StorageQueue::isBusy(*error))
                m_currentRowId = 0;
            return outcome(ok);
        });
    }));
}

CallRecorder::~CallRecorder() = default;

} // namespace attune
