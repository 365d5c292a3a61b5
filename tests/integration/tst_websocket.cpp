#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace attune::test;

namespace {

const QString kClient = QStringLiteral(ATTUNE_WS_CLIENT);
const QString kProbe = QStringLiteral(ATTUNE_SOURCE_DIR "/tests/integration/ws_probe.py");

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}

} // namespace

// The WebSocket API end to end: the real app, and the documented stdlib client as a separate
// process, for the happy path and every refusal.
class TestWebSocket : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    QProcess m_app;
    quint16 m_port = 0;
    QByteArray m_appLog;

    QString tokenFile() const { return m_home.configDir() + QStringLiteral("/Attune/api-token"); }

    QJsonObject websocketStatus() const
    {
        return statusOf(m_home)
            .value(QStringLiteral("integrations"))
            .toObject()
            .value(QStringLiteral("websocket"))
            .toObject();
    }

    // One scenario of ws_probe.py as its own process; its one line of JSON.
    QJsonObject probe(const QString& scenario)
    {
        QProcess process;
        process.start(QStringLiteral("python3"),
                      {kProbe, kClient, scenario, QString::number(m_port), tokenFile()});
        if (!process.waitForFinished(60000))
            return {};
        const QByteArray out = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }

    // The documented client as a contact center would run it: JSON lines in, replies out.
    QList<QJsonObject> runClient(const QList<QByteArray>& lines, const QStringList& extra = {})
    {
        QProcess process;
        process.start(QStringLiteral("python3"),
                      QStringList{kClient, QStringLiteral("--port"), QString::number(m_port),
                                  QStringLiteral("--token-file"), tokenFile()} +
                          extra);
        process.waitForStarted();
        for (const QByteArray& line : lines)
            process.write(line + '\n');
        process.closeWriteChannel();
        QList<QJsonObject> replies;
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("%s", process.readAllStandardError().constData());
            return replies;
        }
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                replies << QJsonDocument::fromJson(line).object();
        }
        return replies;
    }

    static QString type(const QJsonObject& reply)
    {
        return reply.value(QStringLiteral("type")).toString();
    }
    static QString reason(const QJsonObject& reply)
    {
        return reply.value(QStringLiteral("reason")).toString();
    }

    void waitForNoConnections()
    {
        QTRY_COMPARE_WITH_TIMEOUT(websocketStatus().value(QStringLiteral("connections")).toInt(-1),
                                  0, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_port = freeLoopbackPort();
        writeFile(m_home.configDir() + QStringLiteral("/Attune/Attune.conf"),
                  QStringLiteral("[api]\nwebsocketEnabled=true\nwebsocketPort=%1\n"
                                 "allowedOrigins=https://crm.example.com\n")
                      .arg(m_port)
                      .toUtf8());
        m_app.setProcessEnvironment(m_home.environment());
        // To a file, not a pipe: this test blocks on its clients, and a full pipe would stall
        // the app.
        m_app.setStandardErrorFile(m_home.path() + QStringLiteral("/attune-stderr.log"));
        m_app.start(QStringLiteral(ATTUNE_BINARY), {});
        QVERIFY(m_app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(websocketStatus().value(QStringLiteral("listening")).toBool(),
                                 30000);
        QCOMPARE(websocketStatus().value(QStringLiteral("port")).toInt(), int(m_port));
    }

    void cleanupTestCase()
    {
        stopAttuneApp(m_app);
        // Refusals are logged, and nothing the clients said (numbers, names, lines) is.
        QFile log(m_home.path() + QStringLiteral("/attune-stderr.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        m_appLog = log.readAll();
        // A flood of bad messages does not flood the log.
        QVERIFY2(m_appLog.count("message refused") < 100, m_appLog.right(2000).constData());
        QVERIFY2(m_appLog.contains("refused a connection"), m_appLog.constData());
        QVERIFY2(m_appLog.contains("dropped a client"), m_appLog.constData());
        for (const char* personal : {"+15551234567", "Elena", "third time", "+15550000"})
            QVERIFY2(!m_appLog.contains(personal), personal);
    }

    void theTokenFileIsPrivate()
    {
        QVERIFY(QFile::exists(tokenFile()));
        QCOMPARE(unixMode(tokenFile()), 0600);
        QCOMPARE(unixMode(QFileInfo(tokenFile()).absolutePath()), 0700);
    }

    void aClientStreamsACallIntoTheSidebar()
    {
        const QList<QJsonObject> replies = runClient(
            {R"({"type":"call.started","version":1,"id":1,"callId":"ws-1","caller":{"phone":"+15551234567","name":"Elena Marsh","customerId":"C-10482"}})",
             R"({"type":"call.answered","version":1,"id":2,"callId":"ws-1"})",
             R"({"type":"utterance","version":1,"id":3,"callId":"ws-1","speaker":"customer","text":"This is the third time I am calling and I am furious!","final":true,"timestamp":1795389636720})",
             R"({"type":"utterance","version":1,"id":4,"callId":"ws-1","speaker":"agent","text":"I am sorry, let me sort this out.","final":false})",
             R"({"type":"customer.update","version":1,"id":5,"callId":"ws-1","caller":{"fields":{"queue":"billing"}}})"});
        QCOMPARE(replies.size(), 5);
        for (int i = 0; i < replies.size(); ++i) {
            QCOMPARE(type(replies.at(i)), QStringLiteral("ack"));
            QCOMPARE(replies.at(i).value(QStringLiteral("id")).toInt(), i + 1);
            QCOMPARE(replies.at(i).value(QStringLiteral("callId")).toString(),
                     QStringLiteral("ws-1"));
        }
        const QJsonObject status = statusOf(m_home);
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(status.value(QStringLiteral("source")).toString(), QStringLiteral("websocket"));
        const QJsonObject customer = status.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));
        QCOMPARE(customer.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Elena Marsh"));
        QCOMPARE(
            status.value(QStringLiteral("utterances")).toObject().value(QStringLiteral("customer")),
            1);
        // The customer's line reached the empathy engine: suggestions are on screen.
        QTRY_VERIFY_WITH_TIMEOUT(
            !statusOf(m_home).value(QStringLiteral("suggestions")).toArray().isEmpty(), 10000);
        QVERIFY(statusOf(m_home)
                    .value(QStringLiteral("cues"))
                    .toObject()
                    .value(QStringLiteral("negative"))
                    .toBool());

        // The token as a first message instead of the header; then the call ends.
        const QList<QJsonObject> ended =
            runClient({R"({"type":"call.ended","version":1,"callId":"ws-1"})"},
                      {QStringLiteral("--auth"), QStringLiteral("message")});
        QCOMPARE(ended.size(), 1);
        QCOMPARE(type(ended.first()), QStringLiteral("ack"));
        QCOMPARE(ended.first().value(QStringLiteral("state")).toString(),
                 QStringLiteral("wrap-up"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("closeCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no token") << "no-token" << 0 << 1008 << "no token";
        QTest::newRow("bad token in the header") << "bad-token-header" << 401 << 0 << "wrong token";
        QTest::newRow("bad token in a message")
            << "bad-token-message" << 0 << 1008 << "wrong token";
        QTest::newRow("bad Host (DNS rebinding)") << "bad-host" << 403 << 0 << "attacker.example";
        QTest::newRow("foreign Origin") << "foreign-origin" << 403 << 0 << "evil.example";
        QTest::newRow("oversize message") << "oversize" << 0 << 1009 << "";
        QTest::newRow("flood") << "flood" << 0 << 1008 << "too many messages";
    }

    void refusals()
    {
        QFETCH(QString, scenario);
        QFETCH(int, httpStatus);
        QFETCH(int, closeCode);
        QFETCH(QString, reason);
        const qint64 pid = statusOf(m_home).value(QStringLiteral("pid")).toInteger();
        const QJsonObject result = probe(scenario);
        QVERIFY2(!result.isEmpty(), qPrintable(scenario));
        const QByteArray shown = QJsonDocument(result).toJson(QJsonDocument::Compact).left(2000);
        if (httpStatus) {
            QVERIFY2(result.value(QStringLiteral("refused")).toInt() == httpStatus,
                     shown.constData());
            QVERIFY2(result.value(QStringLiteral("reason")).toString().contains(reason),
                     shown.constData());
        } else {
            QVERIFY2(result.value(QStringLiteral("closed")).toInt() == closeCode,
                     shown.right(1000).constData());
            // Told why: the last reply is an error with the reason (or, for a message too big
            // to read, the close frame says so).
            const QJsonArray replies = result.value(QStringLiteral("replies")).toArray();
            if (!reason.isEmpty()) {
                QVERIFY2(!replies.isEmpty(), shown.constData());
                const QJsonObject last = replies.last().toObject();
                QCOMPARE(type(last), QStringLiteral("error"));
                QVERIFY2(this->reason(last).contains(reason), shown.constData());
            } else {
                QVERIFY2(!result.value(QStringLiteral("closeReason")).toString().isEmpty(),
                         shown.constData());
            }
        }
        // Nothing reached the call, and the app is still the same process, answering.
        const QJsonObject status = statusOf(m_home);
        QCOMPARE(status.value(QStringLiteral("pid")).toInteger(), pid);
        QVERIFY(status.value(QStringLiteral("state")).toString() != QLatin1String("ringing"));
        waitForNoConnections();
    }

    void anAllowedOriginMayConnect()
    {
        const QJsonObject result = probe(QStringLiteral("allowed-origin"));
        QVERIFY(!result.contains(QStringLiteral("refused")));
        QCOMPARE(type(result.value(QStringLiteral("replies")).toArray().first().toObject()),
                 QStringLiteral("error")); // authenticated; nothing is live to end
        waitForNoConnections();
    }

    void badMessagesAreAnsweredAndTheConnectionStays()
    {
        const QJsonObject result = probe(QStringLiteral("malformed-then-good"));
        const QJsonArray replies = result.value(QStringLiteral("replies")).toArray();
        QCOMPARE(replies.size(), 5);
        QVERIFY(reason(replies.at(0).toObject()).contains(QStringLiteral("malformed JSON")));
        QVERIFY(reason(replies.at(1).toObject()).contains(QStringLiteral("JSON object")));
        QVERIFY(reason(replies.at(2).toObject()).contains(QStringLiteral("version")));
        QVERIFY(reason(replies.at(3).toObject()).contains(QStringLiteral("no-such-call")) ||
                type(replies.at(3).toObject()) == QLatin1String("error"));
        // The same connection still works after all that (nothing is live, so the session
        // refuses the end, with its reason).
        QCOMPARE(type(replies.at(4).toObject()), QStringLiteral("error"));
        QVERIFY(!reason(replies.at(4).toObject()).isEmpty());
        waitForNoConnections();
    }

    void tooManyConnectionsAreRefused()
    {
        waitForNoConnections();
        const QJsonObject result = probe(QStringLiteral("max-connections"));
        QCOMPARE(result.value(QStringLiteral("refused")).toInt(), 503);
        QCOMPARE(result.value(QStringLiteral("opened")).toInt(), 8);
        QVERIFY(result.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("too many connections")));
        waitForNoConnections();
    }

    // IT sets the token (system scope): that one works, and no token file is made for it.
    void aTokenSetByItIsUsed()
    {
        IsolatedHome home;
        const QString token = QStringLiteral("it-set-token-0123456789abcdef0123456789");
        const quint16 port = freeLoopbackPort();
        writeFile(home.systemConfigDir() + QStringLiteral("/Attune/Attune.conf"),
                  QStringLiteral("[api]\ntoken=%1\nwebsocketEnabled=true\nwebsocketPort=%2\n")
                      .arg(token)
                      .arg(port)
                      .toUtf8());
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(home)
                                     .value(QStringLiteral("integrations"))
                                     .toObject()
                                     .value(QStringLiteral("websocket"))
                                     .toObject()
                                     .value(QStringLiteral("listening"))
                                     .toBool(),
                                 30000);
        QVERIFY(!QFile::exists(home.configDir() + QStringLiteral("/Attune/api-token")));
        QProcess client;
        client.start(QStringLiteral("python3"),
                     {kClient, QStringLiteral("--port"), QString::number(port),
                      QStringLiteral("--token"), token});
        client.waitForStarted();
        client.write(R"({"type":"call.started","version":1,"caller":{"phone":"+15550100"}})"
                     "\n");
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(60000));
        QCOMPARE(client.exitCode(), 0);
        QVERIFY(client.readAllStandardOutput().contains("\"ack\""));
        QCOMPARE(statusOf(home).value(QStringLiteral("state")).toString(),
                 QStringLiteral("ringing"));
        stopAttuneApp(app);
    }

    // Off by default: nothing listens.
    void offByDefault()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        const QJsonObject integrations =
            statusOf(home).value(QStringLiteral("integrations")).toObject();
        QVERIFY(!integrations.value(QStringLiteral("websocket"))
                     .toObject()
                     .value(QStringLiteral("listening"))
                     .toBool());
        QCOMPARE(integrations.value(QStringLiteral("baresip"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("stopped"));
        QVERIFY(!QFile::exists(home.configDir() + QStringLiteral("/Attune/api-token")));
        stopAttuneApp(app);
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
