// A call during which the wall clock is set back (NTP correcting a fast clock, an agent changing
// it by hand): its length comes from the monotonic clock, and its end was the wall reading, so
// the stored call ended before it rang.

#include "core/CallSession.h"
#include "storage/CallRecorder.h"
#include "storage/CallStore.h"
#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestCallClockJump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aClockSetBackDuringACallNeverEndsItBeforeItRang_data()
    {
        QTest::addColumn<qint64>("jumpMs");
        QTest::addColumn<qint64>("endedAfterRingMs");
        // Set back an hour during a 42 s call: the end is the ring plus the call's length.
        QTest::newRow("back an hour") << qint64(-3600000) << qint64(44000);
        // Set back a second: still after the ring, and no earlier than its length allows.
        QTest::newRow("back a second") << qint64(-1000) << qint64(44000);
        // Set ahead: the wall reading is kept (the clock may have been slow until now).
        QTest::newRow("ahead a minute") << qint64(60000) << qint64(104000);
    }

    void aClockSetBackDuringACallNeverEndsItBeforeItRang()
    {
        QFETCH(qint64, jumpMs);
        QFETCH(qint64, endedAfterRingMs);
        QTemporaryDir dir;
        Database db(dir.path() + QStringLiteral("/attune.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        CallStore store(db);
        FakeClock clock(10);
        CallSession session(clock);
        StorageQueue queue(db);
        queue.start();
        CallRecorder recorder(session, store, clock, queue);

        CallStartedEvent start;
        start.callId = QStringLiteral("jump-1");
        start.source = QStringLiteral("test");
        QVERIFY(session.ring(start));
        clock.advanceMs(2000);
        QVERIFY(session.answer(QString()));
        clock.advanceMs(20000);
        clock.jumpWallMs(jumpMs);
        clock.advanceMs(22000);
        QVERIFY(session.end(QString()));
        QVERIFY(queue.drain(5000));

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT ringing_at, ended_at, talk_ms FROM calls WHERE call_id = 'jump-1'")));
        QVERIFY(query.next());
        const QDateTime rang = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        const QDateTime ended = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        QVERIFY(rang.isValid() && ended.isValid());
        QCOMPARE(rang.msecsTo(ended), endedAfterRingMs);
        QCOMPARE(query.value(2).toLongLong(), 42000);
    }
};

QTEST_GUILESS_MAIN(TestCallClockJump)
#include "tst_callclockjump.moc"
