// Another process holds SQLite's write lock (a long `attune import`, say) while calls arrive:
// the pop is painted at once, the CLI and the WebSocket API are answered only once the call's
// record has committed, and a request sent again (also while the first is still pending) is
// applied once.

#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace attune::test;

namespace {

const QString kHolder = QStringLiteral("holder");
// Longer than SQLite's busy timeout (5 s) and the CLI's old reply timeout (5 s).
constexpr int kLockHeldMs = 8000;
// Far below the busy timeout the pop used to wait for, far above a pop on a busy machine.
constexpr int kPopBoundMs = 500;

QString databaseOf(const IsolatedHome& home)
{
    return home.dataDir() + QStringLiteral("/attune.sqlite");
}

QString socketPathOf(const IsolatedHome& home)
{
    const QDir runtime(home.runtimeDir());
    const QStringList sockets = runtime.entryList({QStringLiteral("attune-*.sock")}, QDir::System);
    return sockets.isEmpty() ? QString() : runtime.filePath(sockets.first());
}

QByteArray lineOf(const QJsonObject& request)
{
    return QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
}

// One request over its own connection, the way `attune call …` sends it.
QJsonObject exchange(const IsolatedHome& home, const QJsonObject& request, int timeoutMs = 30000)
{
    QLocalSocket socket;
    socket.connectToServer(socketPathOf(home));
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(lineOf(request));
    socket.waitForBytesWritten(3000);
    QByteArray reply;
    QElapsedTimer waited;
    waited.start();
    while (!reply.contains('\n') && waited.elapsed() < timeoutMs &&
           socket.waitForReadyRead(int(timeoutMs - waited.elapsed())))
        reply += socket.readAll();
    return QJsonDocument::fromJson(reply.left(reply.indexOf('\n'))).object();
}

int rowsFor(const QString& callId)
{
    QSqlQuery query(QSqlDatabase::database(kHolder));
    query.prepare(QStringLiteral("SELECT count(*) FROM calls WHERE call_id = ?"));
    query.addBindValue(callId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString outcomeOf(const QString& callId)
{
    QSqlQuery query(QSqlDatabase::database(kHolder));
    query.prepare(QStringLiteral("SELECT outcome FROM calls WHERE call_id = ?"));
    query.addBindValue(callId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QJsonObject request(const QString& command, const QString& requestId)
{
    return QJsonObject{{QStringLiteral("v"), 1},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("requestId"), requestId}};
}

QJsonObject apiMessage(const QString& type, const QString& id, const QString& callId)
{
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("callId"), callId}};
}

} // namespace

class TestLockedDatabase : public QObject
{
    Q_OBJECT

private:
    bool openHolder(const IsolatedHome& home)
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kHolder);
        holder.setDatabaseName(databaseOf(home));
        return holder.open();
    }

    void closeHolder()
    {
        if (!QSqlDatabase::contains(kHolder))
            return;
        QSqlDatabase::database(kHolder, false).close();
        QSqlDatabase::removeDatabase(kHolder);
    }

private Q_SLOTS:
    // Also after a failed step, so the next case opens its own.
    void cleanup() { closeHolder(); }

    void aCallStartedWhileTheDatabaseIsLockedPopsAtOnceAndIsRecordedOnce()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(openHolder(home));
        QSqlQuery lock(QSqlDatabase::database(kHolder));
        QElapsedTimer held;
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        held.start();

        QProcess cli;
        cli.setProcessEnvironment(home.environment());
        cli.setProcessChannelMode(QProcess::ForwardedChannels);
        cli.start(QStringLiteral(ATTUNE_BINARY),
                  {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                   QStringLiteral("cc1"), QStringLiteral("+15550000401")});
        QVERIFY(cli.waitForStarted(10000));
        QJsonObject pop;
        QTRY_VERIFY_WITH_TIMEOUT(
            (pop = statusOf(home).value(QStringLiteral("lastScreenPop")).toObject())
                    .value(QStringLiteral("callId"))
                    .toString() == QStringLiteral("cc1"),
            4000);
        // From the CLI's request to the painted caller, as the benchmark reads it. With the GUI
        // thread waiting on SQLite this was the busy timeout (about 5,000 ms); unblocked it is
        // tens of milliseconds (the 50 ms target is measured by attune_bench, not here). The
        // bound leaves room for a loaded test machine while still catching any wait on the lock.
        const int latencyMs = pop.value(QStringLiteral("latencyMs")).toInt(-1);
        QVERIFY2(latencyMs >= 0 && latencyMs < kPopBoundMs, qPrintable(QString::number(latencyMs)));
        // Not acknowledged while the record cannot be written.
        QCOMPARE(cli.state(), QProcess::Running);

        QTest::qWait(int(qMax<qint64>(0, kLockHeldMs - held.elapsed())));
        QCOMPARE(cli.state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        // The reply came after the commit: the row is there the moment the CLI is done.
        QCOMPARE(rowsFor(QStringLiteral("cc1")), 1);

        QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("answer")}).exitCode, 0);
        QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("end")}).exitCode, 0);
        QCOMPARE(rowsFor(QStringLiteral("cc1")), 1);
        QCOMPARE(outcomeOf(QStringLiteral("cc1")), QStringLiteral("completed"));
        QCOMPARE(app.state(), QProcess::Running);
        stopAttuneApp(app);
    }

    void aRequestSentAgainWhilePendingIsAnsweredWithTheFirstOutcome()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(openHolder(home));
        QSqlQuery lock(QSqlDatabase::database(kHolder));
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QJsonObject start = request(QStringLiteral("call.start"), QStringLiteral("start-cc2"));
        start.insert(QStringLiteral("callId"), QStringLiteral("cc2"));
        start.insert(QStringLiteral("phone"), QStringLiteral("+15550000402"));
        // The first client gives up before the answer, as a CLI past its timeout does.
        QLocalSocket first;
        first.connectToServer(socketPathOf(home));
        QVERIFY(first.waitForConnected(3000));
        first.write(lineOf(start));
        QVERIFY(first.waitForBytesWritten(3000));
        QVERIFY(!first.waitForReadyRead(1500));
        first.disconnectFromServer();

        // The same request again, still pending: it waits for the first outcome.
        QLocalSocket second;
        second.connectToServer(socketPathOf(home));
        QVERIFY(second.waitForConnected(3000));
        second.write(lineOf(start));
        QVERIFY(second.waitForBytesWritten(3000));
        QVERIFY(!second.waitForReadyRead(1500));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QByteArray answer;
        while (!answer.contains('\n') && second.waitForReadyRead(20000))
            answer += second.readAll();
        const QJsonObject reply = QJsonDocument::fromJson(answer.trimmed()).object();
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), answer.constData());
        QCOMPARE(reply.value(QStringLiteral("callId")).toString(), QStringLiteral("cc2"));
        QCOMPARE(rowsFor(QStringLiteral("cc2")), 1);

        // Sent once more after it was answered: the same outcome, nothing applied again.
        const QJsonObject again = exchange(home, start);
        QVERIFY(again.value(QStringLiteral("ok")).toBool());
        QCOMPARE(again.value(QStringLiteral("callId")).toString(), QStringLiteral("cc2"));

        QVERIFY(exchange(home, request(QStringLiteral("call.answer"), QStringLiteral("answer-cc2")))
                    .value(QStringLiteral("ok"))
                    .toBool());
        // A line the customer said, re-sent by a client that did not hear back: recorded once.
        QJsonObject say = request(QStringLiteral("call.say"), QStringLiteral("say-cc2-1"));
        say.insert(QStringLiteral("speaker"), QStringLiteral("customer"));
        say.insert(QStringLiteral("text"), QStringLiteral("I have been waiting all week"));
        QVERIFY(exchange(home, say).value(QStringLiteral("ok")).toBool());
        QVERIFY(exchange(home, say).value(QStringLiteral("ok")).toBool());
        QCOMPARE(statusOf(home)
                     .value(QStringLiteral("utterances"))
                     .toObject()
                     .value(QStringLiteral("customer"))
                     .toInt(),
                 1);
        // A different id is a different line.
        say.insert(QStringLiteral("requestId"), QStringLiteral("say-cc2-2"));
        QVERIFY(exchange(home, say).value(QStringLiteral("ok")).toBool());
        QCOMPARE(statusOf(home)
                     .value(QStringLiteral("utterances"))
                     .toObject()
                     .value(QStringLiteral("customer"))
                     .toInt(),
                 2);

        QVERIFY(exchange(home, request(QStringLiteral("call.end"), QStringLiteral("end-cc2")))
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(rowsFor(QStringLiteral("cc2")), 1);
        QCOMPARE(outcomeOf(QStringLiteral("cc2")), QStringLiteral("completed"));
        // A malformed id is refused and changes nothing.
        QJsonObject badId = request(QStringLiteral("call.start"), QString(200, QLatin1Char('x')));
        badId.insert(QStringLiteral("callId"), QStringLiteral("cc3"));
        QVERIFY(!exchange(home, badId).value(QStringLiteral("ok")).toBool());
        QCOMPARE(rowsFor(QStringLiteral("cc3")), 0);
        QCOMPARE(app.state(), QProcess::Running);
        stopAttuneApp(app);
    }

    // The API used to acknowledge a call's end before its record was written: a crash in that
    // window lost a call the CRM had been told was safe.
    void anApiCallEndIsAcknowledgedOnlyOnceItsRecordHasCommitted()
    {
        IsolatedHome home;
        const quint16 port = freeLoopbackPort();
        const QString token = QStringLiteral("t").repeated(43);
        QDir().mkpath(home.configDir() + QStringLiteral("/Attune"));
        QFile tokenFile(home.configDir() + QStringLiteral("/Attune/api-token"));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write(token.toUtf8());
        tokenFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        tokenFile.close();
        QFile conf(home.configDir() + QStringLiteral("/Attune/Attune.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QStringLiteral("[api]\nwebsocketEnabled=true\nwebsocketPort=%1\n").arg(port).toUtf8());
        conf.close();
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

        QWebSocket client;
        QList<QJsonObject> replies;
        connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
            replies.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QNetworkRequest upgrade(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
        upgrade.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        client.open(upgrade);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 10000);
        const auto send = [&](const QJsonObject& message) {
            client.sendTextMessage(
                QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        };
        send(
            apiMessage(QStringLiteral("call.started"), QStringLiteral("s"), QStringLiteral("ws1")));
        send(apiMessage(QStringLiteral("call.answered"), QStringLiteral("a"),
                        QStringLiteral("ws1")));
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, 10000);

        QVERIFY(openHolder(home));
        QSqlQuery lock(QSqlDatabase::database(kHolder));
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        send(apiMessage(QStringLiteral("call.ended"), QStringLiteral("e"), QStringLiteral("ws1")));
        // A status sent after it is not answered before it either: replies keep their order.
        send(QJsonObject{{QStringLiteral("type"), QStringLiteral("bogus")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("id"), QStringLiteral("late")}});
        QTest::qWait(kLockHeldMs);
        QCOMPARE(replies.size(), 2);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 4, 30000);
        QCOMPARE(replies.at(2).value(QStringLiteral("id")).toString(), QStringLiteral("e"));
        QCOMPARE(replies.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("ack"));
        QCOMPARE(replies.at(3).value(QStringLiteral("id")).toString(), QStringLiteral("late"));
        QCOMPARE(replies.at(3).value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        // Acknowledged means written.
        QCOMPARE(rowsFor(QStringLiteral("ws1")), 1);
        client.close();
        stopAttuneApp(app);
    }

    // A self-assessment saved through the local API used to be written on the GUI thread: while
    // another process held the lock the whole app stood still for SQLite's busy timeout, and the
    // save was then refused. Now it waits on the storage thread, the app keeps answering, and the
    // reply (with the new id) comes once the assessment is on disk. Its request id is saved with
    // it, also when the write waited for the lock (the busy database retries the whole group):
    // sent again to the next instance after a kill, it is answered and not saved twice.
    void anApiAssessmentSaveWaitsOffTheGuiThreadAndIsAnsweredOnceWritten()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(openHolder(home));
        QSqlQuery lock(QSqlDatabase::database(kHolder));
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QLocalSocket saver;
        saver.connectToServer(socketPathOf(home));
        QVERIFY(saver.waitForConnected(3000));
        const QJsonObject save{
            {QStringLiteral("v"), 1},
            {QStringLiteral("command"), QStringLiteral("assessment.save")},
            {QStringLiteral("requestId"), QStringLiteral("locked-save-1")},
            {QStringLiteral("callId"), QStringLiteral("as1")},
            {QStringLiteral("note"), QStringLiteral("Summarise sooner")},
            {QStringLiteral("answers"),
             QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}}};
        saver.write(lineOf(save));
        QVERIFY(saver.waitForBytesWritten(3000));
        QTest::qWait(300); // the save is being handled by now

        // The app answers another client at once while the save waits for the lock.
        QElapsedTimer asked;
        asked.start();
        const QJsonObject status =
            exchange(home, request(QStringLiteral("status"), QStringLiteral("st1")), 5000);
        const qint64 statusMs = asked.elapsed();
        QVERIFY(status.value(QStringLiteral("ok")).toBool());
        QVERIFY2(statusMs < kPopBoundMs, qPrintable(QString::number(statusMs)));
        // Not answered while it cannot be written.
        QVERIFY(!saver.waitForReadyRead(kLockHeldMs - 300 - int(statusMs)));
        QCOMPARE(saver.bytesAvailable(), 0);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QByteArray line;
        QElapsedTimer waited;
        waited.start();
        while (!line.contains('\n') && waited.elapsed() < 30000 && saver.waitForReadyRead(30000))
            line += saver.readAll();
        const QJsonObject reply = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(), line.constData());
        const qint64 id = reply.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        // Answered means written, once.
        QSqlQuery saved(QSqlDatabase::database(kHolder));
        QVERIFY(saved.exec(QStringLiteral("SELECT id FROM assessments WHERE call_id = 'as1'")));
        QVERIFY(saved.next());
        QCOMPARE(saved.value(0).toLongLong(), id);
        QVERIFY(!saved.next());
        QCOMPARE(app.state(), QProcess::Running);
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(10000));

        QProcess next;
        QVERIFY(startAttuneApp(next, home));
        const QJsonObject again = requestApp(home, save);
        QCOMPARE(again, reply);
        QVERIFY(saved.exec(QStringLiteral("SELECT count(*) FROM assessments WHERE call_id = "
                                          "'as1'")));
        QVERIFY(saved.next());
        QCOMPARE(saved.value(0).toInt(), 1);
        stopAttuneApp(next);
    }
};

QTEST_GUILESS_MAIN(TestLockedDatabase)
#include "tst_lockeddatabase.moc"
