#include "assessment/AssessmentExport.h"
#include "assessment/DraftKeeper.h"
#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestAssessment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rubric m_rubric;

    Assessment sample(const QString& callId) const
    {
        Assessment assessment;
        assessment.callId = callId;
        assessment.rubricId = m_rubric.id;
        assessment.rubricVersion = m_rubric.version;
        assessment.answers = {{QStringLiteral("used_name"), QStringLiteral("yes")},
                              {QStringLiteral("outcome"), QStringLiteral("follow_up")},
                              {QStringLiteral("stress_after"), QStringLiteral("4")}};
        assessment.note = QStringLiteral("Next time I will, \"summarise\" sooner");
        return assessment;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void theDefaultRubricsFollowTheDomainGuide()
    {
        QCOMPARE(m_rubric.items.size(), 10);
        QVERIFY(m_rubric.item(QStringLiteral("acknowledged_feelings")));
        QCOMPARE(m_rubric.item(QStringLiteral("outcome"))->values(),
                 (QStringList{QStringLiteral("resolved"), QStringLiteral("follow_up"),
                              QStringLiteral("escalated")}));
        Rubric spanish;
        QString error;
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/es.json"), &spanish, &error),
                 qPrintable(error));
        QCOMPARE(spanish.id, m_rubric.id);
        QCOMPARE(spanish.version, m_rubric.version);
        for (const RubricItem& item : m_rubric.items)
            QVERIFY(spanish.item(item.id) && spanish.item(item.id)->values() == item.values());
    }

    void aBrokenRubricNamesFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind")
            << QByteArray("{\"schema\":1,\"id\":\"r\",\"version\":1,\"name\":\"R\",\n"
                          "\"items\":[{\"id\":\"a\",\"label\":\"A\",\n\"kind\":\"stars\"}],"
                          "\"note\":{\"label\":\"N\"}}")
            << "r.json:3: field \"items[1].kind\": \"stars\" is not one of";
        QTest::newRow("twice")
            << QByteArray("{\"schema\":1,\"id\":\"r\",\"version\":1,\"name\":\"R\",\"items\":[\n"
                          "{\"id\":\"a\",\"label\":\"A\",\"kind\":\"scale5\"},\n"
                          "{\"id\":\"a\",\"label\":\"B\",\"kind\":\"scale5\"}],"
                          "\"note\":{\"label\":\"N\"}}")
            << "r.json:3: field \"items[2].id\": \"a\" is used twice";
        QTest::newRow("version") << QByteArray("{\"schema\":1,\"id\":\"r\",\"version\":0}")
                                 << "field \"version\"";
        QTest::newRow("syntax") << QByteArray("{\"schema\":1,\n\"id\":") << "r.json:2:";
        // Ids are 1 to 40 of a-z, 0-9, '-' and '_' (checked by hand, without a regex).
        const auto withIds = [](const QByteArray& rubricId, const QByteArray& itemId) {
            return "{\"schema\":1,\"id\":\"" + rubricId +
                   "\",\"version\":1,\"name\":\"R\",\"items\":[\n{\"id\":\"" + itemId +
                   "\",\"label\":\"A\",\"kind\":\"scale5\"}],\"note\":{\"label\":\"N\"}}";
        };
        QTest::newRow("id upper case") << withIds("Rubric", "a") << "field \"id\": must be 1 to 40";
        QTest::newRow("id empty") << withIds("", "a") << "field \"id\": must be 1 to 40";
        QTest::newRow("id of 41") << withIds(QByteArray(41, 'r'), "a")
                                  << "field \"id\": must be 1 to 40";
        QTest::newRow("id not ASCII")
            << withIds("r\xc3\xa9", "a") << "field \"id\": must be 1 to 40";
        QTest::newRow("item id with a space")
            << withIds("r", "a b") << "r.json:2: field \"items[1].id\"";
        QTest::newRow("item id with a dot") << withIds("r", "a.b") << "field \"items[1].id\"";
    }

    void aBrokenRubricNamesFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Rubric rubric;
        QString error;
        QVERIFY(!Rubric::load(json, QStringLiteral("r.json"), &rubric, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void idsOfFortyAllowedCharactersAreAccepted()
    {
        const QByteArray id = "a-z_09" + QByteArray(34, 'x');
        const QByteArray json =
            "{\"schema\":1,\"id\":\"" + id +
            "\",\"version\":1,\"name\":\"R\",\"items\":[{\"id\":\"" + id +
            "\",\"label\":\"A\",\"kind\":\"scale5\"}],\"note\":{\"label\":\"N\"}}";
        Rubric rubric;
        QString error;
        QVERIFY2(Rubric::load(json, QStringLiteral("r.json"), &rubric, &error), qPrintable(error));
        QCOMPARE(rubric.id, QString::fromLatin1(id));
    }

    void answersAreCheckedAgainstTheRubric()
    {
        QString error;
        QVERIFY(m_rubric.check(sample(QStringLiteral("c")).answers, QString(), &error));
        QVERIFY(!m_rubric.check({{QStringLiteral("outcome"), QStringLiteral("maybe")}}, QString(),
                                &error));
        QVERIFY2(error.contains(QStringLiteral("resolved, follow_up, escalated")),
                 qPrintable(error));
        QVERIFY(
            !m_rubric.check({{QStringLiteral("mood"), QStringLiteral("1")}}, QString(), &error));
        QVERIFY(!m_rubric.check({}, QString(1001, QLatin1Char('x')), &error));
    }

    // IT's privacy/allowPrivateNotes=false: the local API cannot slip a private note in, and a
    // draft made private before the policy came loses the mark rather than being lost.
    void privateNotesCanBeTurnedOffByIt()
    {
        AssessmentStore store(*m_db);
        Assessment earlier = sample(QStringLiteral("call-p"));
        earlier.notePrivate = true;
        QVERIFY(store.saveDraft(earlier));
        SelfAssessment assessments(store, m_rubric);
        assessments.setPrivateNotesAllowed(false);
        QVERIFY(!assessments.startFor(QStringLiteral("call-p")).notePrivate);
        Assessment asked = sample(QStringLiteral("call-q"));
        asked.notePrivate = true;
        QString error;
        QVERIFY(!assessments.save(&asked, &error));
        QVERIFY2(error.contains(QStringLiteral("privacy/allowPrivateNotes")), qPrintable(error));
        QVERIFY(!assessments.writeDraft(asked, &error));
        QCOMPARE(store.count(), 0);
        asked.notePrivate = false;
        QVERIFY2(assessments.save(&asked, &error), qPrintable(error));
        assessments.setPrivateNotesAllowed(true);
        Assessment allowed = sample(QStringLiteral("call-r"));
        allowed.notePrivate = true;
        QVERIFY2(assessments.save(&allowed, &error), qPrintable(error));
    }

    void savingDropsTheDraftInOneTransaction()
    {
        AssessmentStore store(*m_db);
        Assessment draft = sample(QStringLiteral("call-1"));
        QVERIFY(store.saveDraft(draft));
        draft.note = QStringLiteral("changed");
        QVERIFY(store.saveDraft(draft)); // replaces, not a second row
        QCOMPARE(store.drafts().size(), 1);
        QCOMPARE(store.draft(QStringLiteral("call-1"))->note, QStringLiteral("changed"));

        Assessment final = draft;
        QVERIFY(store.save(&final));
        QVERIFY(final.id > 0);
        QVERIFY(!store.draft(QStringLiteral("call-1")));
        const std::optional<Assessment> loaded = store.assessment(final.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->answers, final.answers);
        QCOMPARE(loaded->note, QStringLiteral("changed"));
        QCOMPARE(loaded->rubricVersion, 1);
    }

    // A save through the local API that leaves out "note" on a call with no draft carried a null
    // note, which the NOT NULL column refused: the agent's answers were turned away.
    void aSaveWithoutANoteIsKept()
    {
        AssessmentStore store(*m_db);
        Assessment draft = sample(QStringLiteral("call-9"));
        draft.note = QString();
        QString error;
        QVERIFY2(store.saveDraft(draft, &error), qPrintable(error));
        Assessment final = draft;
        QVERIFY2(store.save(&final, &error), qPrintable(error));
        const std::optional<Assessment> loaded = store.assessment(final.id);
        QVERIFY(loaded);
        QVERIFY(loaded->note.isEmpty());
        QCOMPARE(loaded->answers, draft.answers);
    }

    // A save that fails half-way leaves neither the assessment nor a lost draft.
    void aFailedSaveChangesNothing()
    {
        AssessmentStore store(*m_db);
        Assessment draft = sample(QStringLiteral("call-2"));
        QVERIFY(store.saveDraft(draft));
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE DELETE ON assessment_drafts"
                           " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")));
        Assessment final = draft;
        QString error;
        QVERIFY(!store.save(&final, &error));
        QVERIFY2(error.contains(QStringLiteral("disk trouble")), qPrintable(error));
        QCOMPARE(store.count(), 0);
        QVERIFY(store.draft(QStringLiteral("call-2")));
    }

    // A really full database (SQLite's own limit on its size): the save is refused with a clear
    // reason and changes nothing; once there is room again it goes through.
    void aFullDatabaseRefusesTheSaveWholeAndRecovers()
    {
        AssessmentStore store(*m_db);
        QVERIFY(store.saveDraft(sample(QStringLiteral("call-3"))));
        QSqlQuery pages(m_db->connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int used = pages.value(0).toInt();
        QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(used)));
        Assessment big = sample(QStringLiteral("call-3"));
        big.note = QString(900, QLatin1Char('n'));
        big.answers.insert(QStringLiteral("listened"), QStringLiteral("partly"));
        QString error;
        int refused = 0;
        for (int i = 0; i < 50 && refused == 0; ++i) {
            Assessment attempt = big;
            const int before = store.count();
            if (!store.save(&attempt, &error)) {
                ++refused;
                QCOMPARE(store.count(), before); // nothing half-written
                QCOMPARE(attempt.id, 0);
            }
        }
        QCOMPARE(refused, 1);
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        const int saved = store.count();
        QVERIFY(pages.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        Assessment again = big;
        QVERIFY2(store.save(&again, &error), qPrintable(error));
        QCOMPARE(store.count(), saved + 1);
    }

    void draftsAreWrittenWithinTheDebounceAndRetriedOnFailure()
    {
        int writes = 0;
        bool diskFull = false;
        Assessment written;
        DraftKeeper keeper([&](const Assessment& draft, QString* error) {
            if (diskFull) {
                *error = QStringLiteral("database or disk is full");
                return false;
            }
            ++writes;
            written = draft;
            return true;
        });
        QStringList problems;
        keeper.writeProblem.connect([&](const QString& reason) { problems << reason; });
        Assessment draft = sample(QStringLiteral("c"));
        for (int i = 0; i < 5; ++i) {
            draft.note = QString::number(i);
            keeper.update(draft); // five quick keystrokes
        }
        QVERIFY(keeper.hasUnwritten());
        QTRY_COMPARE_WITH_TIMEOUT(writes, 1, DraftKeeper::kDebounceMs + 200);
        QCOMPARE(written.note, QStringLiteral("4"));
        QVERIFY(!keeper.hasUnwritten());

        diskFull = true;
        draft.note = QStringLiteral("kept in memory");
        keeper.update(draft);
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("full")));
        QVERIFY(keeper.hasUnwritten());
        diskFull = false;
        QTRY_COMPARE_WITH_TIMEOUT(writes, 2, DraftKeeper::kRetryMs + 500);
        QCOMPARE(written.note, QStringLiteral("kept in memory"));
        QCOMPARE(problems.last(), QString()); // and the problem is over
    }

    void exportLeavesPrivateNotesOutUnlessAsked()
    {
        Assessment open = sample(QStringLiteral("c1"));
        open.id = 1;
        open.note = QStringLiteral("=SUM(A1), with a comma");
        Assessment secret = sample(QStringLiteral("c2"));
        secret.id = 2;
        secret.note = QStringLiteral("my private thought");
        secret.notePrivate = true;
        const QByteArray csv = AssessmentExport::toCsv({open, secret});
        QVERIFY(!csv.contains("my private thought"));
        QVERIFY2(csv.contains("\"'=SUM(A1), with a comma\""), csv.constData());
        QVERIFY(csv.startsWith("id,call_id,saved_at,rubric,rubric_version,outcome,stress_after,"
                               "used_name,note,note_private\r\n"));
        const QJsonArray json =
            QJsonDocument::fromJson(AssessmentExport::toJson({open, secret})).array();
        QCOMPARE(json.size(), 2);
        QVERIFY(!json.at(1).toObject().contains(QStringLiteral("note")));
        QCOMPARE(json.at(1).toObject().value(QStringLiteral("notePrivate")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
