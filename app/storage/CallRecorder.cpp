#include "CallRecorder.h"

#include "CallStore.h"
#include "core/CallSession.h"
#include "core/Logging.h"
#include "core/ThreadHop.h"

namespace attune {

CallRecorder::CallRecorder(CallSession& session, CallStore& store, const Clock& clock,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    const auto logFailure = [](const char* step, const QString& error) {
        qCWarning(lcStorage).noquote() << "recording" << step << "failed:" << error;
    };
    m_connections.emplace_back(
        session.ringing.connect([this, logFailure](const Call& call, qint64) {
            runOnObjectThread(this, [this, call, logFailure] {
                QString error;
                m_currentRowId = m_store.insertRinging(call, &error);
                if (m_currentRowId == 0)
                    logFailure("ringing", error);
            });
        }));
    m_connections.emplace_back(session.answered.connect([this, logFailure](const Call&) {
        runOnObjectThread(this, [this, logFailure] {
            QString error;
            if (m_currentRowId != 0 && !m_store.markAnswered(m_currentRowId, &error))
                logFailure("answer", error);
        });
    }));
    m_connections.emplace_back(session.customerUpdated.connect([this,
                                                                logFailure](const Call& call) {
        runOnObjectThread(this, [this, call, logFailure] {
            QString error;
            if (m_currentRowId != 0 && !m_store.updateCaller(m_currentRowId, call.caller, &error))
                logFailure("caller", error);
        });
    }));
    m_connections.emplace_back(session.ended.connect([this, logFailure](const Call& call) {
        runOnObjectThread(this, [this, call, logFailure] {
            QString error;
            if (m_currentRowId != 0 &&
                !m_store.markEnded(m_currentRowId, call, m_clock.wallNow(), &error))
                logFailure("end", error);
            m_currentRowId = 0;
        });
    }));
}

CallRecorder::~CallRecorder() = default;

} // namespace attune
