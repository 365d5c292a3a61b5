#include "WebSocketApi.h"

#include "ApiMessage.h"
#include "ApiToken.h"
#include "ControlProtocol.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace attune {

namespace {

// An upgrade request is a few hundred bytes; browsers send a couple of KiB at most.
constexpr qsizetype kMaxHandshakeBytes = 8 * 1024;
// A client that stops reading its replies is dropped before they pile up in our memory.
constexpr qint64 kMaxUnsentReplyBytes = 1024 * 1024;
constexpr int kMaxRefusalsLogged = 20;

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// The header fields of an HTTP request head, names lower-cased; a repeated field is refused by
// the caller (an attacker's second Host must not hide behind the first).
bool parseHead(const QByteArray& head, QByteArray* requestLine,
               QList<std::pair<QByteArray, QByteArray>>* fields)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return false;
    *requestLine = lines.first().trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        fields->append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

bool ClientFrameChecker::feed(const char* data, qsizetype size)
{
    qsizetype at = 0;
    while (m_ok && at < size) {
        const auto byte = quint8(data[at]);
        switch (m_state) {
        case State::First:
            ++at;
            m_state = State::Second;
            break;
        case State::Second: {
            ++at;
            if (!(byte & 0x80)) {
                m_ok = false;
                break;
            }
            const int length = byte & 0x7f;
            m_maskBytesLeft = 4;
            m_payloadLeft = 0;
            if (length == 126 || length == 127) {
                m_lengthBytesLeft = length == 126 ? 2 : 8;
                m_state = State::Length;
            } else {
                m_payloadLeft = quint64(length);
                m_state = State::Mask;
            }
            break;
        }
        case State::Length:
            ++at;
            m_payloadLeft = (m_payloadLeft << 8) | byte;
            if (--m_lengthBytesLeft == 0)
                m_state = State::Mask;
            break;
        case State::Mask: {
            const qsizetype take = qMin(qsizetype(m_maskBytesLeft), size - at);
            at += take;
            m_maskBytesLeft -= int(take);
            if (m_maskBytesLeft == 0)
                m_state = m_payloadLeft == 0 ? State::First : State::Payload;
            break;
        }
        case State::Payload: {
            const quint64 take = qMin(m_payloadLeft, quint64(size - at));
            at += qsizetype(take);
            m_payloadLeft -= take;
            if (m_payloadLeft == 0)
                m_state = State::First;
            break;
        }
        }
    }
    return m_ok;
}

RateLimiter::RateLimiter(int perSecond, int burst)
    : m_perMs(perSecond / 1000.0)
    , m_burst(burst)
    , m_tokens(burst)
{}

bool RateLimiter::allow(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = qMin(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perMs);
    m_lastMs = qMax(m_lastMs, nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

WebSocketApi::WebSocketApi(CallEvents& bus, CallSession& session, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_session(session)
    , m_floodQuiet(new QTimer(this))
{
    m_floodQuiet->setSingleShot(true);
    connect(m_floodQuiet, &QTimer::timeout, this, [this] {
        if (m_floodDropped > 1)
            qCWarning(lcApi) << "the burst of connections without a token is over:"
                             << m_floodDropped << "dropped";
        m_floodDropped = 0;
    });
}

int WebSocketApi::authenticatedCount() const
{
    int count = 0;
    for (const Client& client : m_clients)
        count += client.authenticated ? 1 : 0;
    for (const bool authenticated : m_upgrading)
        count += authenticated ? 1 : 0;
    return count;
}

int WebSocketApi::unauthenticatedCount() const
{
    int count = int(m_handshaking.size() + m_awaitingAuth.size());
    for (const bool authenticated : m_upgrading)
        count += authenticated ? 0 : 1;
    return count;
}

void WebSocketApi::noteFlood()
{
    // One line when a burst starts and one when it is over: a local user opening bare
    // connections all day must not fill the agent's disk with our log.
    if (m_floodDropped == 0 && !m_floodQuiet->isActive())
        qCWarning(lcApi).noquote()
            << QStringLiteral("dropping connections that present no token in time (at most %1 "
                              "may wait, %2 ms each) or a wrong one; this burst is counted, not "
                              "logged")
                   .arg(m_config.maxUnauthenticated)
                   .arg(m_config.handshakeTimeoutMs);
    ++m_floodDropped;
    m_floodQuiet->start(m_config.floodQuietMs);
}

void WebSocketApi::dropUnauthenticated(QTcpSocket* socket)
{
    m_handshaking.removeOne(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    noteFlood();
}

void WebSocketApi::evictOldestUnauthenticated()
{
    if (!m_handshaking.isEmpty()) {
        // The oldest that has sent nothing at all, not even bytes we have yet to read: a real
        // client's upgrade request may be waiting in the kernel while a flood is accepted.
        for (QTcpSocket* socket : std::as_const(m_handshaking)) {
            int unread = 0;
            if (socket->bytesAvailable() == 0 &&
                ::ioctl(int(socket->socketDescriptor()), FIONREAD, &unread) == 0 && unread == 0) {
                dropUnauthenticated(socket);
                return;
            }
        }
        dropUnauthenticated(m_handshaking.first());
        return;
    }
    if (!m_awaitingAuth.isEmpty()) {
        QWebSocket* oldest = m_awaitingAuth.takeFirst();
        m_clients.remove(oldest);
        oldest->disconnect(this);
        oldest->abort();
        oldest->deleteLater();
        noteFlood();
    }
    // Upgrades without the header still in Qt's hands end by Qt's handshake timeout.
}

WebSocketApi::~WebSocketApi()
{
    close();
}

QString WebSocketApi::checkHost(const QByteArray& host, quint16 port)
{
    const QByteArray wanted = ':' + QByteArray::number(port);
    const QByteArray lower = host.trimmed().toLower();
    for (const char* name : {"localhost", "127.0.0.1", "[::1]"}) {
        if (lower == QByteArray(name) + wanted)
            return {};
    }
    return WebSocketApi::tr("Host \"%1\" is not this computer's loopback address with port %2")
        .arg(QString::fromLatin1(host.left(128)))
        .arg(port);
}

QString WebSocketApi::checkOrigin(const QByteArray& origin, const QStringList& allowed)
{
    if (origin.isEmpty())
        return {}; // not a browser: programs send no Origin
    const QString presented = QString::fromLatin1(origin).trimmed().toLower();
    for (const QString& entry : allowed) {
        QString normal = entry.trimmed().toLower();
        while (normal.endsWith(QLatin1Char('/')))
            normal.chop(1);
        if (!normal.isEmpty() && presented == normal)
            return {};
    }
    return WebSocketApi::tr("Origin \"%1\" is not allowed (setting api/allowedOrigins)")
        .arg(presented.left(128));
}

bool WebSocketApi::listen(const WebSocketApiConfig& config, QString* error)
{
    close();
    if (!ApiToken::isWellFormed(config.token)) {
        *error = WebSocketApi::tr("The WebSocket API has no usable token.");
        return false;
    }
    m_config = config;
    m_upgrader =
        new QWebSocketServer(QStringLiteral("Attune"), QWebSocketServer::NonSecureMode, this);
    m_upgrader->setHandshakeTimeout(config.handshakeTimeoutMs);
    connect(m_upgrader, &QWebSocketServer::newConnection, this, &WebSocketApi::onWebSocket);

    // IPv4 first; its port is then taken for IPv6 too, so "localhost" means one port either way.
    auto* v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, config.port)) {
        *error = WebSocketApi::tr("The WebSocket API cannot listen on 127.0.0.1 port %1: %2")
                     .arg(config.port)
                     .arg(v4->errorString());
        delete v4;
        close();
        return false;
    }
    m_port = v4->serverPort();
    m_servers.append(v4);
    auto* v6 = new QTcpServer(this);
    if (v6->listen(QHostAddress::LocalHostIPv6, m_port)) {
        m_servers.append(v6);
    } else {
        // A machine without IPv6 loopback still has the API on 127.0.0.1.
        qCInfo(lcApi).noquote() << "not listening on ::1:" << v6->errorString();
        delete v6;
    }
    for (QTcpServer* server : std::as_const(m_servers)) {
        server->setMaxPendingConnections(config.maxConnections);
        connect(server, &QTcpServer::newConnection, this,
                [this, server] { onTcpConnection(server); });
    }
    qCInfo(lcApi) << "WebSocket API listening on loopback port" << m_port;
    return true;
}

void WebSocketApi::close()
{
    for (QTcpServer* server : std::as_const(m_servers))
        delete server;
    m_servers.clear();
    for (QTcpSocket* socket : std::as_const(m_handshaking)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_handshaking.clear();
    const QList<QWebSocket*> clients = m_clients.keys();
    m_clients.clear();
    for (QWebSocket* socket : clients) {
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                      WebSocketApi::tr("the WebSocket API was turned off"));
        socket->deleteLater();
    }
    m_upgrading.clear();
    // The relays (children named "relay") close with their sockets.
    for (QObject* relay :
         findChildren<QObject*>(QStringLiteral("relay"), Qt::FindDirectChildrenOnly))
        delete relay;
    m_awaitingAuth.clear();
    delete m_upgrader;
    m_upgrader = nullptr;
    m_port = 0;
}

bool WebSocketApi::isListening() const
{
    return !m_servers.isEmpty();
}

void WebSocketApi::onTcpConnection(QTcpServer* server)
{
    while (QTcpSocket* socket = server->nextPendingConnection()) {
        // Nobody is known before the token, so nobody is refused here: the oldest connection
        // still without one makes room, and a client that sends its upgrade request at once
        // (as every real client does) is through before a flood can reach it.
        if (unauthenticatedCount() >= m_config.maxUnauthenticated)
            evictOldestUnauthenticated();
        if (unauthenticatedCount() >= m_config.maxUnauthenticated) {
            socket->abort();
            socket->deleteLater();
            noteFlood();
            continue;
        }
        m_handshaking.append(socket);
        auto* deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, socket] { dropUnauthenticated(socket); });
        deadline->start(m_config.handshakeTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspectHandshake(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_handshaking.removeOne(socket))
                socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            inspectHandshake(socket);
    }
}

void WebSocketApi::refuseHttp(QTcpSocket* socket, int status, const QByteArray& statusText,
                              const QString& reason)
{
    m_handshaking.removeOne(socket);
    socket->disconnect(this);
    delete socket->findChild<QTimer*>(); // our handshake deadline, if it was started
    qCWarning(lcApi).noquote() << "refused a connection:" << status << reason;
    const QByteArray body = reason.toUtf8() + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost(); // after what was written has gone out
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void WebSocketApi::inspectHandshake(QTcpSocket* socket)
{
    // Peek, do not read: Qt's WebSocket server reads the same bytes for the upgrade.
    const QByteArray seen = socket->peek(kMaxHandshakeBytes + 1);
    const qsizetype end = seen.indexOf("\r\n\r\n");
    if (end < 0) {
        if (seen.size() > kMaxHandshakeBytes)
            refuseHttp(socket, 431, "Request Header Fields Too Large",
                       WebSocketApi::tr("the upgrade request is longer than %1 bytes")
                           .arg(kMaxHandshakeBytes));
        return; // the rest is on its way
    }
    QByteArray requestLine;
    QList<std::pair<QByteArray, QByteArray>> fields;
    if (!parseHead(seen.left(end), &requestLine, &fields) || !requestLine.startsWith("GET ")) {
        refuseHttp(socket, 400, "Bad Request", WebSocketApi::tr("not a WebSocket upgrade request"));
        return;
    }
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : fields) {
        if ((name == "host" || name == "origin" || name == "authorization") &&
            headers.contains(name)) {
            refuseHttp(socket, 400, "Bad Request",
                       WebSocketApi::tr("header %1 is repeated").arg(QString::fromLatin1(name)));
            return;
        }
        if (name == "x-attune-relay") { // ours, to tell the relayed upgrades apart
            refuseHttp(socket, 400, "Bad Request",
                       WebSocketApi::tr("header %1 is reserved").arg(QString::fromLatin1(name)));
            return;
        }
        headers.insert(name, value);
    }
    // DNS rebinding: a web page's name that resolves to 127.0.0.1 still says its own name here.
    if (const QString problem = checkHost(headers.value("host"), m_port); !problem.isEmpty()) {
        refuseHttp(socket, 403, "Forbidden", problem);
        return;
    }
    if (const QString problem = checkOrigin(headers.value("origin"), m_config.allowedOrigins);
        !problem.isEmpty()) {
        refuseHttp(socket, 403, "Forbidden", problem);
        return;
    }
    bool authenticated = false;
    if (headers.contains("authorization")) {
        const QByteArray value = headers.value("authorization");
        if (!value.startsWith("Bearer ") ||
            !ApiToken::matches(m_config.token, QString::fromLatin1(value.mid(7).trimmed()))) {
            refuseHttp(socket, 401, "Unauthorized", WebSocketApi::tr("wrong token"));
            return;
        }
        authenticated = true;
        if (authenticatedCount() >= m_config.maxConnections) {
            refuseHttp(
                socket, 503, "Service Unavailable",
                WebSocketApi::tr("too many connections (at most %1)").arg(m_config.maxConnections));
            return;
        }
    }
    m_handshaking.removeOne(socket);
    socket->disconnect(this);
    delete socket->findChild<QTimer*>(); // Qt's own handshake timeout takes over
    if (!relayToUpgrader(socket, end + 4, authenticated))
        refuseHttp(
            socket, 503, "Service Unavailable",
            WebSocketApi::tr("too many connections (at most %1)").arg(m_config.maxConnections));
}

bool WebSocketApi::relayToUpgrader(QTcpSocket* socket, qsizetype headBytes, bool authenticated)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        qCWarning(lcApi) << "no socket pair for a client:" << strerror(errno);
        return false;
    }
    auto* relay = new QObject(this);
    relay->setObjectName(QStringLiteral("relay"));
    // Qt's end. A QWebSocket neither owns nor deletes the socket it was made from (Qt 6.4), and
    // copes with its deletion, so the relay owns both ends and deletes them when both are
    // closed: nothing stays behind per connection.
    auto* inner = new QTcpSocket(relay);
    auto* pipe = new QTcpSocket(relay); // our end
    const bool innerOpen = inner->setSocketDescriptor(fds[0]);
    if (!innerOpen || !pipe->setSocketDescriptor(fds[1])) {
        qCWarning(lcApi) << "cannot relay a client:" << inner->errorString() << pipe->errorString();
        if (!innerOpen)
            ::close(fds[0]); // otherwise the socket closes it
        ::close(fds[1]);
        delete relay;
        return false;
    }
    // What Qt writes and the client does not read stays in Qt's buffer, where onText sees it.
    pipe->setReadBufferSize(64 * 1024);
    socket->setParent(relay);
    socket->disconnect(this);
    const quint64 id = ++m_lastRelayId;
    m_upgrading.insert(id, authenticated);
    auto checker = std::make_shared<ClientFrameChecker>();

    QByteArray head = socket->read(headBytes);
    head.chop(2); // the blank line, put back after our tag
    pipe->write(head + "X-Attune-Relay: " + QByteArray::number(id) + "\r\n\r\n");

    const auto finish = [this, relay, socket, pipe, id] {
        if (socket->state() == QAbstractSocket::UnconnectedState &&
            pipe->state() == QAbstractSocket::UnconnectedState) {
            m_upgrading.remove(id);
            relay->deleteLater();
        }
    };
    const auto fromClient = [this, socket, pipe, checker] {
        const QByteArray data = socket->readAll();
        if (data.isEmpty() || !checker->isOk())
            return;
        if (!checker->feed(data)) {
            // Fail the connection (RFC 6455, 7.1.7): a close frame 1002 to the client, and Qt's
            // side simply sees the connection go, without the unmasked frame.
            qCWarning(lcApi) << "dropped a client: it sent a frame that is not masked";
            const QByteArray reason = "client frames must be masked";
            socket->write(QByteArray("\x88") + char(2 + reason.size()) + "\x03\xea" + reason);
            socket->disconnectFromHost();
            pipe->abort();
            return;
        }
        pipe->write(data);
    };
    const auto fromQt = [socket, pipe] {
        // Paused while the client is not reading what it was sent.
        if (socket->bytesToWrite() < kMaxUnsentReplyBytes / 4)
            socket->write(pipe->readAll());
    };
    connect(socket, &QTcpSocket::readyRead, relay, fromClient);
    connect(pipe, &QTcpSocket::readyRead, relay, fromQt);
    connect(socket, &QTcpSocket::bytesWritten, relay, fromQt);
    connect(socket, &QTcpSocket::disconnected, relay, [pipe, finish] {
        pipe->disconnectFromHost(); // after what the client sent last has reached Qt
        finish();
    });
    connect(pipe, &QTcpSocket::disconnected, relay, [socket, pipe, finish] {
        socket->write(pipe->readAll());
        socket->disconnectFromHost(); // after Qt's last words (a close frame) have gone out
        finish();
    });
    connect(socket, &QTcpSocket::stateChanged, relay, finish);
    connect(pipe, &QTcpSocket::stateChanged, relay, finish);

    m_upgrader->handleConnection(inner);
    fromClient(); // frames sent right behind the upgrade request
    return true;
}

void WebSocketApi::onWebSocket()
{
    while (QWebSocket* socket = m_upgrader->nextPendingConnection()) {
        socket->setParent(this);
        // Qt refuses bigger frames and messages itself, with close code 1009 and a reason,
        // before reading their payload.
        socket->setMaxAllowedIncomingFrameSize(ApiProtocol::kMaxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(ApiProtocol::kMaxMessageBytes);
        Client client;
        client.limiter = RateLimiter(m_config.messagesPerSecond, m_config.burstMessages);
        client.authenticated =
            m_upgrading.take(socket->request().rawHeader("X-Attune-Relay").toULongLong());
        if (!client.authenticated) {
            client.authDeadline = new QTimer(socket);
            client.authDeadline->setSingleShot(true);
            connect(client.authDeadline, &QTimer::timeout, this, [this, socket] {
                drop(socket, QWebSocketProtocol::CloseCodePolicyViolated,
                     WebSocketApi::tr("no token: send the Authorization header or an \"auth\" "
                                      "message first"),
                     QJsonValue());
            });
            client.authDeadline->start(m_config.authTimeoutMs);
            m_awaitingAuth.append(socket);
        }
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& text) { onText(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            reply(socket, ApiMessage::errorReply(QJsonValue(),
                                                 WebSocketApi::tr("send JSON as text messages, not "
                                                                  "binary ones")));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData)
                qCWarning(lcApi) << "dropped a client: a message over"
                                 << ApiProtocol::kMaxMessageBytes << "bytes";
            m_clients.remove(socket);
            m_awaitingAuth.removeOne(socket);
            socket->deleteLater();
        });
        qCInfo(lcApi) << "client connected; authenticated by header:" << client.authenticated;
    }
}

void WebSocketApi::reply(QWebSocket* socket, const QJsonObject& object)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void WebSocketApi::drop(QWebSocket* socket, int closeCode, const QString& reason,
                        const QJsonValue& requestId)
{
    const auto found = m_clients.constFind(socket);
    if (found == m_clients.constEnd())
        return;
    // Those that never presented the token are counted with the flood, not logged one by one.
    if (found->authenticated)
        qCWarning(lcApi).noquote() << "dropped a client:" << reason;
    else
        noteFlood();
    m_clients.remove(socket);
    m_awaitingAuth.removeOne(socket);
    reply(socket, ApiMessage::errorReply(requestId, reason));
    // The close frame's reason is limited to 123 bytes; the full one went in the reply above.
    socket->close(QWebSocketProtocol::CloseCode(closeCode), reason.left(60));
}

void WebSocketApi::onText(QWebSocket* socket, const QString& text)
{
    auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return; // being dropped; what it still sent is ignored
    if (!found->limiter.allow(monotonicMs())) {
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated,
             WebSocketApi::tr("too many messages: at most %1 a second")
                 .arg(m_config.messagesPerSecond),
             QJsonValue());
        return;
    }
    if (socket->bytesToWrite() > kMaxUnsentReplyBytes) {
        drop(socket, QWebSocketProtocol::CloseCodePolicyViolated,
             WebSocketApi::tr("the client does not read its replies"), QJsonValue());
        return;
    }
    ApiMessage message;
    QString error;
    const bool parsed = ApiMessage::parse(text.toUtf8(), &message, &error);
    if (!found->authenticated) {
        // Nothing but a correct token is read before the client is known.
        if (!parsed || message.type != ApiMessage::Type::Auth) {
            drop(socket, QWebSocketProtocol::CloseCodePolicyViolated,
                 WebSocketApi::tr("no token: send the Authorization header or an \"auth\" "
                                  "message first"),
                 message.requestId);
            return;
        }
        if (!ApiToken::matches(m_config.token, message.token)) {
            drop(socket, QWebSocketProtocol::CloseCodePolicyViolated,
                 WebSocketApi::tr("wrong token"), message.requestId);
            return;
        }
        if (authenticatedCount() >= m_config.maxConnections) {
            drop(socket,
                 QWebSocketProtocol::CloseCode(1013), // "try again later" (RFC 6455 registry)
                 WebSocketApi::tr("too many connections (at most %1)").arg(m_config.maxConnections),
                 message.requestId);
            return;
        }
        found->authenticated = true;
        m_awaitingAuth.removeOne(socket);
        delete found->authDeadline;
        found->authDeadline = nullptr;
        qCInfo(lcApi) << "client authenticated by message";
        send(socket, ApiMessage::ackReply(message.requestId));
        return;
    }
    if (!parsed) {
        // A client that sends garbage all day must not fill the agent's disk with our log.
        if (found->refusalsLogged < kMaxRefusalsLogged)
            qCWarning(lcApi).noquote() << "message refused:" << error;
        else if (found->refusalsLogged == kMaxRefusalsLogged)
            qCWarning(lcApi) << "further refused messages of this client are not logged";
        ++found->refusalsLogged;
        send(socket, ApiMessage::errorReply(message.requestId, error));
        return;
    }
    if (found->lookingUp) {
        found->waiting.push_back(message);
        return;
    }
    answer(socket, message);
}

namespace {

// As many "requestId"s as the local socket remembers; older ones are looked up in the history.
constexpr int kRememberedIds = 512;

// What `requestId` answered the first time, with this message's "id".
QJsonObject withId(QJsonObject reply, const QJsonValue& requestId)
{
    reply.remove(QStringLiteral("id"));
    if (!requestId.isNull() && !requestId.isUndefined())
        reply.insert(QStringLiteral("id"), requestId);
    return reply;
}

} // namespace

void WebSocketApi::rememberApplied(const QString& key, Applied applied)
{
    if (!m_applied.contains(key))
        m_appliedOrder.push_back(key);
    m_applied.insert(key, std::move(applied));
    while (int(m_appliedOrder.size()) > kRememberedIds) {
        m_applied.remove(m_appliedOrder.front());
        m_appliedOrder.pop_front();
    }
}

// Why a look-up first: the message may have been applied by an instance killed before it
// answered; its client sends it again, and it must not be applied twice (a second call row).
void WebSocketApi::answer(QWebSocket* socket, const ApiMessage& message)
{
    if (message.applyOnceId.isEmpty() || message.type == ApiMessage::Type::Auth ||
        !m_gate.hasLedger()) {
        apply(socket, message, QString());
        return;
    }
    // Its own namespace in the history: a WebSocket client's id never reads a CLI's answer.
    const QString key = QStringLiteral("ws:") + message.applyOnceId;
    if (m_applied.contains(key)) {
        answerAgain(socket, message, key);
        return;
    }
    const QString type = ApiMessage::typeName(message.type);
    rememberApplied(key, Applied{type, {}, true});
    m_clients[socket].lookingUp = true;
    m_gate.find(key, this,
                [this, socket = QPointer<QWebSocket>(socket), message, key,
                 type](bool recorded, const QString& recordedType, const QJsonObject& firstReply) {
                    const auto client = socket ? m_clients.find(socket.data()) : m_clients.end();
                    if (client == m_clients.end()) {
                        // Gone: nothing was applied, and a resend is looked up again.
                        m_applied.remove(key);
                        return;
                    }
                    client->lookingUp = false;
                    if (recorded) {
                        qCInfo(lcApi)
                            << "message applied before this instance started; answered with "
                               "its first outcome";
                        rememberApplied(key, Applied{recordedType, firstReply, false});
                        answerAgain(socket, message, key);
                    } else {
                        apply(socket, message, key);
                    }
                    // The messages that came meanwhile, in order, until one waits for its own
                    // look-up.
                    for (auto next = m_clients.find(socket.data());
                         next != m_clients.end() && !next->lookingUp && !next->waiting.empty();
                         next = m_clients.find(socket.data())) {
                        const ApiMessage waiting = next->waiting.front();
                        next->waiting.pop_front();
                        answer(socket.data(), waiting);
                    }
                });
}

void WebSocketApi::answerAgain(QWebSocket* socket, const ApiMessage& message, const QString& key)
{
    const QString type = ApiMessage::typeName(message.type);
    const auto reply = [this, key, type, requestId = message.requestId] {
        const auto known = m_applied.constFind(key);
        if (known == m_applied.constEnd() || known->pending)
            return ApiMessage::errorReply(
                requestId, WebSocketApi::tr("this \"requestId\" is still being applied; send it "
                                            "again in a moment"));
        if (known->type != type)
            return ApiMessage::errorReply(
                requestId, WebSocketApi::tr("field \"requestId\" was already used for another "
                                            "message type; send a new one"));
        return withId(known->reply, requestId);
    };
    qCInfo(lcApi) << "message sent again; answered with its first outcome";
    const auto found = m_clients.find(socket);
    if (!m_gate.isSet() || found == m_clients.end()) {
        send(socket, reply());
        return;
    }
    // Once the first one's write has committed (its reply may still be waiting for it).
    const quint64 ticket = ++m_nextTicket;
    found->held.push_back(HeldReply{ticket, {}, false});
    m_gate.whenCommitted(m_gate.mark(), socket, [this, socket, ticket, reply](bool) {
        const auto client = m_clients.find(socket);
        if (client == m_clients.end())
            return;
        for (HeldReply& held : client->held) {
            if (held.ticket == ticket) {
                held.ready = true;
                held.reply = reply();
            }
        }
        releaseHeld(socket);
    });
}

void WebSocketApi::apply(QWebSocket* socket, const ApiMessage& message, const QString& key)
{
    const bool gated = m_gate.isSet() && message.type != ApiMessage::Type::Auth;
    const quint64 since = gated ? m_gate.mark() : 0;
    const bool ledger = gated && !key.isEmpty() && m_gate.hasLedger();
    // What the message writes commits with its "requestId" (CommitGate::beginRequest).
    if (ledger)
        m_gate.beginRequest();
    const QJsonObject outcome = dispatch(message);
    if (ledger) {
        const bool acknowledged =
            outcome.value(QStringLiteral("type")).toString() == QLatin1String("ack");
        const QString type = ApiMessage::typeName(message.type);
        const QJsonObject stored = withId(outcome, QJsonValue());
        m_gate.endRequest(acknowledged ? key : QString(), type,
                          std::make_shared<const QJsonObject>(stored));
        // A refusal applied nothing: sent again, it is tried again.
        if (acknowledged)
            rememberApplied(key, Applied{type, stored, false});
        else
            m_applied.remove(key);
    }
    const auto found = m_clients.find(socket);
    if (!gated || found == m_clients.end() ||
        outcome.value(QStringLiteral("type")).toString() != QLatin1String("ack")) {
        send(socket, outcome);
        return;
    }
    const quint64 ticket = ++m_nextTicket;
    found->held.push_back(HeldReply{ticket, outcome, false});
    // The socket is the context: a client gone before the commit is simply not answered, and a
    // message it sends again is applied by the session's own rules (a call ends once).
    m_gate.whenCommitted(
        since, socket, [this, socket, ticket, key, requestId = message.requestId](bool committed) {
            const auto client = m_clients.find(socket);
            if (client == m_clients.end())
                return;
            for (HeldReply& held : client->held) {
                if (held.ticket != ticket)
                    continue;
                held.ready = true;
                if (!committed) {
                    qCWarning(lcApi) << "message applied but its record was not saved";
                    held.reply = ApiMessage::errorReply(
                        requestId, WebSocketApi::tr("Attune showed this but could not save it to "
                                                    "its database; see the log file."));
                    // Sent again, it gets this outcome too, as on the local socket.
                    const auto known = m_applied.find(key);
                    if (known != m_applied.end())
                        known->reply = withId(held.reply, QJsonValue());
                }
            }
            releaseHeld(socket);
        });
}

void WebSocketApi::send(QWebSocket* socket, const QJsonObject& object)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end() || found->held.empty()) {
        reply(socket, object);
        return;
    }
    found->held.push_back(HeldReply{++m_nextTicket, object, true});
}

void WebSocketApi::releaseHeld(QWebSocket* socket)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return;
    while (!found->held.empty() && found->held.front().ready) {
        reply(socket, found->held.front().reply);
        found->held.pop_front();
    }
}

QJsonObject WebSocketApi::dispatch(const ApiMessage& message)
{
    QString refusal;
    switch (message.type) {
    case ApiMessage::Type::Auth:
        break; // already in: a repeated token is harmless
    case ApiMessage::Type::CallStarted: {
        CallStartedEvent event;
        event.callId = message.callId;
        event.source = QStringLiteral("websocket");
        event.caller = message.caller;
        refusal = publishCatchingRefusal(m_session, [&] { m_bus.callStarted(event); });
        break;
    }
    case ApiMessage::Type::CallAnswered:
        refusal = publishCatchingRefusal(m_session, [&] { m_bus.callAnswered(message.callId); });
        break;
    case ApiMessage::Type::Utterance:
        refusal = publishCatchingRefusal(
            m_session, [&] { m_bus.utterance(message.callId, message.utterance); });
        break;
    case ApiMessage::Type::CallEnded:
        refusal = publishCatchingRefusal(m_session, [&] { m_bus.callEnded(message.callId); });
        break;
    case ApiMessage::Type::CustomerUpdate:
        refusal = publishCatchingRefusal(
            m_session, [&] { m_bus.customerUpdated(message.callId, message.caller); });
        break;
    }
    if (!refusal.isEmpty()) // the session has logged it, with its reason
        return ApiMessage::errorReply(message.requestId, refusal);
    QJsonObject ack = ApiMessage::ackReply(message.requestId);
    const Call call = m_session.current();
    if (!call.id.isEmpty())
        ack.insert(QStringLiteral("callId"), call.id);
    ack.insert(QStringLiteral("state"), callStateName(call.state));
    return ack;
}

} // namespace attune
