#include "integration/LocalInstanceListener.h"

#include "core/Logging.h"
#include "core/PrivateFile.h"
#include "core/UnixSocket.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"
#include "integration/SingleInstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace attune {

namespace {

QByteArray toLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Set on a client socket while its reply waits for a commit.
constexpr char kAwaitingProperty[] = "attuneAwaitingReply";
constexpr char kIdleTimerName[] = "attuneIdleTimer";
constexpr qsizetype kMaxRequestIdChars = 128;
// Replies a client has not taken yet; past this its further requests wait (a status is a few KB).
constexpr qsizetype kMaxUnsentReplyBytes = 4 * 1024 * 1024;
// The remembered outcomes handed to the next instance: 512 small replies are some 100 KB.
constexpr qsizetype kMaxAnsweredBytes = 4 * 1024 * 1024;

QJsonObject reusedIdReply()
{
    return ControlProtocol::errorReply(
        InstanceServer::tr("field \"requestId\" was already used for another command; send a "
                           "new request with a new id"));
}

} // namespace

LocalInstanceListener::LocalInstanceListener() = default;

LocalInstanceListener::~LocalInstanceListener()
{
    if (m_server)
        m_server->close();
}

bool LocalInstanceListener::listen(const QString& socketPath, QString* error)
{
    // The caller holds the instance lock, so a socket file there that nothing listens on is a
    // leftover of a killed instance: UnixSocketServer takes its place.
    m_server = new UnixSocketServer(this);
    if (!m_server->listen(socketPath, error))
        return false;
    connect(m_server, &UnixSocketServer::accepted, this,
            [this](UnixSocketConnection* socket) { serve(socket); });
    m_answeredPath = socketPath + QStringLiteral(".answered");
    takeAnsweredFromTheLastInstance();
    return true;
}

// Why the outcomes outlive the instance: a client whose attempt timed out (10 s) while the
// quitting instance still waited for the commit sends the request again; the quitting instance no
// longer listens, so it goes to the next one, under the same id. Without the first outcome that
// one applied it again (two rows for the call). The file is written on the way out, once every
// answer is known, and read (then removed) by the next instance before it takes any request.
void LocalInstanceListener::keepAnsweredForTheNextInstance() const
{
    QJsonArray answered;
    for (const QString& id : m_rememberedOrder) {
        const auto known = m_remembered.constFind(id);
        if (known != m_remembered.constEnd() && known->done)
            answered.append(QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("command"), known->command},
                                        {QStringLiteral("reply"), known->reply}});
    }
    if (answered.isEmpty() || m_answeredPath.isEmpty())
        return;
    const QByteArray json = QJsonDocument(answered).toJson(QJsonDocument::Compact);
    const QByteArray target = QFile::encodeName(m_answeredPath);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    const int fd =
        ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        qCWarning(lcIpc) << "could not keep the answered requests for the next instance";
        return;
    }
    const bool written = ::write(fd, json.constData(), size_t(json.size())) == json.size();
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        ::unlink(temporary.constData());
        qCWarning(lcIpc) << "could not keep the answered requests for the next instance";
    }
}

void LocalInstanceListener::takeAnsweredFromTheLastInstance()
{
    if (PrivateFile::check(m_answeredPath) == PrivateFile::Problem::Missing)
        return;
    QByteArray json;
    // Ours only (this user's ordinary file, readable by no one else); anything else is dropped.
    if (PrivateFile::check(m_answeredPath) == PrivateFile::Problem::None) {
        QFile file(m_answeredPath);
        if (file.open(QIODevice::ReadOnly))
            json = file.read(kMaxAnsweredBytes + 1);
    }
    QFile::remove(m_answeredPath);
    if (json.size() > kMaxAnsweredBytes)
        return;
    const QJsonArray answered = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& entry : answered) {
        const QString id = entry.toObject().value(QStringLiteral("id")).toString();
        const QJsonObject reply = entry.toObject().value(QStringLiteral("reply")).toObject();
        if (id.isEmpty() || id.size() > kMaxRequestIdChars || m_remembered.contains(id))
            continue;
        remember(
            id, Remembered{
                    true, reply, {}, entry.toObject().value(QStringLiteral("command")).toString()});
    }
    if (!answered.isEmpty())
        qCInfo(lcIpc) << "took over" << answered.size()
                      << "answered requests from the last instance";
}

void LocalInstanceListener::serve(UnixSocketConnection* socket)
{
    m_clients.removeAll(nullptr);
    m_clients.append(socket);
    // A request line at most, and one more: a longer line without its end is refused below
    // while the rest of it waits in the kernel, not here.
    socket->setReadLimit(2 * ControlMessage::kMaxLineBytes);
    connect(socket, &UnixSocketConnection::disconnected, socket, &QObject::deleteLater);
    connect(socket, &UnixSocketConnection::readyRead, socket, [this, socket] { pump(socket); });
    // Reading resumes once a client that did not read its replies has taken them.
    connect(socket, &UnixSocketConnection::bytesWritten, socket, [this, socket] { pump(socket); });
    // Only a whole request or a reply counts as activity: a line dribbled in a byte at a time
    // does not keep the connection.
    auto* idle = new QTimer(socket);
    idle->setObjectName(QLatin1String(kIdleTimerName));
    idle->setSingleShot(true);
    idle->setInterval(m_idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, [this, socket] { closeIfIdle(socket); });
    idle->start();
}

void LocalInstanceListener::restartIdleTimer(UnixSocketConnection* socket)
{
    if (auto* idle =
            socket->findChild<QTimer*>(QLatin1String(kIdleTimerName), Qt::FindDirectChildrenOnly))
        idle->start();
}

void LocalInstanceListener::closeIfIdle(UnixSocketConnection* socket)
{
    // A request still waiting for its commit, or replies the client has yet to read, are not
    // idleness: the timer starts again.
    if (socket->property(kAwaitingProperty).toBool() || socket->bytesToWrite() > 0) {
        restartIdleTimer(socket);
        return;
    }
    qCInfo(lcIpc) << "an idle client connection was closed";
    socket->disconnectFromPeer();
}

// Replies go out in the order the requests came: while one waits for its commit, the socket's
// further lines wait too. So do they while a client leaves its replies unread: what it cannot
// take is not piled up here without end.
void LocalInstanceListener::pump(UnixSocketConnection* socket)
{
    // A line not read on the way out is a request not applied: its client sends it again, with
    // the same id, to the next instance.
    if (m_closing || !socket->isConnected())
        return;
    while (!socket->property(kAwaitingProperty).toBool() &&
           socket->bytesToWrite() < kMaxUnsentReplyBytes && socket->canReadLine()) {
        const QByteArray line = socket->readLine(ControlMessage::kMaxLineBytes + 1);
        restartIdleTimer(socket);
        if (!line.endsWith('\n')) {
            respond(socket,
                    ControlProtocol::errorReply(InstanceServer::tr("request longer than %1 bytes")
                                                    .arg(ControlMessage::kMaxLineBytes)));
            socket->disconnectFromPeer();
            return;
        }
        QJsonObject request;
        QJsonObject reply;
        if (!ControlProtocol::parse(line.trimmed(), &request, &reply)) {
            respond(socket, reply);
            continue;
        }
        handle(socket, request);
        if (!socket->isConnected())
            return;
    }
    // A client that sends a huge line without a newline is cut off rather than buffered.
    if (!socket->property(kAwaitingProperty).toBool() && !socket->canReadLine() &&
        socket->bytesAvailable() > ControlMessage::kMaxLineBytes) {
        respond(socket,
                ControlProtocol::errorReply(InstanceServer::tr("request longer than %1 bytes")
                                                .arg(ControlMessage::kMaxLineBytes)));
        qCWarning(lcIpc) << "oversized request dropped";
        socket->disconnectFromPeer();
    }
}

void LocalInstanceListener::handle(UnixSocketConnection* socket, const QJsonObject& request)
{
    const QJsonValue idValue = request.value(QStringLiteral("requestId"));
    if (!idValue.isUndefined() && (!idValue.isString() || idValue.toString().isEmpty() ||
                                   idValue.toString().size() > kMaxRequestIdChars)) {
        respond(socket, ControlProtocol::errorReply(
                            InstanceServer::tr("field \"requestId\" must be a string of 1 to %1 "
                                               "characters")
                                .arg(kMaxRequestIdChars)));
        return;
    }
    const QString requestId = idValue.toString();
    const QString command = request.value(QStringLiteral("command")).toString();
    if (!requestId.isEmpty()) {
        const auto known = m_remembered.find(requestId);
        if (known != m_remembered.end()) {
            if (!known->command.isEmpty() && known->command != command) {
                respond(socket, reusedIdReply());
                return;
            }
            qCInfo(lcIpc) << "request sent again; answered with its first outcome";
            if (known->done) {
                respond(socket, known->reply);
            } else {
                known->waiting.append(socket);
                socket->setProperty(kAwaitingProperty, true);
            }
            return;
        }
    }
    if (!m_handler) {
        respond(socket, ControlProtocol::errorReply(InstanceServer::tr("not ready")));
        return;
    }
    // Reading changes nothing: a status is answered at once and fresh each time.
    if (command == QLatin1String("status")) {
        respond(socket, m_handler(request).reply);
        return;
    }
    if (requestId.isEmpty() || !m_gate.hasLedger()) {
        apply(socket, request, requestId);
        return;
    }
    // Not known here: perhaps applied by an instance that was killed before it answered. The
    // history says; meanwhile this id is pending (a copy waits) and so are the client's lines.
    remember(requestId, Remembered{false, {}, {}, command});
    socket->setProperty(kAwaitingProperty, true);
    m_gate.find(
        requestId, this,
        [this, requestId, command, request, socket = QPointer<UnixSocketConnection>(socket)](
            bool found, const QString& recordedCommand, const QJsonObject& answer) {
            if (!found) {
                apply(socket, request, requestId);
                return;
            }
            qCInfo(lcIpc) << "request applied before this instance started; answered "
                             "with its first outcome";
            // An id reused for another command must not read that one's answer.
            finish(requestId, socket, recordedCommand == command ? answer : reusedIdReply());
        });
}

void LocalInstanceListener::apply(QPointer<UnixSocketConnection> socket, const QJsonObject& request,
                                  const QString& requestId)
{
    const QString command = request.value(QStringLiteral("command")).toString();
    const quint64 since = m_gate.isSet() ? m_gate.mark() : 0;
    // What the request writes commits with its record (see CommitGate::beginRequest).
    if (m_gate.hasLedger())
        m_gate.beginRequest();
    ControlReply reply = m_handler(request);
    if (!requestId.isEmpty() && !m_remembered.contains(requestId))
        remember(requestId, Remembered{false, {}, {}, command});
    if (reply.isDeferred()) {
        // The answer comes from the storage thread's outcome; the socket's further lines wait.
        // Started before the request ends, so that what it writes commits with its record.
        if (socket)
            socket->setProperty(kAwaitingProperty, true);
        reply.answerLater([this, requestId, socket = QPointer<UnixSocketConnection>(socket),
                           since](QJsonObject answer) {
            answerOnCommit(requestId, socket, since, std::move(answer));
        });
    }
    if (m_gate.hasLedger()) {
        // A refusal applied nothing and is not recorded. A deferred reply is recorded with the
        // answer its writes make (an assessment's new id), when it has them make one: a save
        // sent again after a kill was saved twice.
        std::shared_ptr<const QJsonObject> answer;
        if (reply.isDeferred())
            answer = reply.stored;
        else if (reply.reply.value(QStringLiteral("ok")).toBool())
            answer = std::make_shared<const QJsonObject>(reply.reply);
        const QString recordedId = answer ? requestId : QString();
        m_gate.endRequest(recordedId, command, std::move(answer));
    }
    if (!reply.isDeferred())
        answerOnCommit(requestId, socket, since, reply.reply);
}

void LocalInstanceListener::answerOnCommit(const QString& requestId,
                                           QPointer<UnixSocketConnection> socket, quint64 since,
                                           QJsonObject reply)
{
    if (!m_gate.isSet()) {
        finish(requestId, socket, reply);
        return;
    }
    if (socket)
        socket->setProperty(kAwaitingProperty, true);
    m_gate.whenCommitted(since, this, [this, requestId, socket, reply](bool committed) {
        if (committed || !reply.value(QStringLiteral("ok")).toBool()) {
            finish(requestId, socket, reply);
            return;
        }
        qCWarning(lcIpc) << "request applied but its record was not saved";
        finish(requestId, socket,
               ControlProtocol::errorReply(
                   InstanceServer::tr("Attune showed this but could not save it to its "
                                      "database; see the log file.")));
    });
}

bool LocalInstanceListener::isAwaitingAnyReply() const
{
    for (const QPointer<UnixSocketConnection>& client : m_clients) {
        if (client && client->property(kAwaitingProperty).toBool())
            return true;
    }
    // Also one whose client gave up waiting and left: it will send again, to the next instance,
    // which must then have the real outcome rather than "quit before it was saved".
    for (const Remembered& known : m_remembered) {
        if (!known.done)
            return true;
    }
    return false;
}

// Why not simply quit: a request applied but not yet answered (its record waits for its commit)
// was lost to its client, which then sent it again to the next instance and had it applied twice
// (the call recorded twice). Why close first: what was never read was never applied, so its
// client may safely send it again elsewhere; the socket file goes with the listener, so a client
// that comes now finds nothing and waits for the next instance instead of a silent one.
void LocalInstanceListener::closeAndAnswerAccepted(int timeoutMs)
{
    if (!m_server || m_closing)
        return;
    m_closing = true;
    // Connections the listener has not handed over yet were never read: close() drops them.
    m_server->close();
    QElapsedTimer waited;
    waited.start();
    if (isAwaitingAnyReply())
        qCInfo(lcIpc) << "quitting; answering the requests already applied first";
    // processEvents rather than a nested QEventLoop, whose exec() returns at once, running
    // nothing, whenever the thread's quit flag is up (Qt 6.4 ignores quit() once exec has
    // returned, so a second SIGTERM does not raise it, but nothing here should hang on that).
    // The timer bounds each wait, so the deadline holds.
    QTimer wake;
    wake.start(20);
    while (isAwaitingAnyReply() && waited.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // Still not committed (a database held by another program all along): the storage queue
    // may yet save it on its way out, so the client is told so and must not send it again.
    const QJsonObject unsaved = ControlProtocol::errorReply(
        InstanceServer::tr("Attune quit before this was saved; it may still be saved, once. "
                           "Check before sending it again."));
    for (auto known = m_remembered.begin(); known != m_remembered.end(); ++known) {
        if (known->done)
            continue;
        known->done = true;
        known->reply = unsaved;
        for (const QPointer<UnixSocketConnection>& client : std::as_const(known->waiting)) {
            if (client && client->property(kAwaitingProperty).toBool())
                respond(client, unsaved);
        }
        known->waiting.clear();
    }
    for (const QPointer<UnixSocketConnection>& client : std::as_const(m_clients)) {
        if (!client)
            continue;
        if (client->property(kAwaitingProperty).toBool())
            respond(client, unsaved);
        client->flush();
        if (client->bytesToWrite() > 0)
            client->waitForBytesWritten(1000);
        client->disconnectFromPeer();
    }
    m_clients.clear();
    keepAnsweredForTheNextInstance();
}

void LocalInstanceListener::remember(const QString& requestId, Remembered remembered)
{
    m_remembered.insert(requestId, std::move(remembered));
    m_rememberedOrder.push_back(requestId);
    // The oldest finished ones are forgotten first; one still pending is kept, or its waiting
    // clients would never hear back.
    while (int(m_rememberedOrder.size()) > InstanceServer::kRememberedRequests) {
        const auto oldest = m_remembered.constFind(m_rememberedOrder.front());
        if (oldest != m_remembered.constEnd() && !oldest->done)
            break;
        m_remembered.remove(m_rememberedOrder.front());
        m_rememberedOrder.pop_front();
    }
}

void LocalInstanceListener::finish(const QString& requestId, QPointer<UnixSocketConnection> socket,
                                   QJsonObject reply)
{
    QList<QPointer<UnixSocketConnection>> waiting;
    if (!requestId.isEmpty()) {
        const auto known = m_remembered.find(requestId);
        if (known != m_remembered.end()) {
            known->done = true;
            known->reply = reply;
            waiting.swap(known->waiting);
        }
    }
    waiting.prepend(socket);
    for (const QPointer<UnixSocketConnection>& client : std::as_const(waiting)) {
        // A client that gave up and went away is answered when it sends the same id again.
        if (client)
            respond(client, reply);
    }
}

void LocalInstanceListener::respond(UnixSocketConnection* socket, const QJsonObject& reply)
{
    if (!reply.value(QStringLiteral("ok")).toBool())
        qCWarning(lcIpc).noquote()
            << "request refused:" << reply.value(QStringLiteral("error")).toString();
    socket->write(toLine(reply));
    restartIdleTimer(socket);
    if (socket->property(kAwaitingProperty).toBool()) {
        socket->setProperty(kAwaitingProperty, false);
        // Later lines of this client, read once this reply is on its way (never re-entrantly).
        QMetaObject::invokeMethod(
            socket, [this, socket] { pump(socket); }, Qt::QueuedConnection);
    }
}

} // namespace attune
