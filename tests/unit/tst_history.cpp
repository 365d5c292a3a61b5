#include "HistorySeed.h"
#include "core/Clock.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryExport.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
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
    static inline const QString kPassphrase = QStringLiteral("correct horse battery staple");
    FakeClock m_clock;
    QString m_supervisorHash;
    std::unique_ptr<SupervisorGate> m_gate;
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
                "INSERT INTO calls (call_id, source, ringing_at, display_name, phone, answered,"
                " talk_ms, ended_at, outcome, arc_peak, arc_calmed) VALUES (?, 'test', ?, ?, ?, 1,"
                " ?, ?, 'completed', ?, ?)"));
            q.addBindValue(QStringLiteral("c%1").arg(i));
            q.addBindValue(timeOf(i).toString(Qt::ISODateWithMs));
            q.addBindValue(i == 10 ? QStringLiteral("100% Real_Name")
                                   : QStringLiteral("Customer %1").arg(i));
            q.addBindValue(QStringLiteral("+4477000%1").arg(i, 2, 10, QLatin1Char('0')));
            // Talk time falls as i rises, so sorting by it is not the time order.
            q.addBindValue(600000 - i * 1000);
            q.addBindValue(timeOf(i).addSecs(600).toString(Qt::ISODateWithMs));
            q.addBindValue(i % 3 == 0 ? 0.9 : 0.2);
            q.addBindValue(i % 3 == 0 ? 1 : 0);
            QVERIFY(q.exec());
            if (i % 2 == 0) {
                // Every fourth call's note is private; the others are shared.
                q.prepare(QStringLiteral(
                    "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers,"
                    " note, note_private, saved_at, score) VALUES (?, 'r', 1, ?, ?, ?, ?, ?)"));
                q.addBindValue(QStringLiteral("c%1").arg(i));
                q.addBindValue(QStringLiteral("{\"outcome\":\"%1\",\"stress_after\":\"%2\","
                                              "\"listened\":\"%3\"}")
                                   .arg(QLatin1String(outcomes[(i / 2) % 3]))
                                   .arg(1 + i % 5)
                                   .arg(i % 4 == 0 ? QLatin1String("yes") : QLatin1String("no")));
                q.addBindValue(i % 4 == 0 ? QStringLiteral("secret %1").arg(i)
                                          : QStringLiteral("shared %1").arg(i));
                q.addBindValue(i % 4 == 0 ? 1 : 0);
                q.addBindValue(timeOf(i).toString(Qt::ISODateWithMs));
                q.addBindValue(double(i)); // score = call number, for easy thresholds
                QVERIFY(q.exec());
            }
        }
        // A breathing exercise five minutes after call 20 ended, and one long after call 30.
        QVERIFY(q.exec(
            QStringLiteral(
                "INSERT INTO breathing_sessions (started_at, pattern_id, pattern_name, planned_ms,"
                " breathed_ms, outcome, stress_before, stress_after) VALUES ('%1', 'box', 'Box', "
                "60000,"
                " 60000, 'completed', 4, 2), ('%2', 'box', 'Box', 60000, 60000, 'completed', 5, 3)")
                .arg(timeOf(20).addSecs(900).toString(Qt::ISODateWithMs),
                     timeOf(30).addSecs(7200).toString(Qt::ISODateWithMs))));
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

    void everySortPagesThroughEveryRowInOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("expected");
        QTest::newRow("time, oldest first") << int(HistorySort::Time) << false << kCalls;
        QTest::newRow("talk time, longest first") << int(HistorySort::Duration) << true << kCalls;
        QTest::newRow("talk time, shortest first") << int(HistorySort::Duration) << false << kCalls;
        QTest::newRow("peak, highest first") << int(HistorySort::Peak) << true << kCalls;
        QTest::newRow("score, lowest first") << int(HistorySort::Score) << false << kCalls / 2;
        QTest::newRow("score, highest first") << int(HistorySort::Score) << true << kCalls / 2;
    }

    void everySortPagesThroughEveryRowInOrder()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(int, expected);
        HistoryStore store(*m_db);
        HistoryOrder order;
        order.by = HistorySort(sort);
        order.descending = descending;
        QList<HistoryRow> rows;
        QList<HistoryRow> page = store.page(HistoryFilter(), order, nullptr, 7);
        while (!page.isEmpty()) {
            rows += page;
            const HistoryRow last = page.last();
            page = store.page(HistoryFilter(), order, &last, 7);
        }
        QCOMPARE(rows.size(), expected);
        QSet<QString> seen;
        for (const HistoryRow& row : rows)
            seen.insert(row.callId);
        QCOMPARE(seen.size(), expected); // no row twice, none skipped at a page boundary
        const auto key = [&](const HistoryRow& row) -> double {
            switch (HistorySort(sort)) {
            case HistorySort::Duration:
                return double(row.talkMs);
            case HistorySort::Peak:
                return row.arcPeak.value_or(-1);
            case HistorySort::Score:
                return row.score.value_or(-1);
            case HistorySort::Time:
                break;
            }
            return double(row.at.toMSecsSinceEpoch());
        };
        for (int i = 1; i < rows.size(); ++i) {
            if (descending)
                QVERIFY(key(rows.at(i - 1)) >= key(rows.at(i)));
            else
                QVERIFY(key(rows.at(i - 1)) <= key(rows.at(i)));
        }
    }

    void aCallStillLiveIsNotListed()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO calls (call_id, source, ringing_at, display_name, answered)"
            " VALUES ('live', 'test', '2030-01-01T09:00:00.000Z', 'Still talking', 1)")));
        QVERIFY(!ids(all(HistoryFilter())).contains(QStringLiteral("live")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM calls WHERE call_id = 'live'")));
    }

    void searchFindsNamesAndNumbers()
    {
        HistoryFilter name;
        name.customerContains = QStringLiteral("ustomer 1"); // c1 and c11..c19 (c10 is renamed)
        QCOMPARE(all(name).size(), 10);
        HistoryFilter number;
        number.customerContains = QStringLiteral("7700012");
        QCOMPARE(ids(all(number)), QStringList{"c12"});
        HistoryFilter quoted;
        quoted.customerContains = QStringLiteral("\"Customer"); // FTS syntax is matched as text
        QCOMPARE(all(quoted).size(), 0);
        HistoryFilter shortText;
        shortText.customerContains = QStringLiteral("r 5"); // under three characters: LIKE
        QCOMPARE(ids(all(shortText)), (QStringList{"c59", "c58", "c57", "c56", "c55", "c54", "c53",
                                                   "c52", "c51", "c50", "c5"}));
    }

    // Both ways of answering a name search (from the match list, or walking the time index for a
    // common name) give exactly what a plain scan gives.
    void commonAndRareNamesGiveWhatAScanGives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seeded.sqlite"));
        QVERIFY(test::seedHistory(path, 4000, 60));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HistoryStore store(db);
        for (const QString& text : {QStringLiteral("Nguyen"), QStringLiteral("Maya Nguyen 1"),
                                    QStringLiteral("+4477009")}) {
            HistoryFilter filter;
            filter.customerContains = text;
            QStringList found;
            QList<HistoryRow> page = store.page(filter, nullptr, 500);
            while (!page.isEmpty()) {
                for (const HistoryRow& row : page)
                    found << row.callId;
                const HistoryRow last = page.last();
                page = store.page(filter, &last, 500);
            }
            QSqlQuery scan(db.connection());
            scan.prepare(
                QStringLiteral("SELECT call_id FROM calls WHERE instr(display_name, ?) > 0"
                               " OR instr(phone, ?) > 0 ORDER BY ringing_at DESC, id DESC"));
            scan.addBindValue(text);
            scan.addBindValue(text);
            QVERIFY(scan.exec());
            QStringList expected;
            while (scan.next())
                expected << scan.value(0).toString();
            QVERIFY2(!expected.isEmpty(), qPrintable(text));
            QCOMPARE(found, expected);
        }
    }

    void aSupervisorNeverReceivesAPrivateNote()
    {
        HistoryStore store(*m_db);
        const QList<HistoryRow> rows = all(HistoryFilter());
        const auto rowOf = [&](const QString& callId) {
            for (const HistoryRow& row : rows) {
                if (row.callId == callId)
                    return row.callRowId;
            }
            return qint64(0);
        };
        const auto agentView = store.detail(rowOf(QStringLiteral("c4")), HistoryViewer::Agent);
        QVERIFY(agentView);
        QCOMPARE(agentView->note, QStringLiteral("secret 4"));
        QVERIFY(agentView->notePrivate);
        const auto supervisorView =
            store.detail(rowOf(QStringLiteral("c4")), HistoryViewer::Supervisor);
        QVERIFY(supervisorView);
        QVERIFY(supervisorView->note.isEmpty());
        QVERIFY(supervisorView->noteWithheld);
        QVERIFY(!supervisorView->notePrivate);
        const auto shared = store.detail(rowOf(QStringLiteral("c6")), HistoryViewer::Supervisor);
        QCOMPARE(shared->note, QStringLiteral("shared 6"));
        QVERIFY(!shared->noteWithheld);

        // Neither export carries one.
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(HistoryExport::writeCsv(ExportPolicy::allowed(), store, HistoryFilter(),
                                         HistoryOrder(), csv, &error),
                 qint64(kCalls));
        QVERIFY(!csv.data().contains("secret"));
        QCOMPARE(csv.data().count('\n'), kCalls + 1);
        CoachingStore coaching(*m_db);
        const QString report =
            HistoryExport::reportHtml(ExportPolicy::allowed(), store, coaching, HistoryFilter(),
                                      HistoryOrder(), {}, QStringLiteral("R"), &error, kCalls);
        QVERIFY(!report.contains(QLatin1String("secret")));
        QVERIFY(report.contains(QLatin1String("shared 6")));
    }

    // A supervisor signed in where IT does not share wellbeing sees no stress rating: not in the
    // rows, the detail, the weeks or the CSV, and the "high stress" filter reveals nothing.
    void aSupervisorSeesStressOnlyWhereItIsShared()
    {
        HistoryStore store(*m_db);
        bool supervisorHidden = true;
        store.hideWellbeingWhile([&supervisorHidden] { return supervisorHidden; });
        HistoryFilter stressed;
        stressed.highStressOnly = true;
        QList<HistoryRow> rows = store.page(HistoryFilter(), nullptr, kCalls);
        QCOMPARE(rows.size(), kCalls);
        for (const HistoryRow& row : rows)
            QVERIFY(!row.stressBefore && !row.stressAfter);
        // Filtering on them lists every call, not the stressed ones.
        QCOMPARE(store.page(stressed, nullptr, kCalls).size(), kCalls);
        qint64 assessedRow = 0;
        for (const HistoryRow& row : rows)
            if (row.assessmentId > 0)
                assessedRow = row.callRowId;
        const auto detail = store.detail(assessedRow, HistoryViewer::Supervisor);
        QVERIFY(detail);
        QVERIFY(!detail->answers.contains(QStringLiteral("stress_after")));
        QVERIFY(!detail->row.stressAfter);
        // The agent's own view of the same call keeps them.
        QVERIFY(store.detail(assessedRow, HistoryViewer::Agent)
                    ->answers.contains(QStringLiteral("stress_after")));
        for (const HistoryWeek& week : store.weeks(QDate(2026, 9, 1), QDate(2026, 10, 30)))
            QVERIFY(!week.stressBeforeBreathing && !week.stressAfterBreathing);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(HistoryExport::writeCsv(ExportPolicy::allowed(), store, HistoryFilter(),
                                         HistoryOrder(), csv, &error),
                 qint64(kCalls));
        const QList<QByteArray> lines = csv.data().split('\n');
        const int stressColumn = int(lines.first().split(',').indexOf("stress_after"));
        QVERIFY(stressColumn > 0);
        for (const QByteArray& line : lines.mid(1))
            QVERIFY2(line.isEmpty() || line.split(',').value(stressColumn).isEmpty(),
                     line.constData());

        // Shared (or the agent's own view): all there again.
        supervisorHidden = false;
        QCOMPARE(store.page(stressed, nullptr, kCalls).size(), 12);
        bool anyStress = false;
        for (const HistoryRow& row : store.page(HistoryFilter(), nullptr, kCalls))
            anyStress = anyStress || row.stressAfter.has_value();
        QVERIFY(anyStress);
    }

    // The stored arc is read as untrusted text (a forged or damaged row): a time that is not a
    // whole number a qint64 holds, a negative one or a value that is no number drops that
    // point, not the call (a cast of 1e98 to qint64 was undefined behaviour).
    void aDamagedArcDropsItsBadPointsNotTheCall()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE calls SET arc_points = '[[1e98,0.5],[12.5,0.4],[-3,0.3],[1000,\"x\"],"
            "[2000,0.7],[3000],\"junk\",[9.3e18,0.2]]' WHERE call_id = 'c5'")));
        qint64 rowId = 0;
        for (const HistoryRow& row : all(HistoryFilter())) {
            if (row.callId == QLatin1String("c5"))
                rowId = row.callRowId;
        }
        HistoryStore store(*m_db);
        const auto detail = store.detail(rowId, HistoryViewer::Agent);
        QVERIFY(q.exec(QStringLiteral("UPDATE calls SET arc_points = NULL WHERE call_id = 'c5'")));
        QVERIFY(detail.has_value());
        QCOMPARE(detail->arcPoints.size(), 1);
        QCOMPARE(detail->arcPoints.first().first, qint64(2000));
        QCOMPARE(detail->arcPoints.first().second, 0.7);
    }

    void breathingAfterACallIsSeen()
    {
        const QList<HistoryRow> rows = all(HistoryFilter());
        for (const HistoryRow& row : rows) {
            // Call 20's exercise came 5 minutes after it ended; call 30's two hours after: too
            // late to belong to it.
            QCOMPARE(row.breathingTaken, row.callId == QLatin1String("c20"));
        }
    }

    void weeksCountWhatHappened()
    {
        HistoryStore store(*m_db);
        // 2026-09-01 is a Tuesday: its week starts on Monday 31 August.
        const QList<HistoryWeek> weeks = store.weeks(QDate(2026, 9, 1), QDate(2026, 10, 30));
        QCOMPARE(weeks.size(), 9);
        QCOMPARE(weeks.first().monday, QDate(2026, 8, 31));
        QCOMPARE(weeks.last().monday, QDate(2026, 10, 26));
        for (const HistoryWeek& week : weeks) {
            int hot = 0, assessed = 0, listened = 0;
            for (int i = 0; i < kCalls; ++i) {
                const QDate day = timeOf(i).date();
                if (day < week.monday || day > week.monday.addDays(6))
                    continue;
                hot += i % 3 == 0;
                if (i % 2 == 0) {
                    ++assessed;
                    listened += i % 4 == 0;
                }
            }
            QCOMPARE(week.hotCalls, hot);
            QCOMPARE(week.hotCallsCalmed, hot); // every hot call calmed in the data set
            QCOMPARE(week.assessed, assessed);
            if (assessed > 0)
                QCOMPARE(week.itemShare.value(QStringLiteral("listened")),
                         double(listened) / assessed);
        }
        // The exercise after call 20 (2026-09-21, a Monday) with taps 4 then 2.
        const HistoryWeek& withBreathing = weeks.at(3);
        QCOMPARE(withBreathing.monday, QDate(2026, 9, 21));
        QCOMPARE(withBreathing.breathingSessions, 1);
        QCOMPARE(withBreathing.stressBeforeBreathing.value_or(0), 4.0);
        QCOMPARE(withBreathing.stressAfterBreathing.value_or(0), 2.0);
    }

    // A supervisor signed in, whose records the store signs and checks.
    void protectBySupervisor(CoachingStore& coaching)
    {
        QString error;
        if (m_supervisorHash.isEmpty())
            m_supervisorHash = SupervisorPin::hash(kPassphrase, &error);
        m_gate = std::make_unique<SupervisorGate>(m_clock, m_supervisorHash);
        QCOMPARE(m_gate->signIn(kPassphrase), PinGuard::Outcome::Accepted);
        coaching.protect([this](const QByteArray& message) { return m_gate->sign(message); },
                         m_gate->recordPublicKey());
    }

    void coachingNotesKudosAndScores()
    {
        CoachingStore coaching(*m_db);
        protectBySupervisor(coaching);
        const QDateTime at(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        QString error;
        QCOMPARE(coaching.addNote(QStringLiteral("c8"), QStringLiteral("   "), at, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(coaching.addNote(QStringLiteral("no-such-call"), QStringLiteral("x"), at, &error),
                 0);
        QCOMPARE(coaching.addNote(QStringLiteral("c8"),
                                  QString(CoachingStore::kMaxNoteLength + 1, QLatin1Char('a')), at,
                                  &error),
                 0);
        QVERIFY(coaching.addNote(QStringLiteral("c8"), QStringLiteral("  Slow the opening.  "), at,
                                 &error) > 0);
        QCOMPARE(coaching.notes(QStringLiteral("c8")).size(), 1);
        QCOMPARE(coaching.notes(QStringLiteral("c8")).first().text,
                 QStringLiteral("Slow the opening."));

        QCOMPARE(
            coaching.giveKudos(QStringLiteral("c8"), QString(), QStringLiteral("x"), at, &error),
            0);
        const qint64 first = coaching.giveKudos(
            QStringLiteral("c8"), QStringLiteral("Acknowledged feelings"),
            QStringLiteral("great acknowledgement on the refund call"), at, &error);
        const qint64 second = coaching.giveKudos(
            QStringLiteral("c9"), QStringLiteral("Stayed calm"), QString(), at.addSecs(60), &error);
        QVERIFY(first > 0 && second > 0);
        QList<Kudos> pending = coaching.kudosToAnnounce();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().customer, QStringLiteral("Customer 8"));
        const QStringList lines = coaching.takeKudosToAnnounce(at.addSecs(120));
        QCOMPARE(lines, (QStringList{
                            "Acknowledged feelings: great acknowledgement on the refund call (the "
                            "call with Customer 8)",
                            "Stayed calm (the call with Customer 9)"}));
        QVERIFY(coaching.kudosToAnnounce().isEmpty()); // once only
        QVERIFY(coaching.takeKudosToAnnounce(at.addSecs(180)).isEmpty());
        QCOMPARE(coaching.kudos(QStringLiteral("c8")).size(), 1);

        // The supervisor's score sits beside the agent's, and a second one replaces the first.
        HistoryStore store(*m_db);
        HistoryRow c8;
        for (const HistoryRow& row : all(HistoryFilter())) {
            if (row.callId == QLatin1String("c8"))
                c8 = row;
        }
        QVERIFY(c8.assessmentId > 0);
        QCOMPARE(c8.kudos, 1);
        QCOMPARE(c8.coachingNotes, 1);
        QVERIFY(!c8.supervisorScore);
        QVERIFY(coaching.scoreAssessment(c8.assessmentId,
                                         {{QStringLiteral("listened"), QStringLiteral("yes")}},
                                         60.0, at, &error));
        QVERIFY(coaching.scoreAssessment(c8.assessmentId,
                                         {{QStringLiteral("listened"), QStringLiteral("partly")}},
                                         50.0, at, &error));
        QVERIFY(!coaching.scoreAssessment(987654, {}, 10.0, at, &error));
        QVERIFY(!error.isEmpty());
        const auto detail = store.detail(c8.callRowId, HistoryViewer::Supervisor);
        QCOMPARE(detail->row.supervisorScore.value_or(-1), 50.0);
        QCOMPARE(detail->row.score.value_or(-1), 8.0);
        QCOMPARE(detail->supervisorAnswers.value(QStringLiteral("listened")),
                 QStringLiteral("partly"));
    }

    // The model keeps a cursor per page and the rows of the last few pages only; a page it let go
    // comes back the same from its cursor.
    // Issue #14, defect 7: rows typed into the agent's own file (`insert into kudos ...`), or a
    // real signature copied onto other words, are never shown or announced as the supervisor's;
    // without a signed-in supervisor nothing is written.
    void handTypedSupervisorRecordsAreNotTheSupervisors()
    {
        CoachingStore coaching(*m_db);
        protectBySupervisor(coaching);
        const QDateTime at(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY(coaching.giveKudos(QStringLiteral("c10"), QStringLiteral("Real"), QString(), at,
                                   &error) > 0);
        QVERIFY(coaching.addNote(QStringLiteral("c10"), QStringLiteral("Real note"), at, &error) >
                0);
        QSqlQuery forge(m_db->connection());
        QVERIFY(forge.exec(
            QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at) VALUES"
                           " ('c10', 'Forged', 'from me to me', '2026-11-02T11:00:00.000Z')")));
        QVERIFY(forge.exec(
            QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at, signature)"
                           " SELECT call_id, 'Forged too', text, given_at, signature FROM kudos"
                           " WHERE behaviour = 'Real'")));
        QVERIFY(forge.exec(QStringLiteral(
            "INSERT INTO coaching_notes (call_id, text, written_at, signature)"
            " SELECT call_id, 'You are the best', written_at, signature FROM coaching_notes"
            " WHERE text = 'Real note'")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("without a valid signature")));
        QStringList behaviours;
        for (const Kudos& kudos : coaching.kudos(QStringLiteral("c10")))
            behaviours << kudos.behaviour;
        QCOMPARE(behaviours, QStringList{QStringLiteral("Real")});
        QCOMPARE(coaching.notes(QStringLiteral("c10")).size(), 1);
        const QStringList announced = coaching.takeKudosToAnnounce(at.addSecs(3600));
        QVERIFY2(announced.join(QLatin1Char('|')).contains(QLatin1String("Real")) &&
                     !announced.join(QLatin1Char('|')).contains(QLatin1String("Forged")),
                 qPrintable(announced.join(QLatin1Char('|'))));
        QVERIFY(coaching.unverifiedSeen() >= 3);

        // Signed out (or never signed in): nothing is written at all.
        m_gate->signOut();
        QCOMPARE(coaching.addNote(QStringLiteral("c10"), QStringLiteral("late"), at, &error), 0);
        QVERIFY2(error.contains(QLatin1String("signed-in supervisor")), qPrintable(error));
        CoachingStore unprotected(*m_db);
        QCOMPARE(unprotected.giveKudos(QStringLiteral("c10"), QStringLiteral("x"), QString(), at,
                                       &error),
                 0);
    }

    void theModelPagesAndForgets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seeded.sqlite"));
        const int calls = HistoryModel::kPageSize * (HistoryModel::kCachedPages + 3) + 17;
        QVERIFY(test::seedHistory(path, calls, 60));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HistoryStore store(db);
        HistoryModel model(store);
        model.setFilter(HistoryFilter());
        QVERIFY(model.isLoading()); // on the reader thread
        QTRY_COMPARE(model.rowCount(), HistoryModel::kPageSize);
        const QString newest = model.rowAt(0)->callId;
        QCOMPARE(newest, QStringLiteral("seed-%1").arg(calls));
        while (model.canFetchMore(QModelIndex())) {
            const int had = model.rowCount();
            model.fetchMore(QModelIndex());
            model.fetchMore(QModelIndex()); // asked twice while on its way: read once
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), std::min(calls, had + HistoryModel::kPageSize));
        }
        QCOMPARE(model.rowCount(), calls);
        QVERIFY(model.cachedPages() <= HistoryModel::kCachedPages);
        QCOMPARE(model.rowAt(calls - 1)->callId, QStringLiteral("seed-1"));
        // A page dropped from memory shows "…" while it is read again from its cursor.
        QVERIFY(!model.rowAt(0));
        QCOMPARE(model.data(model.index(0, HistoryModel::When)).toString(), QStringLiteral("…"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(model.rowAt(0));
        QCOMPARE(model.rowAt(0)->callId, newest);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!model.rowAt(HistoryModel::kPageSize));
        QTRY_VERIFY(model.rowAt(HistoryModel::kPageSize));
        QCOMPARE(model.rowAt(HistoryModel::kPageSize)->callId,
                 QStringLiteral("seed-%1").arg(calls - HistoryModel::kPageSize));
        QVERIFY(model.cachedPages() <= HistoryModel::kCachedPages);
        QCOMPARE(model.data(model.index(0, HistoryModel::Customer)).toString(),
                 model.rowAt(0)->customer);

        // A filter or a sort starts again from the first page.
        HistoryFilter hot;
        hot.hotOnly = true;
        model.setFilter(hot);
        QCOMPARE(model.rowCount(), 0); // the rows of the query before are gone at once
        QTRY_COMPARE(model.rowCount(), HistoryModel::kPageSize);
        QVERIFY(model.rowAt(0)->arcPeak.value_or(0) >= HistoryFilter::kHotPeak);
        model.sort(HistoryModel::SelfScore, Qt::AscendingOrder);
        QCOMPARE(model.order().by, HistorySort::Score);
        QTRY_VERIFY(!model.isLoading() && model.rowCount() > 1);
        QVERIFY(model.rowAt(0)->score.value_or(100) <= model.rowAt(1)->score.value_or(0));
        model.sort(HistoryModel::Customer, Qt::AscendingOrder); // not sortable: ignored
        QCOMPARE(model.order().by, HistorySort::Score);
    }

    // Qt's own checks of the model contract, through paging, filters, sorts and a refresh.
    // QAbstractItemModelTester fetches more itself while it hears a reset or an insertion, so the
    // resets run on a history of one page and the paging on a tester attached after the first.
    void theModelKeepsQtsModelContract()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.sqlite"));
        QVERIFY(test::seedHistory(small, HistoryModel::kPageSize / 2, 60));
        {
            Database db(small);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            HistoryStore store(db);
            HistoryModel model(store);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFilter(HistoryFilter());
            QTRY_COMPARE(model.rowCount(), HistoryModel::kPageSize / 2);
            // Each change waited for and not: answers to the queries before are dropped.
            for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
                model.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
                if (column % 3 == 0)
                    QTRY_VERIFY(!model.isLoading());
            }
            HistoryFilter hot;
            hot.hotOnly = true;
            model.setFilter(hot);
            QTRY_VERIFY(!model.isLoading());
            const int hotRows = model.rowCount();
            model.refresh();
            QCOMPARE(model.rowCount(), hotRows); // kept on show until the new rows come
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), hotRows);
            HistoryFilter none;
            none.customerContains = QStringLiteral("nobody-has-this-name");
            model.setFilter(none);
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), 0);
            QVERIFY(!model.canFetchMore(QModelIndex()));
        }
        const QString large = dir.filePath(QStringLiteral("large.sqlite"));
        const int calls = HistoryModel::kPageSize * 3 + 5;
        QVERIFY(test::seedHistory(large, calls, 60));
        Database db(large);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HistoryStore store(db);
        HistoryModel model(store);
        model.setFilter(HistoryFilter());
        QTRY_VERIFY(!model.isLoading());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
            QTRY_VERIFY(!model.isLoading());
        }
        QCOMPARE(model.rowCount(), calls);
        // A refresh replaces every row in one reset, under the tester's eyes.
        model.refresh();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), HistoryModel::kPageSize);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
