#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

using namespace attune;

namespace {

StorageQueue::Result run(Database& database, const QString& sql, QString* error)
{
    QSqlQuery query(database.connection());
    query.prepare(sql);
    return Database::runQuery(query, error) ? StorageQueue::Result::Done
                                            : StorageQueue::Result::Failed;
}

QList<int> valuesIn(const QSqlDatabase& db)
{
    QList<int> values;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT x FROM t ORDER BY rowid")))
        while (query.next())
            values << query.value(0).toInt();
    return values;
}

} // namespace

class TestStorageQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesRunInOrderOffTheCallingThread()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        StorageQueue queue(db);
        // Queued before the thread runs: kept, and run once it does.
        std::mutex mutex;
        std::vector<int> order;
        std::vector<QThread*> threads;
        for (int i = 0; i < 50; ++i)
            queue.write("test", [&, i](QString*) {
                std::lock_guard lock(mutex);
                order.push_back(i);
                threads.push_back(QThread::currentThread());
                return StorageQueue::Result::Done;
            });
        queue.start();
        QVERIFY(queue.drain(5000));
        QCOMPARE(int(order.size()), 50);
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(order[size_t(i)], i);
            QVERIFY(threads[size_t(i)] != QThread::currentThread());
            QCOMPARE(threads[size_t(i)], threads.front());
        }
    }

    void aWriteRefusedAsBusyIsRetriedUntilItCommitsAndNothingOvertakesIt()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery create(db.connection());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        StorageQueue queue(db);
        queue.start();
        {
            QSqlDatabase holder =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(db.filePath());
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

            const quint64 since = queue.nextSequence();
            queue.write("first", [&db](QString* error) {
                return run(db, QStringLiteral("INSERT INTO t VALUES (1)"), error);
            });
            queue.write("second", [&db](QString* error) {
                return run(db, QStringLiteral("INSERT INTO t VALUES (2)"), error);
            });
            int answers = 0;
            bool committed = false;
            queue.whenCommitted(since, this, [&](bool ok) {
                ++answers;
                committed = ok;
            });
            // Longer than one attempt's wait: both writes wait, none is dropped.
            QTest::qWait(3 * StorageQueue::kAttemptWaitMs + 200);
            QCOMPARE(answers, 0);
            QVERIFY(!queue.drain(0));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            QVERIFY(queue.drain(10000));
            QTRY_COMPARE(answers, 1);
            QVERIFY(committed);
            QCOMPARE(valuesIn(holder), (QList<int>{1, 2}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    }

    void aWriteThatFailsForGoodIsReportedToTheBarrierAfterIt()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        StorageQueue queue(db);
        queue.start();
        const quint64 before = queue.nextSequence();
        queue.write("broken", [&db](QString* error) {
            return run(db, QStringLiteral("INSERT INTO no_such_table VALUES (1)"), error);
        });
        std::optional<bool> first;
        queue.whenCommitted(before, this, [&](bool ok) { first = ok; });
        // A later request did not write the broken row: its barrier is clean.
        const quint64 after = queue.nextSequence();
        queue.write("fine", [](QString*) { return StorageQueue::Result::Done; });
        std::optional<bool> second;
        queue.whenCommitted(after, this, [&](bool ok) { second = ok; });
        QTRY_VERIFY(first.has_value() && second.has_value());
        QCOMPARE(*first, false);
        QCOMPARE(*second, true);
    }

    void aReadSeesEarlierWritesAndAnswersOnTheCallersThread()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        StorageQueue queue(db);
        queue.start();
        queue.write("create", [&db](QString* error) {
            return run(db, QStringLiteral("CREATE TABLE t (x INTEGER)"), error);
        });
        queue.write("insert", [&db](QString* error) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (7)"), error);
        });
        QList<int> read;
        QThread* deliveredOn = nullptr;
        queue.read<QList<int>>(
            "values", [&db] { return valuesIn(db.connection()); }, this,
            [&](QList<int> values) {
                read = values;
                deliveredOn = QThread::currentThread();
            });
        QTRY_COMPARE(read, QList<int>{7});
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    // At exit the storage thread closes its connection while the GUI thread frees the window.
    // Only when idle: a write queued then keeps it; a write that comes after the close opens it
    // again and commits.
    void closingWhenIdleReleasesTheConnectionAndALaterWriteStillCommits()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        const int before = QSqlDatabase::connectionNames().size();
        StorageQueue queue(db);
        queue.start();
        queue.write("create", [&db](QString* error) {
            return run(db, QStringLiteral("CREATE TABLE t (x INTEGER)"), error);
        });
        QVERIFY(queue.drain(5000));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1); // the storage thread's

        // Busy: a write runs when the close is asked for and another is queued behind it, so
        // the close finds the queue not empty and leaves the connection to them. A temporary
        // table lives as long as its connection: the next write still sees it.
        std::atomic<bool> release = false;
        queue.write("slow insert", [&db, &release](QString* error) {
            while (!release)
                QThread::msleep(5);
            return run(db, QStringLiteral("CREATE TEMP TABLE marker (x INTEGER)"), error) ==
                           StorageQueue::Result::Done
                       ? run(db, QStringLiteral("INSERT INTO t VALUES (1)"), error)
                       : StorageQueue::Result::Failed;
        });
        queue.closeConnectionWhenIdle();
        const auto markerCount = [&db] {
            QSqlQuery query(db.connection());
            query.exec(
                QStringLiteral("SELECT count(*) FROM temp.sqlite_master WHERE name = 'marker'"));
            return query.next() ? query.value(0).toInt() : -1;
        };
        int markersSeenByTheNextWrite = -1;
        queue.write("queued insert", [&](QString* error) {
            markersSeenByTheNextWrite = markerCount();
            return run(db, QStringLiteral("INSERT INTO t VALUES (2)"), error);
        });
        release = true;
        QVERIFY(queue.drain(5000));
        QCOMPARE(markersSeenByTheNextWrite, 1);

        // Idle: closed, and the temporary table went with the connection.
        queue.closeConnectionWhenIdle();
        QTRY_COMPARE(QSqlDatabase::connectionNames().size(), before);
        int markersAfterTheClose = -1;
        queue.write("look", [&](QString*) {
            markersAfterTheClose = markerCount();
            return StorageQueue::Result::Done;
        });
        QVERIFY(queue.drain(5000));
        QCOMPARE(markersAfterTheClose, 0);

        // A write after the close opens it again and commits, as does a read after it.
        queue.write("insert", [&db](QString* error) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (3)"), error);
        });
        QList<int> read;
        queue.read<QList<int>>(
            "values", [&db] { return valuesIn(db.connection()); }, this,
            [&](QList<int> values) { read = values; });
        QTRY_COMPARE(read, (QList<int>{1, 2, 3}));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
    }

    // readNow before the database is open is queued like read(); it used to queue a read of
    // the query and delivery it had already moved away (std::bad_function_call on the storage
    // thread, which ends the app). Once open, it runs ahead.
    void readNowBeforeAndAfterTheDatabaseOpensAnswers()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        StorageQueue queue(db);
        queue.start();
        int before = 0;
        queue.readNow<int>(
            "before open", [] { return 41; }, this, [&](int v) { before = v; });
        QTRY_COMPARE(before, 41);
        queue.write("open", [&db](QString* error) {
            return db.open(error) ? StorageQueue::Result::Done : StorageQueue::Result::Failed;
        });
        QVERIFY(queue.drain(5000));
        QVERIFY(db.isOpen());
        QThread* deliveredOn = nullptr;
        int after = 0;
        queue.readNow<int>(
            "after open", [] { return 42; }, this,
            [&](int v) {
                after = v;
                deliveredOn = QThread::currentThread();
            });
        QTRY_COMPARE(after, 42);
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void isBusyTellsSqliteLocksFromOtherErrors()
    {
        QVERIFY(StorageQueue::isBusy(QStringLiteral("database is locked Unable to fetch row")));
        QVERIFY(StorageQueue::isBusy(QStringLiteral("database table is locked")));
        QVERIFY(!StorageQueue::isBusy(QStringLiteral("no such table: calls")));
        QVERIFY(!StorageQueue::isBusy(QStringLiteral("database disk image is malformed")));
    }

    // A forwarded request's writes wait while it is applied, then commit with its record; with
    // no write there is nothing to record.
    void aRequestsWritesCommitWithItsRecord()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery create(db.connection());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        StorageQueue queue(db);
        queue.start();
        QVERIFY(!queue.endRequest("record", [&db](QString* e) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (99)"), e);
        }));
        queue.beginRequest();
        for (int x : {1, 2})
            queue.write("test", [&db, x](QString* e) {
                return run(db, QStringLiteral("INSERT INTO t VALUES (%1)").arg(x), e);
            });
        QTest::qWait(200);
        QSqlDatabase reader =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        reader.setDatabaseName(dir.path() + QStringLiteral("/attune.sqlite"));
        QVERIFY(reader.open());
        QCOMPARE(valuesIn(reader), QList<int>{});
        QVERIFY(queue.endRequest("record", [&db](QString* e) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (99)"), e);
        }));
        std::optional<bool> committed;
        queue.whenCommitted(1, this, [&](bool ok) { committed = ok; });
        QTRY_VERIFY(committed.has_value());
        QVERIFY(*committed);
        QCOMPARE(valuesIn(reader), (QList<int>{1, 2, 99}));
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    // A write of the request that fails for good: the writes run one by one as without a
    // request (the others commit, the failure is reported) and the request is not recorded, so
    // sent again it is applied again rather than answered with an outcome never saved.
    void aRequestWhoseWriteFailsIsNotRecorded()
    {
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery create(db.connection());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        StorageQueue queue(db);
        queue.start();
        const quint64 since = queue.nextSequence();
        queue.beginRequest();
        queue.write("good", [&db](QString* e) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (1)"), e);
        });
        queue.write("bad", [&db](QString* e) {
            return run(db, QStringLiteral("INSERT INTO missing VALUES (2)"), e);
        });
        QVERIFY(queue.endRequest("record", [&db](QString* e) {
            return run(db, QStringLiteral("INSERT INTO t VALUES (99)"), e);
        }));
        std::optional<bool> committed;
        queue.whenCommitted(since, this, [&](bool ok) { committed = ok; });
        QTRY_VERIFY(committed.has_value());
        QVERIFY(!*committed);
        QCOMPARE(valuesIn(db.connection()), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TestStorageQueue)
#include "tst_storagequeue.moc"
