// The agent's sync against a real PostgreSQL 15 (TLS, verify-full, a CA the test makes): the
// outbox is written in the record's own transaction, delivery survives the server going away,
// being SIGKILLed and the sync thread dying mid-batch, and every case ends with the same three
// checks: every acknowledged local record is on the server exactly once, nothing private is
// there, and the local database passes integrity_check.

#include "PostgresCluster.h"
#include "core/Clock.h"
#include "feedback/FeedbackImport.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/StorageQueue.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace attune;
using namespace attune::test;

namespace {

const QString kPrivateMark = QStringLiteral("PRIVATE-NOTE-MARK");

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
    if (!query.exec(sql))
        qWarning() << query.lastError().text();
    while (query.next())
        values.insert(query.value(0).toString());
    return values;
}

// The writes the app's stores make: a ringing call, answered, then ended in a later statement
// (CallStore::insertRinging / markEnded), and an assessment saved in its own transaction.
qint64 finishCall(QSqlDatabase db, const QString& ref)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO calls (call_id, source, phone, display_name,"
                                 " ringing_at) VALUES (:ref, 'test', '+441632960001', 'Ann Lee',"
                                 " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
    query.bindValue(QStringLiteral(":ref"), ref);
    if (!query.exec())
        qWarning() << query.lastError().text();
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("UPDATE calls SET answered = 1, talk_ms = 65000,"
                                 " ended_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
                                 " outcome = 'completed', arc_peak = 0.8, arc_peak_kind = 'anger',"
                                 " arc_points = '[[0,0.2],[5000,0.8]]' WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return id;
}

qint64 saveAssessment(QSqlDatabase db, const QString& ref, const QString& note, bool isPrivate)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
        " note_private, saved_at, score) VALUES (:ref, 'builtin', 1, :answers, :note, :private,"
        " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 75)"));
    query.bindValue(QStringLiteral(":ref"), ref);
    query.bindValue(QStringLiteral(":answers"),
                    QStringLiteral("{\"listened\":\"yes\",\"outcome\":\"resolved\","
                                   "\"customer_at_end\":\"better\",\"stress_before\":4,"
                                   "\"stress_after\":2}"));
    query.bindValue(QStringLiteral(":note"), note);
    query.bindValue(QStringLiteral(":private"), isPrivate ? 1 : 0);
    if (!query.exec())
        qWarning() << query.lastError().text();
    return query.lastInsertId().toLongLong();
}

// One agent's computer: its own SQLite file with sync switched on.
struct Machine
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Machine()
    {
        db = std::make_unique<Database>(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        if (!db->open(&error) || !TeamSync::setEnabled(*db, true, &error))
            qWarning() << "machine:" << error;
    }
    QSqlDatabase sql() const { return db->connection(); }
    int outbox() const
    {
        return scalar(sql(), QStringLiteral("SELECT count(*) FROM team_outbox")).toInt();
    }
};

} // namespace

class TestTeamSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_secrets;
    int m_connections = 0;

    // The team's supervisor, writing notes, kudos and scores on the server.
    QSqlDatabase supervisor(QString* error)
    {
        return m_cluster->connect(QStringLiteral("sam%1").arg(++m_connections),
                                  QStringLiteral("sam"), QStringLiteral("sam-pw"), error);
    }

    QSqlDatabase admin()
    {
        QString error;
        QSqlDatabase db = m_cluster->connect(QStringLiteral("admin%1").arg(++m_connections),
                                             PostgresCluster::adminUser(),
                                             PostgresCluster::adminPassword(), &error);
        if (!db.isOpen())
            qWarning() << "admin:" << error;
        return db;
    }
    QString passwordFile(const QString& user, const QString& password)
    {
        const QString path = m_secrets.path() + QLatin1Char('/') + user + QStringLiteral(".pw");
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(password.toUtf8() + '\n');
        return path;
    }
    TeamSyncConfig config(const QString& user)
    {
        TeamSyncConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = m_cluster->port();
        c.database = PostgresCluster::databaseName();
        c.user = user;
        c.sslMode = QStringLiteral("verify-full");
        c.caFile = m_cluster->caFile();
        c.passwordFile = passwordFile(user, user + QStringLiteral("-pw"));
        c.pollIntervalMs = 50;
        c.downIntervalMs = 200;
        c.minBackoffMs = 100;
        c.maxBackoffMs = 1000;
        return c;
    }

    // The three checks every case ends with. `machines` are every computer the agent used.
    void verifyEnd(const QString& agent, const QList<const Machine*>& machines)
    {
        QSet<QString> calls;
        QSet<QString> assessments;
        qint64 localCalls = 0;
        for (const Machine* machine : machines) {
            QCOMPARE(machine->outbox(), 0);
            const QSet<QString> c =
                column(machine->sql(), QStringLiteral("SELECT sync_id FROM calls WHERE answered = 1"
                                                      " AND ended_at IS NOT NULL"));
            localCalls += c.size();
            calls.unite(c);
            assessments.unite(
                column(machine->sql(), QStringLiteral("SELECT sync_id FROM assessments")));
            QCOMPARE(scalar(machine->sql(), QStringLiteral("PRAGMA integrity_check")),
                     QStringLiteral("ok"));
        }
        QCOMPARE(qint64(calls.size()), localCalls); // two machines never share an id
        QSqlDatabase server = admin();
        // Exactly once: one row per local id, and no row the agent's computers do not have.
        QCOMPARE(
            column(
                server,
                QStringLiteral("SELECT id::text FROM attune.calls WHERE agent = '%1'").arg(agent)),
            calls);
        QCOMPARE(
            scalar(
                server,
                QStringLiteral("SELECT count(*) FROM attune.calls WHERE agent = '%1'").arg(agent))
                .toInt(),
            calls.size());
        QCOMPARE(column(server,
                        QStringLiteral("SELECT id::text FROM attune.assessments WHERE agent = '%1'")
                            .arg(agent)),
                 assessments);
        // Nothing private anywhere on the server, read as IT sees it.
        for (const char* table :
             {"calls", "assessments", "coaching_notes", "kudos", "supervisor_scores"})
            QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.%1 t"
                                                   " WHERE t::text LIKE '%%2%'")
                                        .arg(QLatin1String(table), kPrivateMark)),
                     QStringLiteral("0"));
    }

    static bool drained(const TeamSync& sync, const Machine& machine)
    {
        return machine.outbox() == 0 && sync.status().pending == 0 &&
               sync.status().lastError.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_secrets.isValid());
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->useTls(QStringLiteral("127.0.0.1"), &error), qPrintable(error));
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QSqlDatabase db = admin();
        int from = -1;
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        for (const char* agent : {"alice", "bob", "carol", "dave", "erin", "frank", "gina", "hana",
                                  "ivan", "jo", "judy", "kim", "lena"}) {
            const QString name = QString::fromLatin1(agent);
            QVERIFY2(TeamSchema::addMember(db, name, QStringLiteral("t1"),
                                           TeamSchema::Member::Agent, &error),
                     qPrintable(error));
            QSqlQuery(db).exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%1-pw'").arg(name));
        }
        QVERIFY2(TeamSchema::addMember(db, QStringLiteral("sam"), QStringLiteral("t1"),
                                       TeamSchema::Member::Supervisor, &error),
                 qPrintable(error));
        QSqlQuery(db).exec(QStringLiteral("ALTER ROLE sam PASSWORD 'sam-pw'"));
    }

    // The outbox row is part of the record's own transaction: gone with a rollback, exactly
    // one with a commit, none at all while sync is off.
    void outboxFollowsTheRecordsTransaction()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/a.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlDatabase sql = db.connection();
        const QString count = QStringLiteral("SELECT count(*) FROM team_outbox");
        finishCall(sql, QStringLiteral("off-1"));
        saveAssessment(sql, QStringLiteral("off-1"), QStringLiteral("n"), false);
        QCOMPARE(scalar(sql, count), QStringLiteral("0"));
        QVERIFY(!scalar(sql, QStringLiteral("SELECT sync_id FROM calls")).isEmpty());

        QVERIFY2(TeamSync::setEnabled(db, true, &error), qPrintable(error));
        // Switching on queues the history already there.
        QCOMPARE(scalar(sql, count), QStringLiteral("2"));
        QVERIFY(sql.transaction());
        finishCall(sql, QStringLiteral("rolled-back"));
        saveAssessment(sql, QStringLiteral("rolled-back"), QStringLiteral("n"), false);
        QCOMPARE(scalar(sql, count), QStringLiteral("4"));
        QVERIFY(sql.rollback());
        QCOMPARE(scalar(sql, count), QStringLiteral("2"));

        QVERIFY(sql.transaction());
        const qint64 id = finishCall(sql, QStringLiteral("committed"));
        QVERIFY(sql.commit());
        QCOMPARE(scalar(sql, count), QStringLiteral("3"));
        QCOMPARE(scalar(sql, QStringLiteral("SELECT count(*) FROM team_outbox WHERE kind = 'call'"
                                            " AND local_id = %1")
                                 .arg(id)),
                 QStringLiteral("1"));
        // A ringing call that was never answered queues nothing; a later change to a finished
        // call queues it once (a new seq, so a worker holding the old one cannot drop it).
        QSqlQuery(sql).exec(QStringLiteral("INSERT INTO calls (call_id, source, ringing_at,"
                                           " ended_at, outcome) VALUES ('missed', 't', 'x', 'y',"
                                           " 'missed')"));
        QCOMPARE(scalar(sql, count), QStringLiteral("3"));
        const QString seqBefore = scalar(
            sql, QStringLiteral("SELECT seq FROM team_outbox WHERE local_id = %1 AND kind = 'call'")
                     .arg(id));
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("UPDATE calls SET arc_calmed = 1 WHERE id = %1").arg(id)));
        QCOMPARE(scalar(sql, count), QStringLiteral("3"));
        QVERIFY(scalar(sql, QStringLiteral("SELECT seq FROM team_outbox WHERE local_id = %1"
                                           " AND kind = 'call'")
                                .arg(id))
                    .toInt() > seqBefore.toInt());
        QVERIFY2(TeamSync::setEnabled(db, false, &error), qPrintable(error));
        finishCall(sql, QStringLiteral("after-off"));
        QCOMPARE(scalar(sql, count), QStringLiteral("3"));
        QCOMPARE(scalar(sql, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void deliversCallsAndAssessmentsKeepingPrivateThingsLocal()
    {
        Machine machine;
        QSqlDatabase sql = machine.sql();
        for (int i = 0; i < 100; ++i) {
            const QString ref = QStringLiteral("a-%1").arg(i);
            finishCall(sql, ref);
            const bool isPrivate = i % 3 == 0;
            saveAssessment(sql, ref,
                           isPrivate ? kPrivateMark + QString::number(i)
                                     : QStringLiteral("shared note %1").arg(i),
                           isPrivate);
        }
        QCOMPARE(machine.outbox(), 200);
        {
            TeamSync sync(*machine.db, config(QStringLiteral("alice")));
            QSignalSpy spy(&sync, &TeamSync::statusChanged);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 30000);
            QVERIFY(sync.status().connected);
            QVERIFY(sync.status().lastSuccess.isValid());
            QVERIFY(!spy.isEmpty());
        }
        QSqlDatabase server = admin();
        // Wellbeing is not shared: no stress anywhere, not even inside the answers.
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " agent = 'alice' AND (stress_before IS NOT NULL"
                                               " OR stress_after IS NOT NULL OR answers ?|"
                                               " array['stress_before', 'stress_after'])")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " agent = 'alice' AND note LIKE 'shared note %'")),
                 QStringLiteral("66"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " agent = 'alice' AND note IS NULL")),
                 QStringLiteral("34"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.calls WHERE agent ="
                                               " 'alice' AND talk_seconds = 65 AND peak_kind ="
                                               " 'anger' AND jsonb_array_length(arc) = 2")),
                 QStringLiteral("100"));

        // IT shares wellbeing; a shared note is then made private: the server forgets it.
        for (int i = 100; i < 110; ++i) {
            const QString ref = QStringLiteral("a-%1").arg(i);
            finishCall(sql, ref);
            saveAssessment(sql, ref, QStringLiteral("shared note %1").arg(i), false);
        }
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("UPDATE assessments SET note = '%1 changed', note_private = 1"
                           " WHERE call_id = 'a-1'")
                .arg(kPrivateMark)));
        {
            TeamSyncConfig shared = config(QStringLiteral("alice"));
            shared.shareWellbeing = true;
            TeamSync sync(*machine.db, shared);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 30000);
        }
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " agent = 'alice' AND stress_before = 4 AND"
                                               " stress_after = 2")),
                 QStringLiteral("11"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments WHERE"
                                               " agent = 'alice' AND note IS NULL")),
                 QStringLiteral("35"));
        verifyEnd(QStringLiteral("alice"), {&machine});
    }

    void serverDownWhileThousandCallsEndThenBack()
    {
        Machine machine;
        TeamSync sync(*machine.db, config(QStringLiteral("bob")));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().connected, 20000);
        m_cluster->stop();
        QSqlDatabase sql = machine.sql();
        for (int i = 0; i < 1000; ++i)
            finishCall(sql, QStringLiteral("b-%1").arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(!sync.status().connected && sync.status().pending == 1000, 20000);
        QVERIFY2(sync.status().lastError.contains(QLatin1String("cannot be reached")),
                 qPrintable(sync.status().lastError));
        QCOMPARE(machine.outbox(), 1000);
        QString error;
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 60000);
        sync.stop();
        verifyEnd(QStringLiteral("bob"), {&machine});
    }

    void serverKilledAndSyncThreadDiesMidBatch()
    {
        Machine machine;
        QSqlDatabase sql = machine.sql();
        for (int i = 0; i < 600; ++i) {
            finishCall(sql, QStringLiteral("c-%1").arg(i));
            if (i % 2 == 0)
                saveAssessment(sql, QStringLiteral("c-%1").arg(i), kPrivateMark, true);
        }
        // 1. SIGKILL to the server between its upsert and its COMMIT of the third batch.
        std::atomic<int> upserts = 0;
        std::atomic<bool> killed = false;
        TeamSyncConfig killing = config(QStringLiteral("carol"));
        killing.batchSize = 50;
        killing.interruptAt = [&](const char* step) {
            if (qstrcmp(step, "server-upserted") == 0 && ++upserts == 3) {
                m_cluster->kill();
                killed = true;
            }
            return false;
        };
        {
            TeamSync sync(*machine.db, killing);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(killed && !sync.status().lastError.isEmpty(), 20000);
            QVERIFY(machine.outbox() > 0);
            // 2. The same sync later dies right after a server COMMIT, before the local delete:
            //    that batch is delivered again by the next worker.
        }
        QVERIFY(machine.outbox() > 0);
        // The killed postmaster's children take a moment to let go of its shared memory.
        QString error;
        QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->restart(&error), qPrintable(error), 30000);
        std::atomic<int> commits = 0;
        TeamSyncConfig dying = config(QStringLiteral("carol"));
        dying.batchSize = 50;
        dying.interruptAt = [&](const char* step) {
            return qstrcmp(step, "server-committed") == 0 && ++commits == 2;
        };
        const int before = machine.outbox();
        {
            TeamSync sync(*machine.db, dying);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(!sync.status().running && commits >= 2, 20000);
        }
        QCOMPARE(machine.outbox(), before - 50); // one batch cleared, the second left behind
        TeamSync again(*machine.db, config(QStringLiteral("carol")));
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(again, machine), 60000);
        again.stop();
        verifyEnd(QStringLiteral("carol"), {&machine});
    }

    void sameAgentOnTwoMachines()
    {
        Machine desk;
        Machine laptop;
        for (int i = 0; i < 200; ++i) {
            // The same call references on both: the stable ids, not the references, are the key.
            finishCall(desk.sql(), QStringLiteral("d-%1").arg(i));
            saveAssessment(desk.sql(), QStringLiteral("d-%1").arg(i), QStringLiteral("desk"),
                           false);
            finishCall(laptop.sql(), QStringLiteral("d-%1").arg(i));
        }
        TeamSync one(*desk.db, config(QStringLiteral("dave")));
        TeamSync two(*laptop.db, config(QStringLiteral("dave")));
        one.start();
        two.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(one, desk) && drained(two, laptop), 60000);
        one.stop();
        two.stop();
        verifyEnd(QStringLiteral("dave"), {&desk, &laptop});
        QCOMPARE(scalar(admin(), QStringLiteral("SELECT count(*) FROM attune.calls WHERE"
                                                " agent = 'dave'")),
                 QStringLiteral("400"));
    }

    void newerServerSchemaKeepsEverythingLocal()
    {
        QSqlDatabase server = admin();
        QVERIFY(QSqlQuery(server).exec(
            QStringLiteral("UPDATE attune.meta SET value = '99' WHERE key = 'schema_version'")));
        Machine machine;
        for (int i = 0; i < 20; ++i)
            finishCall(machine.sql(), QStringLiteral("e-%1").arg(i));
        {
            TeamSync sync(*machine.db, config(QStringLiteral("erin")));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(sync.status().serverSchema == 99, 20000);
            QVERIFY2(sync.status().lastError.contains(QLatin1String("newer schema (version 99")),
                     qPrintable(sync.status().lastError));
            QVERIFY(!sync.status().connected);
            QTest::qWait(500);
            QCOMPARE(machine.outbox(), 20);
            QCOMPARE(sync.status().pending, 20);
        }
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.calls WHERE"
                                               " agent = 'erin'")),
                 QStringLiteral("0"));
        QVERIFY(QSqlQuery(server).exec(
            QStringLiteral("UPDATE attune.meta SET value = '%1' WHERE key = 'schema_version'")
                .arg(TeamSchema::latestVersion())));
        TeamSync sync(*machine.db, config(QStringLiteral("erin")));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 20000);
        sync.stop();
        verifyEnd(QStringLiteral("erin"), {&machine});
    }

    void wrongCredentialsSayWhyAndLoseNothing()
    {
        Machine machine;
        for (int i = 0; i < 20; ++i)
            finishCall(machine.sql(), QStringLiteral("f-%1").arg(i));
        TeamSyncConfig wrong = config(QStringLiteral("frank"));
        wrong.passwordFile = passwordFile(QStringLiteral("frank"), QStringLiteral("guess"));
        {
            TeamSync sync(*machine.db, wrong);
            sync.start();
            QTRY_COMPARE_WITH_TIMEOUT(sync.status().lastError,
                                      QStringLiteral("Wrong password for agent frank on the team "
                                                     "server."),
                                      20000);
            QCOMPARE(sync.status().pending, 20);
        }
        // A password file others can read is refused before anything is sent.
        TeamSyncConfig open = config(QStringLiteral("frank"));
        QFile::setPermissions(open.passwordFile, QFile::ReadOwner | QFile::WriteOwner |
                                                     QFile::ReadGroup | QFile::ReadOther);
        {
            TeamSync sync(*machine.db, open);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                sync.status().lastError.contains(QLatin1String("can be read by others")), 20000);
        }
        QCOMPARE(machine.outbox(), 20);
        QCOMPARE(scalar(admin(), QStringLiteral("SELECT count(*) FROM attune.calls WHERE"
                                                " agent = 'frank'")),
                 QStringLiteral("0"));
        TeamSync sync(*machine.db, config(QStringLiteral("frank")));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 20000);
        sync.stop();
        verifyEnd(QStringLiteral("frank"), {&machine});
    }

    // A record the server cannot take (here a start time that is not a time) waits alone, says
    // so, and does not hold back the records queued after it.
    void aRecordTheServerRefusesWaitsAlone()
    {
        Machine machine;
        QSqlDatabase sql = machine.sql();
        qint64 bad = 0;
        for (int i = 0; i < 30; ++i) {
            const qint64 id = finishCall(sql, QStringLiteral("h-%1").arg(i));
            if (i == 5) {
                bad = id;
                QVERIFY(QSqlQuery(sql).exec(
                    QStringLiteral("UPDATE calls SET ringing_at = 'not a time' WHERE id = %1")
                        .arg(id)));
            }
        }
        TeamSync sync(*machine.db, config(QStringLiteral("hana")));
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(machine.outbox() == 1 && sync.status().pending == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            sync.status().lastError.startsWith(QLatin1String("The team server refused a record")),
            20000);
        QVERIFY(sync.status().connected);
        QCOMPARE(scalar(sql, QStringLiteral("SELECT local_id FROM team_outbox")).toLongLong(), bad);
        QCOMPARE(scalar(admin(), QStringLiteral("SELECT count(*) FROM attune.calls WHERE"
                                                " agent = 'hana'")),
                 QStringLiteral("29"));
        // Records made after it are not held back either.
        finishCall(sql, QStringLiteral("h-later"));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(admin(), QStringLiteral("SELECT count(*) FROM"
                                                                 " attune.calls WHERE agent ="
                                                                 " 'hana'")),
                                  QStringLiteral("30"), 20000);
        QCOMPARE(machine.outbox(), 1);
        // Repaired locally, it goes too, and the complaint is gone.
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("UPDATE calls SET ringing_at = '2026-12-01T10:00:00.000Z' WHERE id = %1")
                .arg(bad)));
        QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 20000);
        sync.stop();
        verifyEnd(QStringLiteral("hana"), {&machine});
    }

    // IT took the agent out of every team: row-level security refuses every record; the agent is
    // told why and keeps them all until IT puts them back.
    void anAgentOutsideEveryTeamKeepsEverything()
    {
        QSqlDatabase server = admin();
        QVERIFY(QSqlQuery(server).exec(
            QStringLiteral("DELETE FROM attune.members WHERE person = 'ivan'")));
        Machine machine;
        for (int i = 0; i < 10; ++i)
            finishCall(machine.sql(), QStringLiteral("i-%1").arg(i));
        TeamSync sync(*machine.db, config(QStringLiteral("ivan")));
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(sync.status().lastError,
                                  QStringLiteral("The team server does not let ivan deliver "
                                                 "records (IT adds agents to a team). Records "
                                                 "wait on this computer."),
                                  20000);
        QCOMPARE(machine.outbox(), 10);
        QCOMPARE(scalar(machine.sql(), QStringLiteral("SELECT max(attempts) FROM team_outbox")),
                 QStringLiteral("0"));
        QString error;
        QVERIFY2(TeamSchema::addMember(server, QStringLiteral("ivan"), QStringLiteral("t1"),
                                       TeamSchema::Member::Agent, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 20000);
        sync.stop();
        verifyEnd(QStringLiteral("ivan"), {&machine});
    }

    void supervisorsNotesKudosAndScoresComeDownOnce()
    {
        Machine machine;
        finishCall(machine.sql(), QStringLiteral("g-1"));
        const qint64 assessment =
            saveAssessment(machine.sql(), QStringLiteral("g-1"), QStringLiteral("ok"), false);
        const QString callId = scalar(machine.sql(), QStringLiteral("SELECT sync_id FROM calls"));
        const QString assessmentId =
            scalar(machine.sql(), QStringLiteral("SELECT sync_id FROM assessments"));
        TeamSyncConfig c = config(QStringLiteral("gina"));
        auto sync = std::make_unique<TeamSync>(*machine.db, c);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(*sync, machine), 20000);

        QString error;
        QSqlDatabase sam = supervisor(&error);
        QVERIFY2(sam.isOpen(), qPrintable(error));
        for (const QString& sql :
             {QStringLiteral("INSERT INTO attune.coaching_notes (id, call_id, agent, body) VALUES"
                             " (gen_random_uuid(), '%1', 'gina', 'Great recovery')")
                  .arg(callId),
              QStringLiteral("INSERT INTO attune.kudos (id, call_id, agent, behaviour, message)"
                             " VALUES (gen_random_uuid(), '%1', 'gina', 'listened', 'Well"
                             " done')")
                  .arg(callId),
              QStringLiteral("INSERT INTO attune.supervisor_scores (id, assessment_id, agent,"
                             " answers, score) VALUES (gen_random_uuid(), '%1', 'gina',"
                             " '{\"listened\":\"yes\"}', 90)")
                  .arg(assessmentId)}) {
            QSqlQuery query(sam);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        const auto count = [&](const QString& sql) { return scalar(machine.sql(), sql).toInt(); };
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM coaching_notes WHERE server_id IS NOT NULL"
                                 " AND call_id = 'g-1' AND text = 'Great recovery'")),
            1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM kudos WHERE server_id IS NOT NULL"
                                 " AND call_id = 'g-1' AND announced_at IS NULL")),
            1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM supervisor_scores WHERE score = 90 AND"
                                 " assessment_id = %1")
                      .arg(assessment)),
            1, 20000);
        // The history's list shows them while this run's sync vouches for them, and not once
        // the file says something else (a raised score).
        CoachingStore coaching(*machine.db);
        coaching.trustServerRecords([&sync](const QString& serverId, const QByteArray& digest) {
            return sync && sync->attests(serverId, digest);
        });
        HistoryStore history(*machine.db);
        const auto listed = [&history] {
            for (const HistoryRow& row : history.page(HistoryFilter(), nullptr, 50))
                if (row.callId == QLatin1String("g-1"))
                    return row;
            return HistoryRow();
        };
        QTRY_COMPARE_WITH_TIMEOUT(listed().supervisorScore.value_or(-1), 90.0, 20000);
        QCOMPARE(listed().kudos, 1);
        QCOMPARE(listed().coachingNotes, 1);
        QVERIFY(QSqlQuery(machine.sql())
                    .exec(QStringLiteral("UPDATE supervisor_scores SET score = 95")));
        QVERIFY(!listed().supervisorScore);
        QVERIFY(QSqlQuery(machine.sql())
                    .exec(QStringLiteral("UPDATE supervisor_scores SET score = 90")));
        QCOMPARE(listed().supervisorScore.value_or(-1), 90.0);
        sync.reset();
        QVERIFY(!listed().supervisorScore);
        // The agent saw the kudos; then every cursor is lost and everything is fetched again.
        QVERIFY(
            QSqlQuery(machine.sql())
                .exec(QStringLiteral("UPDATE kudos SET announced_at = '2026-01-01T00:00:00Z'")));
        QVERIFY(QSqlQuery(machine.sql())
                    .exec(QStringLiteral("DELETE FROM team_state WHERE key LIKE 'down_%'")));
        sync = std::make_unique<TeamSync>(*machine.db, c);
        QSignalSpy spy(sync.get(), &TeamSync::statusChanged);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("SELECT count(*) FROM team_state WHERE key LIKE 'down_%'")) == 3,
            20000);
        sync.reset();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM coaching_notes")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kudos")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kudos WHERE announced_at IS NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM supervisor_scores")), 1);
        verifyEnd(QStringLiteral("gina"), {&machine});
        QCOMPARE(scalar(machine.sql(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
    }

    // The computer's clock put back a day after a fetch (NTP correcting a clock that ran
    // ahead): the supervisor's note still comes down within the interval. Measured on the wall
    // clock, the interval ran from a fetch "a day in the future" and nothing came for a day.
    void aClockPutBackDoesNotStopTheWayDown()
    {
        class ClockPutBack final : public Clock
        {
        public:
            std::atomic<qint64> wallOffsetMs{0};
            qint64 monotonicMs() const override { return m_system.monotonicMs(); }
            QDateTime wallNow() const override
            {
                return m_system.wallNow().addMSecs(wallOffsetMs.load());
            }

        private:
            SystemClock m_system;
        };
        ClockPutBack clock;
        Machine machine;
        finishCall(machine.sql(), QStringLiteral("k-1"));
        const QString callId = scalar(machine.sql(), QStringLiteral("SELECT sync_id FROM calls"));
        TeamSyncConfig c = config(QStringLiteral("lena"));
        c.clock = &clock;
        auto sync = std::make_unique<TeamSync>(*machine.db, c);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(*sync, machine), 20000);

        QString error;
        QSqlDatabase sam = supervisor(&error);
        QVERIFY2(sam.isOpen(), qPrintable(error));
        const auto writeNote = [&](const QString& body) {
            QSqlQuery note(sam);
            return note.exec(QStringLiteral("INSERT INTO attune.coaching_notes (id, call_id,"
                                            " agent, body) VALUES (gen_random_uuid(), '%1',"
                                            " 'lena', '%2')")
                                 .arg(callId, body));
        };
        const auto notesCameDown = [&machine](const QString& body) {
            return scalar(machine.sql(),
                          QStringLiteral("SELECT count(*) FROM coaching_notes WHERE call_id ="
                                         " 'k-1' AND text = '%1'")
                              .arg(body))
                .toInt();
        };
        // One fetch after the note, on the right clock.
        QVERIFY(writeNote(QStringLiteral("Good start")));
        QTRY_COMPARE_WITH_TIMEOUT(notesCameDown(QStringLiteral("Good start")), 1, 20000);
        clock.wallOffsetMs = -24LL * 3600 * 1000;
        QVERIFY(writeNote(QStringLiteral("Calm all the way")));
        // The interval is 200 ms: 10 s is fifty of them.
        QTRY_COMPARE_WITH_TIMEOUT(notesCameDown(QStringLiteral("Calm all the way")), 1, 10000);
        sync.reset();
        verifyEnd(QStringLiteral("lena"), {&machine});
    }

    // Down-synced records carry no local signature: they show while the server vouches for
    // them (TeamSync::attests), and a row the agent writes into the file to look like one does
    // not, whether its server id is made up, copied, or its text changed.
    void downSyncedRecordsShowOnlyWhatTheServerVouchesFor()
    {
        Machine machine;
        finishCall(machine.sql(), QStringLiteral("h-1"));
        const QString callId = scalar(machine.sql(), QStringLiteral("SELECT sync_id FROM calls"));
        TeamSyncConfig c = config(QStringLiteral("jo"));
        auto sync = std::make_unique<TeamSync>(*machine.db, c);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(*sync, machine), 20000);
        QString error;
        QSqlDatabase sam = supervisor(&error);
        QVERIFY2(sam.isOpen(), qPrintable(error));
        for (const QString& sql :
             {QStringLiteral("INSERT INTO attune.coaching_notes (id, call_id, agent, body) VALUES"
                             " (gen_random_uuid(), '%1', 'jo', 'Lovely pacing')")
                  .arg(callId),
              QStringLiteral("INSERT INTO attune.kudos (id, call_id, agent, behaviour, message)"
                             " VALUES (gen_random_uuid(), '%1', 'jo', 'calm', 'Kept calm')")
                  .arg(callId)}) {
            QSqlQuery query(sam);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(machine.sql(), QStringLiteral("SELECT count(*) FROM kudos WHERE server_id IS"
                                                 " NOT NULL"))
                .toInt(),
            1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(machine.sql(), QStringLiteral("SELECT count(*) FROM coaching_notes WHERE"
                                                 " server_id IS NOT NULL"))
                .toInt(),
            1, 20000);

        CoachingStore store(*machine.db);
        // Without the server's word they are unsigned rows like any other: hidden.
        QVERIFY(store.notes(QStringLiteral("h-1")).isEmpty());
        store.trustServerRecords([&sync](const QString& serverId, const QByteArray& digest) {
            return sync && sync->attests(serverId, digest);
        });
        QCOMPARE(store.notes(QStringLiteral("h-1")).size(), 1);
        QCOMPARE(store.notes(QStringLiteral("h-1")).first().text, QStringLiteral("Lovely pacing"));
        QCOMPARE(store.kudos(QStringLiteral("h-1")).size(), 1);

        // The agent forges rows that look as if they came down: none of them shows.
        QSqlQuery forge(machine.sql());
        QVERIFY(forge.exec(QStringLiteral(
            "INSERT INTO coaching_notes (call_id, text, written_at, server_id) VALUES ('h-1',"
            " 'Best agent ever', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            " '00000000-0000-4000-8000-000000000001')")));
        QVERIFY(forge.exec(QStringLiteral(
            "INSERT INTO kudos (call_id, behaviour, text, given_at, server_id) VALUES ('h-1',"
            " 'calm', 'Promote me', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            " '00000000-0000-4000-8000-000000000002')")));
        QCOMPARE(store.notes(QStringLiteral("h-1")).size(), 1);
        QCOMPARE(store.kudos(QStringLiteral("h-1")).size(), 1);
        QVERIFY(!store.takeKudosToAnnounce(QDateTime::currentDateTimeUtc())
                     .join(QLatin1Char(' '))
                     .contains(QStringLiteral("Promote me")));
        // The real row's text changed, or moved to another call: no longer what the server said.
        QVERIFY(forge.exec(QStringLiteral("UPDATE coaching_notes SET text = 'Lovely pacing, "
                                          "raise due' WHERE text = 'Lovely pacing'")));
        QVERIFY(store.notes(QStringLiteral("h-1")).isEmpty());
        QVERIFY(forge.exec(QStringLiteral("UPDATE coaching_notes SET text = 'Lovely pacing'"
                                          " WHERE text = 'Lovely pacing, raise due'")));
        QCOMPARE(store.notes(QStringLiteral("h-1")).size(), 1);
        // A server id copied onto another call's row.
        finishCall(machine.sql(), QStringLiteral("h-2"));
        QVERIFY(forge.exec(QStringLiteral("UPDATE kudos SET call_id = 'h-2' WHERE server_id NOT"
                                          " LIKE '00000000%'")));
        QVERIFY(store.kudos(QStringLiteral("h-2")).isEmpty());
        QVERIFY(forge.exec(QStringLiteral("UPDATE kudos SET call_id = 'h-1' WHERE server_id NOT"
                                          " LIKE '00000000%'")));

        // A new run vouches for what came down in earlier runs once it has asked the server,
        // and not before.
        sync.reset();
        QVERIFY(store.notes(QStringLiteral("h-1")).isEmpty());
        sync = std::make_unique<TeamSync>(*machine.db, c);
        QVERIFY(store.notes(QStringLiteral("h-1")).isEmpty());
        sync->start();
        // Notes, kudos and scores are fetched (and vouched for) one kind after the other.
        QTRY_COMPARE_WITH_TIMEOUT(store.notes(QStringLiteral("h-1")).size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(store.kudos(QStringLiteral("h-1")).size(), 1, 20000);
        sync.reset();
        // Nothing came down twice.
        QCOMPARE(scalar(machine.sql(),
                        QStringLiteral("SELECT count(*) FROM coaching_notes WHERE server_id NOT"
                                       " LIKE '00000000%'")),
                 QStringLiteral("1"));
        verifyEnd(QStringLiteral("jo"), {&machine});
    }

    // The storage thread's commits nudge the worker only when they queued a record for the
    // server, and a burst of a thousand such commits is a handful of passes, not a thousand
    // (before: every committed job, reads included, woke the worker for a pass and a download).
    void aBurstOfCommitsIsAFewPassesAndReadsAreNone()
    {
        Machine machine;
        TeamSyncConfig c = config(QStringLiteral("kim"));
        c.pollIntervalMs = 250; // the app's own pace
        c.downIntervalMs = 30000;
        auto sync = std::make_unique<TeamSync>(*machine.db, c);
        StorageQueue storage(*machine.db);
        storage.start();
        sync->followCommitsOf(storage);
        sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(drained(*sync, machine), 20000);

        // Reads, and writes that queue nothing for the server (a draft, a phrase): no nudge, and
        // no more passes than the poll finds reason for.
        Database* db = machine.db.get();
        const quint64 idle = sync->passes();
        QElapsedTimer quiet;
        quiet.start();
        QObject context;
        int read = 0;
        for (int i = 0; i < 500; ++i) {
            storage.read<int>(
                "count",
                [db] {
                    return scalar(db->connection(), QStringLiteral("SELECT count(*) FROM calls"))
                        .toInt();
                },
                &context, [&read](int) { ++read; });
            storage.write("state", [db, i](QString* error) {
                QSqlQuery query(db->connection());
                query.prepare(QStringLiteral("INSERT OR REPLACE INTO app_state (key, value)"
                                             " VALUES ('burst', :value)"));
                query.bindValue(QStringLiteral(":value"), QString::number(i));
                return Database::runQuery(query, error) ? StorageQueue::Result::Done
                                                        : StorageQueue::Result::Failed;
            });
        }
        QVERIFY(storage.drain(60000));
        QTRY_COMPARE_WITH_TIMEOUT(read, 500, 5000);
        const quint64 quietPasses = sync->passes() - idle;
        const quint64 quietBound = quint64(quiet.elapsed() / c.minPassGapMs) + 2;
        qInfo("500 reads and 500 plain writes: %llu nudges, %llu passes in %lld ms (at most %llu)",
              sync->outboxNudges(), quietPasses, quiet.elapsed(), quietBound);
        QVERIFY2(quietPasses <= quietBound,
                 qPrintable(QStringLiteral("%1 passes").arg(quietPasses)));
        QCOMPARE(sync->outboxNudges(), quint64(0));

        // A thousand finished calls, each committed on its own, as calls end.
        const quint64 before = sync->passes();
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < 1000; ++i)
            storage.write("call", [db, i](QString*) {
                finishCall(db->connection(), QStringLiteral("k-%1").arg(i));
                return StorageQueue::Result::Done;
            });
        QVERIFY(storage.drain(120000));
        QTRY_VERIFY_WITH_TIMEOUT(drained(*sync, machine), 60000);
        const qint64 ms = elapsed.elapsed();
        const quint64 passes = sync->passes() - before;
        const quint64 bound = quint64(ms / c.minPassGapMs) + 2;
        qInfo("1000 commits: %llu nudges, %llu passes in %lld ms (at most %llu)",
              sync->outboxNudges(), passes, ms, bound);
        QVERIFY(sync->outboxNudges() > 0);
        QVERIFY2(passes <= bound, qPrintable(QStringLiteral("%1 passes").arg(passes)));
        sync.reset();
        verifyEnd(QStringLiteral("kim"), {&machine});
    }

    // The customer's verdict goes up like an assessment, comment included: imported twice and
    // delivered again, one row per survey; a corrected score updates that row; another agent
    // never reads it, the agent's supervisor does.
    // The team view filters on attune.call_facts (migration 0005), which triggers keep equal to
    // the call's latest assessment and its surveys: a re-saved assessment, a newer one, the same
    // ones delivered again, an upset survey, and an older assessment arriving late.
    void callFactsFollowTheLatestAssessmentThroughTheSync()
    {
        Machine machine;
        QSqlDatabase sql = machine.sql();
        finishCall(sql, QStringLiteral("facts-1"));
        const qint64 first =
            saveAssessment(sql, QStringLiteral("facts-1"), QStringLiteral("shared"), false);
        const QString call =
            scalar(sql, QStringLiteral("SELECT sync_id FROM calls WHERE call_id = 'facts-1'"));
        const auto deliver = [&] {
            TeamSync sync(*machine.db, config(QStringLiteral("kim")));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 30000);
        };
        QSqlDatabase server = admin();
        const auto facts = [&] {
            return scalar(server, QStringLiteral("SELECT concat_ws('|', assessment_id, score,"
                                                 " upset::text) FROM attune.call_facts"
                                                 " WHERE call_id = '%1'")
                                      .arg(call));
        };
        const auto syncId = [&](qint64 id) {
            return scalar(sql,
                          QStringLiteral("SELECT sync_id FROM assessments WHERE id = %1").arg(id));
        };
        deliver();
        QCOMPARE(facts(), syncId(first) + QStringLiteral("|75|false"));

        // Re-saved: the same assessment with another score.
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("UPDATE assessments SET score = 30 WHERE id = %1").arg(first)));
        deliver();
        QCOMPARE(facts(), syncId(first) + QStringLiteral("|30|false"));

        // A newer assessment of the same call.
        QTest::qWait(5); // a later saved_at
        const qint64 second =
            saveAssessment(sql, QStringLiteral("facts-1"), QStringLiteral("shared"), false);
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("UPDATE assessments SET score = 55 WHERE id = %1").arg(second)));
        deliver();
        QCOMPARE(facts(), syncId(second) + QStringLiteral("|55|false"));

        // Everything delivered again (at-least-once): the same rows, and the facts row is not
        // even rewritten.
        const QString stamp = QStringLiteral("SELECT xmin::text FROM attune.call_facts"
                                             " WHERE call_id = '%1'")
                                  .arg(call);
        const QString before = scalar(server, stamp);
        QVERIFY(QSqlQuery(sql).exec(
            QStringLiteral("INSERT OR REPLACE INTO team_outbox (kind, local_id, queued_at)"
                           " SELECT 'call', id, 'now' FROM calls WHERE call_id = 'facts-1'"
                           " UNION ALL SELECT 'assessment', id, 'now' FROM assessments"
                           " WHERE call_id = 'facts-1'")));
        QCOMPARE(machine.outbox(), 3);
        deliver();
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.assessments"
                                               " WHERE call_id = '%1'")
                                    .arg(call)),
                 QStringLiteral("2"));
        QCOMPARE(facts(), syncId(second) + QStringLiteral("|55|false"));
        QCOMPARE(scalar(server, stamp), before);

        // The customer left upset.
        const QString csv = machine.dir.path() + QStringLiteral("/facts.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("call_id,survey_id,csat,comment\nfacts-1,F,1,\"Useless, I am fed up.\"\n");
        file.close();
        FeedbackImport import(*machine.db, QStringLiteral("GB"));
        FeedbackImport::Result result;
        QString error;
        QVERIFY2(import.importFile(csv, &result, &error), qPrintable(error));
        deliver();
        QCOMPARE(facts(), syncId(second) + QStringLiteral("|55|true"));

        // An older assessment that arrives late changes nothing; nor may an agent write the
        // facts row themselves.
        QString problem;
        QSqlDatabase kim = m_cluster->connect(QStringLiteral("kim-facts"), QStringLiteral("kim"),
                                              QStringLiteral("kim-pw"), &problem);
        QVERIFY2(kim.isOpen(), qPrintable(problem));
        QSqlQuery late(kim);
        QVERIFY2(
            late.exec(QStringLiteral(
                          "INSERT INTO attune.assessments (id, call_id, rubric_id, rubric_version,"
                          " answers, outcome, score, saved_at) VALUES (gen_random_uuid(), '%1',"
                          " 'builtin', 1, '{}', 'escalated', 5, now() - interval '1 day')")
                          .arg(call)),
            qPrintable(late.lastError().text()));
        QCOMPARE(facts(), syncId(second) + QStringLiteral("|55|true"));
        QVERIFY(!late.exec(QStringLiteral("UPDATE attune.call_facts SET score = 99")));
        QVERIFY(!late.exec(
            QStringLiteral("INSERT INTO attune.call_facts (call_id, agent, started_at,"
                           " talk_seconds, peak, search) VALUES (gen_random_uuid(), 'kim',"
                           " now(), 1, 1, 'x')")));
        QCOMPARE(facts(), syncId(second) + QStringLiteral("|55|true"));
    }

    void surveysReachTheServerOnceAndOnlyTheirAgentAndSupervisorReadThem()
    {
        Machine machine;
        QSqlDatabase sql = machine.sql();
        finishCall(sql, QStringLiteral("s-1"));
        finishCall(sql, QStringLiteral("s-2"));
        QCOMPARE(machine.outbox(), 2);
        const QString csv = machine.dir.path() + QStringLiteral("/surveys.csv");
        const auto writeSurveys = [&csv](const QByteArray& text) {
            QFile file(csv);
            return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   file.write(text) == text.size();
        };
        QVERIFY(writeSurveys("call_id,survey_id,csat,comment\n"
                             "s-1,A,2,\"Still not fixed, I am fed up.\"\n"
                             "s-2,B,5,Thank you!\n"));
        FeedbackImport import(*machine.db, QStringLiteral("GB"));
        FeedbackImport::Result result;
        QString error;
        QVERIFY2(import.importFile(csv, &result, &error), qPrintable(error));
        QCOMPARE(machine.outbox(), 4);
        QVERIFY2(import.importFile(csv, &result, &error), qPrintable(error));
        QCOMPARE(result.unchanged, 2);
        // The swapped-in table kept its outbox triggers.
        QCOMPARE(scalar(sql, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type ="
                                            " 'trigger' AND tbl_name = 'customer_feedback'")),
                 QStringLiteral("2"));
        const QSet<QString> local =
            column(sql, QStringLiteral("SELECT sync_id FROM customer_feedback"));
        QCOMPARE(local.size(), 2);
        {
            TeamSync sync(*machine.db, config(QStringLiteral("judy")));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 30000);
        }
        QSqlDatabase server = admin();
        const QString mine =
            QStringLiteral("SELECT id::text FROM attune.customer_feedback WHERE agent = 'judy'");
        QCOMPARE(column(server, mine), local);
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.customer_feedback"
                                               " WHERE agent = 'judy'")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(server, QStringLiteral("SELECT comment || ':' || upset || ':' || csat FROM"
                                               " attune.customer_feedback WHERE agent = 'judy'"
                                               " AND survey_id = 'A'")),
                 QStringLiteral("Still not fixed, I am fed up.:true:2"));
        // Each survey hangs on its own call there.
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM attune.customer_feedback f"
                                               " JOIN attune.calls c ON c.id = f.call_id"
                                               " WHERE f.agent = 'judy' AND c.agent = 'judy'")),
                 QStringLiteral("2"));

        // The survey tool corrects a score: the same row on the server changes.
        QVERIFY(writeSurveys("call_id,survey_id,csat,comment\n"
                             "s-1,A,3,\"Still not fixed, I am fed up.\"\n"));
        QVERIFY2(import.importFile(csv, &result, &error), qPrintable(error));
        {
            TeamSync sync(*machine.db, config(QStringLiteral("judy")));
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(drained(sync, machine), 30000);
        }
        QCOMPARE(column(server, mine), local);
        QCOMPARE(scalar(server, QStringLiteral("SELECT csat FROM attune.customer_feedback WHERE"
                                               " agent = 'judy' AND survey_id = 'A'")),
                 QStringLiteral("3"));

        // Another agent of the same team reads none of it; their supervisor reads both.
        QSqlDatabase bob = m_cluster->connect(QStringLiteral("bob-feedback"), QStringLiteral("bob"),
                                              QStringLiteral("bob-pw"), &error);
        QVERIFY2(bob.isOpen(), qPrintable(error));
        QCOMPARE(scalar(bob, QStringLiteral("SELECT count(*) FROM attune.customer_feedback")),
                 QStringLiteral("0"));
        QSqlDatabase sam = m_cluster->connect(QStringLiteral("sam-feedback"), QStringLiteral("sam"),
                                              QStringLiteral("sam-pw"), &error);
        QVERIFY2(sam.isOpen(), qPrintable(error));
        QCOMPARE(scalar(sam, QStringLiteral("SELECT count(*) FROM attune.customer_feedback"
                                            " WHERE agent = 'judy'")),
                 QStringLiteral("2"));
        verifyEnd(QStringLiteral("judy"), {&machine});
    }

    void cleanupTestCase() { m_cluster.reset(); }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
