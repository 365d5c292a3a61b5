#include "SingleInstance.h"

#include "CommandLine.h"
#include "ControlProtocol.h"
#include "core/Logging.h"
#include "core/PrivatePath.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace attune {

InstanceServer::InstanceServer(const AppPaths& paths, QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_lock(paths.lockFile())
{}

InstanceServer::~InstanceServer() = default;

InstanceServer::Claim InstanceServer::claim(QString* error)
{
    // The database says why a data folder it cannot use is refused; the lock only moves beside
    // the socket, so calls still pop.
    const bool dataFolderUsable =
        PrivatePath::usable(PrivatePath::makeFolderPrivate(m_paths.dataDir));
    QDir().mkpath(m_paths.runtimeDir);
    // Only a dead owner frees the lock (the kernel releases it): a busy app never loses it.
    const InstanceLock::Result locked =
        dataFolderUsable ? m_lock.tryLock() : InstanceLock::Result::CannotWrite;
    if (locked != InstanceLock::Result::Locked) {
        if (locked == InstanceLock::Result::HeldByAnother)
            return Claim::AlreadyRunning;
        if (locked == InstanceLock::Result::CannotWrite) {
            if (InstanceClient::isListening(m_paths))
                return Claim::AlreadyRunning;
            m_runtimeLock =
                std::make_unique<InstanceLock>(m_paths.socketPath() + QStringLiteral(".lock"));
            const InstanceLock::Result runtime = m_runtimeLock->tryLock();
            if (runtime == InstanceLock::Result::Locked)
                return Claim::Primary;
            if (runtime == InstanceLock::Result::HeldByAnother)
                return Claim::AlreadyRunning;
        }
        *error = InstanceServer::tr("Cannot take the instance lock %1: its folder cannot be "
                                    "written. Make %2 writable for your user (or ask IT to), then "
                                    "start Attune again.")
                     .arg(m_paths.lockFile(), m_paths.dataDir);
        return Claim::Failed;
    }
    return Claim::Primary;
}

bool InstanceServer::listen(QString* error)
{
    m_listener = std::make_unique<LocalInstanceListener>();
    m_listener->setHandler(m_handler);
    m_listener->setCommitGate(m_gate);
    return m_listener->listen(m_paths.socketPath(), error);
}

void InstanceServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
    if (m_listener)
        m_listener->setHandler(m_handler);
}

void InstanceServer::setCommitGate(CommitGate gate)
{
    m_gate = std::move(gate);
    if (m_listener)
        m_listener->setCommitGate(m_gate);
}

void InstanceServer::closeAndAnswerAccepted(int timeoutMs)
{
    if (m_listener)
        m_listener->closeAndAnswerAccepted(timeoutMs);
}

namespace InstanceClient {

namespace {

constexpr int kConnectTimeoutMs = 5000;
// Far above any answer (a status is a few KB), far below what would hurt.
constexpr qsizetype kMaxReplyBytes = 1024 * 1024;

enum class Attempt
{
    Answered,
    NotRunning,
    NoAnswer,
    // What answered is not Attune speaking its protocol: asking again will not help.
    Unreadable
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool addressOf(const AppPaths& paths, sockaddr_un* address)
{
    const QByteArray path = QFile::encodeName(paths.socketPath());
    *address = sockaddr_un{};
    address->sun_family = AF_UNIX;
    if (path.isEmpty() || path.size() >= qsizetype(sizeof(address->sun_path)))
        return false;
    std::memcpy(address->sun_path, path.constData(), size_t(path.size()));
    return true;
}

// Waits for `events` on `fd` until `deadline`; false on timeout (errno ETIMEDOUT) or error.
bool waitFor(int fd, short events, const QDeadlineTimer& deadline)
{
    for (;;) {
        pollfd ready{fd, events, 0};
        const int polled = ::poll(&ready, 1, int(qMax<qint64>(0, deadline.remainingTime())));
        if (polled > 0)
            return true;
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled == 0)
            errno = ETIMEDOUT;
        return false;
    }
}

class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// One request over the instance socket, as a blocking client: the command-line tools run no
// event loop meanwhile, and nothing of Qt Network is needed for it.
Attempt sendOnce(const AppPaths& paths, const QByteArray& line, int waitMs, QJsonObject* reply,
                 QString* error)
{
    sockaddr_un address;
    const Descriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!addressOf(paths, &address) || socket.get() < 0) {
        *error = InstanceServer::tr("Attune is not running.");
        return Attempt::NotRunning;
    }
    // A full backlog (EAGAIN) is an instance busy accepting: asked again until the deadline.
    const QDeadlineTimer connectBy(kConnectTimeoutMs);
    for (;;) {
        if (::connect(socket.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) ==
            0)
            break;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN && !connectBy.hasExpired()) {
            QThread::msleep(5);
            continue;
        }
        *error = InstanceServer::tr("Attune is not running.");
        return Attempt::NotRunning;
    }
    const QDeadlineTimer sendBy(kConnectTimeoutMs);
    for (qsizetype sent = 0; sent < line.size();) {
        const ssize_t n =
            ::send(socket.get(), line.constData() + sent, size_t(line.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += qsizetype(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN && waitFor(socket.get(), POLLOUT, sendBy))
            continue;
        *error = InstanceServer::tr("Could not send the request: %1").arg(errnoText(errno));
        return Attempt::NoAnswer;
    }
    const QDeadlineTimer answerBy(waitMs);
    QByteArray buffer;
    char chunk[16 * 1024];
    while (!buffer.contains('\n')) {
        if (!waitFor(socket.get(), POLLIN, answerBy)) {
            *error = InstanceServer::tr("Attune did not answer: %1").arg(errnoText(errno));
            return Attempt::NoAnswer;
        }
        // A reply is one line, as bounded as a request; whatever answers on our socket path
        // cannot make the CLI buffer without end.
        const ssize_t n = ::recv(
            socket.get(), chunk,
            size_t(qMin<qsizetype>(qsizetype(sizeof chunk), kMaxReplyBytes + 1 - buffer.size())),
            0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            // It went away (it quit) before it answered.
            *error = InstanceServer::tr("Attune did not answer: %1")
                         .arg(errnoText(n == 0 ? ECONNRESET : errno));
            return Attempt::NoAnswer;
        }
        buffer.append(chunk, qsizetype(n));
        if (buffer.size() > kMaxReplyBytes && !buffer.contains('\n')) {
            *error =
                InstanceServer::tr("Attune's answer is longer than %1 bytes").arg(kMaxReplyBytes);
            return Attempt::Unreadable;
        }
    }
    QJsonObject errorReply;
    if (!ControlProtocol::parse(buffer.left(buffer.indexOf('\n')), reply, &errorReply)) {
        *error = errorReply.value(QStringLiteral("error")).toString();
        return Attempt::NoAnswer;
    }
    return Attempt::Answered;
}

} // namespace

bool send(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply, QString* error,
          int timeoutMs)
{
    QJsonObject tagged = request;
    if (!tagged.contains(QStringLiteral("requestId")))
        tagged.insert(QStringLiteral("requestId"),
                      QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QByteArray line = QJsonDocument(tagged).toJson(QJsonDocument::Compact) + '\n';
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 1;; ++attempt) {
        const qint64 left = timeoutMs - waited.elapsed();
        switch (sendOnce(paths, line, int(qMin<qint64>(left, kAttemptTimeoutMs)), reply, error)) {
        case Attempt::Answered:
            return true;
        case Attempt::NotRunning:
            // Nothing was delivered on a first try. On a later one the instance stopped
            // listening: it is quitting, and answers what it applied before it lets its lock go,
            // so once the lock is free nothing more will come from it, and what it did not
            // answer it did not apply. Waiting out the whole timeout would only delay sending it
            // to the next instance.
            if (attempt == 1 || !isRunning(paths))
                return false;
            break;
        case Attempt::NoAnswer:
            break;
        case Attempt::Unreadable:
            return false;
        }
        if (waited.elapsed() >= timeoutMs) {
            *error = InstanceServer::tr("Attune did not confirm the request within %1 seconds "
                                        "(%2); it may still be applied, once.")
                         .arg(timeoutMs / 1000)
                         .arg(*error);
            return false;
        }
        qCInfo(lcIpc) << "no answer yet; sending the request again with the same id, attempt"
                      << attempt + 1;
        QThread::msleep(100);
    }
}

bool isListening(const AppPaths& paths)
{
    sockaddr_un address;
    if (!addressOf(paths, &address))
        return false;
    // Non-blocking: a full backlog (EAGAIN) still means something listens there.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    const int connected =
        ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    const bool listening = connected == 0 || errno == EAGAIN;
    ::close(fd);
    return listening;
}

bool isRunning(const AppPaths& paths)
{
    return isListening(paths) || InstanceLock::isHeldByAnyone(paths.lockFile()) ||
           InstanceLock::isHeldByAnyone(paths.socketPath() + QStringLiteral(".lock"));
}

bool waitWhileStartingOrQuitting(const AppPaths& paths, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (isListening(paths))
            return true;
        if (!isRunning(paths) || waited.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(10);
    }
}

} // namespace InstanceClient

} // namespace attune
