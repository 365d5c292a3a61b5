#include "core/UnixSocket.h"

#include "core/Logging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace attune {

namespace {

// What QLocalServer's listenBacklog is: connections beyond it wait in connect() (or get EAGAIN
// when non-blocking) until the GUI thread accepts.
constexpr int kBacklog = 50;
constexpr qsizetype kReadChunk = 64 * 1024;
// Sent bytes are cut from the front of the buffer once this many have gone, not at each send.
constexpr qsizetype kCompactAfter = 256 * 1024;
// When the process is out of descriptors, accepting is paused this long instead of spinning.
constexpr int kAcceptPauseMs = 100;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Whether something accepts connections at `address` (a full backlog, EAGAIN, also means so).
bool somethingListens(const sockaddr_un& address)
{
    const int probe = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (probe < 0)
        return false;
    int connected;
    do
        connected = ::connect(probe, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    while (connected != 0 && errno == EINTR);
    const bool listening = connected == 0 || errno == EAGAIN;
    ::close(probe);
    return listening;
}

} // namespace

UnixSocketServer::UnixSocketServer(QObject* parent)
    : QObject(parent)
{}

UnixSocketServer::~UnixSocketServer()
{
    close();
}

qsizetype UnixSocketServer::maxPathBytes()
{
    return qsizetype(sizeof(sockaddr_un::sun_path)) - 1;
}

bool UnixSocketServer::listen(const QString& path, QString* error)
{
    close();
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.isEmpty() || encoded.contains('\0')) {
        *error = tr("Cannot listen on \"%1\": not a usable path").arg(path);
        return false;
    }
    // The kernel would cut a longer one short and bind elsewhere: said, never truncated.
    if (encoded.size() > maxPathBytes()) {
        *error = tr("Cannot listen on %1: the path is too long for a local socket (%2 bytes, at "
                    "most %3)")
                     .arg(path)
                     .arg(encoded.size())
                     .arg(maxPathBytes());
        return false;
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));

    struct stat there
    {};
    if (::lstat(encoded.constData(), &there) == 0) {
        if (!S_ISSOCK(there.st_mode)) {
            *error = tr("Cannot listen on %1: something that is not a socket is in its place (it "
                        "was left as it is)")
                         .arg(path);
            return false;
        }
        if (somethingListens(address)) {
            *error = tr("Cannot listen on %1: another program listens there").arg(path);
            return false;
        }
        // A socket nobody listens on: what a killed process leaves behind.
        if (::unlink(encoded.constData()) != 0 && errno != ENOENT) {
            *error = tr("Cannot listen on %1: its old socket file cannot be removed: %2")
                         .arg(path, errnoText(errno));
            return false;
        }
    }

    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *error = tr("Cannot listen on %1: %2").arg(path, errnoText(errno));
        return false;
    }
    // bind(2) makes the file with the process's umask: made under 077, so at no moment can
    // anyone but its user connect (QLocalServer bound in a private folder and moved it in for
    // the same reason). The umask is the process's, but narrowing it only ever makes another
    // thread's new file more private for that instant, never less.
    const mode_t previous = ::umask(077);
    const int bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    const int bindError = errno;
    ::umask(previous);
    if (bound != 0) {
        ::close(fd);
        *error = bindError == EADDRINUSE
                     ? tr("Cannot listen on %1: another program listens there").arg(path)
                     : tr("Cannot listen on %1: %2").arg(path, errnoText(bindError));
        return false;
    }
    ::chmod(encoded.constData(), S_IRWXU);
    struct stat made
    {};
    if (::lstat(encoded.constData(), &made) == 0) {
        m_device = quint64(made.st_dev);
        m_inode = quint64(made.st_ino);
    }
    if (::listen(fd, kBacklog) != 0) {
        const int listenError = errno;
        ::close(fd);
        ::unlink(encoded.constData());
        *error = tr("Cannot listen on %1: %2").arg(path, errnoText(listenError));
        return false;
    }
    m_fd = fd;
    m_path = path;
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSocketServer::acceptAll);
    return true;
}

void UnixSocketServer::close()
{
    if (m_fd < 0)
        return;
    // Perhaps from a slot of its own activation (whoever took a connection closed the server).
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
    const QByteArray encoded = QFile::encodeName(m_path);
    struct stat there
    {};
    // Only the file it made: another process may have bound its own at the path since.
    const bool mine = ::lstat(encoded.constData(), &there) == 0 && S_ISSOCK(there.st_mode) &&
                      quint64(there.st_dev) == m_device && quint64(there.st_ino) == m_inode;
    ::close(m_fd);
    m_fd = -1;
    if (mine)
        ::unlink(encoded.constData());
}

void UnixSocketServer::acceptAll()
{
    for (;;) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                qCWarning(lcIpc) << "cannot take a connection now:" << errnoText(errno);
                // Level-triggered: the waiting connection would wake us again at once.
                m_notifier->setEnabled(false);
                QTimer::singleShot(kAcceptPauseMs, m_notifier,
                                   [notifier = m_notifier] { notifier->setEnabled(true); });
            }
            return;
        }
        auto* connection = new UnixSocketConnection(fd, this);
        Q_EMIT accepted(connection);
        if (m_fd < 0) // closed by whoever took the connection
            return;
    }
}

UnixSocketConnection::UnixSocketConnection(int fd, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
{
    m_reader = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_writer = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
    m_writer->setEnabled(false);
    connect(m_reader, &QSocketNotifier::activated, this, &UnixSocketConnection::readSome);
    connect(m_writer, &QSocketNotifier::activated, this, [this] {
        if (!sendSome()) {
            closeNow();
            return;
        }
        updateNotifiers();
        if (bytesToWrite() > 0)
            return;
        if (m_closing) {
            closeNow();
            return;
        }
        Q_EMIT bytesWritten();
    });
}

UnixSocketConnection::~UnixSocketConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void UnixSocketConnection::setReadLimit(qsizetype bytes)
{
    m_readLimit = qMax<qsizetype>(1, bytes);
    updateNotifiers();
}

void UnixSocketConnection::readSome()
{
    bool got = false;
    char chunk[kReadChunk];
    while (m_fd >= 0 && m_in.size() < m_readLimit) {
        const ssize_t n =
            ::recv(m_fd, chunk, size_t(qMin<qsizetype>(kReadChunk, m_readLimit - m_in.size())), 0);
        if (n > 0) {
            m_in.append(chunk, qsizetype(n));
            got = true;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // End of file, ECONNRESET or another error: the peer is gone.
        m_peerGone = true;
        break;
    }
    updateNotifiers();
    QPointer<UnixSocketConnection> alive(this);
    // What came before the peer left is handed over before it is said to have left.
    if (got)
        Q_EMIT readyRead();
    if (alive && m_peerGone)
        closeNow();
}

QByteArray UnixSocketConnection::readLine(qsizetype maxBytes)
{
    const qsizetype end = m_in.indexOf('\n');
    const qsizetype take = qMin(end >= 0 ? end + 1 : m_in.size(), maxBytes);
    QByteArray line = m_in.left(take);
    m_in.remove(0, take);
    updateNotifiers();
    return line;
}

QByteArray UnixSocketConnection::readAll()
{
    QByteArray all;
    all.swap(m_in);
    updateNotifiers();
    return all;
}

void UnixSocketConnection::write(const QByteArray& data)
{
    if (m_fd < 0 || m_closing || data.isEmpty())
        return;
    m_out.append(data);
    flush();
}

void UnixSocketConnection::flush()
{
    if (m_fd < 0)
        return;
    if (!sendSome()) {
        // Never from inside the caller's write: the connection ends on the next turn.
        QMetaObject::invokeMethod(this, &UnixSocketConnection::closeNow, Qt::QueuedConnection);
        return;
    }
    updateNotifiers();
}

bool UnixSocketConnection::sendSome()
{
    while (m_fd >= 0 && m_outSent < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outSent,
                                 size_t(m_out.size() - m_outSent), MSG_NOSIGNAL);
        if (n > 0) {
            m_outSent += qsizetype(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // EPIPE, ECONNRESET: the peer is gone, and so is what it did not take.
        m_peerGone = true;
        m_out.clear();
        m_outSent = 0;
        return false;
    }
    if (m_outSent == m_out.size()) {
        m_out.clear();
        m_outSent = 0;
    } else if (m_outSent >= kCompactAfter) {
        m_out.remove(0, m_outSent);
        m_outSent = 0;
    }
    return true;
}

bool UnixSocketConnection::waitForBytesWritten(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_fd >= 0 && bytesToWrite() > 0) {
        pollfd ready{m_fd, POLLOUT, 0};
        const int polled = ::poll(&ready, 1, int(qMax<qint64>(0, deadline.remainingTime())));
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled <= 0)
            break;
        if (!sendSome()) {
            closeNow();
            return false;
        }
    }
    updateNotifiers();
    return m_fd >= 0 && bytesToWrite() == 0;
}

void UnixSocketConnection::disconnectFromPeer()
{
    if (m_fd < 0)
        return;
    m_closing = true;
    if (bytesToWrite() == 0)
        closeNow();
    else
        updateNotifiers();
}

void UnixSocketConnection::abort()
{
    m_out.clear();
    m_outSent = 0;
    closeNow();
}

void UnixSocketConnection::updateNotifiers()
{
    if (m_fd < 0)
        return;
    m_reader->setEnabled(!m_closing && !m_peerGone && m_in.size() < m_readLimit);
    m_writer->setEnabled(bytesToWrite() > 0);
}

void UnixSocketConnection::closeNow()
{
    if (m_fd < 0)
        return;
    m_reader->setEnabled(false);
    m_writer->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_out.clear();
    m_outSent = 0;
    Q_EMIT disconnected();
}

} // namespace attune
