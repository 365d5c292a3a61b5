#include "TestEnvironment.h"
#include "core/CallSession.h"
#include "storage/CallRecorder.h"
#include "storage/CallStore.h"
#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace attune;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QString pragma(const Database& db, const char* name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
            return {};
        return query.value(0).toString();
    }

private Q_SLOTS:
    void opensWithPrivatePermissionsAndDurablePragmas()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/attune");
        Database db(folder + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(test::unixMode(folder), 0700);
        QCOMPARE(test::unixMode(db.filePath()), 0600);
        QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(db, "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    // From every earlier schema, with a row in every table that schema had: after the upgrade
    // each row is still there, unchanged.
    void upgradesFromEveryEarlierVersionWithDataIntact()
    {
        struct Sample
        {
            int version; // the schema that created the table
            const char* insert;
            const char* check; // returns one row with one value
            QVariant expected;
        };
        const QList<Sample> samples = {
            {1,
             "INSERT INTO calls (call_id, source, ringing_at, display_name) VALUES ('c1', 'cli', "
             "'2026-01-05T09:00:00Z', 'Elena')",
             "SELECT display_name FROM calls WHERE call_id = 'c1'", QStringLiteral("Elena")},
            {2,
             "INSERT INTO phrase_preferences (phrase_id, starred, learned_weight) VALUES ('p', 1, "
             "0.5)",
             "SELECT learned_weight FROM phrase_preferences WHERE phrase_id = 'p'", 0.5},
            {2,
             "INSERT INTO personal_phrases (text, technique, cues, moments, created_at) VALUES "
             "('Mine', 'reassure', 'frustration', 'discovery', '2026-01-05')",
             "SELECT text FROM personal_phrases", QStringLiteral("Mine")},
            {3,
             "INSERT INTO breathing_sessions (started_at, pattern_id, pattern_name, planned_ms, "
             "breathed_ms, outcome, stress_before) VALUES ('2026-01-05T09:00:00Z', 'box', 'Box', "
             "64000, 64000, 'completed', 4)",
             "SELECT stress_before FROM breathing_sessions", 4},
            {4,
             "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note, "
             "saved_at) "
             "VALUES ('c1', 'attune-default', 1, '{\"outcome\":\"resolved\"}', 'n', '2026-01-05')",
             "SELECT json_extract(answers, '$.outcome') FROM assessments",
             QStringLiteral("resolved")},
            // A call stored before search existed is found by search after the upgrade.
            {1,
             "INSERT INTO calls (call_id, source, ringing_at, display_name, phone) VALUES ('c2', "
             "'cli', '2026-01-05T10:00:00Z', 'Jonathan Reyes', '+15550100')",
             "SELECT c.call_id FROM calls_search s JOIN calls c ON c.id = s.rowid"
             " WHERE calls_search MATCH '\"athan\"'",
             QStringLiteral("c2")},
        };
        for (int from = 0; from < Database::latestVersion(); ++from) {
            // A number no migration has (one left free for another branch) is no version a
            // database can be at.
            if (from > 0 &&
                std::none_of(Database::migrations().cbegin(), Database::migrations().cend(),
                             [from](const Database::Migration& migration) {
                                 return migration.version == from;
                             }))
                continue;
            QTemporaryDir dir;
            const QString path = dir.path() + QStringLiteral("/attune.sqlite");
            {
                Database old(path);
                QString error;
                QVERIFY2(old.open(&error, from), qPrintable(error));
                QCOMPARE(old.schemaVersion(), from);
                QSqlQuery insert(old.connection());
                for (const Sample& sample : samples) {
                    if (sample.version <= from)
                        QVERIFY2(insert.exec(QString::fromLatin1(sample.insert)), sample.insert);
                }
            }
            Database current(path);
            QString error;
            QVERIFY2(current.open(&error), qPrintable(error));
            QCOMPARE(current.schemaVersion(), Database::latestVersion());
            QSqlQuery check(current.connection());
            for (const Sample& sample : samples) {
                if (sample.version > from)
                    continue;
                QVERIFY2(check.exec(QString::fromLatin1(sample.check)) && check.next(),
                         sample.check);
                QCOMPARE(check.value(0), sample.expected);
            }
        }
    }

    void refusesADatabaseFromTheFuture()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/attune.sqlite");
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=999")));
        }
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        const QString mainName = db.connection().connectionName();
        QString otherName;
        int otherVersion = -1;
        std::thread worker([&] {
            otherName = db.connection().connectionName();
            otherVersion = db.schemaVersion();
        });
        worker.join();
        QVERIFY(mainName != otherName);
        QCOMPARE(otherVersion, Database::latestVersion());
    }

    // A read that fails says so in the log (which statement, why; never a bound value) instead
    // of handing the view an empty list as if there were nothing.
    void aFailedReadIsLoggedRatherThanSilentlyEmpty()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error, 0)); // no tables yet
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "^read failed: .+ in SELECT id, call_id")));
        QVERIFY(CallStore(db).recent(5).isEmpty());
    }

    void recorderWritesTheCallLifecycle()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        CallStore store(db);
        FakeClock clock(10);
        CallSession session(clock);
        StorageQueue queue(db);
        queue.start();
        CallRecorder recorder(session, store, clock, queue);

        CallStartedEvent start;
        start.callId = QStringLiteral("rec-1");
        start.source = QStringLiteral("test");
        start.caller.phone = QStringLiteral("+15550100");
        QVERIFY(session.ring(start));
        QVERIFY(session.answer(QString()));
        clock.advanceMs(42000);
        QVERIFY(session.end(QString()));
        CallStartedEvent missed;
        missed.callId = QStringLiteral("rec-2");
        missed.source = QStringLiteral("test");
        QVERIFY(session.ring(missed));
        QVERIFY(session.end(QString()));

        QTRY_COMPARE(store.count(), 2);
        QTRY_COMPARE(store.recent(10).value(0).outcome, QStringLiteral("missed"));
        const QList<StoredCall> calls = store.recent(10);
        QCOMPARE(calls.at(1).callId, QStringLiteral("rec-1"));
        QCOMPARE(calls.at(1).phone, QStringLiteral("+15550100"));
        QVERIFY(calls.at(1).answered);
        QCOMPARE(calls.at(1).talkMs, 42000);
        QCOMPARE(calls.at(1).outcome, QStringLiteral("completed"));
        QVERIFY(!calls.at(0).answered);
        QVERIFY(queue.drain(5000)); // before the recorder its jobs use goes
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
