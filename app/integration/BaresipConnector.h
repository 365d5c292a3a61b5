#pragma once

#include "Netstring.h"
#include "core/CallTypes.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QString>

class QTcpSocket;
class QTimer;

namespace attune {

class CallEvents;

// One event from baresip's ctrl_tcp, reduced to what a call source needs.
struct BaresipEvent
{
    Q_DECLARE_TR_FUNCTIONS(BaresipEvent)

public:
    enum class Kind
    {
        Ringing,  // CALL_INCOMING, CALL_RINGING
        Answered, // CALL_ESTABLISHED
        Ended,    // CALL_CLOSED
        Other,    // any other event or a command response: not ours to act on
    };
    Kind kind = Kind::Other;
    QString callId;
    QString peerUri;
    QString peerDisplayName;
    // Why the peer's display name was left out (the one text rule refused it), or empty.
    QString nameRefusal;

    // Parses one netstring payload. False with `error` only for JSON that is not an object or
    // a call event missing its id; an event we do not use is Kind::Other, not an error.
    static bool parse(const QByteArray& json, BaresipEvent* event, QString* error);
    // The caller as the call source reports it: the number from a `sip:` or `tel:` peer URI
    // whose user part is a phone number, and the display name when baresip has one.
    CallerInfo caller() const;
};

// When to try again after a failed or lost connection: 0.5 s, doubling, at most 15 s, back to
// the start once connected. A softphone that restarts comes back within a second; one that is
// not running costs one attempt every 15 s.
class Backoff
{
public:
    explicit Backoff(int firstMs = 500, int maxMs = 15000);
    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_firstMs;
    int m_maxMs;
    int m_attempts = 0;
};

// A call source for the baresip softphone: connects to its ctrl_tcp as a client, reads
// netstring-framed JSON events and publishes ringing, answered and ended calls on the bus. It
// reconnects with back-off whenever baresip goes away, and ends the calls it announced when the
// connection drops (a restarted baresip has lost them).
class BaresipConnector final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Connecting,
        Connected,
        WaitingToRetry
    };

    explicit BaresipConnector(CallEvents& bus, QObject* parent = nullptr);
    ~BaresipConnector() override;

    void start(const QString& host, quint16 port);
    void stop();
    State state() const { return m_state; }
    // Stable names for `attune status`: "stopped", "connecting", "connected", "retrying".
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(attune::BaresipConnector::State state);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onReadyRead();
    void handle(const BaresipEvent& event);
    void setState(State state);
    void scheduleRetry();

    CallEvents& m_bus;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_retry = nullptr;
    QString m_host;
    quint16 m_port = 0;
    State m_state = State::Stopped;
    Backoff m_backoff;
    NetstringReader m_reader;
    QSet<QString> m_liveCalls; // announced and not yet ended
};

} // namespace attune
