#include "HistorySeed.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "services/CoachingService.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/StorageQueue.h"
#include "supervisor/SupervisorAccess.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The coaching use cases over a seeded history: one call's detail as a value with its notes and
// kudos, the supervisor's notes, kudos and scores (signed, refused without a session), and the
// kudos the agent is told about once.
class TestCoachingService : public QObject
{
    Q_OBJECT

private:
    static inline const QString kPin = QStringLiteral("424242");
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<CoachingStore> m_coaching;
    FakeClock m_clock{1000};
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<SupervisorGate> m_gate;
    std::unique_ptr<CoachingService> m_service;
    QString m_pinHash;

    // The newest call's row: its id in `callId`, its assessment's in `assessmentId` (0 if none).
    qint64 assessedRow(QString* callId, qint64* assessmentId)
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(
                QStringLiteral("SELECT c.id, c.call_id, a.id FROM calls c JOIN assessments a"
                               " ON a.call_id = c.call_id AND a.note_private = 1"
                               " ORDER BY c.id DESC LIMIT 1")) ||
            !query.next())
            return 0;
        *callId = query.value(1).toString();
        *assessmentId = query.value(2).toLongLong();
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
        QVERIFY(test::seedHistory(path, 40, 900));
        m_db = std::make_unique<Database>(path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_history = std::make_unique<HistoryStore>(*m_db);
        m_coaching = std::make_unique<CoachingStore>(*m_db);
        m_pinHash = SupervisorPin::hash(kPin, &error);
        QVERIFY(!m_pinHash.isEmpty());
        // One gate for every case: deriving the key from the PIN is slow on purpose. The clock
        // never moves, so the session does not end on its own.
        m_session = std::make_unique<CallSession>(m_clock);
        m_gate = std::make_unique<SupervisorGate>(m_clock, m_pinHash);
        m_gate->session().attach(*m_session);
        m_coaching->protect([this](const QByteArray& message) { return m_gate->sign(message); },
                            m_gate->recordPublicKey());
        QCOMPARE(m_gate->signIn(kPin), PinGuard::Outcome::Accepted);
    }

    void init() { m_service = std::make_unique<CoachingService>(*m_history, *m_coaching); }

    void cleanup() { m_service.reset(); }

    void cleanupTestCase()
    {
        m_gate.reset();
        m_session.reset();
    }

    void theDetailOfACallCarriesItsNotesAndKudos()
    {
        QString callId;
        qint64 assessmentId = 0;
        const qint64 row = assessedRow(&callId, &assessmentId);
        QVERIFY(row > 0);
        QVERIFY(m_gate->isOpen());
        QSignalSpy changed(m_service.get(), &CoachingService::changed);
        QVERIFY(m_service->addNote(callId, QStringLiteral("Name the date sooner.")));
        QVERIFY(m_service->giveKudos(callId, QStringLiteral("Stayed calm"),
                                     QStringLiteral("on the late refund")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toString(), callId);

        const std::optional<CallDetail> agent = m_service->callDetail(row, HistoryViewer::Agent);
        QVERIFY(agent);
        QCOMPARE(agent->detail.row.callId, callId);
        QVERIFY(agent->notes.size() >= 1);
        QCOMPARE(agent->notes.last().text, QStringLiteral("Name the date sooner."));
        QVERIFY(agent->kudos.size() >= 1);
        QCOMPARE(agent->kudos.last().behaviour, QStringLiteral("Stayed calm"));
        // The agent reads their own private note; the supervisor is only told one exists.
        QVERIFY(agent->detail.notePrivate);
        const std::optional<CallDetail> supervisor =
            m_service->callDetail(row, HistoryViewer::Supervisor);
        QVERIFY(supervisor);
        QVERIFY(supervisor->detail.noteWithheld);
        QVERIFY(supervisor->detail.note.isEmpty());
    }

    void aScoreReplacesTheEarlierOne()
    {
        QString callId;
        qint64 assessmentId = 0;
        const qint64 row = assessedRow(&callId, &assessmentId);
        QVERIFY(assessmentId > 0);
        QVERIFY(m_service->scoreAssessment(assessmentId,
                                           {{QStringLiteral("listened"), QStringLiteral("no")}}));
        QVERIFY(m_service->scoreAssessment(assessmentId,
                                           {{QStringLiteral("listened"), QStringLiteral("yes")}}));
        const std::optional<CallDetail> detail = m_service->callDetail(row, HistoryViewer::Agent);
        QVERIFY(detail);
        QCOMPARE(detail->detail.supervisorAnswers.value(QStringLiteral("listened")),
                 QStringLiteral("yes"));
    }

    void refusalsCarryTheirReason()
    {
        QString callId;
        qint64 assessmentId = 0;
        QVERIFY(assessedRow(&callId, &assessmentId) > 0);
        QSignalSpy failed(m_service.get(), &CoachingService::failed);
        QSignalSpy changed(m_service.get(), &CoachingService::changed);
        QString error;
        // Nobody signed in: nothing can be signed, so nothing is written.
        m_gate->signOut();
        QVERIFY(!m_service->addNote(callId, QStringLiteral("unsigned"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), error);
        QCOMPARE(m_gate->signIn(kPin), PinGuard::Outcome::Accepted);
        error.clear();
        QVERIFY(!m_service->addNote(callId, QStringLiteral("   "), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_service->giveKudos(QStringLiteral("no-such-call"), QStringLiteral("x"),
                                      QString(), &error));
        QCOMPARE(failed.count(), 3);
        QCOMPARE(changed.count(), 0);
    }

    void aCallThatIsGoneIsLoggedNotSilentlyEmpty()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("detail of call row .* could not")));
        QVERIFY(!m_service->callDetail(987654321, HistoryViewer::Agent));
    }

    void kudosAreAnnouncedOnce()
    {
        QString callId;
        qint64 assessmentId = 0;
        QVERIFY(assessedRow(&callId, &assessmentId) > 0);
        m_service->takeKudosToAnnounce(); // whatever the seed and earlier cases left
        QVERIFY(m_service->giveKudos(callId, QStringLiteral("Owned the outcome"), QString()));
        const QStringList lines = m_service->takeKudosToAnnounce();
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().contains(QLatin1String("Owned the outcome")));
        QVERIFY(m_service->takeKudosToAnnounce().isEmpty());
    }

    void withTheStorageThreadKudosAreMarkedThereAndNotLostAtQuit()
    {
        QString callId;
        qint64 assessmentId = 0;
        QVERIFY(assessedRow(&callId, &assessmentId) > 0);
        m_service->takeKudosToAnnounce(); // whatever the seed and earlier cases left
        QVERIFY(m_service->giveKudos(callId, QStringLiteral("Kept it simple"), QString()));
        {
            StorageQueue queue(*m_db);
            queue.start();
            CoachingService queued(*m_history, *m_coaching, &queue);
            const QStringList lines = queued.takeKudosToAnnounce();
            QCOMPARE(lines.size(), 1);
            QVERIFY(lines.first().contains(QLatin1String("Kept it simple")));
            // Handed out once, even while its mark may still wait in the queue.
            QVERIFY(queued.takeKudosToAnnounce().isEmpty());
        } // the app quits: the queue commits what it holds before its thread stops
        QSqlQuery query(m_db->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM kudos WHERE announced_at IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // After a restart nothing is announced twice.
        CoachingService restarted(*m_history, *m_coaching);
        QVERIFY(restarted.takeKudosToAnnounce().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoachingService)
#include "tst_coachingservice.moc"
