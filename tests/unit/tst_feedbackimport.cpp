// `attune import feedback`: post-call surveys beside the agent's calls (issue #19). What a good
// file does: the calls found by id, by customer and time, and by number; the score scale; the
// comment read by the cue reader; the same file imported twice applying once; the history's
// column, filter, detail and weekly figures; retention taking the survey with its call.

#include "FeedbackFixture.h"
#include "storage/DataRetention.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>

using namespace attune;

class TestFeedbackImport : public QObject
{
    Q_OBJECT

private:
    test::FeedbackFixture f;

    static QByteArray goodCsv()
    {
        return "\xEF\xBB\xBF"
               "call_id,survey_id,customer_id,phone,call_time,csat,nps,comment,language\r\n"
               "call-1,S-1,,,,5,10,\"Lovely, she sorted it at once. Thank you!\",en\r\n"
               "call-2,S-2,,,,1,,\"I am furious. Third time I call and still nothing is "
               "fixed!\",\r\n"
               ",S-3,C-2,,2026-12-01T11:03:00Z,,9,,\r\n";
    }

private Q_SLOTS:
    void init() { QVERIFY(f.open()); }

    void aGoodFileLandsWithScoresAndTheCommentRead()
    {
        FeedbackImport::Result result;
        const QString error = f.import(QStringLiteral("s.csv"), goodCsv(), &result);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.created, 3);
        QCOMPARE(result.unchanged, 0);
        QCOMPARE(result.upset, 1);
        QSqlQuery query(f.db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT call_id, csat, nps, score, upset, comment_cue,"
                                          " comment_language FROM customer_feedback"
                                          " ORDER BY call_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("call-1"));
        QCOMPARE(query.value(3).toDouble(), 100.0); // CSAT 5 wins over NPS
        QCOMPARE(query.value(4).toInt(), 0);
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("call-2"));
        QCOMPARE(query.value(1).toInt(), 1);
        QVERIFY(query.value(2).isNull());
        QCOMPARE(query.value(3).toDouble(), 0.0);
        QCOMPARE(query.value(4).toInt(), 1);
        QCOMPARE(query.value(5).toString(), QStringLiteral("frustration"));
        QCOMPARE(query.value(6).toString(), QStringLiteral("en"));
        // Found by the customer and a time three minutes into the call.
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("call-3"));
        QCOMPARE(query.value(3).toDouble(), 90.0);
        QCOMPARE(query.value(4).toInt(), 0);
    }

    void theCommentIsReadInItsLanguage()
    {
        // No language column: María's profile says Spanish; a comment without either is detected.
        const QByteArray csv = "customer_id,call_time,nps,comment\n"
                               "C-2,2026-12-01 11:01,3,\"Estoy muy enfadada, nadie me ayuda y "
                               "llevo semanas esperando.\"\n";
        QCOMPARE(f.import(QStringLiteral("es.csv"), csv), QString());
        QSqlQuery query(f.db->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT comment_language, upset FROM customer_feedback")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("es"));
        QCOMPARE(query.value(1).toInt(), 1);

        const QByteArray json = R"([{"call_id": "call-1", "csat": 2,
            "comment": "Ich bin wirklich verärgert, niemand hat mir geholfen."}])";
        QCOMPARE(f.import(QStringLiteral("de.json"), json), QString());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT comment_language FROM customer_feedback WHERE call_id = 'call-1'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("de"));
    }

    void aCommentSentAgainReadsTheSameInEachLanguage()
    {
        // Each distinct comment is read once per language asked for: a repeat must carry the
        // same reading, and the same words under another language must be read again.
        const QByteArray csv =
            "call_id,survey_id,csat,comment,language\n"
            "call-1,a,4,\"Estoy muy enfadada, nadie me ayuda y llevo semanas esperando.\",es\n"
            "call-2,b,4,\"Estoy muy enfadada, nadie me ayuda y llevo semanas esperando.\",es\n"
            "call-3,c,4,\"Estoy muy enfadada, nadie me ayuda y llevo semanas esperando.\",de\n"
            "call-3,d,4,\"Thank you, all sorted.\",en\n"
            "call-1,e,4,\"Thank you, all sorted.\",en\n";
        FeedbackImport::Result result;
        QCOMPARE(f.import(QStringLiteral("again.csv"), csv, &result), QString());
        QCOMPARE(result.rows, 5);
        QSqlQuery query(f.db->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT survey_id, upset, comment_cue, comment_language"
                                          " FROM customer_feedback ORDER BY survey_id")));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString(), query.value(3).toString());
        QCOMPARE(rows.size(), 5);
        // CSAT 4 is no low score: "upset" can only come from reading the comment.
        QVERIFY2(rows.at(0).startsWith(QLatin1String("a 1 ")), qPrintable(rows.join(u'|')));
        QCOMPARE(rows.at(1).mid(1), rows.at(0).mid(1));
        QVERIFY2(rows.at(2).endsWith(QLatin1String(" de")), qPrintable(rows.join(u'|')));
        QVERIFY2(rows.at(3).startsWith(QLatin1String("d 0  en")), qPrintable(rows.join(u'|')));
        QCOMPARE(rows.at(4).mid(1), rows.at(3).mid(1));
    }

    void aCallerFoundByTheirNumber()
    {
        const QByteArray json =
            R"([{"phone": "020 7946 0999", "call_time": "2026-12-01T12:01:00+01:00",
                                     "csat": 4}])";
        // 12:01 at +01:00 is 11:01 UTC: the answered call-3, never the missed call-4.
        QCOMPARE(f.import(QStringLiteral("p.json"), json), QString());
        QCOMPARE(f.count(QStringLiteral("call_id = 'call-3' AND score = 75")), 1);
    }

    void theSameFileTwiceAppliesOnce()
    {
        FeedbackImport::Result result;
        QCOMPARE(f.import(QStringLiteral("s.csv"), goodCsv(), &result), QString());
        const QString once = f.snapshot();
        QCOMPARE(f.import(QStringLiteral("s.csv"), goodCsv(), &result), QString());
        QCOMPARE(result.created, 0);
        QCOMPARE(result.unchanged, 3);
        QCOMPARE(f.snapshot(), once);
        QCOMPARE(f.count(), 3);
        // Without survey ids a row is known by its content: the same row again changes nothing,
        // a different answer about the same call is a second survey.
        const QByteArray noIds = "call_id,csat,comment\ncall-1,4,Fine\n";
        QCOMPARE(f.import(QStringLiteral("n.csv"), noIds), QString());
        QCOMPARE(f.import(QStringLiteral("n.csv"), noIds, &result), QString());
        QCOMPARE(result.created, 0);
        QCOMPARE(f.count(), 4);
        QCOMPARE(f.import(QStringLiteral("n2.csv"), "call_id,csat,comment\ncall-1,3,Fine\n"),
                 QString());
        QCOMPARE(f.count(), 5);
        // A survey id seen before with a corrected score replaces its row.
        QCOMPARE(f.import(QStringLiteral("c.csv"), "call_id,survey_id,csat\ncall-2,S-2,3\n"),
                 QString());
        QCOMPARE(f.count(), 5);
        QCOMPARE(f.count(QStringLiteral("call_id = 'call-2' AND csat = 3 AND upset = 0")), 1);
    }

    void theHistoryShowsTheCustomersScoreAndFindsTheUpset()
    {
        QCOMPARE(f.import(QStringLiteral("s.csv"), goodCsv()), QString());
        HistoryStore store(*f.db);
        const QList<HistoryRow> all = store.page(HistoryFilter(), nullptr, 50);
        QCOMPARE(all.size(), 5); // the answered calls, surveyed or not
        QHash<QString, HistoryRow> byId;
        for (const HistoryRow& row : all)
            byId.insert(row.callId, row);
        QCOMPARE(byId.value(QStringLiteral("call-1")).customerScore, std::optional<double>(100));
        QCOMPARE(byId.value(QStringLiteral("call-2")).customerScore, std::optional<double>(0));
        QVERIFY(byId.value(QStringLiteral("call-2")).customerUpset);
        QVERIFY(!byId.value(QStringLiteral("call-5")).customerScore);

        HistoryFilter upset;
        upset.customerUpsetOnly = true;
        const QList<HistoryRow> found = store.page(upset, nullptr, 50);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().callId, QStringLiteral("call-2"));
        // The filter is answered from the upset surveys' index, not by reading every call.
        QSqlQuery plan(f.db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM calls c WHERE"
                                         " c.call_id IN (SELECT f.call_id FROM customer_feedback f"
                                         " WHERE f.upset = 1)")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("customer_feedback_upset")), qPrintable(steps));

        const std::optional<HistoryDetail> detail =
            store.detail(byId.value(QStringLiteral("call-2")).callRowId, HistoryViewer::Supervisor);
        QVERIFY(detail && detail->feedback);
        QCOMPARE(detail->feedback->csat, std::optional<int>(1));
        QVERIFY(detail->feedback->comment.startsWith(QLatin1String("I am furious")));
        QCOMPARE(detail->feedback->commentCue, QStringLiteral("frustration"));
        QVERIFY(detail->feedback->upset);

        HistoryModel model(store);
        QAbstractItemModelTester tester(&model);
        model.setFilter(upset);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(HistoryModel::CustomerScore, Qt::Horizontal).toString(),
                 QStringLiteral("Customer score"));
        QCOMPARE(model.data(model.index(0, HistoryModel::CustomerScore), HistoryModel::kRawRole)
                     .toDouble(),
                 0.0);
        QVERIFY(model.data(model.index(0, HistoryModel::CustomerScore), Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("upset")));
    }

    void theWeeksSetTheCustomerBesideTheSelfScore()
    {
        QCOMPARE(f.import(QStringLiteral("s.csv"), goodCsv()), QString());
        QSqlQuery query(f.db->connection());
        // The agent thought call-1 went at 60 and call-2 at 80; the customers said 100 and 0.
        for (const char* sql :
             {"INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
              " note_private, score, saved_at) VALUES ('call-1', 'r', 1, '{}', '', 0,"
              " 60, '2026-12-01T09:10:00.000Z')",
              "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
              " note_private, score, saved_at) VALUES ('call-2', 'r', 1, '{}', '', 0,"
              " 80, '2026-12-01T10:10:00.000Z')"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), qPrintable(query.lastError().text()));
        const QList<HistoryWeek> weeks =
            HistoryStore(*f.db).weeks(QDate(2026, 11, 30), QDate(2026, 12, 6));
        QCOMPARE(weeks.size(), 1);
        QCOMPARE(weeks.first().surveyed, 2);
        QCOMPARE(weeks.first().selfScoreSurveyed, std::optional<double>(70));
        QCOMPARE(weeks.first().customerScore, std::optional<double>(50));
    }

    void retentionTakesTheSurveyWithItsCall()
    {
        QCOMPARE(f.import(QStringLiteral("s.csv"), goodCsv()), QString());
        DataRetention::Purged purged;
        QString error;
        // Calls before 1 December 09:30: call-1 goes, and its survey with it.
        QVERIFY2(DataRetention::purgeBefore(
                     *f.db, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC), &purged, &error),
                 qPrintable(error));
        QCOMPARE(purged.calls, 1);
        QCOMPARE(purged.feedback, 1);
        QCOMPARE(f.count(QStringLiteral("call_id = 'call-1'")), 0);
        QCOMPARE(f.count(), 2);
    }

    void theScaleAndTheKey()
    {
        QCOMPARE(FeedbackImport::scoreOf(1, std::nullopt), 0.0);
        QCOMPARE(FeedbackImport::scoreOf(3, 0), 50.0);
        QCOMPARE(FeedbackImport::scoreOf(std::nullopt, 7), 70.0);
        QVERIFY(FeedbackImport::lowScore(2, 10));
        QVERIFY(!FeedbackImport::lowScore(3, 0));
        QVERIFY(FeedbackImport::lowScore(std::nullopt, 4));
        QVERIFY(!FeedbackImport::lowScore(std::nullopt, 5));
        FeedbackImport::Survey a;
        a.callId = QStringLiteral("call-1");
        a.csat = 4;
        FeedbackImport::Survey b = a;
        QCOMPARE(FeedbackImport::keyOf(a), FeedbackImport::keyOf(b));
        b.comment = QStringLiteral("x");
        QVERIFY(FeedbackImport::keyOf(a) != FeedbackImport::keyOf(b));
        b.surveyId = QStringLiteral("S-9");
        a.surveyId = QStringLiteral("S-9");
        QCOMPARE(FeedbackImport::keyOf(a), FeedbackImport::keyOf(b)); // the survey id decides
    }
};

QTEST_GUILESS_MAIN(TestFeedbackImport)
#include "tst_feedbackimport.moc"
