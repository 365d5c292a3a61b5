#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace attune::test;

namespace {

// A port free for both UDP and TCP on 127.0.0.1 (SIP listens on both), with the next one free
// too (baresip takes PORT+1 for SIP over TLS).
quint16 freePort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost))
            continue;
        const quint16 port = tcp.serverPort();
        QUdpSocket udp;
        QTcpServer next;
        if (port < 65000 && udp.bind(QHostAddress::LocalHost, port) &&
            next.listen(QHostAddress::LocalHost, port + 1))
            return port;
    }
    return 0;
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}

QByteArray netstring(const QByteArray& payload)
{
    return QByteArray::number(payload.size()) + ':' + payload + ',';
}

// One baresip on 127.0.0.1 with its own config folder: SIP, ctrl_tcp and the console bound to
// loopback, no sound hardware (a sine source, a /dev/null player), no stdio module.
struct Softphone
{
    QString folder;
    quint16 sipPort = 0;
    quint16 ctrlPort = 0;
    quint16 consolePort = 0;
    QProcess process;

    void configure(const QString& root, const QString& name, const QByteArray& account)
    {
        folder = root + QLatin1Char('/') + name;
        sipPort = freePort();
        ctrlPort = freePort();
        consolePort = freePort();
        writeFile(folder + QStringLiteral("/config"),
                  QStringLiteral("poll_method epoll\n"
                                 "sip_listen 127.0.0.1:%1\n"
                                 "ctrl_tcp_listen 127.0.0.1:%2\n"
                                 "cons_listen 127.0.0.1:%3\n"
                                 "audio_player aufile,/dev/null\n"
                                 "audio_alert aufile,/dev/null\n"
                                 "audio_source ausine,440\n"
                                 "module_path /usr/lib/baresip/modules\n"
                                 // Opus: ausine only makes 48 kHz, which G.711 cannot carry.
                                 "module opus.so\n"
                                 "module ausine.so\n"
                                 "module aufile.so\n"
                                 "module cons.so\n"
                                 "module_app account.so\n"
                                 "module_app menu.so\n"
                                 "module_app ctrl_tcp.so\n")
                      .arg(sipPort)
                      .arg(ctrlPort)
                      .arg(consolePort)
                      .toUtf8());
        QByteArray accounts = account;
        accounts.replace("PORT", QByteArray::number(sipPort));
        writeFile(folder + QStringLiteral("/accounts"), accounts + ";regint=0\n");
    }

    bool start()
    {
        process.setStandardInputFile(QProcess::nullDevice());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("baresip"), {QStringLiteral("-f"), folder});
        return process.waitForStarted(10000);
    }

    void stop()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // Sends one ctrl_tcp command on a fresh connection (each baresip serves one ctrl_tcp client
    // at a time, and Attune holds the callee's).
    bool command(const QByteArray& json) const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, ctrlPort);
        if (!socket.waitForConnected(10000))
            return false;
        socket.write(netstring(json));
        if (!socket.waitForBytesWritten(10000))
            return false;
        // The response says the command was taken.
        QByteArray reply;
        while (!reply.contains("\"response\":true") && socket.waitForReadyRead(10000))
            reply += socket.readAll();
        return reply.contains("\"ok\":true");
    }

    // A console command ("/accept"), for the instance whose ctrl_tcp Attune holds. The
    // connection stays open: baresip answers on it, and closing it at once sometimes lost the
    // command (the call then rang until its 120 s timeout).
    bool console(const QByteArray& line)
    {
        if (consoleSocket.state() != QAbstractSocket::ConnectedState) {
            consoleSocket.connectToHost(QHostAddress::LocalHost, consolePort);
            if (!consoleSocket.waitForConnected(10000))
                return false;
        }
        consoleSocket.readAll();
        consoleSocket.write(line + '\n');
        return consoleSocket.waitForBytesWritten(10000);
    }
    QTcpSocket consoleSocket;
};

} // namespace

// Two real baresip processes call each other on 127.0.0.1; the real Attune, connected to the
// callee's ctrl_tcp, pops the call with the caller's number and profile, then sees it answered
// and hung up, and finds baresip again after it restarts.
class TestBaresip : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    Softphone m_caller;
    Softphone m_callee;
    QProcess m_app;

    QJsonObject status() const { return statusOf(m_home); }
    QString connectorState() const
    {
        return status()
            .value(QStringLiteral("integrations"))
            .toObject()
            .value(QStringLiteral("baresip"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("baresip")).isEmpty())
            QFAIL("baresip is not installed (Debian package baresip-core, see .ci/install-deps)");
        QVERIFY(m_home.isValid());
        m_caller.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("caller"),
                           "\"E. Marsh (mobile)\" <sip:+15551234567@127.0.0.1:PORT;transport=udp>");
        m_callee.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("callee"),
                           "<sip:agent@127.0.0.1:PORT;transport=udp>");
        QVERIFY(m_caller.sipPort && m_callee.sipPort && m_callee.ctrlPort);

        // The CRM knows the caller's number.
        const QString crm = m_home.path() + QStringLiteral("/crm.csv");
        writeFile(crm, "customer_id,full_name,phone\nC-77,Elena Marsh,+1 555 123 4567\n");
        QCOMPARE(runAttune(m_home, {QStringLiteral("import"), QStringLiteral("customers"), crm})
                     .exitCode,
                 0);
        writeFile(m_home.configDir() + QStringLiteral("/Attune/Attune.conf"),
                  QStringLiteral("[integration]\nbaresipEnabled=true\nbaresipHost=127.0.0.1\n"
                                 "baresipPort=%1\n")
                      .arg(m_callee.ctrlPort)
                      .toUtf8());
        // Attune first: it keeps trying, with back-off, until the softphone is there.
        QVERIFY(startAttuneApp(m_app, m_home));
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("retrying"), 20000);
        QVERIFY(m_caller.start());
        QVERIFY(m_callee.start());
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("connected"), 30000);
    }

    // When a step fails, what the two softphones said is the first thing to read.
    void cleanup()
    {
        if (!QTest::currentTestFailed())
            return;
        qWarning().noquote() << "caller said:\n" << m_caller.process.readAll();
        qWarning().noquote() << "callee said:\n" << m_callee.process.readAll();
    }

    void cleanupTestCase()
    {
        stopAttuneApp(m_app);
        m_caller.stop();
        m_callee.stop();
    }

    void aCallRingsIsAnsweredAndHangsUp()
    {
        QVERIFY(m_caller.command(
            QStringLiteral(R"({"command":"dial","params":"sip:agent@127.0.0.1:%1","token":"t1"})")
                .arg(m_callee.sipPort)
                .toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ringing"), 30000);
        QJsonObject now = status();
        QCOMPARE(now.value(QStringLiteral("source")).toString(), QStringLiteral("baresip"));
        const QString callId = now.value(QStringLiteral("callId")).toString();
        QVERIFY(!callId.isEmpty());
        const QJsonObject customer = now.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));
        QCOMPARE(customer.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("E. Marsh (mobile)"));
        // The right profile: found by the number, whatever the softphone calls them.
        QTRY_COMPARE_WITH_TIMEOUT(status()
                                      .value(QStringLiteral("profile"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toString(),
                                  QStringLiteral("known"), 10000);
        const QJsonObject profile = status().value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("customerId")).toString(), QStringLiteral("C-77"));
        QCOMPARE(profile.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Elena Marsh"));

        // Accept at the callee, as an agent would; asked again if the first went unheard.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (attempt > 0)
                qInfo("accept sent again (attempt %d)", attempt + 1);
            QVERIFY(m_callee.console("/accept"));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 5000 &&
                   status().value(QStringLiteral("state")).toString() != QLatin1String("active"))
                QTest::qWait(100);
            if (status().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                break;
        }
        QCOMPARE(status().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(status().value(QStringLiteral("callId")).toString(), callId);

        QVERIFY(m_caller.command(R"({"command":"hangup","token":"t2"})"));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("wrap-up"), 30000);
        QCOMPARE(status().value(QStringLiteral("callId")).toString(), callId);
    }

    void itFindsBaresipAgainAfterARestart()
    {
        m_callee.stop();
        QTRY_VERIFY_WITH_TIMEOUT(connectorState() != QLatin1String("connected"), 20000);
        QVERIFY(m_callee.start());
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("connected"), 40000);
        // And calls pop again.
        QVERIFY(m_caller.command(
            QStringLiteral(R"({"command":"dial","params":"sip:agent@127.0.0.1:%1","token":"t3"})")
                .arg(m_callee.sipPort)
                .toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ringing"), 30000);
        QVERIFY(m_caller.command(R"({"command":"hangup","token":"t4"})"));
        // A missed call goes straight back to idle.
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("idle"), 30000);
    }
};

QTEST_GUILESS_MAIN(TestBaresip)
#include "tst_baresip.moc"
