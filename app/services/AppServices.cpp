#include "AppServices.h"

#include "BreathingService.h"
#include "CoachingService.h"
#include "EngineData.h"
#include "HistoryService.h"
#include "PhraseService.h"
#include "PracticeService.h"
#include "StorageStartup.h"
#include "SuggestionService.h"
#include "TeamService.h"
#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "core/Logging.h"
#include "core/StartupTimeline.h"
#include "core/ThreadHop.h"
#include "demo/DemoSeed.h"
#include "empathy/CueDetector.h"
#include "empathy/EmpathyEngine.h"
#include "empathy/PhraseLibrary.h"
#include "integration/NetModule.h"
#include "integration/SingleInstance.h"
#include "practice/PracticeScenario.h"
#include "profile/ProfileService.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/BreathingStore.h"
#include "storage/CallRecorder.h"
#include "storage/CallStore.h"
#include "storage/CoachingStore.h"
#include "storage/CustomerStore.h"
#include "storage/DataRetention.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/PhraseStore.h"
#include "storage/PracticeStore.h"
#include "storage/RequestLedger.h"
#include "storage/StorageQueue.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QThread>

namespace attune {

namespace {

// The messages moved here from the command-line front end keep its translation context, so
// their translations carry over.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

StorageQueue::Result outcome(bool ok)
{
    return ok ? StorageQueue::Result::Done : StorageQueue::Result::Failed;
}

} // namespace

// The history window's parts, made when the database opens; the window itself is made by the
// view layer the first time the agent asks for it.
struct AppServices::History
{
    History(Database& database, Rubric rubricIn, const QString& pinHash, const Clock& clock,
            CallSession& session, StorageQueue* queue, bool shareWellbeing,
            const QHash<QString, QString>& keptBackOff)
        : store(database)
        , coaching(database)
        , trends(database)
        , rubric(std::move(rubricIn))
        , gate(clock, pinHash)
        , historyService(store, coaching, trends)
        , coachingService(store, coaching, queue)
    {
        gate.session().attach(session);
        // The back-off outlives a restart: read at start-up and written on the storage thread
        // (a wrong PIN while another program holds the file waits there, not here).
        gate.keepBackOffIn(
            {[keptBackOff](const QString& key) { return keptBackOff.value(key); },
             [&database, queue](const QString& key, const QString& value) {
                 queue->write("supervisor back-off", [&database, key, value](QString* error) {
                     if (database.setStateValue(key, value, error))
                         return StorageQueue::Result::Done;
                     return StorageQueue::isBusy(*error) ? StorageQueue::Result::Busy
                                                         : StorageQueue::Result::Failed;
                 });
             }});
        // Supervisor records are signed and checked.
        coaching.protect([this](const QByteArray& message) { return gate.sign(message); },
                         gate.recordPublicKey());
        // A supervisor sees the agent's stress ratings only where IT shares wellbeing.
        const auto hidden = [this, shareWellbeing] { return gate.isOpen() && !shareWellbeing; };
        store.hideWellbeingWhile(hidden);
        trends.hideWellbeingWhile(hidden);
    }

    HistoryStore store;
    CoachingStore coaching;
    TrendsLoader trends;
    Rubric rubric;
    SupervisorGate gate;
    HistoryService historyService;
    CoachingService coachingService;
};

// The self-assessment's questions: IT's file when set and accepted, else the built-in ones in the
// agent's language. No database needed, so read while it opens.
struct AppServices::RubricRead
{
    Rubric rubric;
    bool loaded = false;
    QString deployedRefusal; // why IT's file was refused (the built-in ones are used)
    QString failure;         // why not even the built-in ones could be read

    static RubricRead from(const Settings& settings)
    {
        RubricRead read;
        const QString deployed = settings.value(SettingKey::AssessmentRubricPath).toString();
        if (!deployed.isEmpty())
            read.loaded = Rubric::loadFile(deployed, &read.rubric, &read.deployedRefusal);
        if (!read.loaded)
            read.loaded = Rubric::loadFile(localisedResource(QStringLiteral("rubrics")),
                                           &read.rubric, &read.failure);
        return read;
    }
};

AppServices::AppServices(Settings& settings, Options options, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? *m_options.clock : m_systemClock)
    , m_session(m_clock)
    , m_control(m_bus, m_session, m_popTrace)
    , m_breathing(m_clock)
    , m_integrations(m_bus, m_session, settings, m_options.apiTokenFile)
{
    m_session.attach(m_bus);
    m_control.demoMode = m_options.demo;
    m_breathingService = std::make_unique<BreathingService>(m_breathing);
    // Parsed while the first frame is built and painted; start() takes it.
    m_engineData = std::make_unique<std::future<EngineData>>(
        loadEngineDataInBackground(m_settings.phraseLibraryPath()));
    // With a second core, the storage thread starts now and loads SQLite on it while the window
    // is built; started after the first frame, the kernel often queued it behind the GUI thread
    // on the same core while the other stood idle, and the open waited for its own libraries.
    // With one core the loading would only delay the first frame: start() makes it then
    // (issue #15, docs/ARCHITECTURE.md).
    if (QThread::idealThreadCount() > 1)
        prepareStorage();
}

AppServices::~AppServices()
{
    // No new writes once the subscriptions are gone; then what is queued commits (or gets its
    // bounded wait) while every store it touches still exists.
    m_subscriptions.clear();
    m_phraseService.reset();
    m_practice.reset();
    // The recorder's queued jobs use the recorder itself: it goes once they have run.
    m_storage.reset();
    m_recorder.reset();
    // The sync worker reads the database on its own thread: it stops before the database goes.
    m_team.reset();
}

HistoryStore* AppServices::historyStore() const
{
    return m_history ? &m_history->store : nullptr;
}

CoachingStore* AppServices::coachingStore() const
{
    return m_history ? &m_history->coaching : nullptr;
}

TrendsLoader* AppServices::trendsLoader() const
{
    return m_history ? &m_history->trends : nullptr;
}

const Rubric* AppServices::rubric() const
{
    return m_history ? &m_history->rubric : nullptr;
}

SupervisorGate* AppServices::supervisorGate() const
{
    return m_history ? &m_history->gate : nullptr;
}

HistoryService* AppServices::historyService() const
{
    return m_history ? &m_history->historyService : nullptr;
}

CoachingService* AppServices::coachingService() const
{
    return m_history ? &m_history->coachingService : nullptr;
}

void AppServices::start(InstanceServer& server)
{
    if (m_started)
        return;
    m_started = true;
    // The database opens on the storage thread; the rest starts when it answers (issue #15).
    if (!m_storage)
        prepareStorage();
    m_storage->read<StorageStartup>(
        "start-up",
        [parts = StorageStartup::Parts{*m_database, m_options.demo, m_clock.wallNow(), *m_retention,
                                       *m_phraseStore, *m_assessmentStore}] {
            startupMark("storage open begins");
            StorageStartup found = StorageStartup::run(parts);
            startupMark("storage open ends");
            return found;
        },
        this, [this, &server](const StorageStartup& found) { finishStart(server, found); });
    makePractice();
    // The self-assessment's questions too (0.4 M, half of what came up after the answer).
    m_rubricRead = std::make_unique<RubricRead>(RubricRead::from(m_settings));
}

void AppServices::finishStart(InstanceServer& server, const StorageStartup& found)
{
    startupMark("storage answer handled");
    // When the softphone connector or the WebSocket API is on, the network module's libraries
    // are mapped on a thread of their own (their relocations are about 5 M instructions) while
    // the views attach below; loading it then finds them mapped. Not earlier: the loader maps
    // one library at a time, and the storage thread's SQLite driver would wait behind them.
    // Should no thread be had, it is mapped here when waited for. At a default start (both
    // off) nothing of it is mapped at all: the local socket is Qt Core only.
    std::future<void> netMapped;
    if (!m_options.demo && m_integrations.wantsNetwork())
        netMapped = std::async(std::launch::async | std::launch::deferred, &NetModule::mapAhead);
    startStorage(found);
    // Parsed on their own thread while the first frame was built and painted.
    EngineData data = m_engineData->get();
    startEngines(data, found.phrases);
    // The coach offers an exercise after a call whose customer ran hot; the peak comes from the
    // empathy engine when there is one.
    m_breathing.attach(m_session,
                       [this] { return m_empathy ? m_empathy->arc().peakIntensity() : 0.0; });
    m_control.breathing = &m_breathing;
    connectPractice();
    startTeam();
    startupMark("services started");
    Q_EMIT started();

    if (m_storage) {
        // A reply to a forwarded request or an API message means its record is on disk.
        StorageQueue* storage = m_storage.get();
        const CommitGate gate{
            [storage] { return storage->nextSequence(); },
            [storage](quint64 since, QObject* context, std::function<void(bool)> then) {
                storage->whenCommitted(since, context, std::move(then));
            },
            [storage,
             database = m_database.get()](const QString& requestId, QObject* context,
                                          std::function<void(bool, QString, QJsonObject)> then) {
                storage->readNow<RequestLedger::Known>(
                    "applied request",
                    [database, requestId] { return RequestLedger::find(*database, requestId); },
                    context,
                    [then = std::move(then)](RequestLedger::Known known) {
                        then(known.found, known.command, known.answer);
                    });
            },
            [storage] { storage->beginRequest(); },
            [storage, database = m_database.get(),
             clock = &m_clock](const QString& requestId, const QString& command,
                               std::shared_ptr<const QJsonObject> answer) {
                const qint64 now = clock->wallNow().toSecsSinceEpoch();
                StorageQueue::Job record;
                if (!requestId.isEmpty() && answer)
                    record = [database, requestId, command, answer = std::move(answer),
                              now](QString* error) {
                        // A deferred reply's writes, just run in this transaction, filled it;
                        // they leave it empty when they refused (and wrote nothing).
                        if (answer->isEmpty())
                            return StorageQueue::Result::Done;
                        return RequestLedger::record(*database, requestId, command, *answer, now,
                                                     error)
                                   ? StorageQueue::Result::Done
                                   : StorageQueue::Result::Failed;
                    };
                storage->endRequest("applied request", std::move(record));
            }};
        server.setCommitGate(gate);
        m_integrations.setCommitGate(gate);
    }
    QString failure;
    if (!server.listen(&failure)) {
        Q_EMIT fatal(failure);
        return;
    }
    startupMark("socket listening");
    // The softphone and the WebSocket API, as the settings say; the demo takes no outside calls.
    if (!m_options.demo) {
        connect(&m_integrations, &LiveIntegrations::problem, this,
                [this](const QString& problem) { Q_EMIT this->problem(problem, QString()); });
        connect(&m_integrations, &LiveIntegrations::networkUnavailable, this,
                [this](const QString& problem) {
                    m_outsideCallsProblem = problem;
                    Q_EMIT outsideCallsUnavailable(problem);
                });
        if (netMapped.valid()) {
            netMapped.wait();
            startupMark("network module mapped");
        }
        m_integrations.start();
        m_control.integrations = [this] { return m_integrations.status(); };
    }
    startupMark("start complete");
}

void AppServices::startTeam()
{
    // The demo's made-up history never goes to a team server; without a database there is
    // nothing to share (and the agent was told why).
    const bool usable = !m_options.demo && m_database && m_storage;
    m_team = std::make_unique<TeamService>(m_settings, usable);
    m_control.team = [team = m_team.get()] { return team->statusJson(); };
    if (!usable)
        return;
    m_team->start(*m_database, *m_storage);
    if (m_history)
        m_history->coaching.trustServerRecords(
            [team = m_team.get()](const QString& serverId, const QByteArray& digest) {
                return team->attests(serverId, digest);
            });
}

void AppServices::prepareStorage()
{
    m_database = std::make_unique<Database>(m_options.databaseFile);
    // A full disk, a read-only folder or a file truncated underneath: said in the window
    // (without taking focus from a call) and on stderr, once per kind, besides the request that
    // met it. It may be met on the storage thread.
    m_database->setFaultHandler([this](const QString& reason) {
        runOnObjectThread(
            this, [this, reason] { Q_EMIT problem(reason, Cli::tr("Attune cannot save")); });
    });
    // The app reads every page when that can find something new (docs/ARCHITECTURE.md).
    m_database->setIntegrityCheck(Database::IntegrityCheck::WhenDue);
    // Nothing here touches the file: start() queues the job that opens it (StorageStartup).
    m_storage = std::make_unique<StorageQueue>(*m_database);
    m_storage->start();
    m_retention = std::make_unique<DataRetention>(*m_database, m_clock,
                                                  [this] { return m_settings.retentionDays(); });
    m_phraseStore = std::make_unique<PhraseStore>(*m_database);
    m_assessmentStore = std::make_unique<AssessmentStore>(*m_database);
}

void AppServices::startStorage(const StorageStartup& found)
{
    QString failure = found.failure;
    if (!found.opened) {
        // Attune still pops calls without its database; the agent is told, not left guessing.
        Q_EMIT problem(failure, Cli::tr("Attune cannot save call history"));
        m_storage.reset();
        m_retention.reset();
        m_phraseStore.reset();
        m_assessmentStore.reset();
        m_database.reset();
        return;
    }
    // Purged daily on the storage thread while Attune runs (the first purge was part of
    // StorageStartup); a purge may take drafts with it, so the form's are read again after.
    const DataRetention::Runner purgeOnStorage = [this](std::function<void()> purge) {
        m_storage->write("retention purge", [purge = std::move(purge)](QString*) {
            purge();
            return StorageQueue::Result::Done;
        });
        readRecentCalls();
        if (m_selfAssessment)
            m_storage->read<QList<Assessment>>(
                "assessment drafts", [store = m_assessmentStore.get()] { return store->drafts(); },
                this,
                [this](const QList<Assessment>& drafts) {
                    m_selfAssessment->knowStoredDrafts(drafts);
                });
    };
    m_retention->purgeDailyThrough(purgeOnStorage);
    // A shorter period chosen in the settings applies at once; the signal may come on any
    // thread, the retention's runner belongs to this one.
    m_subscriptions.emplace_back(m_settings.changed.connect([this, purgeOnStorage](SettingKey key) {
        if (key == SettingKey::RetentionDays)
            runOnObjectThread(this, [this, purgeOnStorage] {
                purgeOnStorage([retention = m_retention.get()] { retention->purgeNow(); });
            });
    }));
    m_callStore = std::make_unique<CallStore>(*m_database);
    m_recorder = std::make_unique<CallRecorder>(m_session, *m_callStore, m_clock, *m_storage);
    // The earlier calls the agent may assess: read now and after each call's end (subscribed
    // after the recorder, so read after its write).
    readRecentCalls();
    m_subscriptions.emplace_back(
        m_session.ended.connect([this](const Call&) { readRecentCalls(); }));
    m_breathingStore = std::make_unique<BreathingStore>(*m_database);
    m_customerStore = std::make_unique<CustomerStore>(*m_database);
    m_profiles = std::make_unique<ProfileService>(*m_customerStore, m_settings.defaultCountry());
    m_profiles->setStorageQueue(m_storage.get());
    m_profiles->attach(m_session);
    m_control.profiles = m_profiles.get();

    // Read in start() while the database opened (RubricRead); said here, as it always was.
    const RubricRead read = std::move(*m_rubricRead);
    m_rubricRead.reset();
    const Rubric& rubric = read.rubric;
    if (!read.deployedRefusal.isEmpty())
        Q_EMIT problem(
            Cli::tr("the self-assessment questions set by %1 were refused, using "
                    "the built-in ones: %2")
                .arg(Settings::keyName(SettingKey::AssessmentRubricPath), read.deployedRefusal),
            QString());
    failure = read.failure;
    if (read.loaded) {
        m_selfAssessment = std::make_unique<SelfAssessment>(*m_assessmentStore, rubric);
        m_selfAssessment->setPrivateNotesAllowed(m_settings.allowPrivateNotes());
        m_selfAssessment->setStorageQueue(m_storage.get());
        m_selfAssessment->knowStoredDrafts(found.drafts);
        m_control.assessments = m_selfAssessment.get();
        // The demo's made-up history has its own supervisor (DemoSeed).
        m_history = std::make_unique<History>(
            *m_database, rubric,
            m_options.demo ? DemoSeed::supervisorPinHash() : m_settings.supervisorPinHash(),
            m_clock, m_session, m_storage.get(), m_settings.teamShareWellbeing(),
            found.supervisorBackOff);
    } else {
        Q_EMIT problem(failure, QString());
    }
    if (!found.movedAsideTo.isEmpty()) {
        // Said plainly, with the place: the agent (or IT) may want it back.
        Q_EMIT problem(Cli::tr("Attune found its database damaged and started a fresh one. "
                               "Nothing was deleted: the damaged file is kept at %1.")
                           .arg(found.movedAsideTo),
                       Cli::tr("Attune"));
    }
    // An exercise is written down on the storage thread, whichever thread the coach reports on.
    m_subscriptions.emplace_back(
        m_breathing.recorded.connect([this](const BreathingRecord& record) {
            m_storage->write("breathing record",
                             [store = m_breathingStore.get(), record](QString* error) {
                                 return outcome(store->save(record, error));
                             });
        }));
}

void AppServices::startEngines(EngineData& data, const PhraseService::Saved& saved)
{
    if (!data.lexiconLoaded) {
        Q_EMIT problem(data.lexiconFailure, QString());
        return;
    }
    if (data.deployedRefused)
        Q_EMIT problem(
            Cli::tr("the phrase library set by %1 was refused, using the built-in "
                    "one: %2")
                .arg(Settings::keyName(SettingKey::PhraseLibraryPath), data.deployedRefusal),
            QString());
    if (!data.phrases) {
        Q_EMIT problem(data.phrasesFailure, QString());
        return;
    }
    m_phrases = std::move(data.phrases);
    Lexicon lexicon = std::move(data.lexicon);
    m_detector = std::make_unique<CueDetector>(std::move(lexicon));
    m_empathy = std::make_unique<EmpathyEngine>(*m_detector, *m_phrases);
    // Own phrases, stars and learning: restored from the store and written back through it.
    m_phraseService = std::make_unique<PhraseService>(*m_empathy, m_phraseStore.get(),
                                                      m_storage.get(), nullptr, saved);
    m_suggestionService = std::make_unique<SuggestionService>(*m_empathy);
    m_empathy->attach(m_session);
    if (m_callStore) {
        // The arc is read as the call ends, before the next call resets it.
        m_subscriptions.emplace_back(
            m_session.ended.connect([this](const Call& call) { recordArcOf(call); }));
    }
    if (m_profiles) {
        // The caller's profile personalises the phrasings: their name, the last contact, an
        // open case.
        m_subscriptions.emplace_back(m_profiles->changed.connect([this](const ProfileView& view) {
            if (view.state != ProfileView::State::Known)
                return;
            PhraseContext context = PhraseContext::fromProfile(view.profile);
            if (!view.contacts.isEmpty()) {
                context.lastContactTopic = view.contacts.first().topic;
                context.lastContactDate = QLocale().toString(
                    view.contacts.first().at.toLocalTime().date(), QStringLiteral("dddd d MMMM"));
            }
            if (!view.openCases.isEmpty())
                context.openCaseTopic = view.openCases.first();
            m_empathy->setCustomerContext(view.callId, context);
        }));
    }
    m_control.empathy = m_empathy.get();
}

void AppServices::makePractice()
{
    m_practice = std::make_unique<PracticeService>(m_session, m_clock);
    m_control.onPractice = [this](const QString& scenarioId) {
        return m_practice->requestOpen(scenarioId);
    };
    m_control.practice = [this] { return m_practice->status(); };
    // The practice scenarios: the built-in ones from their compact form (0.3 M instructions) are
    // read here, on the GUI thread, after the first frame while the database opens. Not on a
    // thread of their own: the answer had to wait for that thread, which on a loaded machine
    // meant waiting until it was first given a core (seen 31 ms after it was made). IT's folder
    // may be slow to read (a network share), so with one set they are read on a thread of their
    // own and adopted when the database has answered (connectPractice); the panel lists them
    // when the agent opens it.
    const auto readScenarios = [locale = QLocale().name(),
                                folder = m_settings.practiceScenarioFolder()] {
        ScenariosLoaded loaded;
        loaded.first = PracticeScenarioSet::load(locale, folder, &loaded.second);
        return loaded;
    };
    if (m_settings.practiceScenarioFolder().isEmpty())
        adoptScenarios(readScenarios());
    else
        m_scenarios = std::async(std::launch::async, readScenarios);
}

void AppServices::adoptScenarios(ScenariosLoaded scenarios)
{
    m_practice->adopt(std::move(scenarios.first), QLocale().name());
    for (const QString& refused : std::as_const(scenarios.second))
        Q_EMIT problem(refused, QString());
}

void AppServices::connectPractice()
{
    if (m_scenarios.valid())
        adoptScenarios(m_scenarios.get());
    if (m_phrases)
        m_practice->setPhraseLibrary(*m_phrases);
    if (m_storage) {
        // Counts only, written on the storage thread; the agent's replies are never kept.
        m_practiceStore = std::make_unique<PracticeStore>(*m_database);
        m_practice->setRecorder([this](const PracticeSession& run,
                                       const PracticeFeedback& feedback) {
            m_storage->write("practice run",
                             [store = m_practiceStore.get(),
                              record = PracticeRecord::of(run, feedback)](QString* error) mutable {
                                 return outcome(store->save(&record, error));
                             });
        });
        m_practice->setRunsLoader(
            [this](int limit, QObject* context, std::function<void(QList<PracticeRun>)> deliver) {
                m_storage->read<QList<PracticeRun>>(
                    "practice runs",
                    [store = m_practiceStore.get(), limit] {
                        QList<PracticeRun> runs;
                        for (const PracticeRecord& record : store->recent(limit)) {
                            PracticeRun run{record.scenarioId,
                                            record.scenarioId,
                                            record.startedAt,
                                            record.endedAt,
                                            record.turns,
                                            record.outcome,
                                            {}};
                            for (auto it = record.behaviours.begin(); it != record.behaviours.end();
                                 ++it)
                                run.behaviours.insert(it.key(), it.value().toInt());
                            runs << run;
                        }
                        return runs;
                    },
                    context, std::move(deliver));
            });
    }
}

void AppServices::recordArcOf(const Call& call)
{
    const CallArc arc = m_empathy->arc();
    if (!call.wasAnswered() || arc.points().isEmpty())
        return;
    StoredArc stored;
    stored.peak = arc.peakIntensity();
    stored.peakKind = cueKindName(arc.peakKind());
    stored.peakAfterMs = arc.peakAtMs() - call.answeredAtMonotonicMs;
    stored.calmed = arc.calmedDown();
    for (const auto& [atMs, level] : arc.points())
        stored.points.append({atMs - call.answeredAtMonotonicMs, level});
    stored.suggestionsUsed = m_empathy->snapshot().usedThisCall;
    // Queued after the recorder's "call ended", so the row it belongs to is there.
    m_storage->write("call arc", [store = m_callStore.get(), id = call.id, stored](QString* error) {
        return outcome(store->recordArc(id, stored, error));
    });
}

QList<StoredCall> AppServices::recentCalls(int limit) const
{
    return m_recentCalls.mid(0, limit);
}

void AppServices::readRecentCalls()
{
    // Queued behind the writes that change the list (a call's end, a purge), so it is current
    // once read; the GUI thread only ever reads the copy.
    m_storage->read<QList<StoredCall>>(
        "recent calls", [store = m_callStore.get()] { return store->recent(kRecentCallsKept); },
        this, [this](const QList<StoredCall>& calls) { m_recentCalls = calls; });
}

void AppServices::requestKudosToAnnounce(QObject* context,
                                         std::function<void(const QStringList&)> done)
{
    if (!m_history || m_session.current().isLive())
        return;
    m_history->coachingService.requestKudosToAnnounce(context, std::move(done));
}

QString AppServices::profileSummary(const QString& customerId) const
{
    if (!m_customerStore)
        return {};
    const std::optional<CustomerProfile> profile = m_customerStore->byId(customerId);
    if (!profile)
        return {};
    const int contacts = int(m_customerStore->contacts(customerId, 50).size());
    return Cli::tr("%1 (customer %2): %n earlier contact(s) on record.", nullptr, contacts)
        .arg(profile->addressName(), customerId);
}

void AppServices::signOutSupervisor()
{
    if (m_history)
        m_history->gate.signOut();
}

void AppServices::flushDrafts()
{
    if (m_selfAssessment)
        m_selfAssessment->drafts().flush();
}

void AppServices::closeStorageWhenIdle()
{
    if (m_storage)
        m_storage->closeConnectionWhenIdle();
}

} // namespace attune
