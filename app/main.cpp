// The composition root: reads the command line, builds the objects, wires them and starts the
// UI. No logic lives here that a test would need to reach.

#include "assessment/AssessmentExport.h"
#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PopTrace.h"
#include "core/ThreadHop.h"
#include "empathy/CueDetector.h"
#include "empathy/EmpathyEngine.h"
#include "empathy/PhraseLibrary.h"
#include "integration/AppPaths.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"
#include "integration/LiveIntegrations.h"
#include "integration/Localization.h"
#include "integration/QuitOnSignal.h"
#include "integration/ScenarioPlayer.h"
#include "integration/SingleInstance.h"
#include "profile/CustomerImport.h"
#include "profile/ProfileService.h"
#include "settings/Settings.h"
#include "speech/CallTranscription.h"
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
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/HistoryPlugin.h"
#include "widgets/SidebarWindow.h"
#include "widgets/Theme.h"
#include "widgets/TranscriptionNotice.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLibrary>
#include <QMessageBox>
#include <QProcess>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace attune;

namespace {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    BadCommandLine = 2,
    NotRunning = 3
};

// Messages of the command-line front end, in one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
}

void loadTranslations(QCoreApplication& app, const AppPaths& paths)
{
    const Settings settings(paths.configFile, paths.systemConfigFile);
    installTranslations(app, settings.language());
}

// Starts the app in the background for a forwarded command and waits until it listens.
bool startBackgroundInstance(const AppPaths& paths, QString* error)
{
    QDir().mkpath(paths.dataDir);
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(paths.backgroundLogFile(), QIODevice::Append);
    process.setStandardErrorFile(paths.backgroundLogFile(), QIODevice::Append);
    if (!process.startDetached()) {
        *error = Cli::tr("Could not start Attune: %1").arg(process.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        if (InstanceClient::isListening(paths))
            return true;
        QThread::msleep(20);
    }
    *error = Cli::tr("Attune was started but did not come up within 15 seconds; see %1.")
                 .arg(paths.backgroundLogFile());
    return false;
}

int runForwarded(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    const CommandLine command = CommandLine::parse(argumentsOf(argc, argv));

    QJsonObject reply;
    QString error;
    if (!InstanceClient::send(paths, command.request, &reply, &error)) {
        if (!command.startsAppIfNeeded) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return NotRunning;
        }
        if (!startBackgroundInstance(paths, &error) ||
            !InstanceClient::send(paths, command.request, &reply, &error)) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return Failed;
        }
    }
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        printErr(
            Cli::tr("attune: refused: %1\n").arg(reply.value(QStringLiteral("error")).toString()));
        return Failed;
    }
    reply.remove(QStringLiteral("ok"));
    printOut(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
    return Ok;
}

const QString kLexiconResource = QStringLiteral(":/lexicons/en.json");

// `attune cues`: a filter, stdin to stdout, one JSON line per utterance. Streams, so memory
// stays flat however long the input is.
int runCues(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Lexicon lexicon;
    QString error;
    if (!Lexicon::loadFile(kLexiconResource, &lexicon, &error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CueDetector detector(std::move(lexicon));
    std::ios::sync_with_stdio(false);
    // Someone typing wants each answer at once; a pipe is faster in blocks.
    const bool interactive = ::isatty(STDIN_FILENO);
    std::string line;
    QByteArray out;
    out.reserve(1 << 16);
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out +=
            cueReadingJson(detector.read(QString::fromUtf8(line.data(), qsizetype(line.size()))));
        out += '\n';
        if (interactive || out.size() > (1 << 15)) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            std::fflush(stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

// The agent's own assessments to a file they own (0600). Reads the database next to a running
// Attune safely (WAL); creates nothing when there is no database yet.
int runExport(int argc, char** argv, const CommandLine& command)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    // IT may keep assessments inside Attune (privacy/allowExport); said plainly, with the key,
    // so the agent knows whom to ask and IT can find the line.
    if (!Settings(paths.configFile, paths.systemConfigFile).allowExport()) {
        printErr(Cli::tr("attune: exporting is turned off by your IT department (%1); nothing was "
                         "written\n")
                     .arg(Settings::keyName(SettingKey::AllowExport)));
        return Failed;
    }
    const QString databaseFile = paths.databaseFile(false);
    if (!QFileInfo::exists(databaseFile)) {
        printErr(Cli::tr("attune: there is nothing to export yet (no database at %1)\n")
                     .arg(databaseFile));
        return Failed;
    }
    Database database(databaseFile);
    QString error;
    if (!database.open(&error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QList<Assessment> assessments = AssessmentStore(database).assessments();
    const QByteArray data = command.exportFormat == QLatin1String("json")
                                ? AssessmentExport::toJson(assessments)
                                : AssessmentExport::toCsv(assessments);
    QSaveFile file(command.exportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        printErr(
            Cli::tr("attune: cannot write %1: %2\n").arg(command.exportFile, file.errorString()));
        return Failed;
    }
    printOut(assessments.size() == 1
                 ? Cli::tr("Exported 1 assessment to %1.\n").arg(command.exportFile)
                 : Cli::tr("Exported %1 assessments to %2.\n")
                       .arg(assessments.size())
                       .arg(command.exportFile));
    return Ok;
}

// A CRM export into the profile store, beside a running Attune if there is one (WAL).
int runImport(int argc, char** argv, const CommandLine& command)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    const Settings settings(paths.configFile, paths.systemConfigFile);
    Database database(paths.databaseFile(false));
    QString error;
    if (!database.open(&error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CustomerImport::Kind kind =
        command.importWhat == QLatin1String("contacts") ? CustomerImport::Kind::Contacts
        : command.importWhat == QLatin1String("cases")  ? CustomerImport::Kind::Cases
                                                        : CustomerImport::Kind::Customers;
    CustomerImport import(database, settings.defaultCountry());
    CustomerImport::Result result;
    if (!import.setMapping(command.importMap, kind, &error) ||
        !import.importFile(kind, command.importFile, &result, &error)) {
        printErr(Cli::tr("attune: nothing was imported: %1\n").arg(error));
        return Failed;
    }
    printOut((result.rows == 1
                  ? Cli::tr("Imported 1 row from %1: %2 new, %3 updated.\n").arg(command.importFile)
                  : Cli::tr("Imported %1 rows from %2: %3 new, %4 updated.\n")
                        .arg(result.rows)
                        .arg(command.importFile))
                 .arg(result.created)
                 .arg(result.updated));
    return Ok;
}

// Reads one line from standard input; with a terminal, without echoing what is typed.
QString readSecretLine(const QString& prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        printErr(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        printErr(QStringLiteral("\n"));
    }
    return QString::fromStdString(line).trimmed();
}

// For IT: a supervisor PIN in, the system-settings line out. The PIN is never printed or stored.
int runHashPin(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    loadTranslations(app, AppPaths::fromEnvironment());
    const QString pin = readSecretLine(Cli::tr("Supervisor PIN: "));
    if (::isatty(STDIN_FILENO) && readSecretLine(Cli::tr("Again: ")) != pin) {
        printErr(Cli::tr("attune: the two PINs differ; nothing was printed\n"));
        return Failed;
    }
    QString error;
    const QString hashed = SupervisorPin::hash(pin, &error);
    if (hashed.isEmpty()) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    printOut(QStringLiteral("[supervisor]\npinHash=%1\n").arg(hashed));
    return Ok;
}

qint64 monotonicMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

// A warning the agent reads when they can: never modal, so start-up goes on and calls keep
// arriving (a modal box here once held the socket closed until it was clicked).
void tellWithoutBlocking(QWidget& parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, &parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setAttribute(Qt::WA_ShowWithoutActivating); // never steals focus from a call
    box->show();
}

// The phrase library IT deployed (setting empathy/phraseLibrary), else the built-in one. A
// deployed library that does not validate is reported and the built-in one is used, so agents
// still get suggestions.
// The built-in file of a resource folder for the agent's language: "pt_BR", then "pt", then
// English.
QString localisedResource(const QString& folder)
{
    const QString name = QLocale().name();
    for (const QString& candidate : {name, name.section(QLatin1Char('_'), 0, 0)}) {
        const QString path = QStringLiteral(":/%1/%2.json").arg(folder, candidate);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/%1/en.json").arg(folder);
}

bool loadPhraseLibrary(const Settings& settings, PhraseLibrary* library, QString* error)
{
    const QString deployed = settings.phraseLibraryPath();
    if (!deployed.isEmpty()) {
        QString problem;
        if (library->load(deployed, &problem)) {
            qCInfo(lcSettings) << "phrase library from policy:" << library->name()
                               << library->version();
            return true;
        }
        printErr(Cli::tr("attune: the phrase library set by %1 was refused, using the built-in "
                         "one: %2\n")
                     .arg(Settings::keyName(SettingKey::PhraseLibraryPath), problem));
    }
    return library->load(localisedResource(QStringLiteral("phrases")), error);
}

// The history window and everything behind it, made when the database opens and the window
// itself only when the agent first asks for it.
struct HistoryFeature
{
    HistoryFeature(Database& database, const Rubric& rubric, const QString& pinHash,
                   const Clock& clock, CallSession& session)
        : store(database)
        , coaching(database)
        , trends(database)
        , rubric(rubric)
        , gate(clock, pinHash)
        , callSession(session)
    {
        gate.session().attach(session);
    }

    // Opens the history window, loading its module on first use; false (with the reason) when
    // the module cannot be loaded.
    bool open(SidebarWindow& sidebar, CustomerStore* customers, QString* error)
    {
        if (!window) {
            const auto create = reinterpret_cast<CreateHistoryWindow>(loadModule(error));
            if (!create)
                return false;
            const HistoryWindowParts parts{store,
                                           coaching,
                                           trends,
                                           rubric,
                                           gate,
                                           [customers](const QString& customerId) {
                                               return profileSummary(customers, customerId); }};
            window.reset(create(parts));
            window->setAttribute(Qt::WA_DeleteOnClose, false);
            window->installEventFilter(&closeWatch);
        }
        window->show();
        window->raise();
        window->activateWindow();
        closeWatch.onClose = [this, &sidebar] {
            // A supervisor's kudos reach the agent's sidebar once the history is put away.
            gate.signOut();
            announceKudos(sidebar);
        };
        return true;
    }

    // The module sits next to the binary in a build tree, and in the library folder once
    // installed.
    QFunctionPointer loadModule(QString* error)
    {
        const QString binary = QCoreApplication::applicationDirPath();
        const QStringList places = {binary,
                                    binary + QStringLiteral("/" ATTUNE_PLUGIN_RELATIVE_DIR)};
        QStringList tried;
        for (const QString& place : places) {
            module.setFileName(place + QStringLiteral("/attune_history.so"));
            if (QFunctionPointer create = module.resolve(kCreateHistoryWindowSymbol))
                return create;
            tried << module.errorString();
        }
        *error = tried.join(QLatin1String("; "));
        return nullptr;
    }

    // Shows kudos not announced yet, unless a call is live (then they wait for the next time).
    void announceKudos(SidebarWindow& sidebar)
    {
        if (callSession.current().isLive())
            return;
        sidebar.announceKudos(coaching.takeKudosToAnnounce(QDateTime::currentDateTimeUtc()));
    }

    static QString profileSummary(CustomerStore* customers, const QString& customerId)
    {
        if (!customers)
            return {};
        const std::optional<CustomerProfile> profile = customers->byId(customerId);
        if (!profile)
            return {};
        const int contacts = int(customers->contacts(customerId, 50).size());
        return Cli::tr("%1 (customer %2): %n earlier contact(s) on record.", nullptr, contacts)
            .arg(profile->addressName(), customerId);
    }

    struct CloseWatch : QObject
    {
        std::function<void()> onClose;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Close && onClose)
                onClose();
            return QObject::eventFilter(watched, event);
        }
    };

    HistoryStore store;
    CoachingStore coaching;
    TrendsLoader trends;
    Rubric rubric;
    SupervisorGate gate;
    CallSession& callSession;
    CloseWatch closeWatch;
    QLibrary module;
    std::unique_ptr<QWidget> window;
};

// The self-assessment questions IT deployed (setting assessment/rubric), else the built-in ones in
// the agent's language. A deployed file that does not validate is reported and the built-in
// questions are used.
bool loadRubric(const Settings& settings, Rubric* rubric, QString* error)
{
    const QString deployed = settings.value(SettingKey::AssessmentRubricPath).toString();
    if (!deployed.isEmpty()) {
        QString problem;
        if (Rubric::loadFile(deployed, rubric, &problem))
            return true;
        printErr(Cli::tr("attune: the self-assessment questions set by %1 were refused, using the "
                         "built-in ones: %2\n")
                     .arg(Settings::keyName(SettingKey::AssessmentRubricPath), problem));
    }
    return Rubric::loadFile(localisedResource(QStringLiteral("rubrics")), rubric, error);
}

int runApp(int argc, char** argv, CommandLine command)
{
    // Without a display there is nothing to show on: run offscreen, leave a screenshot behind,
    // and say so, so that the demo command still shows something on a bare server.
    bool headless = false;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        headless = true;
        if (command.screenshotFile.isEmpty() && !command.exitAfterFirstFrame)
            command.screenshotFile = QDir::current().absoluteFilePath(
                command.demo ? QStringLiteral("attune-demo.png") : QStringLiteral("attune.png"));
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("attune"));
    const AppPaths paths = AppPaths::fromEnvironment();
    Settings settings(paths.configFile, paths.systemConfigFile);
    installTranslations(app, settings.language());
    // A screenshot or benchmark run is a one-off: it must not quit because a tray-less close
    // happened, nor linger when the window closes.
    app.setQuitOnLastWindowClosed(true);

    InstanceServer server(paths);
    QString error;
    switch (server.claim(&error)) {
    case InstanceServer::Claim::Primary:
        break;
    case InstanceServer::Claim::AlreadyRunning: {
        if (command.demo || !command.screenshotFile.isEmpty() || command.exitAfterFirstFrame) {
            printErr(Cli::tr("attune: Attune is already running for this data folder (%1); quit it "
                             "first.\n")
                         .arg(paths.dataDir));
            return Failed;
        }
        QJsonObject reply;
        const QJsonObject raise{{QStringLiteral("v"), ControlMessage::kVersion},
                                {QStringLiteral("command"), QStringLiteral("raise")}};
        if (!InstanceClient::send(paths, raise, &reply, &error)) {
            printErr(Cli::tr("attune: Attune is starting up; try again in a moment.\n"));
            return Failed;
        }
        printOut(Cli::tr("Attune is already running; brought it forward.\n"));
        return Ok;
    }
    case InstanceServer::Claim::Failed:
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }

    QuitOnSignal quitOnSignal;
    ThemeManager theme(app);
    theme.apply(settings.theme());

    SystemClock clock;
    CallEvents bus;
    CallSession session(clock);
    session.attach(bus);
    PopTrace popTrace;

    ControlProtocol control(bus, session, popTrace);
    control.demoMode = command.demo;
    server.setHandler([&control](const QJsonObject& request) { return control.handle(request); });

    SidebarWindow window(session, settings, theme, popTrace);
    window.setDemoMode(command.demo);
    control.onRaise = [&window] { window.showForUser(); };

    const auto takeScreenshot = [&window, &command] {
        const bool saved = window.grab().save(command.screenshotFile, "PNG");
        if (saved)
            printOut(Cli::tr("Wrote a screenshot to %1\n").arg(command.screenshotFile));
        else
            printErr(
                Cli::tr("attune: could not write the screenshot %1\n").arg(command.screenshotFile));
        QCoreApplication::exit(saved ? Ok : Failed);
    };

    if (command.exitAfterFirstFrame) {
        QObject::connect(&window, &SidebarWindow::firstFramePainted, &app, [] {
            printOut(QStringLiteral("first-frame-monotonic-us %1\n").arg(monotonicMicroseconds()));
            QCoreApplication::exit(Ok);
        });
    }

    // What is not on screen starts right after the first frame: the database (loading the SQLite
    // plugin is a good part of start-up) and then the socket. Calls are only accepted once the
    // socket listens, so none can arrive before the recorder is there to write it down.
    Database database(paths.databaseFile(command.demo));
    std::unique_ptr<CallStore> callStore;
    std::unique_ptr<CallRecorder> recorder;
    std::unique_ptr<PhraseStore> phraseStore;
    std::unique_ptr<BreathingStore> breathingStore;
    std::unique_ptr<AssessmentStore> assessmentStore;
    std::unique_ptr<CustomerStore> customerStore;
    std::unique_ptr<ProfileService> profiles;
    std::unique_ptr<SelfAssessment> selfAssessment;
    std::unique_ptr<DataRetention> retention;
    boost::signals2::scoped_connection retentionChanged;
    BreathingCoach breathing(clock);
    std::optional<CueDetector> detector;
    PhraseLibrary phrases;
    std::unique_ptr<EmpathyEngine> empathy;
    std::optional<HistoryFeature> history;
    LiveIntegrations integrations(bus, session, settings, paths.apiTokenFile());
    QObject::connect(
        &window, &SidebarWindow::firstFramePainted, &app,
        [&] {
            QString failure;
            if (database.open(&failure)) {
                // Old history goes before anything reads it (a purged draft is not offered
                // again), then daily while Attune runs.
                retention = std::make_unique<DataRetention>(
                    database, clock, [&settings] { return settings.retentionDays(); });
                retention->start();
                // A shorter period chosen in the settings applies at once; the signal may come on
                // any thread, the database belongs to this one.
                retentionChanged = settings.changed.connect([&retention, &app](SettingKey key) {
                    if (key == SettingKey::RetentionDays)
                        runOnObjectThread(&app, [&retention] { retention->purgeNow(); });
                });
                callStore = std::make_unique<CallStore>(database);
                recorder = std::make_unique<CallRecorder>(session, *callStore, clock);
                phraseStore = std::make_unique<PhraseStore>(database);
                breathingStore = std::make_unique<BreathingStore>(database);
                assessmentStore = std::make_unique<AssessmentStore>(database);
                customerStore = std::make_unique<CustomerStore>(database);
                profiles =
                    std::make_unique<ProfileService>(*customerStore, settings.defaultCountry());
                profiles->attach(session);
                window.setProfileService(*profiles);
                control.profiles = profiles.get();
                Rubric rubric;
                if (loadRubric(settings, &rubric, &failure)) {
                    selfAssessment = std::make_unique<SelfAssessment>(*assessmentStore, rubric);
                    selfAssessment->setPrivateNotesAllowed(settings.allowPrivateNotes());
                    control.assessments = selfAssessment.get();
                    window.setSelfAssessment(*selfAssessment, &breathing, [&callStore] {
                        return callStore ? callStore->recent(30) : QList<StoredCall>();
                    });
                    // Whatever the agent typed in the last quarter second is written on the way
                    // out.
                    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app,
                                     [&selfAssessment] { selfAssessment->drafts().flush(); });
                    history.emplace(database, rubric, settings.supervisorPinHash(), clock, session);
                    control.onOpenHistory = [&] {
                        QString problem;
                        history->open(window, customerStore.get(), &problem);
                        return problem;
                    };
                    window.setHistoryOpener([&] {
                        QString problem;
                        if (!history->open(window, customerStore.get(), &problem)) {
                            printErr(Cli::tr("attune: the history cannot open: %1\n").arg(problem));
                            tellWithoutBlocking(
                                window, Cli::tr("Attune"),
                                Cli::tr("The history cannot open: %1").arg(problem));
                        }
                    });
                    // Kudos waiting from an earlier supervisor session are announced once.
                    history->announceKudos(window);
                } else {
                    printErr(Cli::tr("attune: %1\n").arg(failure));
                }
                if (!database.movedAsideTo().isEmpty()) {
                    // Said plainly, with the place: the agent (or IT) may want it back.
                    const QString told =
                        Cli::tr("Attune found its database damaged and started a fresh one. "
                                "Nothing was deleted: the damaged file is kept at %1.")
                            .arg(database.movedAsideTo());
                    printErr(QStringLiteral("attune: %1\n").arg(told));
                    if (!headless && command.screenshotFile.isEmpty())
                        tellWithoutBlocking(window, Cli::tr("Attune"), told);
                }
                // Records come from the GUI thread (the panel polls the coach there).
                breathing.recorded.connect(
                    [store = breathingStore.get()](const BreathingRecord& record) {
                        store->save(record);
                    });
            } else {
                // Attune still pops calls without its database; the agent is told, not left
                // guessing.
                printErr(Cli::tr("attune: %1\n").arg(failure));
                if (!headless && command.screenshotFile.isEmpty())
                    tellWithoutBlocking(window, Cli::tr("Attune cannot save call history"),
                                        failure);
            }
            // The empathy engine: its lexicon and phrase library are parsed off the start-up path.
            Lexicon lexicon;
            if (!Lexicon::loadFile(kLexiconResource, &lexicon, &failure) ||
                !loadPhraseLibrary(settings, &phrases, &failure)) {
                printErr(Cli::tr("attune: %1\n").arg(failure));
            } else {
                detector.emplace(std::move(lexicon));
                empathy = std::make_unique<EmpathyEngine>(*detector, phrases);
                if (phraseStore) {
                    empathy->restore(phraseStore->starred(), phraseStore->learning(),
                                     phraseStore->personalPhrases());
                    // The engine reports from whichever thread the change came on; the store
                    // writes on this one, which owns the database connection.
                    PhraseStore* store = phraseStore.get();
                    empathy->starredChanged.connect([store, &app](const QString& id, bool on) {
                        runOnObjectThread(&app, [store, id, on] { store->setStarred(id, on); });
                    });
                    empathy->learningChanged.connect([store, &app](const PhraseLearning& learned) {
                        runOnObjectThread(&app, [store, learned] { store->saveLearning(learned); });
                    });
                }
                empathy->attach(session);
                if (callStore) {
                    // The arc is read as the call ends (before the next call resets it) and written
                    // on the GUI thread, which owns the database connection.
                    session.ended.connect(
                        [engine = empathy.get(), store = callStore.get(), &app](const Call& call) {
                            const CallArc arc = engine->arc();
                            if (!call.wasAnswered() || arc.points().isEmpty())
                                return;
                            StoredArc stored;
                            stored.peak = arc.peakIntensity();
                            stored.peakKind = cueKindName(arc.peakKind());
                            stored.peakAfterMs = arc.peakAtMs() - call.answeredAtMonotonicMs;
                            stored.calmed = arc.calmedDown();
                            for (const auto& [atMs, level] : arc.points())
                                stored.points.append({atMs - call.answeredAtMonotonicMs, level});
                            stored.suggestionsUsed = engine->snapshot().usedThisCall;
                            runOnObjectThread(&app, [store, id = call.id, stored] {
                                store->recordArc(id, stored);
                            });
                        });
                }
                if (profiles) {
                    // The caller's profile personalises the phrasings: their name, the last
                    // contact, an open case.
                    profiles->changed.connect([engine = empathy.get()](const ProfileView& view) {
                        if (view.state != ProfileView::State::Known)
                            return;
                        PhraseContext context = PhraseContext::fromProfile(view.profile);
                        if (!view.contacts.isEmpty()) {
                            context.lastContactTopic = view.contacts.first().topic;
                            context.lastContactDate =
                                QLocale().toString(view.contacts.first().at.toLocalTime().date(),
                                                   QStringLiteral("dddd d MMMM"));
                        }
                        if (!view.openCases.isEmpty())
                            context.openCaseTopic = view.openCases.first();
                        engine->setCustomerContext(view.callId, context);
                    });
                }
                window.setEmpathyEngine(*empathy, phraseStore.get());
                control.empathy = empathy.get();
            }
            // The coach offers an exercise after a call whose customer ran hot; the peak comes
            // from the empathy engine once it is up.
            breathing.attach(session,
                             [&empathy] { return empathy ? empathy->arc().peakIntensity() : 0.0; });
            window.setBreathingCoach(breathing);
            control.breathing = &breathing;
            control.onBreathe = [&window] {
                window.showForUser();
                return window.startBreathing();
            };
            if (!server.listen(&failure)) {
                printErr(Cli::tr("attune: %1\n").arg(failure));
                QCoreApplication::exit(Failed);
            }
            // The softphone and the WebSocket API, as the settings say; the demo takes no
            // outside calls.
            if (!command.demo) {
                QObject::connect(
                    &integrations, &LiveIntegrations::problem, &app,
                    [](const QString& problem) { printErr(Cli::tr("attune: %1\n").arg(problem)); });
                integrations.apply();
                CallTranscription* transcription = integrations.transcription();
                QObject::connect(transcription, &CallTranscription::stateChanged, &window,
                                 [&window, transcription] {
                                     window.transcriptionNotice()->setTranscribing(
                                         transcription->isTranscribingACall());
                                 });
                control.integrations = [&integrations] { return integrations.status(); };
            }
        },
        Qt::SingleShotConnection);

    std::optional<ScenarioPlayer> player;
    Scenario demo;
    if (command.demo) {
        if (!Scenario::load(QStringLiteral(":/scenarios/demo.json"), &demo, &error)) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return Failed;
        }
        player.emplace(bus, clock);
        // Tests speed the demo up; people always see it in real time.
        bool ok = false;
        const double speed = qEnvironmentVariable("ATTUNE_DEMO_SPEED").toDouble(&ok);
        QObject::connect(&window, &SidebarWindow::firstFramePainted, &app,
                         [&player, &demo, speed, ok] { player->play(demo, ok ? speed : 1.0); });
    }

    if (!command.screenshotFile.isEmpty()) {
        if (headless)
            printOut(Cli::tr("No display found, so Attune runs offscreen and writes a screenshot "
                             "instead of opening a window.\n"));
        if (command.demo) {
            const int shotAfter = demo.screenshotAfterStep >= 0
                                      ? demo.screenshotAfterStep
                                      : static_cast<int>(demo.steps.size()) - 1;
            QObject::connect(&*player, &ScenarioPlayer::stepPlayed, &app, [&, shotAfter](int step) {
                // Let the queued view updates of this step land before grabbing.
                if (step == shotAfter)
                    QTimer::singleShot(150, &app, takeScreenshot);
            });
        } else {
            QObject::connect(&window, &SidebarWindow::firstFramePainted, &app,
                             [&] { QTimer::singleShot(50, &app, takeScreenshot); });
        }
    }

    window.restoreOrDock();
    window.show();
    const int exitCode = app.exec();
    if (command.screenshotFile.isEmpty() && !command.exitAfterFirstFrame)
        settings.setWindowGeometry(window.saveGeometry());
    return exitCode;
}

} // namespace

int main(int argc, char** argv)
{
    const CommandLine command = CommandLine::parse(argumentsOf(argc, argv));
    switch (command.action) {
    case CommandLine::Action::RunApp:
        return runApp(argc, argv, command);
    case CommandLine::Action::Forward:
        return runForwarded(argc, argv);
    case CommandLine::Action::Cues:
        return runCues(argc, argv);
    case CommandLine::Action::ExportAssessments:
        return runExport(argc, argv, command);
    case CommandLine::Action::Import:
        return runImport(argc, argv, command);
    case CommandLine::Action::HashPin:
        return runHashPin(argc, argv);
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
    case CommandLine::Action::Error:
        break;
    }
    // Parsed again once translations are loaded, so messages come in the agent's language.
    QCoreApplication app(argc, argv);
    setIdentity();
    loadTranslations(app, AppPaths::fromEnvironment());
    const CommandLine translated = CommandLine::parse(argumentsOf(argc, argv));
    if (translated.action == CommandLine::Action::Version) {
        printOut(QStringLiteral("attune %1\n").arg(QStringLiteral(ATTUNE_VERSION)));
        return Ok;
    }
    if (translated.action == CommandLine::Action::Help) {
        printOut(CommandLine::usage());
        return Ok;
    }
    printErr(Cli::tr("attune: %1\n\n").arg(translated.error) + CommandLine::usage());
    return BadCommandLine;
}
