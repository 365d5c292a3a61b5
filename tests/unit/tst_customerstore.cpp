// CustomerStore keeps prepared statements for imports. They used to belong to whichever thread
// used the store first: a second thread then ran them on the first thread's connection, outside
// its own transaction (waiting on its own lock, then failing), or on a connection already closed.
// The app uses the store on the storage thread only; nothing made other use safe. The team
// server's stores hold one connection, which belongs to the thread that opened it: asked from
// another thread they now refuse with a reason instead of running there.

#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/TeamCoachingStore.h"
#include "storage/TeamHistoryStore.h"

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

    // A SQLite connection stands in for the team server's: the refusal comes before any SQL.
    void theTeamStoresRefuseAnotherThreadWithAReason()
    {
        const QString name = QStringLiteral("team-stand-in");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            TeamHistoryStore history(db);
            TeamCoachingStore coaching(db);
            const QString callKey = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
            const QString wrongThread = QStringLiteral("wrong thread");

            // On its own thread the statement runs (and fails here, having no team tables).
            QString ownError;
            QVERIFY(history.teams(&ownError).isEmpty());
            QVERIFY(!ownError.isEmpty());
            QVERIFY2(!ownError.contains(wrongThread), qPrintable(ownError));

            QString teamsError, agentsError, pageError, detailError, weeksError, readError;
            bool supervisor = true;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                supervisor = history.isSupervisor(&teamsError);
                history.teams(&teamsError);
                history.agents(QString(), &agentsError);
                history.page({}, {}, nullptr, 10, &pageError);
                history.detail(callKey, &detailError);
                history.weeks(QDate(2026, 1, 5), QDate(2026, 2, 5), {}, &weeksError);
                coaching.read(callKey, QString(), &readError);
            }));
            thread->start();
            QVERIFY(thread->wait(60000));
            QVERIFY(!supervisor);
            for (const QString& error :
                 {teamsError, agentsError, pageError, detailError, weeksError, readError})
                QVERIFY2(error.contains(wrongThread), qPrintable(error));
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
