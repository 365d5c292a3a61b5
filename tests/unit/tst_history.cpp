#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The history's SQL against a known data set: 60 calls a day apart, newest last, with every
// third one hot, every second one assessed, and outcomes, scores and stress known per call.
class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr int kCalls = 60;

    static QDateTime timeOf(int i)
    {
        return QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC).addDays(i);
    }

    QStringList ids(const QList<HistoryRow>& rows) const
    {
        QStringList list;
        for (const HistoryRow& row : rows)
            list << row.callId;
        return list;
    }

    QList<HistoryRow> all(const HistoryFilter& filter, int pageSize = 7) const
    {
        HistoryStore store(*m_db);
        QList<HistoryRow> rows;
        QList<HistoryRow> page = store.page(filter, nullptr, pageSize);
        while (!page.isEmpty()) {
            rows += page;
            const HistoryRow last = page.last();
            page = store.page(filter, &last, pageSize);
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QSqlQuery q(m_db->connection());
        static const char* const outcomes[] = {"resolved", "follow_up", "escalated"};
        for (int i = 0; i < kCalls; ++i) {
            q.prepare(QStringLiteral(
                "INSERT INTO calls (call_id, source, ringing_at, display_name, answered,"
                " talk_ms, outcome, arc_peak, arc_calmed) VALUES (?, 'test', ?, ?, 1, ?,"
                " 'completed', ?, ?)"));
            q.addBindValue(QStringLiteral("c%1").arg(i));
            q.addBindValue(timeOf(i).toString(Qt::ISODateWithMs));
            q.addBindValue(i == 10 ? QStringLiteral("100% Real_Name")
                                   : QStringLiteral("Customer %1").arg(i));
            q.addBindValue(60000 + i);
            q.addBindValue(i % 3 == 0 ? 0.9 : 0.2);
            q.addBindValue(i % 3 == 0 ? 1 : 0);
            QVERIFY(q.exec());
            if (i % 2 == 0) {
                q.prepare(QStringLiteral(
                    "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers,"
                    " note, note_private, saved_at, score) VALUES (?, 'r', 1, ?, 'secret', 1,"
                    " ?, ?)"));
                q.addBindValue(QStringLiteral("c%1").arg(i));
                q.addBindValue(QStringLiteral("{\"outcome\":\"%1\",\"stress_after\":\"%2\"}")
                                   .arg(QLatin1String(outcomes[(i / 2) % 3]))
                                   .arg(1 + i % 5));
                q.addBindValue(timeOf(i).toString(Qt::ISODateWithMs));
                q.addBindValue(double(i)); // score = call number, for easy thresholds
                QVERIFY(q.exec());
            }
        }
    }

    void pagesCoverEveryCallOnceNewestFirst()
    {
        const QList<HistoryRow> rows = all(HistoryFilter());
        QCOMPARE(rows.size(), kCalls);
        QCOMPARE(rows.first().callId, QStringLiteral("c59"));
        QCOMPARE(rows.last().callId, QStringLiteral("c0"));
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).at > rows.at(i).at);
        QVERIFY(rows.at(1).callId == QStringLiteral("c58") && rows.at(1).assessmentId > 0);
        QVERIFY(rows.first().assessmentId == 0);
    }

    void filtersAreExact()
    {
        HistoryFilter hot;
        hot.hotOnly = true;
        QCOMPARE(all(hot).size(), kCalls / 3);
        HistoryFilter stressed;
        stressed.highStressOnly = true; // assessed (even i) with 1 + i % 5 >= 4
        for (const HistoryRow& row : all(stressed))
            QVERIFY(row.stressAfter.value_or(0) >= 4);
        QCOMPARE(all(stressed).size(), 12);
        HistoryFilter low;
        low.scoreBelow = 10.0;
        QCOMPARE(ids(all(low)), (QStringList{"c8", "c6", "c4", "c2", "c0"}));
        HistoryFilter escalated;
        escalated.outcome = QStringLiteral("escalated");
        for (const HistoryRow& row : all(escalated))
            QCOMPARE(row.outcome, QStringLiteral("escalated"));
        QCOMPARE(all(escalated).size(), 10);
        HistoryFilter range;
        range.from = timeOf(10).date();
        range.to = timeOf(12).date();
        QCOMPARE(ids(all(range)), (QStringList{"c12", "c11", "c10"}));
        HistoryFilter name;
        name.customerContains = QStringLiteral("100%"); // a literal %, not a wildcard
        QCOMPARE(ids(all(name)), QStringList{"c10"});
        name.customerContains = QStringLiteral("Rea_"); // a literal _, too: "Real" does not match
        QCOMPARE(all(name).size(), 0);
        HistoryFilter combined;
        combined.hotOnly = true;
        combined.scoreBelow = 30.0; // hot (i % 3 == 0) and assessed (even) and i < 30
        QCOMPARE(ids(all(combined)), (QStringList{"c24", "c18", "c12", "c6", "c0"}));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
