// A forwarded request is applied once per request id, even when the instance that applied it is
// killed (`kill -9`, a crash) before its client read the answer: the client sends it again under
// the same id, to the next instance, which used to apply it again (a second call row). The id
// and the answer are now saved in the same transaction as the request's writes. Driven with the
// real binary in private folders, speaking the socket protocol directly.

#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace attune::test;

class TestRequestIds : public QObject
{
    Q_OBJECT

private:
    static QJsonObject callStart(const QString& callId, const QString& requestId)
    {
        return QJsonObject{{QStringLiteral("command"), QStringLiteral("call.start")},
                           {QStringLiteral("callId"), callId},
                           {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0321")},
                           {QStringLiteral("requestId"), requestId}};
    }

    static QJsonObject callEnd(const QString& callId, const QString& requestId)
    {
        return QJsonObject{{QStringLiteral("command"), QStringLiteral("call.end")},
                           {QStringLiteral("callId"), callId},
                           {QStringLiteral("requestId"), requestId}};
    }

    // One number from the agent's database, read once Attune is gone.
    static int countOf(const IsolatedHome& home, const QString& sql)
    {
        int count = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    static void killHard(QProcess& app)
    {
        ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
        app.waitForFinished(10000);
    }

    // An Attune with the WebSocket API on `port`, its token set by IT.
    static void configureWebSocket(const IsolatedHome& home, quint16 port)
    {
        QDir().mkpath(home.systemConfigDir() + QStringLiteral("/Attune"));
        QFile conf(home.systemConfigDir() + QStringLiteral("/Attune/Attune.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("[api]\ntoken=%1\nwebsocketEnabled=true\nwebsocketPort=%2\n")
                       .arg(kToken)
                       .arg(port)
                       .toUtf8());
    }

    static bool webSocketListens(const IsolatedHome& home)
    {
        return statusOf(home)
            .value(QStringLiteral("integrations"))
            .toObject()
            .value(QStringLiteral("websocket"))
            .toObject()
            .value(QStringLiteral("listening"))
            .toBool();
    }

    // The documented client, one connection: JSON lines in, its replies out.
    static QList<QJsonObject> sendOverWebSocket(quint16 port, const QList<QByteArray>& lines)
    {
        QProcess client;
        client.start(QStringLiteral("python3"),
                     {QStringLiteral(ATTUNE_WS_CLIENT), QStringLiteral("--port"),
                      QString::number(port), QStringLiteral("--token"), kToken});
        client.waitForStarted();
        for (const QByteArray& line : lines)
            client.write(line + '\n');
        client.closeWriteChannel();
        QList<QJsonObject> replies;
        if (!client.waitForFinished(60000) || client.exitCode() != 0)
            return replies;
        for (const QByteArray& line : client.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                replies << QJsonDocument::fromJson(line).object();
        }
        return replies;
    }

    static QJsonObject withoutId(QJsonObject reply)
    {
        reply.remove(QStringLiteral("id"));
        return reply;
    }

    static inline const QString kToken = QStringLiteral("it-set-token-0123456789abcdef0123456789");

private Q_SLOTS:
    // Answered, then killed before anything else: the next instance answers the same id with
    // the same answer and records nothing more (it recorded a second call).
    void aRequestSentAgainAfterAKillGetsItsFirstAnswerAndIsAppliedOnce()
    {
        IsolatedHome home;
        QProcess first;
        QVERIFY(startAttuneApp(first, home));
        const QJsonObject message = callStart(QStringLiteral("kill-1"), QStringLiteral("req-k1"));
        const QJsonObject answer = requestApp(home, message);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson());
        killHard(first);

        QProcess second;
        QVERIFY(startAttuneApp(second, home));
        QCOMPARE(requestApp(home, message), answer);
        // Not applied here: no call rings in the new instance.
        QCOMPARE(statusOf(home).value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        // The same id for another command reads nothing of the first one's answer.
        const QJsonObject reused =
            requestApp(home, callEnd(QStringLiteral("kill-1"), QStringLiteral("req-k1")));
        QCOMPARE(reused.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(
            reused.value(QStringLiteral("error")).toString().contains(QStringLiteral("requestId")),
            QJsonDocument(reused).toJson());
        stopAttuneApp(second);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM calls WHERE call_id = "
                                              "'kill-1'")),
                 1);
    }

    // The same id twice to one live instance is applied once; the same content under a new id
    // is a new request and is applied.
    void theSameIdIsAppliedOnceAndANewIdAgain()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        const QJsonObject start = callStart(QStringLiteral("twice-1"), QStringLiteral("req-a"));
        const QJsonObject answer = requestApp(home, start);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson());
        QCOMPARE(requestApp(home, start), answer);
        QVERIFY(requestApp(home, callEnd(QStringLiteral("twice-1"), QStringLiteral("req-e1")))
                    .value(QStringLiteral("ok"))
                    .toBool());
        // Sent again after the call ended, the start must not ring a second time.
        QCOMPARE(requestApp(home, start), answer);
        QCOMPARE(statusOf(home).value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        const QJsonObject again =
            requestApp(home, callStart(QStringLiteral("twice-1"), QStringLiteral("req-b")));
        QVERIFY2(again.value(QStringLiteral("ok")).toBool(), QJsonDocument(again).toJson());
        QCOMPARE(statusOf(home).value(QStringLiteral("callId")).toString(),
                 QStringLiteral("twice-1"));
        killHard(app);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM calls WHERE call_id = "
                                              "'twice-1'")),
                 2);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM applied_requests")), 3);
    }

    // The WebSocket API's optional "requestId": a CRM that sends a message again after a lost
    // reply, to the same Attune or to the next one after a kill, has it applied once (it was
    // applied twice); a new id is a new message; a bad one is refused, naming the field.
    void aWebSocketRequestIdIsAppliedOnceAlsoAfterAKill()
    {
        IsolatedHome home;
        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        configureWebSocket(home, port);
        QProcess first;
        QVERIFY(startAttuneApp(first, home));
        QTRY_VERIFY_WITH_TIMEOUT(webSocketListens(home), 30000);
        // The longest id a client may choose.
        const QByteArray longest = "crm-1-" + QByteArray(122, 'x');
        const auto start = [](int id, const char* requestId) {
            return QStringLiteral(R"({"type":"call.started","version":1,"id":%1,"requestId":"%2",)"
                                  R"("callId":"ws-r1","caller":{"phone":"+15550100"}})")
                .arg(id)
                .arg(QLatin1String(requestId))
                .toUtf8();
        };
        QList<QJsonObject> replies =
            sendOverWebSocket(port, {start(1, longest.constData()), start(2, longest.constData())});
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies[0].value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
        QCOMPARE(replies[1].value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(withoutId(replies[1]), withoutId(replies[0]));
        killHard(first);

        QProcess second;
        QVERIFY(startAttuneApp(second, home));
        QTRY_VERIFY_WITH_TIMEOUT(webSocketListens(home), 30000);
        const QList<QJsonObject> again = sendOverWebSocket(port, {start(3, longest.constData())});
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(withoutId(again[0]), withoutId(replies[0]));
        QCOMPARE(statusOf(home).value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        const QList<QJsonObject> bad = sendOverWebSocket(
            port, {R"({"type":"call.started","version":1,"id":4,"requestId":""})"});
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad[0].value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QVERIFY(bad[0]
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("requestId")));
        const QList<QJsonObject> fresh = sendOverWebSocket(port, {start(5, "crm-2")});
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh[0].value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
        QCOMPARE(statusOf(home).value(QStringLiteral("callId")).toString(),
                 QStringLiteral("ws-r1"));
        stopAttuneApp(second);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM calls WHERE call_id = "
                                              "'ws-r1'")),
                 2);
    }

    // A self-assessment's save is answered once the storage thread has written it (a deferred
    // answer). Its id and answer were never recorded, so a client that sent it again after a kill
    // had it saved twice: two assessments of one call, the second with a new id.
    void aSelfAssessmentSentAgainAfterAKillIsSavedOnce()
    {
        IsolatedHome home;
        QProcess first;
        QVERIFY(startAttuneApp(first, home));
        const QJsonObject save{
            {QStringLiteral("command"), QStringLiteral("assessment.save")},
            {QStringLiteral("callId"), QStringLiteral("assessed-1")},
            {QStringLiteral("note"), QStringLiteral("Summarise sooner")},
            {QStringLiteral("answers"),
             QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}},
            {QStringLiteral("requestId"), QStringLiteral("req-save-1")}};
        const QJsonObject answer = requestApp(home, save);
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(), QJsonDocument(answer).toJson());
        QVERIFY(answer.value(QStringLiteral("id")).toInteger() > 0);
        // To the same instance: the first answer, nothing saved again.
        QCOMPARE(requestApp(home, save), answer);
        // A draft under a request id is recorded too: sent again after a later draft, to the
        // next instance, it is not applied over the later words.
        QJsonObject draft = save;
        draft.insert(QStringLiteral("command"), QStringLiteral("assessment.draft"));
        draft.insert(QStringLiteral("callId"), QStringLiteral("assessed-2"));
        draft.insert(QStringLiteral("note"), QStringLiteral("first words"));
        draft.insert(QStringLiteral("requestId"), QStringLiteral("req-draft-1"));
        const QJsonObject drafted = requestApp(home, draft);
        QVERIFY2(drafted.value(QStringLiteral("ok")).toBool(), QJsonDocument(drafted).toJson());
        QJsonObject later = draft;
        later.insert(QStringLiteral("note"), QStringLiteral("later words"));
        later.insert(QStringLiteral("requestId"), QStringLiteral("req-draft-2"));
        QVERIFY(requestApp(home, later).value(QStringLiteral("ok")).toBool());
        killHard(first);

        QProcess second;
        QVERIFY(startAttuneApp(second, home));
        QCOMPARE(requestApp(home, save), answer);
        QCOMPARE(requestApp(home, draft), drafted);
        // Refused on the storage thread (no such choice): nothing written, nothing recorded.
        QJsonObject refused = save;
        refused.insert(QStringLiteral("answers"),
                       QJsonObject{{QStringLiteral("outcome"), QStringLiteral("no-such-choice")}});
        refused.insert(QStringLiteral("requestId"), QStringLiteral("req-refused-1"));
        QCOMPARE(requestApp(home, refused).value(QStringLiteral("ok")).toBool(true), false);
        stopAttuneApp(second);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM assessments WHERE call_id = "
                                              "'assessed-1'")),
                 1);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM assessment_drafts WHERE "
                                              "call_id = 'assessed-2' AND note = 'later words'")),
                 1);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM applied_requests WHERE "
                                              "command LIKE 'assessment.%'")),
                 3);
    }

    // Client-chosen ids are bounded: empty, huge or not text is refused, saying which field, and
    // applies nothing.
    void aBadRequestIdIsRefusedAndAppliesNothing_data()
    {
        QTest::addColumn<QJsonValue>("requestId");
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("129 characters") << QJsonValue(QString(129, QLatin1Char('x')));
        QTest::newRow("1,000 characters") << QJsonValue(QString(1000, QLatin1Char('x')));
        QTest::newRow("a number") << QJsonValue(42);
    }

    void aBadRequestIdIsRefusedAndAppliesNothing()
    {
        QFETCH(QJsonValue, requestId);
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QJsonObject message = callStart(QStringLiteral("bad-id"), QString());
        message.insert(QStringLiteral("requestId"), requestId);
        const QJsonObject reply = requestApp(home, message);
        QCOMPARE(reply.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(
            reply.value(QStringLiteral("error")).toString().contains(QStringLiteral("requestId")),
            QJsonDocument(reply).toJson());
        QCOMPARE(statusOf(home).value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        stopAttuneApp(app);
        QCOMPARE(countOf(home, QStringLiteral("SELECT count(*) FROM calls")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestIds)
#include "tst_requestids.moc"
