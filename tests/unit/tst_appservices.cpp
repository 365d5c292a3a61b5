#include "ServicesFixture.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "integration/CommandLine.h"
#include "integration/SingleInstance.h"
#include "services/AppServices.h"
#include "services/BreathingService.h"
#include "services/PhraseService.h"
#include "services/TeamService.h"
#include "settings/Settings.h"
#include "storage/CallStore.h"
#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace attune;
using namespace attune::test;

namespace {

// The client blocks on its socket, and the instance answers on this thread's event loop: the
// client gets a thread of its own, as the CLI is a process of its own.
class ForwardedRequest
{
public:
    ForwardedRequest(const AppPaths& paths, QJsonObject request)
        : m_thread([this, paths, request] {
            QString error;
            m_ok = InstanceClient::send(paths, request, &m_reply, &error);
            m_done = true;
        })
    {}
    ~ForwardedRequest() { m_thread.join(); }
    bool done() const { return m_done; }
    bool ok() const { return m_ok; }
    QJsonObject reply() const { return m_reply; }

private:
    QJsonObject m_reply;
    bool m_ok = false;
    std::atomic<bool> m_done = false;
    std::thread m_thread;
};

QJsonObject command(const QString& name, const QString& requestId = {})
{
    QJsonObject request{{QStringLiteral("v"), ControlMessage::kVersion},
                        {QStringLiteral("command"), name}};
    if (!requestId.isEmpty())
        request.insert(QStringLiteral("requestId"), requestId);
    return request;
}

} // namespace

// The calls on disk, read through a connection of the test's own.
QList<StoredCall> storedCalls(const ServicesFixture& fixture)
{
    Database db(fixture.paths().databaseFile(false));
    QString error;
    if (!db.open(&error))
        return {};
    return CallStore(db).recent(10);
}

class TestAppServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Without a team server nothing of the sync runs, the outbox stays off and `status` says so.
    void withoutATeamServerNothingIsShared()
    {
        ServicesFixture fixture;
        QVERIFY(fixture.start());
        TeamService* team = fixture.services().team();
        QVERIFY(team);
        QVERIFY(!team->isConfigured());
        QCOMPARE(fixture.services().control().status().value(QStringLiteral("team")).toObject(),
                 (QJsonObject{{QStringLiteral("configured"), false}}));
        QVERIFY(fixture.services().storage()->drain(5000));
        Database database(fixture.paths().databaseFile(false));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM team_state WHERE key = "
                                          "'sync_enabled'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // With one, the outbox is switched on, the worker starts after start() and its state comes
    // back on the GUI thread, in plain words, also in `status`.
    void aTeamServerStartsTheSyncAndReportsOnTheGuiThread()
    {
        // IT names the server (only IT can); nothing listens on port 1, so the worker says it
        // cannot reach it.
        ServicesFixture fixture(QString(), "[team]\nserver=127.0.0.1\nport=1\n");
        QString error;
        QVERIFY(fixture.settings().setValue(SettingKey::TeamUser, QStringLiteral("alex"), &error));
        QVERIFY(fixture.start());
        TeamService* team = fixture.services().team();
        QVERIFY(team && team->isConfigured());
        bool offGuiThread = false;
        QString lastError;
        connect(team, &TeamService::statusChanged, this, [&](const TeamSyncStatus& status) {
            offGuiThread = offGuiThread || QThread::currentThread() != qApp->thread();
            lastError = status.lastError;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!lastError.isEmpty(), 15000);
        QVERIFY(!offGuiThread);
        QVERIFY2(lastError.contains(QStringLiteral("cannot be reached")), qPrintable(lastError));
        const QJsonObject status =
            fixture.services().control().status().value(QStringLiteral("team")).toObject();
        QCOMPARE(status.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("connected")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("lastError")).toString(), lastError);
        QVERIFY(fixture.services().storage()->drain(5000));
        Database database(fixture.paths().databaseFile(false));
        QVERIFY2(database.open(&error), qPrintable(error));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM team_state WHERE key = "
                                          "'sync_enabled'")) &&
                query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("1"));
    }

    void startsWhatTheWindowNeedsAndRecordsCallsOnTheStorageThread()
    {
        ServicesFixture fixture;
        QSignalSpy started(&fixture.services(), &AppServices::started);
        QVERIFY(fixture.start());
        QCOMPARE(started.count(), 1);
        QVERIFY2(fixture.problems().isEmpty(), qPrintable(fixture.problems().join('\n')));
        AppServices& services = fixture.services();
        QVERIFY(services.storage());
        QVERIFY(services.profiles());
        QVERIFY(services.selfAssessment());
        QVERIFY(services.empathy());
        QVERIFY(services.phrases() && services.phrases()->canKeepOwnPhrases());
        QVERIFY(services.suggestions());
        QVERIFY(services.hasHistory());
        QVERIFY(services.historyStore() && services.coachingStore() && services.trendsLoader() &&
                services.rubric() && services.supervisorGate());
        CallStartedEvent event;
        event.callId = QStringLiteral("svc-1");
        event.source = QStringLiteral("test");
        event.caller.phone = QStringLiteral("+15550000411");
        services.bus().callStarted(event);
        services.bus().callAnswered(QString());
        services.bus().callEnded(QString());
        QVERIFY(services.storage()->drain(5000));
        // Read on the storage thread after the call's end and kept for the menu.
        QTRY_COMPARE(services.recentCalls(10).size(), 1);
        const QList<StoredCall> calls = services.recentCalls(10);
        QCOMPARE(calls.first().callId, QStringLiteral("svc-1"));
        QVERIFY(calls.first().answered);
        QCOMPARE(calls.first().outcome, QStringLiteral("completed"));
        // No kudos waiting: nothing to announce (asked as the sidebar asks, off the GUI thread).
        bool answered = false;
        QStringList announced{QStringLiteral("not answered")};
        services.requestKudosToAnnounce(this, [&](const QStringList& lines) {
            announced = lines;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QVERIFY(announced.isEmpty());
        QVERIFY(services.profileSummary(QStringLiteral("nobody")).isEmpty());
    }

    // A call that ran hot ends: the coach's offer reaches the views as a Qt signal (and the
    // services then shut down with the call's writes still queued, which must not crash).
    void theBreathingOfferReachesTheViewsAsAQtSignal()
    {
        ServicesFixture fixture;
        QVERIFY(fixture.start());
        AppServices& services = fixture.services();
        QSignalSpy offers(&services.breathingService(), &BreathingService::offerChanged);
        CallStartedEvent event;
        event.callId = QStringLiteral("svc-hot");
        event.source = QStringLiteral("test");
        services.bus().callStarted(event);
        services.bus().callAnswered(QString());
        Utterance line;
        line.text = QStringLiteral("This is the THIRD time I'm calling and I'm furious!");
        services.bus().utterance(QString(), line);
        services.bus().callEnded(QString());
        QTRY_VERIFY(!offers.isEmpty());
        QCOMPARE(offers.last().at(0).toBool(), true);
        QVERIFY(services.breathing().isOffered());
    }

    void aForwardedRequestIsAnsweredOnceRecordedAndAppliedOnce()
    {
        ServicesFixture fixture;
        QVERIFY(fixture.start());
        AppServices& services = fixture.services();
        QJsonObject start = command(QStringLiteral("call.start"), QStringLiteral("req-start"));
        start.insert(QStringLiteral("callId"), QStringLiteral("svc-2"));
        {
            ForwardedRequest request(fixture.paths(), start);
            QTRY_VERIFY(request.done());
            QVERIFY(request.ok());
            QCOMPARE(request.reply().value(QStringLiteral("state")).toString(),
                     QStringLiteral("ringing"));
        }
        // Answered after the commit: the row is on disk without waiting for the storage thread.
        QCOMPARE(storedCalls(fixture).value(0).callId, QStringLiteral("svc-2"));
        {
            // Sent again with the same id: the first outcome, not "already live".
            ForwardedRequest again(fixture.paths(), start);
            QTRY_VERIFY(again.done());
            QVERIFY(again.ok());
            QVERIFY(again.reply().value(QStringLiteral("ok")).toBool());
        }
        QJsonObject say = command(QStringLiteral("call.say"), QStringLiteral("req-say"));
        say.insert(QStringLiteral("speaker"), QStringLiteral("customer"));
        say.insert(QStringLiteral("text"), QStringLiteral("hello?"));
        for (int i = 0; i < 2; ++i) {
            ForwardedRequest line(fixture.paths(), say);
            QTRY_VERIFY(line.done());
            QVERIFY(line.ok());
        }
        QCOMPARE(services.session().current().customerUtteranceCount, 1);
        QCOMPARE(storedCalls(fixture).size(), 1);
    }

    void withoutADatabaseCallsStillPopAndTheAgentIsTold()
    {
        // A place no one can create a file in.
        ServicesFixture fixture(QStringLiteral("/proc/attune-none/attune.sqlite"));
        QSignalSpy problems(&fixture.services(), &AppServices::problem);
        QVERIFY(fixture.start());
        QCOMPARE(problems.count(), 1);
        // Shown to the agent, not only printed.
        QVERIFY(!problems.first().at(1).toString().isEmpty());
        AppServices& services = fixture.services();
        QVERIFY(!services.storage());
        QVERIFY(!services.profiles());
        QVERIFY(!services.selfAssessment());
        QVERIFY(!services.hasHistory());
        QVERIFY(services.empathy());
        QVERIFY(services.recentCalls(10).isEmpty());

        QJsonObject start = command(QStringLiteral("call.start"));
        start.insert(QStringLiteral("callId"), QStringLiteral("svc-3"));
        ForwardedRequest request(fixture.paths(), start);
        QTRY_VERIFY(request.done());
        QVERIFY(request.ok());
        QCOMPARE(services.session().current().id, QStringLiteral("svc-3"));
    }
};

QTEST_GUILESS_MAIN(TestAppServices)
#include "tst_appservices.moc"
