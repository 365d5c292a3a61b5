// A forwarded command (`attune call start`, `call say`, ...) that reaches Attune in the second or
// two while it quits. It used to get no answer: the quitting instance had stopped serving its
// socket but still listened, so the command retried for 60 s, then started a new Attune and sent
// the request again with a new id. When the quitting instance had already applied the first one,
// the call was recorded twice. Driven here with the real binary in private folders.

#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace attune::test;

// Another program's write transaction on the agent's database: Attune's next save waits on it,
// which keeps a quitting instance between applying a request and answering it.
class WriteLockHeldElsewhere
{
public:
    explicit WriteLockHeldElsewhere(const IsolatedHome& home)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QSqlQuery begin(db);
        m_held = db.open() && begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_error = db.lastError().text() + begin.lastError().text();
    }
    ~WriteLockHeldElsewhere() { release(); }
    WriteLockHeldElsewhere(const WriteLockHeldElsewhere&) = delete;
    WriteLockHeldElsewhere& operator=(const WriteLockHeldElsewhere&) = delete;

    bool isHeld() const { return m_held; }
    QString error() const { return m_error; }

    // Rolls back and closes; true when the transaction was held and ended cleanly.
    bool release()
    {
        if (!QSqlDatabase::contains(kConnection))
            return false;
        bool rolledBack = false;
        {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            QSqlQuery rollback(db);
            rolledBack = m_held && rollback.exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(kConnection);
        m_held = false;
        return rolledBack;
    }

private:
    static inline const QString kConnection = QStringLiteral("locker");
    bool m_held = false;
    QString m_error;
};

class TestQuitWindow : public QObject
{
    Q_OBJECT

private:
    static QStringList startArguments(const QString& callId)
    {
        return {QStringLiteral("call"),      QStringLiteral("start"),
                QStringLiteral("--call-id"), callId,
                QStringLiteral("--phone"),   QStringLiteral("+44 20 7946 0321")};
    }

private Q_SLOTS:
    // The program that starts Attune (a desktop launcher, a softphone) may block SIGTERM in its
    // thread, and the mask is inherited through exec: Attune then never heard the logout, was
    // killed when the session's time ran out, and lost what the agent had typed last. SIGTERM
    // now ends it in order whatever the mask it was given.
    void aStopSignalBlockedByWhatStartedAttuneStillEndsItInOrder()
    {
        IsolatedHome home;
        QProcess app;
        app.setChildProcessModifier([] {
            sigset_t blocked;
            sigemptyset(&blocked);
            sigaddset(&blocked, SIGTERM);
            ::sigprocmask(SIG_BLOCK, &blocked, nullptr);
        });
        QVERIFY(startAttuneApp(app, home));
        app.terminate();
        const bool ended = app.waitForFinished(15000);
        if (!ended)
            app.kill();
        QVERIFY2(ended, "SIGTERM did not end it");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(!QFile::exists(home.dataDir() + QStringLiteral("/attune.lock")));
    }

    // A shell without job control starts `attune &` with SIGINT ignored, so that a Ctrl+C meant
    // for the command in front leaves the background job running. Attune keeps that choice (it
    // used to quit on that Ctrl+C); SIGTERM still ends it in order.
    void aSigintIgnoredWhenAttuneStartedLeavesItRunning()
    {
        IsolatedHome home;
        QProcess app;
        app.setChildProcessModifier([] { ::signal(SIGINT, SIG_IGN); });
        QVERIFY(startAttuneApp(app, home));
        QCOMPARE(::kill(pid_t(app.processId()), SIGINT), 0);
        QVERIFY2(!app.waitForFinished(2000), "a SIGINT ignored on entry ended Attune");
        QVERIFY(!statusOf(home).isEmpty());
        app.terminate();
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitCode(), 0);
    }

    // The quitting instance has applied the call (it rings) but cannot answer yet: its record
    // waits for a write lock another program holds. Quitting must answer it once saved, and the
    // command must not send it anywhere again.
    void aCallAppliedAsAttuneQuitsIsAnsweredAndRecordedOnce_data()
    {
        QTest::addColumn<int>("stopSignals");
        QTest::newRow("one SIGTERM") << 1;
        // An impatient second one must not cut the answer short (nor make the wait spin).
        QTest::newRow("two SIGTERMs") << 2;
    }

    void aCallAppliedAsAttuneQuitsIsAnsweredAndRecordedOnce()
    {
        QFETCH(int, stopSignals);
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));

        WriteLockHeldElsewhere hold(home);
        QVERIFY2(hold.isHeld(), qPrintable(hold.error()));

        QProcess client;
        client.setProcessEnvironment(home.environment());
        client.start(QStringLiteral(ATTUNE_BINARY), startArguments(QStringLiteral("quit-1")));
        QVERIFY(client.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("callId")).toString(),
                                  QStringLiteral("quit-1"), 20000);

        QElapsedTimer sinceQuit;
        sinceQuit.start();
        app.terminate();
        for (int sent = 1; sent < stopSignals; ++sent) {
            QTest::qWait(200);
            app.terminate();
        }
        QTest::qWait(1000);
        QVERIFY(hold.release());

        QVERIFY2(client.waitForFinished(120000), "the command never ended");
        const QString err = QString::fromUtf8(client.readAllStandardError());
        QVERIFY2(client.exitCode() == 0, qPrintable(err.right(400)));
        const qint64 answeredAfterMs = sinceQuit.elapsed();
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(stopBackgroundAttune(home));
        QCOMPARE(callRowsById(home),
                 (QMap<QString, QString>{{QStringLiteral("quit-1"), QStringLiteral("1:0")}}));
        // Answered by the quitting instance, not after a minute of retries and a new one.
        QVERIFY2(answeredAfterMs < 20000, qPrintable(QString::number(answeredAfterMs)));
    }

    // SIGTERM, and at once a call: it is answered within seconds (by the quitting instance or by
    // the next one the command starts), and recorded once.
    void aCallStartedRightAfterTheStopSignalIsAnsweredAndRecordedOnce()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        app.terminate();
        QElapsedTimer took;
        took.start();
        const RunResult start = runAttune(home, startArguments(QStringLiteral("quit-2")), 40000);
        QVERIFY2(start.finished, "no answer within 40 s");
        QVERIFY2(start.exitCode == 0, qPrintable(start.err));
        QVERIFY2(took.elapsed() < 30000, qPrintable(QString::number(took.elapsed())));
        QVERIFY(app.waitForFinished(30000));
        const RunResult end =
            runAttune(home, {QStringLiteral("call"), QStringLiteral("end"),
                             QStringLiteral("--call-id"), QStringLiteral("quit-2")});
        QVERIFY2(end.exitCode == 0, qPrintable(end.err));
        QVERIFY(stopBackgroundAttune(home));
        QCOMPARE(callRowsById(home),
                 (QMap<QString, QString>{{QStringLiteral("quit-2"), QStringLiteral("1:1")}}));
    }

    // Attune started (by the agent, or the desktop) while another quits: it used to find the lock
    // taken, nothing to bring forward, and exit with "starting up; try again". It now waits for
    // the quitting one to be gone and takes its place.
    void anAttuneStartedWhileAnotherQuitsTakesItsPlace()
    {
        IsolatedHome home;
        QProcess first;
        QVERIFY(startAttuneApp(first, home));

        // The first one is kept quitting: it answers an applied call once saved, and the save
        // waits for this lock.
        WriteLockHeldElsewhere hold(home);
        QVERIFY2(hold.isHeld(), qPrintable(hold.error()));
        QProcess client;
        client.setProcessEnvironment(home.environment());
        client.start(QStringLiteral(ATTUNE_BINARY), startArguments(QStringLiteral("quit-3")));
        QVERIFY(client.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("callId")).toString(),
                                  QStringLiteral("quit-3"), 20000);
        // The quitting instance answers what it applied for at most 10 s, so the lock is let go
        // well inside that, however slow the machine: the socket is probed directly (a status
        // command is a whole process), and the second one waits at most until 4 s have passed.
        QElapsedTimer sinceStop;
        first.terminate();
        sinceStop.start();
        const QJsonObject statusRequest{{QStringLiteral("command"), QStringLiteral("status")}};
        QTRY_VERIFY_WITH_TIMEOUT(requestApp(home, statusRequest, 300).isEmpty(), 4000);

        QProcess second;
        second.setProcessChannelMode(QProcess::MergedChannels);
        home.start(second, {});
        QVERIFY(second.waitForStarted(4000));
        QTest::qWait(int(std::clamp<qint64>(4000 - sinceStop.elapsed(), 300, 1500)));
        QVERIFY2(second.state() == QProcess::Running, second.readAll().constData());

        QVERIFY(hold.release());

        QVERIFY(client.waitForFinished(60000));
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().right(400).constData());
        QVERIFY(first.waitForFinished(30000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("pid")).toInteger(),
                                  second.processId(), 30000);
        stopAttuneApp(second);
        QCOMPARE(callRowsById(home),
                 (QMap<QString, QString>{{QStringLiteral("quit-3"), QStringLiteral("1:0")}}));
    }

    // The command's attempt times out (10 s) while the quitting instance still waits for the
    // commit; it sends again, under the same id, and that reaches the next instance. The quitting
    // one applied it and answered a connection nobody read any more: the next one must answer with
    // that outcome, not apply it again (it did: two rows).
    void aResendAfterTheAttemptTimedOutGetsTheFirstOutcomeFromTheNextInstance()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        WriteLockHeldElsewhere hold(home);
        QVERIFY2(hold.isHeld(), qPrintable(hold.error()));

        QElapsedTimer sinceSent;
        sinceSent.start();
        QProcess client;
        client.setProcessEnvironment(home.environment());
        client.start(QStringLiteral(ATTUNE_BINARY), startArguments(QStringLiteral("quit-4")));
        QVERIFY(client.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("callId")).toString(),
                                  QStringLiteral("quit-4"), 20000);
        // Quitting begins well inside the first attempt; the save waits past its end.
        QTest::qWait(int(qMax<qint64>(0, 4000 - sinceSent.elapsed())));
        app.terminate();
        QTest::qWait(int(qMax<qint64>(0, 12500 - sinceSent.elapsed())));
        QVERIFY(hold.release());

        QVERIFY2(client.waitForFinished(90000), "the command never ended");
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(client.exitCode() == 0, client.readAllStandardError().right(400).constData());
        QVERIFY2(out.contains("quit-4"), out.constData());
        QVERIFY(app.waitForFinished(30000));
        QVERIFY(stopBackgroundAttune(home));
        QCOMPARE(callRowsById(home),
                 (QMap<QString, QString>{{QStringLiteral("quit-4"), QStringLiteral("1:0")}}));
    }
};

QTEST_GUILESS_MAIN(TestQuitWindow)
#include "tst_quitwindow.moc"
