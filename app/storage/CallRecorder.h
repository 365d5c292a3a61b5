#pragma once

#include <QObject>

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

class CallSession;
class CallStore;
class Clock;

// Writes each call's lifecycle into the calls table. Session signals may fire on any thread;
// the recorder hops to its own (the thread that owns the database connection it uses).
class CallRecorder final : public QObject
{
    Q_OBJECT

public:
    CallRecorder(CallSession& session, CallStore& store, const Clock& clock,
                 QObject* parent = nullptr);
    ~CallRecorder() override;

private:
    CallStore& m_store;
    const Clock& m_clock;
    qint64 m_currentRowId = 0;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
