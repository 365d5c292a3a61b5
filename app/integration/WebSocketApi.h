#pragma once

#include "ApiMessage.h"
#include "CommitGate.h"
#include "NetModule.h" // WebSocketApiConfig

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <deque>

class QTcpServer;
class QTcpSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace attune {

class CallEvents;
class CallSession;
struct ApiMessage;

// A token bucket: `perSecond` messages a second on average, bursts of up to `burst`. Time is
// passed in (monotonic ms), so tests need no clock.
class RateLimiter
{
public:
    RateLimiter(int perSecond, int burst);
    bool allow(qint64 nowMs);

private:
    double m_perMs;
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

// Follows the frame headers in a client's byte stream (RFC 6455, 5.2) without keeping any
// payload, to enforce what Qt 6.4's QWebSocketServer does not: every frame a client sends is
// masked (5.1: "The server MUST close the connection upon receiving a frame that is not
// masked"). Pure, so it is unit-tested and fuzzed on its own.
class ClientFrameChecker
{
public:
    // False from the first byte that shows a frame without the mask bit on; stays false.
    bool feed(const char* data, qsizetype size);
    bool feed(const QByteArray& data) { return feed(data.constData(), data.size()); }
    bool isOk() const { return m_ok; }

private:
    enum class State
    {
        First,
        Second,
        Length,
        Mask,
        Payload
    };
    State m_state = State::First;
    int m_lengthBytesLeft = 0;
    int m_maskBytesLeft = 0;
    quint64 m_payloadLeft = 0;
    bool m_ok = true;
};

// The loopback WebSocket API (docs/integration.md): contact-center software on the agent's
// machine streams call events and transcript lines into the bus.
//
// It listens on 127.0.0.1 and ::1 only. The HTTP upgrade request is read by us before Qt's
// WebSocket server sees it, so a foreign Host (DNS rebinding), a foreign browser Origin, a wrong
// bearer token or one connection too many is refused with a plain HTTP status and reason, and no
// WebSocket is ever opened for it. A client without the Authorization header must send an
// "auth" message first. Messages are parsed by ApiMessage (pure, fuzzed); limits on size, rate
// and connections drop the client with the reason; nothing a client sends can stop the app.
class WebSocketApi final : public QObject
{
    Q_OBJECT

public:
    WebSocketApi(CallEvents& bus, CallSession& session, QObject* parent = nullptr);
    ~WebSocketApi() override;

    bool listen(const WebSocketApiConfig& config, QString* error);
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    int connectionCount() const { return int(m_handshaking.size() + m_clients.size()); }
    // Clients that presented the token (or are being upgraded with it in the header).
    int authenticatedCount() const;
    // Connections still to present the token: bare TCP, upgrades without the header, and
    // WebSockets that have not sent their "auth" message.
    int unauthenticatedCount() const;

    // The reason a handshake's Host header is refused, or empty when it names this loopback
    // port: "localhost:P", "127.0.0.1:P" or "[::1]:P".
    static QString checkHost(const QByteArray& host, quint16 port);
    // The reason a browser's Origin is refused, or empty when there is none or it is allowed.
    static QString checkOrigin(const QByteArray& origin, const QStringList& allowed);

    // With a gate, a message that writes (a call's end, above all) is acknowledged only once its
    // record has committed, as on the local socket; without one (no database) at once.
    void setCommitGate(CommitGate gate) { m_gate = std::move(gate); }

private:
    // A reply held back until what its message wrote has committed; replies leave in the order
    // their messages came.
    struct HeldReply
    {
        quint64 ticket = 0;
        QJsonObject reply;
        bool ready = false;
    };
    struct Client
    {
        std::deque<HeldReply> held;
        bool authenticated = false;
        RateLimiter limiter{500, 1000};
        QTimer* authDeadline = nullptr;
        int refusalsLogged = 0;
        // While a "requestId" is looked up in the history, this client's later messages wait,
        // so they are applied in the order they came.
        bool lookingUp = false;
        std::deque<ApiMessage> waiting;
    };
    // A "requestId" applied by this instance: its message type and its reply (without "id").
    struct Applied
    {
        QString type;
        QJsonObject reply;
        bool pending = false; // still being looked up
    };

    void onTcpConnection(QTcpServer* server);
    // Drops the oldest connection still without a token, to make room for a new one.
    void evictOldestUnauthenticated();
    void dropUnauthenticated(QTcpSocket* socket);
    void noteFlood();
    // Hands the upgrade to Qt through a socket pair that we relay, checking every frame the
    // client sends for its mask on the way (ClientFrameChecker); `headBytes` is the length of
    // the upgrade request, which we tag with the relay's id so onWebSocket knows the client.
    bool relayToUpgrader(QTcpSocket* socket, qsizetype headBytes, bool authenticated);
    void inspectHandshake(QTcpSocket* socket);
    void refuseHttp(QTcpSocket* socket, int status, const QByteArray& statusText,
                    const QString& reason);
    void onWebSocket();
    void onText(QWebSocket* socket, const QString& text);
    void reply(QWebSocket* socket, const QJsonObject& reply);
    // Sends `reply` after every reply still held for this client.
    void send(QWebSocket* socket, const QJsonObject& reply);
    // Applies the message; its acknowledgement waits for the commit when a gate is set.
    void answer(QWebSocket* socket, const ApiMessage& message);
    void apply(QWebSocket* socket, const ApiMessage& message, const QString& key);
    // Answers a "requestId" this instance applied, once what it wrote has committed.
    void answerAgain(QWebSocket* socket, const ApiMessage& message, const QString& key);
    void rememberApplied(const QString& key, Applied applied);
    void releaseHeld(QWebSocket* socket);
    void drop(QWebSocket* socket, int closeCode, const QString& reason,
              const QJsonValue& requestId);
    QJsonObject dispatch(const ApiMessage& message);

    CallEvents& m_bus;
    CallSession& m_session;
    WebSocketApiConfig m_config;
    quint16 m_port = 0;
    QList<QTcpServer*> m_servers;
    QWebSocketServer* m_upgrader = nullptr;
    QList<QTcpSocket*> m_handshaking;
    // Upgrades in Qt's hands, by relay id: whether the token came in the header.
    QHash<quint64, bool> m_upgrading;
    quint64 m_lastRelayId = 0;
    QHash<QWebSocket*, Client> m_clients;
    CommitGate m_gate;
    quint64 m_nextTicket = 0;
    QHash<QString, Applied> m_applied;
    std::deque<QString> m_appliedOrder; // oldest first
    QList<QWebSocket*> m_awaitingAuth;  // upgraded without a token, oldest first
    QTimer* m_floodQuiet = nullptr;
    int m_floodDropped = 0;
};

} // namespace attune
