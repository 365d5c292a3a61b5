#pragma once

#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "core/StoredCall.h"
#include "integration/ControlProtocol.h"
#include "integration/LiveIntegrations.h"
#include "services/PhraseService.h"
#include "settings/ExportPolicy.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <boost/signals2/connection.hpp>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace attune {

class AssessmentStore;
class BreathingService;
class BreathingStore;
class CallRecorder;
class CallStore;
class CoachingService;
class CoachingStore;
class CueDetector;
class CustomerStore;
class DataRetention;
class Database;
class EmpathyEngine;
struct EngineData;
class PracticeScenario;
class HistoryService;
class HistoryStore;
class InstanceServer;
class PhraseLibrary;
class PhraseService;
class PracticeService;
class PracticeStore;
class SuggestionService;
class PhraseStore;
class ProfileService;
class Rubric;
class SelfAssessment;
class Settings;
class StorageQueue;
struct StorageStartup;
class SupervisorGate;
class TeamService;
class TrendsLoader;

// The app behind the window: the call bus and session, the database and its storage thread,
// the stores, the engines, retention and the parts the history window is made of. The window is
// painted first; start() then brings the rest up in order (database, retention, stores and
// engines, then the socket), so no request arrives before what answers it is there.
//
// Every Boost subscription it makes is a scoped member, so nothing outlives it. The database
// writes of the running app go through the storage thread (storage()), never the GUI thread.
class AppServices final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databaseFile;
        QString apiTokenFile;
        bool demo = false;
        // The time every part reads (tests pass a FakeClock, which must outlive the services);
        // the system's clock when null.
        const Clock* clock = nullptr;
    };

    AppServices(Settings& settings, Options options, QObject* parent = nullptr);
    ~AppServices() override;

    CallEvents& bus() { return m_bus; }
    CallSession& session() { return m_session; }
    PopTrace& popTrace() { return m_popTrace; }
    const Clock& clock() const { return m_clock; }
    ControlProtocol& control() { return m_control; }
    BreathingCoach& breathing() { return m_breathing; }
    // The coach's offers and ringing calls as Qt signals on the GUI thread, for the views.
    BreathingService& breathingService() { return *m_breathingService; }
    Settings& settings() { return m_settings; }
    // Transcription of the customer's side of baresip calls (off unless the setting is on).
    CallTranscription* transcription() { return m_integrations.transcription(); }

    // Brings the database, the stores, the engines and then `server`'s socket up; meant to run
    // right after the first frame. Returns at once: the database opens on the storage thread,
    // and what needs it starts when it answers; `started` (or `fatal`) follows, `started`
    // before the socket listens.
    void start(InstanceServer& server);
    bool isStarted() const { return m_started; }
    // Why calls from the softphone and the WebSocket API cannot arrive (one of them is on, but
    // the network module could not be loaded). Empty when they can; forwarded calls need no
    // module.
    QString outsideCallsProblem() const { return m_outsideCallsProblem; }

    // Set once started; null when what they need (the database, a phrase library, a rubric)
    // could not be loaded: the sidebar still pops calls without them.
    ProfileService* profiles() const { return m_profiles.get(); }
    SelfAssessment* selfAssessment() const { return m_selfAssessment.get(); }
    EmpathyEngine* empathy() const { return m_empathy.get(); }
    // The agent's phrases (own, starred, learned); null without an empathy engine.
    PhraseService* phrases() const { return m_phraseService.get(); }
    // The engine's suggestions as Qt signals on the GUI thread; null without an empathy engine.
    SuggestionService* suggestions() const { return m_suggestionService.get(); }
    StorageQueue* storage() const { return m_storage.get(); }
    // Practice between calls (role-play); made in start(), before the database opens, so its
    // panel attaches while it does (issue #15); it exists even without a database (then no run
    // is kept). Its runs are kept, and IT's own scenarios join it, once `started`.
    PracticeService* practice() const { return m_practice.get(); }
    // The team server's sync (TeamService); made in start(), idle without a team server.
    TeamService* team() const { return m_team.get(); }

    // The history window's parts; all null without a database or a rubric.
    bool hasHistory() const { return bool(m_history); }
    HistoryStore* historyStore() const;
    CoachingStore* coachingStore() const;
    TrendsLoader* trendsLoader() const;
    const Rubric* rubric() const;
    SupervisorGate* supervisorGate() const;
    // The history and the supervisor's coaching as the views use them; null like the parts.
    HistoryService* historyService() const;
    CoachingService* coachingService() const;
    // IT's privacy/allowExport, which every export of the history asks before it writes.
    ExportPolicy exportPolicy() const { return ExportPolicy::fromSettings(m_settings); }

    // Calls the agent may assess later, newest first (empty without a database): a copy kept
    // current from the storage thread, so the menu never waits on the database.
    QList<StoredCall> recentCalls(int limit) const;
    // Kudos a supervisor left that the agent has not seen yet, read off the GUI thread
    // (CoachingService::requestKudosToAnnounce); `done` runs on the GUI thread, with nothing
    // while a call is live (they wait for the next quiet moment) and once taken.
    void requestKudosToAnnounce(QObject* context, std::function<void(const QStringList&)> done);
    // One line about a customer for the history's detail pane; empty when unknown.
    QString profileSummary(const QString& customerId) const;
    // The history window was put away: the supervisor, if any, is signed out.
    void signOutSupervisor();
    // Whatever the agent typed in the last moments, written before the app quits.
    void flushDrafts();
    // Once the last request is answered: the database closes on its own thread while the window
    // is freed (StorageQueue::closeConnectionWhenIdle).
    void closeStorageWhenIdle();

Q_SIGNALS:
    // The database and the engines are up (as far as they could come up): views attach here,
    // before the socket accepts the first request.
    void started();
    // Something the agent or IT should know. Always printed; shown in the window too when
    // `titleForAgent` is set.
    void problem(const QString& message, const QString& titleForAgent);
    // Start-up cannot go on (the socket cannot listen): the app exits with a failure.
    void fatal(const QString& message);
    // The softphone connector or the WebSocket API is on, but the network module could not be
    // loaded (outsideCallsProblem()); the app, forwarded calls included, runs on.
    void outsideCallsUnavailable(const QString& message);

private:
    // The practice scenarios and what PracticeScenarioSet::load refused.
    using ScenariosLoaded = std::pair<QList<PracticeScenario>, QStringList>;
    // Before the storage thread's first job: nothing here touches the file.
    void prepareStorage();
    // When that job answers, on this thread: the stores and services that need the database.
    void startStorage(const StorageStartup& found);
    void finishStart(InstanceServer& server, const StorageStartup& found);
    void startEngines(EngineData& data, const PhraseService::Saved& saved);
    void startTeam();
    void recordArcOf(const Call& call);
    void readRecentCalls();
    static constexpr int kRecentCallsKept = 50;
    QList<StoredCall> m_recentCalls;

    Settings& m_settings;
    Options m_options;
    SystemClock m_systemClock;
    const Clock& m_clock;
    CallEvents m_bus;
    CallSession m_session;
    PopTrace m_popTrace;
    ControlProtocol m_control;
    BreathingCoach m_breathing;
    LiveIntegrations m_integrations;
    std::unique_ptr<BreathingService> m_breathingService;
    bool m_started = false;
    QString m_outsideCallsProblem;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<CallStore> m_callStore;
    std::unique_ptr<PhraseStore> m_phraseStore;
    std::unique_ptr<BreathingStore> m_breathingStore;
    std::unique_ptr<AssessmentStore> m_assessmentStore;
    std::unique_ptr<CustomerStore> m_customerStore;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<SelfAssessment> m_selfAssessment;
    std::unique_ptr<DataRetention> m_retention;
    std::unique_ptr<CueDetector> m_detector;
    std::unique_ptr<std::future<EngineData>> m_engineData;
    std::unique_ptr<PhraseLibrary> m_phrases;
    std::unique_ptr<EmpathyEngine> m_empathy;
    std::unique_ptr<PhraseService> m_phraseService;
    std::unique_ptr<SuggestionService> m_suggestionService;
    std::unique_ptr<PracticeStore> m_practiceStore;
    std::unique_ptr<PracticeService> m_practice;
    void makePractice();
    void connectPractice();
    void adoptScenarios(ScenariosLoaded scenarios);
    // IT's scenario folder, read on a thread of its own while the database opens; taken by
    // connectPractice. (The built-in scenarios are read and adopted in makePractice.)
    std::future<ScenariosLoaded> m_scenarios;
    struct RubricRead;
    std::unique_ptr<RubricRead> m_rubricRead;
    struct History;
    std::unique_ptr<History> m_history;
    // Declared after everything its queued writes touch, and stopped first in the destructor.
    std::unique_ptr<StorageQueue> m_storage;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<TeamService> m_team;
    std::vector<boost::signals2::scoped_connection> m_subscriptions;
};

} // namespace attune
