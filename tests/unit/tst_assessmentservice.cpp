#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "services/AssessmentService.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The self-assessment as the form uses it: drafts kept and resumed, a save announced, and a
// draft that cannot be written reported as a Qt signal (then the recovery) without losing it.
class TestAssessmentService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<SelfAssessment> m_assessments;
    std::unique_ptr<AssessmentService> m_service;

    Assessment answered(const QString& callId)
    {
        Assessment assessment = m_service->startFor(callId);
        for (const RubricItem& item : m_service->rubric().items)
            assessment.answers.insert(item.id, item.values().first());
        assessment.note = QStringLiteral("Name the refund date sooner.");
        return assessment;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<AssessmentStore>(*m_db);
        Rubric rubric;
        QVERIFY(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error));
        m_assessments = std::make_unique<SelfAssessment>(*m_store, rubric);
        m_service = std::make_unique<AssessmentService>(*m_assessments);
    }

    void cleanup()
    {
        m_service.reset();
        m_assessments.reset();
        m_store.reset();
        m_db.reset();
    }

    void aDraftIsKeptAndResumed()
    {
        Assessment draft = m_service->startFor(QStringLiteral("call-1"));
        draft.note = QStringLiteral("ask about the refund date");
        m_service->edit(draft);
        QVERIFY(m_service->flushDrafts());
        const QList<Assessment> unfinished = m_service->unfinishedDrafts();
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().callId, QStringLiteral("call-1"));
        QCOMPARE(m_service->startFor(QStringLiteral("call-1")).note,
                 QStringLiteral("ask about the refund date"));
    }

    void aSaveIsAnnouncedAndEndsTheDraft()
    {
        QSignalSpy saved(m_service.get(), &AssessmentService::saved);
        Assessment assessment = answered(QStringLiteral("call-2"));
        m_service->edit(assessment);
        QString error;
        QVERIFY2(m_service->save(assessment, &error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(0).value<Assessment>().callId, QStringLiteral("call-2"));
        QVERIFY(saved.first().at(0).value<Assessment>().id > 0);
        QVERIFY(m_service->unfinishedDrafts().isEmpty());
    }

    void aRefusedSaveIsNotAnnounced()
    {
        QSignalSpy saved(m_service.get(), &AssessmentService::saved);
        // Answers for a rubric version that is not the one in use.
        Assessment stale = answered(QStringLiteral("call-3"));
        stale.rubricVersion += 1;
        QString error;
        QVERIFY(!m_service->save(stale, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(saved.count(), 0);
    }

    void aDraftThatCannotBeWrittenIsReportedAndKept()
    {
        QSignalSpy problems(m_service.get(), &AssessmentService::draftProblem);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE assessment_drafts RENAME TO away")));
        Assessment draft = m_service->startFor(QStringLiteral("call-4"));
        draft.note = QStringLiteral("kept in memory");
        m_service->edit(draft);
        QVERIFY(!m_service->flushDrafts());
        // Reported through the event loop, as a Qt signal on this thread.
        QCOMPARE(problems.count(), 0);
        QTRY_VERIFY(problems.count() >= 1);
        QVERIFY(!problems.first().at(0).toString().isEmpty());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE away RENAME TO assessment_drafts")));
        QVERIFY(m_service->flushDrafts());
        QTRY_VERIFY(problems.last().at(0).toString().isEmpty());
        QCOMPARE(m_service->startFor(QStringLiteral("call-4")).note,
                 QStringLiteral("kept in memory"));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentService)
#include "tst_assessmentservice.moc"
