// The instance socket's own Unix-domain server and connection (core/UnixSocket.h), on Qt Core
// alone: what QLocalServer gave the instance socket (its file private to its user, a killed
// process's leftover taken over, the file gone on close) and what a peer can do to it (take a
// big reply a little at a time, go away mid-request, never read, flood it), with real sockets.
// QLocalSocket is one of the clients: it is what other programs' code may use to reach Attune.

#include "core/UnixSocket.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using attune::UnixSocketConnection;
using attune::UnixSocketServer;

namespace {

// A raw client, non-blocking, so that one thread runs both ends.
int connectTo(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

// Reads what is there now (non-blocking).
QByteArray drain(int fd, qsizetype atMost = 1 << 30)
{
    QByteArray got;
    char chunk[16384];
    while (got.size() < atMost) {
        const ssize_t n =
            ::recv(fd, chunk, size_t(qMin<qsizetype>(sizeof chunk, atMost - got.size())), 0);
        if (n <= 0)
            break;
        got.append(chunk, qsizetype(n));
    }
    return got;
}

QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char('a' + (i * 7 + i / 4096) % 26);
    return data;
}

// A socket file nothing listens on: what a killed process leaves behind.
bool leaveStaleSocket(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound =
        ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0 &&
        ::listen(fd, 1) == 0;
    ::close(fd);
    return bound;
}

} // namespace

class TestUnixSocket : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    int m_case = 0;

    QString freshPath() { return m_folder.filePath(QStringLiteral("s%1.sock").arg(++m_case)); }

    // The server's side of the next connection made to it.
    static UnixSocketConnection* nextAccepted(UnixSocketServer& server)
    {
        QPointer<UnixSocketConnection> taken;
        const auto connection =
            QObject::connect(&server, &UnixSocketServer::accepted, &server,
                             [&taken](UnixSocketConnection* accepted) { taken = accepted; });
        const bool came = QTest::qWaitFor([&] { return !taken.isNull(); }, 5000);
        QObject::disconnect(connection);
        return came ? taken.data() : nullptr;
    }

    // Where most cases start: `server` listening on `path`, one raw client connected, and the
    // server's side of that connection. False, with the step that failed, otherwise.
    static bool listenAndConnect(UnixSocketServer& server, const QString& path, int* client,
                                 UnixSocketConnection** accepted, QString* error)
    {
        if (!server.listen(path, error))
            return false;
        if ((*client = connectTo(path)) < 0) {
            *error = QStringLiteral("the client could not connect");
            return false;
        }
        if (!(*accepted = nextAccepted(server))) {
            *error = QStringLiteral("the server accepted nothing");
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    // The file is a socket only its user can reach (srwx------, as QLocalServer's
    // UserAccessOption made it) and goes when the server closes; a Qt client talks to it.
    void itListensPrivatelyAndRemovesItsFileOnClose()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        QString error;
        QVERIFY2(server.listen(path, &error), qPrintable(error));
        struct stat made
        {};
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &made), 0);
        QVERIFY(S_ISSOCK(made.st_mode));
        QCOMPARE(int(made.st_mode & 07777), 0700);

        QLocalSocket client;
        client.connectToServer(path);
        QVERIFY(client.waitForConnected(5000));
        UnixSocketConnection* accepted = nextAccepted(server);
        QVERIFY(accepted);
        client.write("hello\nworld");
        client.flush();
        QVERIFY(QTest::qWaitFor([&] { return accepted->bytesAvailable() >= 11; }, 5000));
        QVERIFY(accepted->canReadLine());
        QCOMPARE(accepted->readLine(100), QByteArray("hello\n"));
        QVERIFY(!accepted->canReadLine());
        QCOMPARE(accepted->readLine(3), QByteArray("wor"));
        accepted->write("answer\n");
        QVERIFY(QTest::qWaitFor([&] { return client.canReadLine(); }, 5000));
        QCOMPARE(client.readLine(), QByteArray("answer\n"));

        server.close();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!server.isListening());
    }

    // A reply of 8 MiB to a peer that takes it in small bites: the kernel takes part of each
    // send, the rest waits here and goes out as the peer reads, in order, byte for byte, while
    // the event loop keeps running.
    void aBigReplyGoesOutInPartialWritesInOrder()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        int client = -1;
        UnixSocketConnection* accepted = nullptr;
        QString error;
        QVERIFY2(listenAndConnect(server, path, &client, &accepted, &error), qPrintable(error));
        QSignalSpy allSent(accepted, &UnixSocketConnection::bytesWritten);
        const QByteArray reply = pattern(8 * 1024 * 1024);
        accepted->write(reply);
        // More than a socket buffer: some of it had to wait.
        QVERIFY(accepted->bytesToWrite() > 0);
        QVERIFY(accepted->bytesToWrite() < reply.size());
        QByteArray got;
        QElapsedTimer reading;
        reading.start();
        while (got.size() < reply.size() && reading.elapsed() < 20000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            got += drain(client, 100 * 1024);
        }
        QCOMPARE(got.size(), reply.size());
        QVERIFY(got == reply);
        QVERIFY(QTest::qWaitFor([&] { return accepted->bytesToWrite() == 0; }, 5000));
        QVERIFY(allSent.count() >= 1 || allSent.wait(2000));
        ::close(client);
    }

    // A peer that sends half a request and goes away: what came is handed over, then the
    // connection ends (disconnected once); the server takes the next peer as ever.
    void aPeerClosingMidRequestEndsOnlyItsConnection()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        int client = -1;
        UnixSocketConnection* accepted = nullptr;
        QString error;
        QVERIFY2(listenAndConnect(server, path, &client, &accepted, &error), qPrintable(error));
        QSignalSpy gone(accepted, &UnixSocketConnection::disconnected);
        QVERIFY(::send(client, "{\"v\":1,\"comm", 12, MSG_NOSIGNAL) == 12);
        ::close(client);
        QVERIFY(gone.wait(5000) || gone.count() == 1);
        QCOMPARE(gone.count(), 1);
        QCOMPARE(accepted->readAll(), QByteArray("{\"v\":1,\"comm"));
        QVERIFY(!accepted->isConnected());
        // Writing to it now is a no-op, not a crash or a SIGPIPE.
        accepted->write("late\n");
        QCOMPARE(accepted->bytesToWrite(), 0);

        const int next = connectTo(path);
        QVERIFY(next >= 0);
        QVERIFY(nextAccepted(server));
        ::close(next);
    }

    // A peer that never reads and then leaves: writing to it never blocks this thread (timers
    // keep firing), and once it is gone the unsent bytes are dropped with the connection (EPIPE
    // or ECONNRESET, never a SIGPIPE that would end the process).
    void aPeerThatNeverReadsNeverBlocksTheThread()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        int client = -1;
        UnixSocketConnection* accepted = nullptr;
        QString error;
        QVERIFY2(listenAndConnect(server, path, &client, &accepted, &error), qPrintable(error));
        QSignalSpy gone(accepted, &UnixSocketConnection::disconnected);
        QElapsedTimer took;
        took.start();
        for (int i = 0; i < 16; ++i)
            accepted->write(pattern(1024 * 1024));
        QVERIFY2(took.elapsed() < 2000, "write() waited for the peer");
        QVERIFY(accepted->bytesToWrite() > 8 * 1024 * 1024);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(5);
        QTest::qWait(200);
        QVERIFY(ticks >= 5);
        // Bounded wait on the way out: false once the time is up, nothing sent meanwhile.
        took.restart();
        QVERIFY(!accepted->waitForBytesWritten(100));
        QVERIFY(took.elapsed() < 2000);
        ::close(client);
        QVERIFY(gone.wait(5000) || gone.count() == 1);
        QCOMPARE(accepted->bytesToWrite(), 0);
        QVERIFY(!accepted->isConnected());
    }

    // A peer that floods the connection while nothing reads it: at most the read limit is held
    // here; the rest waits in the kernel (and then in the peer) until it is read.
    void aFloodIsHeldToTheReadLimit()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        int client = -1;
        UnixSocketConnection* accepted = nullptr;
        QString error;
        QVERIFY2(listenAndConnect(server, path, &client, &accepted, &error), qPrintable(error));
        accepted->setReadLimit(4096);
        const QByteArray flood = pattern(4 * 1024 * 1024);
        qsizetype sent = 0;
        for (int round = 0; round < 200; ++round) {
            const ssize_t n = ::send(client, flood.constData() + sent, size_t(flood.size() - sent),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0)
                sent += qsizetype(n);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QVERIFY(accepted->bytesAvailable() > 0);
        QVERIFY(accepted->bytesAvailable() <= 4096);
        // Not all of it could go: the peer was held back.
        QVERIFY(sent < flood.size());
        // Read, it comes in order.
        QByteArray got = accepted->readAll();
        QVERIFY(QTest::qWaitFor([&] { return accepted->bytesAvailable() > 0; }, 5000));
        got += accepted->readAll();
        QVERIFY(got.size() > 4096);
        QVERIFY(flood.startsWith(got));
        ::close(client);
    }

    // sun_path holds 107 bytes: a longer path is refused with the reason, never cut short
    // (which would bind elsewhere), and nothing is made.
    void aPathTooLongIsRefusedNotTruncated()
    {
        const QString path = m_folder.path() + QLatin1Char('/') + QString(120, QLatin1Char('x')) +
                             QStringLiteral(".sock");
        UnixSocketServer server;
        QString error;
        QVERIFY(!server.listen(path, &error));
        QVERIFY2(error.contains(QStringLiteral("too long")), qPrintable(error));
        QVERIFY(!server.isListening());
        QVERIFY(!QFile::exists(path));
        const QString cut =
            QString::fromLocal8Bit(QFile::encodeName(path).left(UnixSocketServer::maxPathBytes()));
        QVERIFY(!QFile::exists(cut));
        // The longest that fits is taken.
        QString longest = m_folder.path() + QLatin1Char('/');
        longest += QString(UnixSocketServer::maxPathBytes() - longest.size(), QLatin1Char('y'));
        QVERIFY2(server.listen(longest, &error), qPrintable(error));
    }

    // A socket file nothing listens on (a killed instance's) is taken over.
    void aStaleSocketFileIsTakenOver()
    {
        const QString path = freshPath();
        QVERIFY(leaveStaleSocket(path));
        QVERIFY(QFile::exists(path));
        UnixSocketServer server;
        QString error;
        QVERIFY2(server.listen(path, &error), qPrintable(error));
        const int client = connectTo(path);
        QVERIFY(client >= 0);
        QVERIFY(nextAccepted(server));
        ::close(client);
    }

    // Something that is not a socket at the path (a file, a folder, a link) is not ours to
    // remove: refused with the reason, and left as it was.
    void aNonSocketAtThePathIsLeftAndRefused()
    {
        const QString file = freshPath();
        {
            QFile plain(file);
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("someone's notes");
        }
        UnixSocketServer server;
        QString error;
        QVERIFY(!server.listen(file, &error));
        QVERIFY2(error.contains(QStringLiteral("not a socket")), qPrintable(error));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("someone's notes"));

        const QString link = freshPath();
        QVERIFY(QFile::link(file, link));
        QVERIFY(!server.listen(link, &error));
        QVERIFY(QFileInfo(link).isSymLink());

        const QString folder = freshPath();
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!server.listen(folder, &error));
        QVERIFY(QFileInfo(folder).isDir());
    }

    // Two listeners on one path: the second is refused while the first listens (it does not
    // take the first one's file away, as QLocalServer::removeServer would have), the first goes
    // on taking connections; once the first closes, the second may listen.
    void twoListenersOnOnePath()
    {
        const QString path = freshPath();
        UnixSocketServer first;
        UnixSocketServer second;
        QString error;
        QVERIFY2(first.listen(path, &error), qPrintable(error));
        QVERIFY(!second.listen(path, &error));
        QVERIFY2(error.contains(QStringLiteral("another program listens")), qPrintable(error));
        const int client = connectTo(path);
        QVERIFY(client >= 0);
        QVERIFY(nextAccepted(first));
        ::close(client);

        first.close();
        QVERIFY(!QFile::exists(path));
        QVERIFY2(second.listen(path, &error), qPrintable(error));
        // The first, closed again or destroyed, does not take the second's file with it.
        first.close();
        QVERIFY(QFile::exists(path));
        const int again = connectTo(path);
        QVERIFY(again >= 0);
        QVERIFY(nextAccepted(second));
        ::close(again);
    }

    // A reply queued just before disconnectFromPeer() still reaches the peer, then the end.
    void disconnectingSendsWhatIsQueuedFirst()
    {
        const QString path = freshPath();
        UnixSocketServer server;
        QString error;
        QVERIFY2(server.listen(path, &error), qPrintable(error));
        QLocalSocket client;
        client.connectToServer(path);
        QVERIFY(client.waitForConnected(5000));
        UnixSocketConnection* accepted = nextAccepted(server);
        QVERIFY(accepted);
        const QByteArray reply = pattern(2 * 1024 * 1024) + '\n';
        accepted->write(reply);
        accepted->disconnectFromPeer();
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += client.readAll();
                return got.size() >= reply.size();
            },
            10000));
        QVERIFY(got == reply);
        QVERIFY(QTest::qWaitFor([&] { return client.state() == QLocalSocket::UnconnectedState; },
                                5000));
    }
};

QTEST_GUILESS_MAIN(TestUnixSocket)
#include "tst_unixsocket.moc"
