// The local socket's listener against clients that connect and then do not make a request: each
// connection holds one of the app's file descriptors, so one left idle (nothing sent, or a line
// dribbled in and never finished) is closed, while one that keeps making requests, or waits for
// a reply, is kept. A real socket on a private path, the listener in this process.
#include "integration/LocalInstanceListener.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace attune;

namespace {

constexpr int kIdleMs = 600;

// A plain client, as any program of the agent's could be: a non-blocking AF_UNIX socket.
class RawClient
{
public:
    explicit RawClient(const QString& path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(path);
        std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
        m_connected =
            ::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    }
    ~RawClient() { ::close(m_fd); }
    RawClient(const RawClient&) = delete;
    RawClient& operator=(const RawClient&) = delete;

    bool connected() const { return m_connected; }
    bool send(const QByteArray& bytes) const
    {
        return ::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL) == bytes.size();
    }
    // Reads what has come; true once the listener has closed its end.
    bool closedByPeer()
    {
        char chunk[4096];
        for (;;) {
            const ssize_t got = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (got > 0) {
                m_received.append(chunk, got);
                continue;
            }
            return got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
        }
    }
    int repliesReceived()
    {
        closedByPeer();
        return int(m_received.count('\n'));
    }

private:
    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_received;
};

} // namespace

class TestLocalInstanceListener : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<LocalInstanceListener> m_listener;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("attune-test.sock"));
        m_listener = std::make_unique<LocalInstanceListener>();
        m_listener->setIdleTimeout(kIdleMs);
        m_listener->setHandler([](const QJsonObject&) {
            return ControlReply(QJsonObject{{QStringLiteral("ok"), true}});
        });
        QString error;
        QVERIFY2(m_listener->listen(m_path, &error), qPrintable(error));
    }

    void cleanup() { m_listener.reset(); }

    void aClientThatSendsNothingIsClosed()
    {
        RawClient client(m_path);
        QVERIFY(client.connected());
        QElapsedTimer held;
        held.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.closedByPeer(), 10000);
        QVERIFY2(held.elapsed() >= kIdleMs - 50, "closed before its idle time was up");
    }

    void aLineDribbledInAndNeverFinishedIsClosed()
    {
        RawClient client(m_path);
        QVERIFY(client.connected());
        // A byte every third of the idle time: bytes alone do not keep the connection.
        for (const char byte : QByteArrayLiteral("{\"v\":1,\"comm")) {
            if (byte == '\0')
                break;
            if (client.closedByPeer())
                break;
            QVERIFY(client.send(QByteArray(1, byte)));
            QTest::qWait(kIdleMs / 3);
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.closedByPeer(), 10000);
        QCOMPARE(client.repliesReceived(), 0);
    }

    void aClientThatKeepsMakingRequestsIsKeptThenClosedOnceIdle()
    {
        RawClient client(m_path);
        QVERIFY(client.connected());
        // Twice the idle time in all, a request every quarter of it (slack for a loaded machine).
        for (int i = 0; i < 8; ++i) {
            QVERIFY(client.send(QByteArrayLiteral("{\"v\":1,\"command\":\"status\"}\n")));
            QTRY_COMPARE_WITH_TIMEOUT(client.repliesReceived(), i + 1, 5000);
            QVERIFY2(!client.closedByPeer(), "a client making requests was closed");
            QTest::qWait(kIdleMs / 4);
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.closedByPeer(), 10000);
        QCOMPARE(client.repliesReceived(), 8);
    }

    void aClientWaitingForItsReplyIsKept()
    {
        // The reply comes three idle times later, as a write's commit might under load.
        LocalInstanceListener::Handler slow = [](const QJsonObject&) {
            return ControlReply::later([](ControlReply::Answer answer) {
                QTimer::singleShot(3 * kIdleMs, [answer] {
                    answer(QJsonObject{{QStringLiteral("ok"), true}});
                });
            });
        };
        m_listener->setHandler(slow);
        RawClient client(m_path);
        QVERIFY(client.connected());
        QVERIFY(client.send(QByteArrayLiteral("{\"v\":1,\"command\":\"call.end\"}\n")));
        QTRY_COMPARE_WITH_TIMEOUT(client.repliesReceived(), 1, 10000);
        QVERIFY2(!client.closedByPeer(), "closed while its reply was owed");
        // Then idle: closed.
        QTRY_VERIFY_WITH_TIMEOUT(client.closedByPeer(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestLocalInstanceListener)
#include "tst_localinstancelistener.moc"
