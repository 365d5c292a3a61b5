// CustomerStore keeps prepared statements for imports. They used to belong to whichever thread
// used the store first: a second thread then ran them on the first thread's connection, outside
// its own transaction (waiting on its own lock, then failing), or on a connection already closed.
// The app uses the store on the storage thread only; nothing made other use safe.

#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace attune;

class TestCustomerStore : public QObject
{
    Q_OBJECT

private:
    static CustomerProfile profile(const QString& id)
    {
        CustomerProfile p;
        p.customerId = id;
        p.fullName = QStringLiteral("Customer %1").arg(id);
        return p;
    }

    // Runs `work` on a thread of its own, which closes its connection before it ends.
    static void onAnotherThread(Database& database, const std::function<void()>& work)
    {
        std::unique_ptr<QThread> thread(QThread::create([&] {
            work();
            database.releaseThreadConnection();
        }));
        thread->start();
        QVERIFY(thread->wait(60000));
    }

private Q_SLOTS:
    // The second thread writes inside a transaction of its own connection: its writes must go
    // through that connection (they did through the first thread's, which waited on the second's
    // lock and failed).
    void aSecondThreadWritesThroughItsOwnConnection()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune.sqlite")));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        CustomerStore store(database);
        QVERIFY2(store.upsert(profile(QStringLiteral("c-main")), &error), qPrintable(error));
        QVERIFY(store.exists(QStringLiteral("c-main")));

        bool written = false;
        bool seen = false;
        bool committed = false;
        QString threadError;
        onAnotherThread(database, [&] {
            QSqlQuery transaction(database.connection());
            if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return;
            written = store.upsert(profile(QStringLiteral("c-worker")), &threadError);
            seen = store.exists(QStringLiteral("c-worker"));
            committed = transaction.exec(QStringLiteral("COMMIT"));
        });
        QVERIFY2(written, qPrintable(threadError));
        QVERIFY(seen);
        QVERIFY(committed);
        QVERIFY(store.byId(QStringLiteral("c-worker")).has_value());
        // And the first thread's own statements still work.
        QVERIFY2(store.upsert(profile(QStringLiteral("c-main-2")), &error), qPrintable(error));
        QCOMPARE(store.count(), 3);
    }

    // The first user was a thread that has ended and closed its connection: the store goes on
    // working on the thread that uses it now.
    void theFirstThreadEndingLeavesTheStoreWorking()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune.sqlite")));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        CustomerStore store(database);
        bool written = false;
        onAnotherThread(database, [&] {
            written = store.upsert(profile(QStringLiteral("c-gone")), nullptr) &&
                      store.exists(QStringLiteral("c-gone"));
        });
        QVERIFY(written);
        QVERIFY2(store.upsert(profile(QStringLiteral("c-here")), &error), qPrintable(error));
        QVERIFY(store.exists(QStringLiteral("c-here")));
        QCOMPARE(store.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
