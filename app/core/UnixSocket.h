#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace attune {

class UnixSocketConnection;

// A Unix-domain stream socket that listens at a path, on Qt Core alone (POSIX sockets and
// QSocketNotifier), so that the single-instance socket needs neither Qt Network nor the network
// module: a default start loads neither (issue #15). It keeps what QLocalServer with
// UserAccessOption gave the instance socket: the same path, a socket file only its user may
// connect to (srwx------), the file removed when it closes. Unlike QLocalServer it refuses a
// path longer than sun_path instead of failing without a reason, and it never removes what it
// did not make: a socket file is taken over only when nothing listens on it (a killed
// process's leftover); anything else at the path is refused, with the reason.
class UnixSocketServer final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSocketServer(QObject* parent = nullptr);
    ~UnixSocketServer() override;

    bool listen(const QString& path, QString* error);
    // Stops listening and removes the socket file. Connections it had not handed over are
    // dropped by the kernel, unread; those handed over stay as they are.
    void close();
    bool isListening() const { return m_fd >= 0; }
    QString path() const { return m_path; }

    // The longest path a socket can be bound to (sun_path less its terminating zero).
    static qsizetype maxPathBytes();

Q_SIGNALS:
    // A new connection, a child of this server; whoever takes it may reparent or delete it.
    void accepted(attune::UnixSocketConnection* connection);

private:
    void acceptAll();

    int m_fd = -1;
    QString m_path;
    quint64 m_device = 0; // the socket file made, so that close() removes that one only
    quint64 m_inode = 0;
    QSocketNotifier* m_notifier = nullptr;
};

// One connection accepted by UnixSocketServer: non-blocking, read and written on readiness, on
// the thread it lives on. Reading stops while `readLimit()` bytes wait unread (the peer then
// waits, rather than this process buffering without end); writes are buffered and go out as the
// peer takes them, partial writes included. A peer that goes away (end of file, ECONNRESET,
// EPIPE, never SIGPIPE) ends the connection: disconnected() once, what was not sent is dropped.
class UnixSocketConnection final : public QObject
{
    Q_OBJECT

public:
    // Takes `fd`, a connected non-blocking socket.
    explicit UnixSocketConnection(int fd, QObject* parent = nullptr);
    ~UnixSocketConnection() override;

    bool isConnected() const { return m_fd >= 0; }

    void setReadLimit(qsizetype bytes);
    qsizetype readLimit() const { return m_readLimit; }
    qsizetype bytesAvailable() const { return m_in.size(); }
    bool canReadLine() const { return m_in.contains('\n'); }
    // Up to and including the first line feed, at most `maxBytes` bytes.
    QByteArray readLine(qsizetype maxBytes);
    QByteArray readAll();

    // Queues `data` and sends what the peer takes now; the rest goes as it can.
    void write(const QByteArray& data);
    qsizetype bytesToWrite() const { return m_out.size() - m_outSent; }
    // Sends what the peer takes now, without waiting.
    void flush();
    // Blocks (poll) until everything queued is sent, the peer went away or `timeoutMs` passed:
    // only on the way out, where nothing else is left to run.
    bool waitForBytesWritten(int timeoutMs);
    // Ends the connection once what is queued is sent (or at once when nothing is).
    void disconnectFromPeer();
    // Ends it now, dropping what is queued.
    void abort();

Q_SIGNALS:
    void readyRead();
    // Everything queued has been sent.
    void bytesWritten();
    void disconnected();

private:
    void readSome();
    // False when the peer went away (the connection is then closed).
    bool sendSome();
    void updateNotifiers();
    void closeNow();

    int m_fd = -1;
    QSocketNotifier* m_reader = nullptr;
    QSocketNotifier* m_writer = nullptr;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outSent = 0;
    qsizetype m_readLimit = 1024 * 1024;
    bool m_closing = false;
    bool m_peerGone = false;
};

} // namespace attune
