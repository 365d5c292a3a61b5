// The real `attune` app, with IT's team server configured, killed with SIGKILL mid-sync 50 times
// against a real PostgreSQL 15 (TLS, verify-full). Between kills 250 more calls and assessments
// are committed locally, so every run has work in flight; every other kill waits until the run
// has delivered its first batch and lands inside the next ones, the others at random times. After
// the last run drains the outbox: every acknowledged (committed) local record is on the server
// exactly once, nothing private is there, and the local database passes integrity_check.

#include "PostgresCluster.h"
#include "TestEnvironment.h"
#include "integration/AppPaths.h"
#include "storage/Database.h"
#include "team/TeamSchema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace attune;
using namespace attune::test;

namespace {

const QString kPrivateMark = QStringLiteral("PRIVATE-KILL-MARK");
const QString kAgent = QStringLiteral("kim");
// Calls (each with an assessment) committed before each run: several batches of 200 to deliver.
constexpr int kPerRound = 250;

QString scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<error: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

QSet<QString> column(QSqlDatabase db, const QString& sql)
{
    QSet<QString> values;
    QSqlQuery query(db);
    query.exec(sql);
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

} // namespace

class TestTeamKill : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    IsolatedHome m_home;
    QString m_databaseFile;
    int m_serial = 0;

    QSqlDatabase admin()
    {
        QString error;
        QSqlDatabase db = m_cluster.connect(QStringLiteral("admin%1").arg(++m_serial),
                                            PostgresCluster::adminUser(),
                                            PostgresCluster::adminPassword(), &error);
        if (!db.isOpen())
            qWarning() << "admin:" << error;
        return db;
    }

    // `count` answered, finished calls, each with an assessment whose private note must never
    // reach the server; committed (acknowledged) before this returns.
    bool commitCalls(int count, QString* error)
    {
        Database database(m_databaseFile);
        if (!database.open(error))
            return false;
        QSqlDatabase db = database.connection();
        db.transaction();
        QSqlQuery call(db);
        call.prepare(QStringLiteral(
            "INSERT INTO calls (call_id, source, phone, display_name, ringing_at, answered,"
            " talk_ms, ended_at, outcome, arc_peak, arc_peak_kind, arc_points) VALUES (:ref,"
            " 'test', '+441632960001', 'Ann Lee', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1,"
            " 61000, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'completed', 0.7, 'anger',"
            " '[[0,0.2],[4000,0.7]]')"));
        QSqlQuery assessment(db);
        assessment.prepare(QStringLiteral(
            "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
            " note_private, saved_at, score) VALUES (:ref, 'builtin', 1,"
            " '{\"listened\":\"yes\",\"stress_before\":5,\"stress_after\":3}', :note, 1,"
            " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 60)"));
        for (int i = 0; i < count; ++i) {
            const QString ref = QStringLiteral("k-%1").arg(++m_serial);
            call.bindValue(QStringLiteral(":ref"), ref);
            assessment.bindValue(QStringLiteral(":ref"), ref);
            assessment.bindValue(QStringLiteral(":note"), kPrivateMark + ref);
            if (!call.exec() || !assessment.exec()) {
                *error = call.lastError().text() + assessment.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        return true;
    }

    int outbox()
    {
        Database database(m_databaseFile);
        QString error;
        if (!database.open(&error))
            return -1;
        return scalar(database.connection(), QStringLiteral("SELECT count(*) FROM team_outbox"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_cluster.useTls(QStringLiteral("127.0.0.1"), &error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QSqlDatabase db = admin();
        int from = 0;
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        QVERIFY2(TeamSchema::addMember(db, kAgent, QStringLiteral("t1"), TeamSchema::Member::Agent,
                                       &error),
                 qPrintable(error));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER ROLE kim PASSWORD 'kim-pw'")));

        // The agent's password file, readable by them alone; IT's policy names the server.
        const QString passwordFile = m_home.path() + QStringLiteral("/kim.pw");
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        file.write("kim-pw\n");
        file.close();
        QVERIFY(m_home.writePolicy(
            QStringLiteral("[team]\nserver=127.0.0.1\nport=%1\n"
                           "database=%2\nuser=kim\npasswordFile=%3\n"
                           "caFile=%4\n")
                .arg(m_cluster.port())
                .arg(PostgresCluster::databaseName(), passwordFile, m_cluster.caFile())
                .toUtf8()));
        m_home.applyToThisProcess();
        m_databaseFile = AppPaths::fromEnvironment().databaseFile(false);
        // History from before the server was set up goes up too.
        QVERIFY2(commitCalls(200, &error), qPrintable(error));
    }

    void killedMidSyncFiftyTimesLosesAndDuplicatesNothing()
    {
        QString error;
        QSqlDatabase server = admin();
        int killedWithWorkInFlight = 0;
        int killedWhileDelivering = 0;
        qint64 onServer = 0;
        for (int round = 0; round < 50; ++round) {
            QVERIFY2(commitCalls(kPerRound, &error), qPrintable(error));
            QProcess app;
            m_home.start(app, {});
            QVERIFY(app.waitForStarted(10000));
            if (round % 2 == 0) {
                // Anywhere from start-up (before the sync starts) to well into its batches.
                QThread::msleep(100 + QRandomGenerator::global()->bounded(900));
            } else {
                // Right inside the delivery: once the server has this run's first batch, at a
                // random point of the next ones.
                QElapsedTimer waited;
                waited.start();
                while (scalar(server, QStringLiteral("SELECT count(*) FROM attune.calls"))
                               .toLongLong() <= onServer &&
                       waited.elapsed() < 20000)
                    QThread::msleep(5);
                // A quiet machine delivers a round's calls in well under 100 ms.
                QThread::msleep(QRandomGenerator::global()->bounded(40));
            }
            QVERIFY2(app.state() == QProcess::Running, app.readAllStandardError().constData());
            ::kill(pid_t(app.processId()), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
            const qint64 now =
                scalar(server, QStringLiteral("SELECT count(*) FROM attune.calls")).toLongLong();
            const int waiting = outbox();
            QVERIFY(waiting >= 0);
            if (waiting > 0)
                ++killedWithWorkInFlight;
            if (waiting > 0 && now > onServer)
                ++killedWhileDelivering;
            onServer = now;
        }
        qInfo() << "kills with records waiting:" << killedWithWorkInFlight
                << "of which after this run had delivered some:" << killedWhileDelivering;
        // The kills really did land mid-sync, not only before or after it. How many do depends
        // on the machine's speed (a fast one finishes a round sooner): 49 of 50 left work waiting
        // on a loaded 2-core machine, 36 of them mid-delivery; a quiet one gave 19 with a longer
        // wait above. A third of the rounds is far above chance and holds on both.
        QVERIFY2(killedWhileDelivering >= 15, qPrintable(QString::number(killedWhileDelivering)));

        // Once more, to the end: the app drains what is left and says so in `attune status`.
        QProcess app;
        QVERIFY(startAttuneApp(app, m_home));
        QElapsedTimer waited;
        waited.start();
        QJsonObject team;
        while (waited.elapsed() < 60000) {
            team = statusOf(m_home).value(QStringLiteral("team")).toObject();
            if (team.value(QStringLiteral("connected")).toBool() &&
                team.value(QStringLiteral("pending")).toInteger(-1) == 0)
                break;
            QThread::msleep(200);
        }
        QVERIFY2(team.value(QStringLiteral("configured")).toBool(), "team status missing");
        QCOMPARE(team.value(QStringLiteral("pending")).toInteger(-1), 0);
        QVERIFY(team.value(QStringLiteral("lastError")).isNull());
        QVERIFY(!team.value(QStringLiteral("lastSuccess")).toString().isEmpty());
        stopAttuneApp(app);

        Database database(m_databaseFile);
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlDatabase local = database.connection();
        QCOMPARE(scalar(local, QStringLiteral("SELECT count(*) FROM team_outbox")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(local, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        const QSet<QString> calls = column(
            local, QStringLiteral(
                       "SELECT sync_id FROM calls WHERE answered = 1 AND ended_at IS NOT NULL"));
        const QSet<QString> assessments =
            column(local, QStringLiteral("SELECT sync_id FROM assessments"));
        QCOMPARE(calls.size(), 200 + 50 * kPerRound);
        // Exactly once: the same ids, and as many rows as ids.
        QCOMPARE(column(server, QStringLiteral("SELECT id::text FROM attune.calls")), calls);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.calls")).toInt(),
                 calls.size());
        QCOMPARE(column(server, QStringLiteral("SELECT id::text FROM attune.assessments")),
                 assessments);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments")).toInt(),
                 assessments.size());
        // Nothing private: no private note, no stress rating (IT did not share wellbeing).
        for (const char* table : {"calls", "assessments"})
            QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.%1 t"
                                                   " WHERE t::text LIKE '%%2%'")
                                        .arg(QLatin1String(table), kPrivateMark)),
                     QStringLiteral("0"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " stress_before IS NOT NULL OR stress_after IS NOT"
                                               " NULL OR answers ? 'stress_before' OR answers ?"
                                               " 'stress_after'")),
                 QStringLiteral("0"));
    }

    // The cluster's own crash: kill() returns only once the backends are gone too.
    void aKilledServerLeavesNoBackendBehind()
    {
        QSqlDatabase one = admin();
        QSqlDatabase two = admin();
        QVERIFY(one.isOpen() && two.isOpen());
        const pid_t postmaster = m_cluster.postmasterPid();
        QVERIFY(postmaster > 0);
        const QList<pid_t> children = PostgresCluster::childrenOf(postmaster);
        QVERIFY(children.size() >= 2);
        m_cluster.kill();
        for (pid_t child : children) {
            // Gone, or a zombie that holds nothing (state Z) until its new parent reaps it.
            QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
            const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
            QVERIFY2(line.isEmpty() || line.mid(line.lastIndexOf(')') + 2, 1) == "Z",
                     line.constData());
        }
        QString error;
        const bool restarted = m_cluster.restart(&error);
        if (!restarted)
            qWarning().noquote() << error.right(1500);
        QVERIFY(restarted);
    }
};

QTEST_GUILESS_MAIN(TestTeamKill)
#include "tst_teamkill.moc"
