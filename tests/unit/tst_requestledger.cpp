#include "storage/Database.h"
#include "storage/RequestLedger.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace attune;

// The ledger of applied requests (migration 14): a request sent again is answered from here
// instead of being applied twice, for a week and for the newest kKeepNewest records, whatever the
// wall clock does in between.
class TestRequestLedger : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kDay = 24 * 3600;
    static constexpr qint64 kMonday = 1796720400; // 2026-12-07 09:00 UTC

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    bool record(const QString& id, qint64 at, const QString& command = QStringLiteral("call.start"))
    {
        QString error;
        const bool recorded = RequestLedger::record(
            *m_db, id, command, QJsonObject{{QStringLiteral("ok"), id}}, at, &error);
        if (!recorded)
            qWarning("record %s: %s", qPrintable(id), qPrintable(error));
        return recorded;
    }

    bool known(const QString& id) { return RequestLedger::find(*m_db, id).found; }

    qint64 rows()
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM applied_requests")) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // `count` records "bulk-0" … at `at`, in one transaction (10,000 separate commits would
    // take the test minutes on a slow disk, and the ledger's rule does not depend on them).
    void recordMany(int count, qint64 at)
    {
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        for (int i = 0; i < count; ++i)
            QVERIFY(record(QStringLiteral("bulk-%1").arg(i), at));
        QVERIFY(db.commit());
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void aRecordedRequestIsFoundWithItsCommandAndAnswer()
    {
        QVERIFY(record(QStringLiteral("r-1"), kMonday, QStringLiteral("assessment.save")));
        const RequestLedger::Known found = RequestLedger::find(*m_db, QStringLiteral("r-1"));
        QVERIFY(found.found);
        QCOMPARE(found.command, QStringLiteral("assessment.save"));
        QCOMPARE(found.answer.value(QStringLiteral("ok")).toString(), QStringLiteral("r-1"));
        QVERIFY(!known(QStringLiteral("r-2")));
        QVERIFY(!known(QString()));
    }

    // The id is the primary key: a second record of it fails, and so does the request's
    // transaction it belongs to, instead of keeping two answers for one id.
    void anIdIsRecordedOnce()
    {
        QVERIFY(record(QStringLiteral("r-1"), kMonday));
        QString error;
        QVERIFY(!RequestLedger::record(*m_db, QStringLiteral("r-1"), QStringLiteral("call.end"), {},
                                       kMonday + 1, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(RequestLedger::find(*m_db, QStringLiteral("r-1")).command,
                 QStringLiteral("call.start"));
        QCOMPARE(rows(), 1);
    }

    // Empty and oversized ids are refused by the table itself, whoever sends them.
    void anEmptyOrHugeIdIsRefused()
    {
        QString error;
        QVERIFY(!RequestLedger::record(*m_db, QString(), QStringLiteral("call.start"), {}, kMonday,
                                       &error));
        QVERIFY(!RequestLedger::record(*m_db, QString(257, QLatin1Char('x')),
                                       QStringLiteral("call.start"), {}, kMonday, &error));
        QVERIFY(record(QString(256, QLatin1Char('x')), kMonday));
        QCOMPARE(rows(), 1);
    }

    // The steady case: a record more than a week old goes once kKeepNewest newer ones follow it,
    // and only then.
    void aWeekOldIdGoesOnceEnoughNewerOnesFollow()
    {
        recordMany(int(RequestLedger::kKeepNewest) + 1, kMonday);
        QCOMPARE(rows(), RequestLedger::kKeepNewest + 1);
        // A day later nothing is old enough.
        QVERIFY(record(QStringLiteral("tuesday"), kMonday + kDay));
        QVERIFY(known(QStringLiteral("bulk-0")));
        // Eight days later the oldest two are both old and beyond the newest kKeepNewest.
        QVERIFY(record(QStringLiteral("next week"), kMonday + 8 * kDay));
        QVERIFY(!known(QStringLiteral("bulk-0")));
        QVERIFY(!known(QStringLiteral("bulk-1")));
        QVERIFY(known(QStringLiteral("bulk-2")));
        QVERIFY(known(QStringLiteral("tuesday")));
        QCOMPARE(rows(), RequestLedger::kKeepNewest + 1);
    }

    // A clock put forward by a month between a request and its re-send: before, the record in
    // between forgot the first id, and the re-send was applied a second time.
    void aClockSetForwardForgetsNoRecentId()
    {
        QVERIFY(record(QStringLiteral("before the jump"), kMonday));
        QVERIFY(record(QStringLiteral("after the jump"), kMonday + 30 * kDay));
        QVERIFY(known(QStringLiteral("before the jump")));
        QVERIFY(record(QStringLiteral("a year on"), kMonday + 365 * kDay));
        QVERIFY(known(QStringLiteral("before the jump")));
        QCOMPARE(rows(), 3);
    }

    // A clock put back: the records from "the future" stay, and so do the ones after them.
    void aClockSetBackForgetsNothing()
    {
        QVERIFY(record(QStringLiteral("r-1"), kMonday));
        QVERIFY(record(QStringLiteral("r-2"), kMonday - 30 * kDay));
        QVERIFY(record(QStringLiteral("r-3"), kMonday + kDay));
        QVERIFY(known(QStringLiteral("r-1")));
        QVERIFY(known(QStringLiteral("r-2")));
        QVERIFY(known(QStringLiteral("r-3")));
    }

    // However far the clock jumps, what is older than a week is at most the newest kKeepNewest
    // before the one being recorded: a flood of requests cannot grow the table without bound.
    void aFloodAfterAJumpStaysBounded()
    {
        recordMany(int(RequestLedger::kKeepNewest), kMonday);
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        for (int i = 0; i < 50; ++i)
            QVERIFY(record(QStringLiteral("later-%1").arg(i), kMonday + 60 * kDay));
        QVERIFY(db.commit());
        QCOMPARE(rows(), RequestLedger::kKeepNewest + 1);
        QVERIFY(!known(QStringLiteral("bulk-48")));
        QVERIFY(known(QStringLiteral("bulk-49")));
        QVERIFY(known(QStringLiteral("later-0")));
        QVERIFY(known(QStringLiteral("later-49")));
    }
};

QTEST_GUILESS_MAIN(TestRequestLedger)
#include "tst_requestledger.moc"
