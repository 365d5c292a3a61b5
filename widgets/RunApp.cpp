// The desktop app's composition: the services (app/services) and the window, wired together.
// What the app does lives in the services; what the agent sees lives in the widgets. Only the
// glue between the two is here.

#include "RunApp.h"

#include "common/OtherInstanceWait.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "core/Clock.h"
#include "core/Modules.h"
#include "core/OwnFiles.h"
#include "core/StartupTimeline.h"
#include "core/TextRule.h"
#include "history/HistoryPlugin.h"
#include "integration/AppPaths.h"
#include "integration/ControlProtocol.h"
#include "integration/EventLoopChoice.h"
#include "integration/InstanceLock.h"
#include "integration/Localization.h"
#include "integration/QuitOnSignal.h"
#include "integration/ScenarioPlayer.h"
#include "integration/SingleInstance.h"
#include "services/AppServices.h"
#include "services/TeamService.h"
#include "settings/Settings.h"
#include "sidebar/SidebarWindow.h"
#include "sidebar/TeamSyncIndicator.h"
#include "sidebar/TranscriptionNotice.h"
#include "speech/CallTranscription.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace attune {

namespace {

enum ExitCode
{
    Ok = 0,
    Failed = 1
};

// Messages of the command-line front end, in one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printOut(const QString& text)
{
    std::fputs(TextRule::forTerminal(text).toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fputs(TextRule::forTerminal(text).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

// A warning the agent reads when they can: never modal, so start-up goes on and calls keep
// arriving (a modal box here once held the socket closed until it was clicked).
void tellWithoutBlocking(QWidget& parent, const QString& title, const QString& text)
{
    Prompts::real().warnWithoutBlocking(&parent, title, text);
}

// The history window, loaded from its module the first time the agent asks for it.
class HistoryOpener
{
public:
    HistoryOpener(AppServices& services, SidebarWindow& sidebar)
        : m_services(services)
        , m_sidebar(sidebar)
    {}

    // False (with the reason) when the module cannot be loaded.
    bool open(QString* error)
    {
        if (!m_services.hasHistory()) {
            *error = ControlProtocol::tr("the history is not available (no database)");
            return false;
        }
        if (!m_window) {
            const auto create = reinterpret_cast<CreateHistoryWindow>(loadModule(error));
            if (!create)
                return false;
            AppServices* services = &m_services;
            const HistoryWindowParts parts{m_services.exportPolicy(),
                                           *m_services.historyService(),
                                           *m_services.coachingService(),
                                           *m_services.rubric(),
                                           *m_services.supervisorGate(),
                                           [services](const QString& customerId) {
                                               return services->profileSummary(customerId);
                                           },
                                           m_services.practice(),
                                           TeamServerLogin::fromSettings(m_services.settings())};
            m_window.reset(create(parts));
            m_window->setAttribute(Qt::WA_DeleteOnClose, false);
            m_window->installEventFilter(&m_closeWatch);
            m_closeWatch.onClose = [this] {
                // A supervisor's kudos reach the agent's sidebar once the history is put away.
                m_services.signOutSupervisor();
                m_services.requestKudosToAnnounce(&m_sidebar, [this](const QStringList& lines) {
                    m_sidebar.announceKudos(lines);
                });
            };
        }
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
        return true;
    }

private:
    // attune_history.so, beside the binary in a build tree and in the module folder once
    // installed (core/Modules.h).
    static QFunctionPointer loadModule(QString* error)
    {
        return modules::resolve(QStringLiteral("attune_history"), kCreateHistoryWindowSymbol,
                                error);
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

    AppServices& m_services;
    SidebarWindow& m_sidebar;
    CloseWatch m_closeWatch;
    std::unique_ptr<QWidget> m_window;
};

// The parts whose services need no database (breathing, practice) attach as soon as the
// database starts opening, with the profile's panel showing "no call" (its service comes with the
// database): they are built, laid out and painted while it opens, on a GUI thread that would
// otherwise wait for it (issue #15).
void attachViewsBeforeStorage(AppServices& services, SidebarWindow& window)
{
    window.prepareProfilePanel();
    window.setBreathingCoach(services.breathingService());
    if (services.practice())
        window.setPracticeService(*services.practice());
}

// The other views meet the services once these are up, before the first request can arrive.
void attachViews(AppServices& services, SidebarWindow& window, HistoryOpener& history)
{
    if (services.profiles())
        window.setProfileService(*services.profiles());
    if (services.selfAssessment()) {
        window.setSelfAssessment(*services.selfAssessment(), &services.breathing(),
                                 [&services] { return services.recentCalls(30); });
        window.setHistoryOpener([&window, &history] {
            QString problem;
            if (!history.open(&problem)) {
                printErr(Cli::tr("attune: the history cannot open: %1\n").arg(problem));
                tellWithoutBlocking(window, Cli::tr("Attune"),
                                    Cli::tr("The history cannot open: %1").arg(problem));
            }
        });
        // Kudos waiting from an earlier supervisor session are announced once.
        services.requestKudosToAnnounce(
            &window, [&window](const QStringList& lines) { window.announceKudos(lines); });
    }
    if (services.empathy())
        window.setEmpathyEngine(*services.suggestions(), services.phrases());
    window.sayWhichPartsDidNotStart();
    // The sidebar says plainly while the customer's speech is being transcribed on this computer.
    CallTranscription* transcription = services.transcription();
    QObject::connect(
        transcription, &CallTranscription::stateChanged, &window, [&window, transcription] {
            window.transcriptionNotice()->setTranscribing(transcription->isTranscribingACall());
        });
    // The team server's sync state in the sidebar; kudos that came down are announced (once,
    // and only outside a call: requestKudosToAnnounce waits for a quiet moment).
    if (TeamService* team = services.team(); team && team->isConfigured()) {
        window.teamSyncIndicator()->setStatus(team->status());
        QObject::connect(team, &TeamService::statusChanged, window.teamSyncIndicator(),
                         [&window](const TeamSyncStatus& status) {
                             window.teamSyncIndicator()->setStatus(status);
                         });
        QObject::connect(team, &TeamService::recordsReceived, &window, [&window, &services] {
            services.requestKudosToAnnounce(
                &window, [&window](const QStringList& lines) { window.announceKudos(lines); });
        });
    }
    ControlProtocol& control = services.control();
    control.onOpenHistory = [&history] {
        QString problem;
        history.open(&problem);
        return problem;
    };
    control.onBreathe = [&window] {
        window.showForUser();
        return window.startBreathing();
    };
}

} // namespace

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

    const StartupMarkOnExit applicationGone{"application gone"};
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QtsOwnEventLoop ownLoop(EventLoopChoice::fromProcess(arguments));
    QApplication app(argc, argv);
    ownLoop.release();
    startupMark("application made");
    startupNote("event loop", QAbstractEventDispatcher::instance()->metaObject()->className());
    QCoreApplication::setApplicationName(QStringLiteral("Attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("attune"));
    const AppPaths paths = AppPaths::fromEnvironment();
    QString error;
    Settings settings(paths.configFile, paths.systemConfigFile);
    installTranslations(app, settings.language());
    // The picture is written at the end of the run through QImage::save, which wrote over the
    // agent's database as readily as anywhere and waited on a FIFO for good, deaf to SIGTERM:
    // refused now, before anything starts, by the export's rule (and again before writing).
    OwnFiles::protect(paths.databaseFile(false));
    OwnFiles::protect(paths.databaseFile(true));
    if (!command.screenshotFile.isEmpty() &&
        !OutputFile::checkTarget(command.screenshotFile, &error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    // A screenshot or benchmark run is a one-off: it must not quit because a tray-less close
    // happened, nor linger when the window closes.
    app.setQuitOnLastWindowClosed(true);

    InstanceServer server(paths);
    InstanceServer::Claim claim = server.claim(&error);
    // Held by one that does not listen: it is quitting (it answers what it applied first) or
    // still opening its database. Bringing it forward cannot work; once it is gone, this one
    // takes its place instead of telling the agent to try again.
    if (claim == InstanceServer::Claim::AlreadyRunning) {
        const bool mayShowWindow =
            !headless && command.screenshotFile.isEmpty() && !command.exitAfterFirstFrame;
        const auto say = [](const QString& text) { printErr(Cli::tr("attune: %1\n").arg(text)); };
        switch (OtherInstanceWait::run(paths, mayShowWindow,
                                       InstanceClient::kWaitForOtherInstanceMs, say)) {
        case OtherInstanceWait::Outcome::Listening:
            break;
        case OtherInstanceWait::Outcome::Gone:
        case OtherInstanceWait::Outcome::TimedOut:
            // Timed out, the claim finds it still there, and it is asked to come forward.
            if (!InstanceClient::isListening(paths))
                claim = server.claim(&error);
            break;
        case OtherInstanceWait::Outcome::Stopped:
            return Failed;
        }
    }
    switch (claim) {
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
        // A raise applies nothing, so it is not retried for a minute as a call is: an instance
        // that cannot answer one within seconds cannot show its window either (stopped under a
        // debugger, hung on a share), and the agent who launched this one is looking for a
        // window. They are told which process to end, in a box when there is a screen.
        if (!InstanceClient::send(paths, raise, &reply, &error, InstanceClient::kRaiseTimeoutMs)) {
            const qint64 pid = InstanceLock::holderPid(paths.lockFile());
            const QString text =
                pid > 0 ? Cli::tr("Attune is already running for this data folder (process %1) "
                                  "but does not answer. If its window does not come back in a "
                                  "moment, end that process and start Attune again.")
                              .arg(pid)
                        : Cli::tr("Attune is already running for this data folder but does not "
                                  "answer. If its window does not come back in a moment, end it "
                                  "and start Attune again.");
            printErr(Cli::tr("attune: %1\n").arg(text));
            if (!headless)
                Prompts::real().warn(nullptr, Cli::tr("Attune does not answer"), text);
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

    const StartupMarkOnExit servicesGone{"services gone"};
    AppServices services(settings,
                         {paths.databaseFile(command.demo), paths.apiTokenFile(), command.demo});
    startupMark("services made");
    ControlProtocol& control = services.control();
    server.setHandler([&control](const QJsonObject& request) { return control.handle(request); });

    const StartupMarkOnExit windowGone{"window gone"};
    SidebarWindow window(services.session(), settings, theme, services.popTrace());
    startupMark("window made");
    window.setDemoMode(command.demo);
    control.onRaise = [&window] { window.showForUser(); };
    HistoryOpener history(services, window);

    const bool mayShowBoxes = !headless && command.screenshotFile.isEmpty();
    QObject::connect(&services, &AppServices::problem, &app,
                     [&window, mayShowBoxes](const QString& message, const QString& title) {
                         printErr(Cli::tr("attune: %1\n").arg(message));
                         if (!title.isEmpty() && mayShowBoxes)
                             tellWithoutBlocking(window, title, message);
                     });
    QObject::connect(&services, &AppServices::fatal, &app, [](const QString& message) {
        printErr(Cli::tr("attune: %1\n").arg(message));
        QCoreApplication::exit(Failed);
    });
    QObject::connect(&services, &AppServices::started, &app, [&] {
        attachViews(services, window, history);
        startupMark("views attached");
    });
    QObject::connect(&services, &AppServices::outsideCallsUnavailable, &window,
                     [&window] { window.sayOutsideCallsCannotArrive(); });
    // Whatever the agent typed in the last quarter second is written on the way out.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app,
                     [&services] { services.flushDrafts(); });

    const auto takeScreenshot = [&window, &command] {
        // Again: the target may have been swapped for a FIFO or a link while Attune ran.
        QString refusal;
        if (!OutputFile::checkTarget(command.screenshotFile, &refusal)) {
            printErr(Cli::tr("attune: %1\n").arg(refusal));
            QCoreApplication::exit(Failed);
            return;
        }
        const bool saved = window.grab().save(command.screenshotFile, "PNG");
        if (saved)
            printOut(Cli::tr("Wrote a screenshot to %1\n").arg(command.screenshotFile));
        else
            printErr(
                Cli::tr("attune: could not write the screenshot %1\n").arg(command.screenshotFile));
        QCoreApplication::exit(saved ? Ok : Failed);
    };

    QObject::connect(&window, &SidebarWindow::firstFramePainted, &app,
                     [] { startupMark("first frame painted"); });
    if (command.exitAfterFirstFrame) {
        QObject::connect(&window, &SidebarWindow::firstFramePainted, &app, [] {
            printOut(QStringLiteral("first-frame-monotonic-us %1\n").arg(machineMonotonicUs()));
        });
        // The benchmark's whole process is a whole start: it quits once the start is done (the
        // database open, the views attached, the engines up and the socket listening), not at the
        // first frame, which would leave all of that out since the database opens after it.
        QObject::connect(&services, &AppServices::started, &app, [] {
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(Ok); }, Qt::QueuedConnection);
        });
    }

    // What is not on screen starts right after the first frame: the database (loading the SQLite
    // plugin is a good part of start-up) and then the socket. Calls are only accepted once the
    // socket listens, so none can arrive before the recorder is there to write it down.
    QObject::connect(
        &window, &SidebarWindow::firstFramePainted, &app,
        [&] {
            services.start(server);
            attachViewsBeforeStorage(services, window);
            startupMark("views attached before storage");
        },
        Qt::SingleShotConnection);

    std::optional<ScenarioPlayer> player;
    Scenario demo;
    if (command.demo) {
        // The demo call in the agent's language (demo_es.json, demo_pt_BR.json), else English.
        QString scenario = QStringLiteral(":/scenarios/demo.json");
        for (const QString& name : {QLocale().name(), QLocale().name().section(u'_', 0, 0)}) {
            if (QFile::exists(QStringLiteral(":/scenarios/demo_%1.json").arg(name))) {
                scenario = QStringLiteral(":/scenarios/demo_%1.json").arg(name);
                break;
            }
        }
        if (!Scenario::load(scenario, &demo, &error)) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return Failed;
        }
        player.emplace(services.bus(), services.clock());
        // Tests speed the demo up; people always see it in real time.
        bool ok = false;
        const double speed = qEnvironmentVariable("ATTUNE_DEMO_SPEED").toDouble(&ok);
        // Once the services are up (the database opens after the first frame, on the storage
        // thread), so the demo call is recorded like any other.
        QObject::connect(&services, &AppServices::started, &app,
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
            // Once the parts are attached (the services come up after the first frame, when
            // the storage thread has opened the database), as before that became asynchronous.
            QObject::connect(&services, &AppServices::started, &app,
                             [&] { QTimer::singleShot(50, &app, takeScreenshot); });
        }
    }

    window.restoreOrDock();
    window.show();
    startupMark("window shown");
    const int exitCode = app.exec();
    startupMark("event loop left");
    // Before anything goes: a request applied but not yet answered gets its answer once saved.
    server.closeAndAnswerAccepted();
    services.closeStorageWhenIdle();
    if (command.screenshotFile.isEmpty() && !command.exitAfterFirstFrame)
        settings.setWindowGeometry(window.saveGeometry());
    return exitCode;
}

} // namespace attune
