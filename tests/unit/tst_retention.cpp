#include "core/Clock.h"
#include "storage/DataRetention.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// privacy/retentionDays: what is older than the period goes, all of it in one transaction, at
// start and then daily; what is younger, and what is not call history, stays.
class TestRetention : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock{1000}; // wall time 2026-01-05 09:00 UTC

    static QString at(const QDateTime& when) { return when.toUTC().toString(Qt::ISODateWithMs); }

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_db->connection());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant& value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1String(": ") + sql));
    }

    int count(const QString& table)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // One row in every table that holds call history, written `daysAgo` days ago.
    void addHistory(const QString& tag, int daysAgo)
    {
        const QString when = at(m_clock.wallNow().addDays(-daysAgo));
        exec(QStringLiteral("INSERT INTO calls (call_id, source, ringing_at) VALUES (?, 'cli', ?)"),
             {tag, when});
        exec(QStringLiteral("INSERT INTO assessments (call_id, rubric_id, rubric_version, answers,"
                            " saved_at) VALUES (?, 'r', 1, '{}', ?)"),
             {tag, when});
        exec(QStringLiteral("INSERT INTO assessment_drafts (call_id, rubric_id, rubric_version,"
                            " answers, updated_at) VALUES (?, 'r', 1, '{}', ?)"),
             {tag, when});
        exec(QStringLiteral("INSERT INTO breathing_sessions (started_at, pattern_id, pattern_name,"
                            " planned_ms, breathed_ms, outcome) VALUES (?, 'box', 'Box', 60000,"
                            " 60000, 'completed')"),
             {when});
        exec(QStringLiteral("INSERT INTO customer_notes (customer_id, written_at, call_id, text)"
                            " VALUES ('C-1', ?, ?, 'prefers email')"),
             {when, tag});
        exec(QStringLiteral(
                 "INSERT INTO coaching_notes (call_id, text, written_at) VALUES (?, 'x', ?)"),
             {tag, when});
        // Kudos given today about this call: it still goes when the call goes.
        exec(QStringLiteral(
                 "INSERT INTO kudos (call_id, behaviour, given_at) VALUES (?, 'calm', ?)"),
             {tag, at(m_clock.wallNow())});
        exec(QStringLiteral("INSERT INTO supervisor_scores (assessment_id, answers, scored_at)"
                            " SELECT id, '{}', ? FROM assessments WHERE call_id = ?"),
             {when, tag});
    }

    int historyRows()
    {
        return count(QStringLiteral("calls")) + count(QStringLiteral("assessments")) +
               count(QStringLiteral("assessment_drafts")) +
               count(QStringLiteral("breathing_sessions")) +
               count(QStringLiteral("customer_notes")) + count(QStringLiteral("coaching_notes")) +
               count(QStringLiteral("kudos")) + count(QStringLiteral("supervisor_scores"));
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        exec(QStringLiteral("INSERT INTO customers (customer_id, full_name, updated_at)"
                            " VALUES ('C-1', 'Elena Marsh', '2020-01-01T00:00:00.000Z')"));
        exec(QStringLiteral("INSERT INTO personal_phrases (text, technique, cues, moments,"
                            " created_at) VALUES ('I hear you', 'acknowledge', '', '',"
                            " '2020-01-01T00:00:00.000Z')"));
    }

    void cleanup() { m_db.reset(); }

    void onlyWhatIsOlderThanThePeriodGoes()
    {
        addHistory(QStringLiteral("old"), 100);
        addHistory(QStringLiteral("recent"), 10);
        addHistory(QStringLiteral("today"), 0);
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        DataRetention::Purged purged;
        QString error;
        QVERIFY2(retention.purgeNow(&purged, &error), qPrintable(error));
        QCOMPARE(purged.calls, 1);
        QCOMPARE(purged.assessments, 1);
        QCOMPARE(purged.drafts, 1);
        QCOMPARE(purged.breathingSessions, 1);
        QCOMPARE(purged.notes, 1);
        QCOMPARE(purged.coachingNotes, 1);
        QCOMPARE(purged.kudos, 1);
        QCOMPARE(count(QStringLiteral("supervisor_scores")), 2); // with their assessments
        QCOMPARE(historyRows(), 16);
        QSqlQuery left(m_db->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT call_id FROM calls ORDER BY call_id")));
        QStringList ids;
        while (left.next())
            ids << left.value(0).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("recent"), QStringLiteral("today")}));
        // Not call history: the CRM's profiles and the agent's own phrases stay.
        QCOMPARE(count(QStringLiteral("customers")), 1);
        QCOMPARE(count(QStringLiteral("personal_phrases")), 1);
        // A second run finds nothing more.
        QVERIFY(retention.purgeNow(&purged));
        QCOMPARE(purged.total(), 0);
    }

    void zeroKeepsEverything()
    {
        addHistory(QStringLiteral("ancient"), 5000);
        DataRetention retention(*m_db, m_clock, [] { return 0; });
        DataRetention::Purged purged;
        QVERIFY(retention.purgeNow(&purged));
        QCOMPARE(purged.total(), 0);
        QCOMPARE(historyRows(), 8);
    }

    // A purge that fails half-way (here a trigger refuses the breathing table, after the calls
    // were already deleted) leaves every row where it was.
    void aFailedPurgeChangesNothing()
    {
        addHistory(QStringLiteral("old"), 100);
        addHistory(QStringLiteral("recent"), 5); // so the purge is a plausible share

        exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON breathing_sessions"
                            " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"));
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused by test")));
        QVERIFY(!retention.purgeNow(nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("refused by test")), qPrintable(error));
        QCOMPARE(historyRows(), 16);
        exec(QStringLiteral("DROP TRIGGER refuse"));
        QVERIFY(retention.purgeNow());
        QCOMPARE(historyRows(), 8);
    }

    // At start, then on the timer (daily in the app), reading the period in force each time.
    void purgesAtStartAndThenOnTheTimer()
    {
        int days = 30;
        addHistory(QStringLiteral("old"), 100);
        addHistory(QStringLiteral("recent"), 1);
        DataRetention retention(*m_db, m_clock, [&days] { return days; });
        retention.start(50);
        QCOMPARE(historyRows(), 8);
        QCOMPARE(retention.lastRun(), m_clock.wallNow());
        addHistory(QStringLiteral("later"), 20);
        days = 7; // IT shortened the period while Attune ran
        QTRY_COMPARE(historyRows(), 8);
    }

    // Issue #14, defect 3: a clock behind the newest record is not trusted; nothing goes.
    void aClockBehindTheNewestRecordIsRefused()
    {
        addHistory(QStringLiteral("old"), 100);
        addHistory(QStringLiteral("recent"), 1);
        addHistory(QStringLiteral("future"), -3); // written while the clock was 3 days ahead
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("behind the newest record")));
        QVERIFY(retention.purgeNow());
        QCOMPARE(retention.lastDecision(), DataRetention::Decision::Refused);
        QCOMPARE(historyRows(), 24);
    }

    // A purge of most of the history is held until the clock has agreed with itself for
    // kConfirmMs; a clock that goes back in between starts the wait again.
    void mostOfTheHistoryGoesOnlyOnceTheClockHasAgreed()
    {
        addHistory(QStringLiteral("old-1"), 100);
        addHistory(QStringLiteral("old-2"), 90);
        addHistory(QStringLiteral("recent"), 1);
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        const QRegularExpression held(
            QStringLiteral("retention purge held: it would delete 12 of"));
        QTest::ignoreMessage(QtWarningMsg, held);
        QVERIFY(retention.purgeNow());
        QCOMPARE(retention.lastDecision(), DataRetention::Decision::Held);
        QCOMPARE(historyRows(), 24);

        // A restart an hour later with the same story: still held (the hold is in the file).
        m_clock.advanceMs(60 * 60 * 1000);
        DataRetention restarted(*m_db, m_clock, [] { return 30; });
        QTest::ignoreMessage(QtWarningMsg, held);
        QVERIFY(restarted.purgeNow());
        QCOMPARE(historyRows(), 24);

        // The daily run, a day later by a clock that never went back: it was right after all.
        m_clock.advanceMs(DataRetention::kConfirmMs);
        QVERIFY(restarted.purgeNow());
        QCOMPARE(restarted.lastDecision(), DataRetention::Decision::Purged);
        QCOMPARE(count(QStringLiteral("calls")), 1);
    }

    // A hold begun with the right clock, then a start with the clock a year ahead: by the wall
    // clock the hold had "agreed" for a year, and that one start deleted the whole history. Now
    // it deletes what was held and nothing newer; the rest waits for a clock that agrees again.
    void aHoldIsNotConfirmedByAClockThatJumpedAhead()
    {
        addHistory(QStringLiteral("old-1"), 100);
        addHistory(QStringLiteral("old-2"), 90);
        addHistory(QStringLiteral("recent"), 1);
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("retention purge held")));
        QVERIFY(retention.purgeNow());
        QCOMPARE(retention.lastDecision(), DataRetention::Decision::Held);

        m_clock.advanceMs(qint64(365) * DataRetention::kDailyMs);
        DataRetention jumped(*m_db, m_clock, [] { return 30; });
        QVERIFY(jumped.purgeNow());
        QCOMPARE(jumped.lastDecision(), DataRetention::Decision::Purged);
        QSqlQuery left(m_db->connection());
        QVERIFY(left.exec(QStringLiteral("SELECT call_id FROM calls")));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toString(), QStringLiteral("recent"));
        QCOMPARE(historyRows(), 8); // the recent call's rows, each table one

        // The next purge by the same wrong clock would take the recent call: held again.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("retention purge held")));
        QVERIFY(jumped.purgeNow());
        QCOMPARE(jumped.lastDecision(), DataRetention::Decision::Held);
        QCOMPARE(count(QStringLiteral("calls")), 1);
    }

    // Too long since the last purge (the clock jumped, or Attune was not run for months): held.
    void aLongGapSinceTheLastPurgeIsHeld()
    {
        for (int i = 0; i < 10; ++i)
            addHistory(QStringLiteral("r%1").arg(i), i);
        DataRetention retention(*m_db, m_clock, [] { return 30; });
        QVERIFY(retention.purgeNow());
        QCOMPARE(retention.lastDecision(), DataRetention::Decision::Purged);
        m_clock.advanceMs(qint64(40) * DataRetention::kDailyMs);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("40 days after the last purge")));
        QVERIFY(retention.purgeNow());
        QCOMPARE(retention.lastDecision(), DataRetention::Decision::Held);
        QCOMPARE(count(QStringLiteral("calls")), 10);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
