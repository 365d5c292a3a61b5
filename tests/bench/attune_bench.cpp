// attune_bench: Attune's performance figures, one "BENCH <name> <value> <unit>" line each.
//   attune_bench                 all of them
//   attune_bench <name> [...]    only those
//   ws_utterance_to_paint_p99_ms needs python3 (the stdlib client in docs/examples).
// Options: --runs N (start-up samples, default 9), --idle-seconds S (default 60),
//          --pops N (screen pops to time, default 30), --minutes N (breathing drift, default 10).
// The platform plugin is whatever QT_QPA_PLATFORM says (offscreen by default); run it under
// xvfb-run with QT_QPA_PLATFORM=xcb for the X11 figures (tests/bench/run-benchmarks does both).

#include "AsrBench.h"
#include "HistorySeed.h"
#include "PostgresCluster.h"
#include "ServicesFixture.h"
#include "TestEnvironment.h"
#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "breathing/BreathingSession.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "demo/DemoSeed.h"
#include "empathy/CueDetector.h"
#include "empathy/CueModel.h"
#include "empathy/EmpathyEngine.h"
#include "empathy/PhraseLibrary.h"
#include "empathy/Suggester.h"
#include "integration/ApiToken.h"
#include "integration/AppPaths.h"
#include "integration/CommandLine.h"
#include "integration/SingleInstance.h"
#include "integration/WebSocketApi.h"
#include "practice/PracticeScenario.h"
#include "practice/PracticeSession.h"
#include "profile/PhoneNumber.h"
#include "services/AppServices.h"
#include "services/PracticeService.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/CoachingStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/RecordTrust.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/SupervisorRecords.h"
#include "supervisor/TeamHistoryLoader.h"
#include "supervisor/TeamHistoryModel.h"
#include "supervisor/TrendsLoader.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"
#include "widgets/common/Theme.h"
#include "widgets/history/HistoryWindow.h"
#include "widgets/history/TeamHistoryView.h"
#include "widgets/practice/PracticePanel.h"
#include "widgets/sidebar/SidebarWindow.h"
#include "widgets/sidebar/SuggestionPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <map>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using namespace attune;
using namespace attune::test;

namespace {

struct Options
{
    int runs = 9;
    int idleSeconds = 60;
    int pops = 30;
    double minutes = 10; // breathing_drift_max_ms
};

void report(const char* name, double value, const char* unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

qint64 monotonicUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Runs a program to its end with posix_spawn, keeping its standard output, its exit status and
// (from wait4) its peak RSS; times are on this process's monotonic clock.
struct SpawnResult
{
    bool ok = false;
    QByteArray output;
    qint64 spawnedAtUs = 0;
    qint64 exitedAtUs = 0;
    double peakRssMb = -1;
    double cpuSeconds = -1; // user and system time of the child (wait4)
};

SpawnResult spawnAndWait(const QString& program, const QStringList& arguments,
                         const QProcessEnvironment& environment)
{
    SpawnResult result;
    std::vector<QByteArray> argStorage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& arg : argStorage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString& entry : environment.toStringList())
        envStorage.push_back(entry.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    int pipeFds[2];
    // Close-on-exec, so that only the child's stdout holds the write end: a process the child
    // leaves running (`attune call start` starts Attune) must not keep the pipe open.
    if (pipe2(pipeFds, O_CLOEXEC) != 0)
        return result;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    pid_t pid = 0;
    result.spawnedAtUs = monotonicUs();
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (spawned != 0) {
        close(pipeFds[0]);
        return result;
    }
    char buffer[4096];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        result.output.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.exitedAtUs = monotonicUs();
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.peakRssMb = usage.ru_maxrss / 1024.0;
    result.cpuSeconds = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
                        (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return result;
}

// The attune the start-up figures run: this build's, or another build's named by
// ATTUNE_BENCH_BINARY, so a before and an after are measured in one run under the same load.
QString startupBinary()
{
    const QString other = qEnvironmentVariable("ATTUNE_BENCH_BINARY");
    return other.isEmpty() ? QStringLiteral(ATTUNE_BINARY) : other;
}

// A second attune for the start-up pairs (ATTUNE_BENCH_BINARY_B): run in the same rounds as the
// first, each round in the other order, so a before and an after share every moment of the
// machine's drift instead of two invocations' (its figures carry the suffix "_b").
QString startupBinaryB()
{
    return qEnvironmentVariable("ATTUNE_BENCH_BINARY_B");
}

// Spawns a program that prints "first-frame-monotonic-us N" and exits; measures from just before
// the spawn to that frame on the shared monotonic clock, the whole process (spawn to its exit,
// reaped), and the child's peak RSS from wait4.
struct StartupSample
{
    double firstFrameMs = -1;
    double processMs = -1;
    double peakRssMb = -1;
};

StartupSample measureStartup(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& environment)
{
    const SpawnResult run = spawnAndWait(program, arguments, environment);
    StartupSample sample;
    const qsizetype at = run.output.indexOf("first-frame-monotonic-us ");
    if (run.ok && at >= 0) {
        const qint64 frameUs = run.output.mid(at + 25).split('\n').first().trimmed().toLongLong();
        sample.firstFrameMs = (frameUs - run.spawnedAtUs) / 1000.0;
        sample.processMs = (run.exitedAtUs - run.spawnedAtUs) / 1000.0;
    }
    sample.peakRssMb = run.peakRssMb;
    return sample;
}

// A private X server for the "_xvfb" figures: Xvfb picks a free display and says which on a
// pipe (-displayfd). Stopped when this goes.
class PrivateXvfb
{
public:
    PrivateXvfb()
    {
        int fds[2];
        if (pipe(fds) != 0)
            return;
        const QByteArray fd = QByteArray::number(fds[1]);
        const char* argv[] = {"Xvfb",        "-displayfd", fd.constData(), "-screen", "0",
                              "1280x800x24", "-nolisten",  "tcp",          nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        const int spawned =
            posix_spawnp(&m_pid, "Xvfb", &actions, nullptr, const_cast<char**>(argv), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        if (spawned != 0) {
            m_pid = 0;
            close(fds[0]);
            return;
        }
        QByteArray number;
        char c;
        while (read(fds[0], &c, 1) == 1 && c != '\n')
            number.append(c);
        close(fds[0]);
        if (!number.isEmpty())
            m_display = QStringLiteral(":") + QString::fromLatin1(number);
    }
    ~PrivateXvfb()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
        }
    }
    QString display() const { return m_display; }

private:
    pid_t m_pid = 0;
    QString m_display;
};

struct StartupFigures
{
    std::vector<double> appMs, appRss, minimalMs, minimalRss, ratios, appProcessMs,
        minimalProcessMs, processRatios;
};

// One attune run and the minimal window's right after it, added to `figures`.
void measurePair(const QString& app, const QProcessEnvironment& environment,
                 StartupFigures* figures)
{
    const StartupSample run =
        measureStartup(app, {QStringLiteral("--exit-after-first-frame")}, environment);
    const StartupSample minimal =
        measureStartup(QStringLiteral(MINIMAL_QT_WINDOW_BINARY), {}, environment);
    if (run.firstFrameMs >= 0) {
        figures->appMs.push_back(run.firstFrameMs);
        figures->appProcessMs.push_back(run.processMs);
        figures->appRss.push_back(run.peakRssMb);
    }
    if (minimal.firstFrameMs >= 0) {
        figures->minimalMs.push_back(minimal.firstFrameMs);
        figures->minimalProcessMs.push_back(minimal.processMs);
        figures->minimalRss.push_back(minimal.peakRssMb);
    }
    // Each pair ran back to back, so their ratio cancels most of the machine's drift, which on
    // a shared VM moves both medians by several milliseconds between runs.
    if (run.firstFrameMs > 0 && minimal.firstFrameMs > 0) {
        figures->ratios.push_back(run.firstFrameMs / minimal.firstFrameMs);
        figures->processRatios.push_back(run.processMs / minimal.processMs);
    }
}

// The pairs for `apps` (one attune, or a before and an after), interleaved after one warm-up
// each so that all of them see the same disk cache and machine load; with two, each round runs
// them in the other order than the round before.
std::vector<StartupFigures> startupPairs(const Options& options,
                                         const QProcessEnvironment& environment,
                                         const QStringList& apps)
{
    std::vector<StartupFigures> figures(apps.size());
    for (const QString& app : apps)
        measureStartup(app, {QStringLiteral("--exit-after-first-frame")}, environment);
    measureStartup(QStringLiteral(MINIMAL_QT_WINDOW_BINARY), {}, environment);
    for (int i = 0; i < options.runs; ++i) {
        for (qsizetype k = 0; k < apps.size(); ++k) {
            const qsizetype which = i % 2 == 0 ? k : apps.size() - 1 - k;
            measurePair(apps[which], environment, &figures[which]);
        }
    }
    return figures;
}

// `second`: appended to each name for the second attune's figures (asked for by the first's).
void reportStartup(const StartupFigures& figures, const char* suffix,
                   const std::function<bool(const char*)>& wanted, const char* second = "")
{
    const auto figure = [&](const char* name, const std::vector<double>& values, const char* unit) {
        const QByteArray full = QByteArray(name) + suffix;
        if (wanted(full.constData()))
            report((full + second).constData(), median(values), unit);
    };
    figure("startup_ratio_median", figures.ratios, "x");
    figure("startup_first_frame_ms", figures.appMs, "ms");
    figure("startup_minimal_qt_ms", figures.minimalMs, "ms");
    figure("startup_process_ratio_median", figures.processRatios, "x");
    figure("startup_process_ms", figures.appProcessMs, "ms");
    figure("minimal_qt_process_ms", figures.minimalProcessMs, "ms");
    figure("startup_peak_rss_mb", figures.appRss, "MB");
    figure("minimal_qt_peak_rss_mb", figures.minimalRss, "MB");
}

const char* const kStartupFigures[] = {"startup_ratio_median",  "startup_first_frame_ms",
                                       "startup_minimal_qt_ms", "startup_process_ratio_median",
                                       "startup_process_ms",    "minimal_qt_process_ms",
                                       "startup_peak_rss_mb",   "minimal_qt_peak_rss_mb"};

void startupBenchmarks(const Options& options, const std::function<bool(const char*)>& wanted)
{
    bool here = false, xvfb = false, large = false;
    for (const char* name : kStartupFigures) {
        here = here || wanted(name);
        xvfb = xvfb || wanted((QByteArray(name) + "_xvfb").constData());
        large = large || wanted((QByteArray(name) + "_1m_history").constData());
    }
    if (large) {
        // The same pairs for an agent with a long history: a copy of the 1,000,000-call database
        // (historyBenchmarks' seed) as this home's own. The first start, the warm-up, finds a
        // file it never checked in full and reads every page; later starts after a clean close
        // need not (Database::IntegrityCheck::WhenDue).
        IsolatedHome largeHome;
        const QString seeded = QStringLiteral("/var/tmp/attune-bench/history-1m-v%1.sqlite")
                                   .arg(Database::latestVersion());
        QDir().mkpath(QStringLiteral("/var/tmp/attune-bench"));
        QDir().mkpath(largeHome.dataDir());
        const QString own = largeHome.dataDir() + QStringLiteral("/attune.sqlite");
        if (!seedHistory(seeded, 1000000) || !QFile::copy(seeded, own)) {
            std::fprintf(stderr, "startup: no 1,000,000-call history to start with\n");
            reportStartup(StartupFigures{}, "_1m_history", wanted);
        } else {
            reportStartup(startupPairs(options, largeHome.environment(), {startupBinary()}).front(),
                          "_1m_history", wanted);
        }
    }
    QStringList apps{startupBinary()};
    if (!startupBinaryB().isEmpty())
        apps << startupBinaryB();
    const auto reportAll = [&](const std::vector<StartupFigures>& figures, const char* suffix) {
        reportStartup(figures.front(), suffix, wanted);
        if (figures.size() > 1)
            reportStartup(figures.back(), suffix, wanted, "_b");
    };
    IsolatedHome home;
    if (here)
        reportAll(startupPairs(options, home.environment(), apps), "");
    if (xvfb) {
        // The same pairs on a real X server (xcb), whatever platform this run uses.
        PrivateXvfb server;
        QProcessEnvironment environment = home.environment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        environment.insert(QStringLiteral("DISPLAY"), server.display());
        if (server.display().isEmpty()) {
            std::fprintf(stderr, "startup: Xvfb did not start\n");
            reportStartup(StartupFigures{}, "_xvfb", wanted);
            return;
        }
        reportAll(startupPairs(options, environment, apps), "_xvfb");
    }
}

// A process started and left running, its output dropped; the caller ends it.
pid_t spawnQuiet(const QString& program, const QStringList& arguments,
                 const QProcessEnvironment& environment)
{
    std::vector<QByteArray> argStorage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& arg : argStorage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString& entry : environment.toStringList())
        envStorage.push_back(entry.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return spawned == 0 ? pid : 0;
}

void endProcess(pid_t pid)
{
    if (pid <= 0)
        return;
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
}

// The request `attune call start` forwards, parsed the way the command line parses it.
QJsonObject callStartRequest(const QString& callId)
{
    return CommandLine::parse({QStringLiteral("call"), QStringLiteral("start"),
                               QStringLiteral("--call-id"), callId, QStringLiteral("--phone"),
                               QStringLiteral("+15550100"), QStringLiteral("--name"),
                               QStringLiteral("Bench Caller")})
        .request;
}

// startup_ready_ms: from just before the spawn of `attune` until it answers a forwarded call
// (its database open, its stores and engines up, its socket listening, the call's record
// committed). The client asks every millisecond, as a softphone's `attune call start` would.
void readyBenchmark(const Options& options)
{
    IsolatedHome home;
    home.applyToThisProcess();
    const AppPaths paths = AppPaths::fromEnvironment();
    std::vector<double> samples;
    for (int i = -1; i < options.runs; ++i) { // run -1 makes the database: not counted
        const qint64 spawnedAt = monotonicUs();
        const pid_t pid = spawnQuiet(startupBinary(), {}, home.environment());
        double readyMs = -1;
        const QJsonObject request = callStartRequest(QStringLiteral("ready-%1").arg(i + 1));
        while (pid > 0 && monotonicUs() - spawnedAt < 20'000'000) {
            QJsonObject reply;
            QString error;
            if (InstanceClient::isListening(paths) &&
                InstanceClient::send(paths, request, &reply, &error, 5000)) {
                if (reply.value(QStringLiteral("ok")).toBool())
                    readyMs = (monotonicUs() - spawnedAt) / 1000.0;
                break;
            }
            usleep(1000);
        }
        endProcess(pid);
        if (i >= 0 && readyMs > 0)
            samples.push_back(readyMs);
    }
    report("startup_ready_ms", samples.size() == std::size_t(options.runs) ? median(samples) : -1,
           "ms");
}

// cold_pop_ms: `attune call start …` with no Attune running (the command starts one in the
// background and forwards the call to it) until the caller's header is painted; on the wall
// clock, since the painted time is the app's own epoch stamp (PopTrace).
void coldPopBenchmark(const Options& options)
{
    IsolatedHome home;
    std::vector<double> samples;
    for (int i = -1; i < options.runs; ++i) { // run -1 makes the database: not counted
        const QString callId = QStringLiteral("cold-%1").arg(i + 1);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        const SpawnResult cli = spawnAndWait(
            startupBinary(),
            {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"), callId,
             QStringLiteral("--phone"), QStringLiteral("+15550100"), QStringLiteral("--name"),
             QStringLiteral("Bench Caller")},
            home.environment());
        double popMs = -1;
        qint64 appPid = 0;
        QElapsedTimer waited;
        waited.start();
        while (cli.ok && waited.elapsed() < 10000) {
            const QJsonObject status = statusOf(home);
            appPid = status.value(QStringLiteral("pid")).toInteger();
            const QJsonObject pop = status.value(QStringLiteral("lastScreenPop")).toObject();
            if (pop.value(QStringLiteral("callId")).toString() == callId) {
                popMs =
                    double(pop.value(QStringLiteral("paintedAtEpochMs")).toInteger() - startedAt);
                break;
            }
            QThread::msleep(10);
        }
        if (appPid > 0) {
            kill(pid_t(appPid), SIGTERM);
            // Not our child (the command started it detached): wait for its socket to go.
            for (int wait = 0; wait < 500 && kill(pid_t(appPid), 0) == 0; ++wait)
                QThread::msleep(10);
        }
        if (i >= 0 && popMs > 0)
            samples.push_back(popMs);
    }
    report("cold_pop_ms", samples.size() == std::size_t(options.runs) ? median(samples) : -1, "ms");
}

double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the ")" that closes the command name; utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void idleBenchmark(const Options& options)
{
    IsolatedHome home;
    QProcess app;
    if (!startAttuneApp(app, home)) {
        report("idle_cpu_s_per_min", -1, "s");
        return;
    }
    QThread::sleep(2); // let start-up work (tray probe, first paints) settle
    const double before = cpuSecondsOf(app.processId());
    QThread::sleep(static_cast<unsigned long>(options.idleSeconds));
    const double after = cpuSecondsOf(app.processId());
    report("idle_cpu_s_per_min", (after - before) * 60.0 / options.idleSeconds, "s");
    stopAttuneApp(app);
}

// How late the breathing guide notices each phase change, on the real clock, over
// `options.minutes` of breathing: the view schedules its next look at the next phase boundary
// (as the reduced-motion view does), and the exercise's position comes from elapsed time, so
// lateness never accumulates. The figure is the worst lateness against the ideal schedule.
void breathingDriftBenchmark(const Options& options)
{
    SystemClock clock;
    BreathingSession session(clock);
    const BreathingPattern pattern = BreathingPattern::builtIns().at(1); // 4-7-8: uneven phases
    const int seconds = int(options.minutes * 60);
    session.start(pattern, BreathingLength::seconds(seconds));
    const qint64 startMs = clock.monotonicMs();
    // The ideal start of every phase, from the pattern alone.
    std::vector<qint64> boundaries;
    const BreathingSession::State first = session.state();
    for (qint64 at = 0, i = 0; at < first.totalMs; ++i) {
        at += pattern.phases.at(int(i % pattern.phases.size())).ms;
        boundaries.push_back(at);
    }
    double worst = 0;
    std::size_t next = 0;
    QEventLoop loop;
    QTimer look;
    look.setSingleShot(true);
    look.setTimerType(Qt::PreciseTimer);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.monotonicMs() - startMs;
        while (next < boundaries.size() && boundaries[next] <= now) {
            worst = std::max(worst, double(now - boundaries[next]));
            ++next;
        }
        const qint64 wait = session.msToNextPhase();
        if (wait < 0 || next >= boundaries.size())
            loop.quit();
        else
            look.start(int(wait));
    });
    look.start(int(session.msToNextPhase()));
    loop.exec();
    report("breathing_drift_max_ms", next == boundaries.size() ? worst : -1, "ms");
}

// The app's CPU while the breathing guide animates in a visible window, in percent of one core.
void breathingCpuBenchmark()
{
    IsolatedHome home;
    QProcess app;
    if (!startAttuneApp(app, home) || runAttune(home, {QStringLiteral("breathe")}).exitCode != 0) {
        report("breathing_cpu_percent", -1, "%");
        return;
    }
    QThread::sleep(1);
    constexpr int kSeconds = 20;
    const double before = cpuSecondsOf(app.processId());
    QThread::sleep(kSeconds);
    const double after = cpuSecondsOf(app.processId());
    report("breathing_cpu_percent", (after - before) * 100.0 / kSeconds, "%");
    stopAttuneApp(app);
}

double percentile(std::vector<double> values, double fraction);

// From a call ending to the self-assessment form painted in the sidebar, in the same process
// (the real SidebarWindow, session and database): the work the app does between the two.
void assessmentOpenBenchmark()
{
    // The object graph as the app builds it.
    ServicesFixture fixture;
    if (!fixture.start() || !fixture.services().selfAssessment()) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(fixture.problems().join(u'\n')));
        return;
    }
    AppServices& services = fixture.services();
    CallEvents& bus = services.bus();
    CallSession& session = services.session();
    ThemeManager theme(*qApp);
    SidebarWindow window(session, fixture.settings(), theme, services.popTrace());
    window.setSelfAssessment(*services.selfAssessment(), nullptr);
    window.show();
    std::vector<double> samples;
    for (int i = 0; i < 30; ++i) {
        CallStartedEvent start;
        start.callId = QStringLiteral("bench-%1").arg(i);
        bus.callStarted(start);
        bus.callAnswered(QString());
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        bus.callEnded(QString());
        while (!window.isAssessmentShown() && timer.elapsed() < 1000)
            QCoreApplication::processEvents();
        window.repaint(); // painted, not only laid out
        samples.push_back(timer.nsecsElapsed() / 1e6);
        session.finishWrapUp();
        QCoreApplication::processEvents();
    }
    report("assessment_form_open_ms", percentile(samples, 0.5), "ms");
    report("assessment_form_open_max_ms", *std::max_element(samples.begin(), samples.end()), "ms");
}

// Saving a self-assessment and writing a draft, fsync included (synchronous=FULL), on a real
// SQLite file in a temporary folder on this machine's disk.
void assessmentBenchmarks(const std::function<bool(const char*)>& wanted)
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        return;
    }
    AssessmentStore store(database);
    Assessment assessment;
    assessment.rubricId = QStringLiteral("attune-default");
    assessment.rubricVersion = 1;
    assessment.answers = {{QStringLiteral("used_name"), QStringLiteral("yes")},
                          {QStringLiteral("acknowledged_feelings"), QStringLiteral("partly")},
                          {QStringLiteral("outcome"), QStringLiteral("follow_up")},
                          {QStringLiteral("stress_after"), QStringLiteral("3")}};
    assessment.note = QStringLiteral("Next time I will summarise the plan before the hold.");
    constexpr int kSamples = 300;
    std::vector<double> drafts;
    std::vector<double> saves;
    for (int i = 0; i < kSamples; ++i) {
        assessment.callId = QStringLiteral("bench-%1").arg(i);
        auto start = std::chrono::steady_clock::now();
        store.saveDraft(assessment);
        auto end = std::chrono::steady_clock::now();
        drafts.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        Assessment copy = assessment;
        start = std::chrono::steady_clock::now();
        const bool saved = store.save(&copy);
        end = std::chrono::steady_clock::now();
        if (!saved) {
            std::fprintf(stderr, "attune_bench: a save failed\n");
            return;
        }
        saves.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    if (wanted("draft_write_median_ms"))
        report("draft_write_median_ms", median(drafts), "ms");
    if (wanted("assessment_save_p99_ms"))
        report("assessment_save_p99_ms", percentile(saves, 0.99), "ms");
}

// Seeding the demo database (twelve weeks of history in one transaction), which `attune --demo`
// does right after its first frame: the median of five fresh databases, wall and processor time.
void demoSeedBenchmark(const std::function<bool(const char*)>& wanted)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune-demo.sqlite")));
        QString error;
        DemoSeed::Summary summary;
        if (!database.open(&error) ||
            DemoSeed::ensure(database, QDateTime::currentDateTime(), &error, &summary) !=
                DemoSeed::Result::Seeded) {
            std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
            return;
        }
        wall.push_back(double(summary.elapsedMs));
        cpu.push_back(double(summary.cpuMs));
    }
    if (wanted("demo_seed_ms"))
        report("demo_seed_ms", median(wall), "ms");
    if (wanted("demo_seed_cpu_ms"))
        report("demo_seed_cpu_ms", median(cpu), "ms");
}

// A database with `count` customers, phones +44 7700 000000 upwards, written fast (one
// transaction, prepared statement): the store the profile figures are measured against.
bool fillCustomers(Database& database, int count)
{
    QSqlDatabase db = database.connection();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO customers (customer_id, full_name, preferred_name, phone_e164,"
                       " updated_at) VALUES (?, ?, ?, ?, '2026-11-23')"));
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(QStringLiteral("C-%1").arg(i));
        insert.addBindValue(QStringLiteral("Customer Number %1").arg(i));
        insert.addBindValue(QStringLiteral("Cust%1").arg(i));
        insert.addBindValue(QStringLiteral("+447700%1").arg(i, 6, 10, QLatin1Char('0')));
        if (!insert.exec())
            return false;
    }
    return db.commit();
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// What checking a supervisor record costs the history (RecordTrust, as its SQL function runs for
// each kudos, note and score of a page): the first check of a signed record (Ed25519), and a
// record checked before (remembered by message and signature), per record.
void recordCheckBenchmark()
{
    const QByteArray seed(SupervisorRecords::kSeedBytes, 'k');
    RecordTrust trust;
    trust.setRecordKey(SupervisorRecords::publicKey(seed));
    struct Signed
    {
        QString callId, at;
        QByteArray signature;
    };
    constexpr int kRecords = 2000;
    std::vector<Signed> records;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < kRecords; ++i) {
        const QDateTime at = start.addSecs(i * 60);
        const QString callId = QStringLiteral("call-%1").arg(i);
        records.push_back({callId, at.toString(Qt::ISODateWithMs),
                           SupervisorRecords::sign(seed, SupervisorRecords::kudosMessage(
                                                             callId, QStringLiteral("Stayed calm"),
                                                             QStringLiteral("Well done"), at))});
    }
    const auto checkAll = [&] {
        QElapsedTimer timer;
        timer.start();
        int passed = 0;
        for (const Signed& record : records)
            passed +=
                trust.kudos(record.callId, QStringLiteral("Stayed calm"),
                            QStringLiteral("Well done"), record.at, record.signature, QVariant())
                    ? 1
                    : 0;
        if (passed != kRecords)
            std::fprintf(stderr, "record check: %d of %d passed\n", passed, kRecords);
        return timer.nsecsElapsed() / 1e3 / kRecords;
    };
    report("supervisor_record_check_us", checkAll(), "us");
    report("supervisor_record_check_cached_us", checkAll(), "us");
}

// The history window over 1,000,000 calls and assessments (seeded once into /var/tmp and kept):
// opening to the first rows painted, a filter change to the rows repainted, the longest stall
// while scrolling from the top to the very bottom, and how much the process grew meanwhile.
void historyBenchmarks(const std::function<bool(const char*)>& wanted)
{
    QDir().mkpath(QStringLiteral("/var/tmp/attune-bench"));
    const QString path = QStringLiteral("/var/tmp/attune-bench/history-1m-v%1.sqlite")
                             .arg(Database::latestVersion());
    constexpr int kCalls = 1000000;
    QElapsedTimer seeding;
    seeding.start();
    if (!seedHistory(path, kCalls)) {
        report("history_open_1m_ms", -1, "ms");
        return;
    }
    std::printf("# history: %d calls ready in %.1f s (%s)\n", kCalls, seeding.elapsed() / 1000.0,
                qPrintable(path));
    Database database(path);
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "history: %s\n", qPrintable(error));
        return;
    }
    HistoryStore store(database);
    CoachingStore coaching(database);
    TrendsLoader trends(database);
    Rubric rubric;
    Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error);
    SystemClock clock;
    SupervisorGate gate(clock, QString());
    const auto makeWindow = [&] {
        return std::make_unique<HistoryWindow>(store, coaching, trends, rubric, gate,
                                               ExportPolicy::allowed(),
                                               [](const QString&) { return QString(); });
    };
    // Warm the page cache the way an agent's second opening would find it (the rows are read on
    // the history's reader thread: waited for here).
    {
        auto warm = makeWindow();
        QElapsedTimer timer;
        timer.start();
        while (warm->model()->rowCount() == 0 && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double rssBefore = residentMb();

    std::vector<double> opens;
    std::unique_ptr<HistoryWindow> window;
    for (int run = 0; run < 7; ++run) {
        window.reset();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        window = makeWindow();
        bool painted = false;
        QObject::connect(window.get(), &HistoryWindow::firstRowsPainted, [&] { painted = true; });
        window->show();
        while (!painted && timer.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        opens.push_back(painted ? timer.nsecsElapsed() / 1e6 : -1);
    }
    if (wanted("history_open_1m_ms")) {
        std::printf("# history_open_1m_ms: max %.1f ms over %zu openings\n",
                    *std::max_element(opens.begin(), opens.end()), opens.size());
        report("history_open_1m_ms", median(opens), "ms");
    }

    QTableView* table = window->table();
    // Until the rows are on screen: the change, the reader thread's answer and the repaint. The
    // longest the GUI thread itself was busy in one go is printed beside it.
    double longestGuiBlockMs = 0;
    const auto repaintAfter = [&](const std::function<void()>& change) {
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer block;
        block.start();
        change();
        longestGuiBlockMs = std::max(longestGuiBlockMs, block.nsecsElapsed() / 1e6);
        while (window->model()->isLoading() && timer.elapsed() < 30000) {
            block.restart();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            longestGuiBlockMs = std::max(longestGuiBlockMs, block.nsecsElapsed() / 1e6);
        }
        block.restart();
        table->viewport()->repaint();
        longestGuiBlockMs = std::max(longestGuiBlockMs, block.nsecsElapsed() / 1e6);
        return timer.nsecsElapsed() / 1e6;
    };
    if (wanted("history_filter_1m_ms")) {
        std::vector<double> changes;
        const QList<QPair<const char*, std::function<void()>>> steps = {
            {"hot calls",
             [&] { window->findChild<QCheckBox*>(QStringLiteral("hotOnly"))->setChecked(true); }},
            {"+ stress 4-5",
             [&] {
                 window->findChild<QCheckBox*>(QStringLiteral("stressOnly"))->setChecked(true);
             }},
            {"+ score below 50",
             [&] {
                 window->findChild<QCheckBox*>(QStringLiteral("scoreBelowOn"))->setChecked(true);
             }},
            {"+ outcome escalated",
             [&] { window->findChild<QComboBox*>(QStringLiteral("outcome"))->setCurrentIndex(3); }},
            {"last 30 days",
             [&] {
                 for (QCheckBox* box : window->findChildren<QCheckBox*>())
                     box->setChecked(false);
                 window->findChild<QComboBox*>(QStringLiteral("outcome"))->setCurrentIndex(0);
                 window->findChild<QComboBox*>(QStringLiteral("period"))->setCurrentIndex(3);
             }},
            {"all time",
             [&] { window->findChild<QComboBox*>(QStringLiteral("period"))->setCurrentIndex(0); }},
            {"search Nguyen",
             [&] {
                 auto* search = window->findChild<QLineEdit*>();
                 search->setText(QStringLiteral("Nguyen"));
                 Q_EMIT search->returnPressed();
             }},
            {"search Maya Nguyen 12",
             [&] {
                 auto* search = window->findChild<QLineEdit*>();
                 search->setText(QStringLiteral("Maya Nguyen 12"));
                 Q_EMIT search->returnPressed();
             }},
            {"clear search",
             [&] {
                 auto* search = window->findChild<QLineEdit*>();
                 search->clear();
                 Q_EMIT search->returnPressed();
             }},
            {"sort by self score",
             [&] { table->sortByColumn(HistoryModel::SelfScore, Qt::AscendingOrder); }},
            {"sort by time", [&] { table->sortByColumn(HistoryModel::When, Qt::DescendingOrder); }},
        };
        for (const auto& [name, change] : steps) {
            const double ms = repaintAfter(change);
            std::printf("# history filter %-24s %6.1f ms, %d rows loaded\n", name, ms,
                        window->model()->rowCount());
            changes.push_back(ms);
        }
        std::printf("# history filter: the GUI thread was busy at most %.1f ms in one go\n",
                    longestGuiBlockMs);
        report("history_filter_1m_ms", *std::max_element(changes.begin(), changes.end()), "ms");
    }

    if (wanted("history_scroll_max_stall_ms") || wanted("history_memory_growth_mb")) {
        QScrollBar* bar = table->verticalScrollBar();
        HistoryModel* model = window->model();
        longestGuiBlockMs = 0;
        std::vector<std::pair<double, QString>> stalls;
        int steps = 0;
        QElapsedTimer total;
        total.start();
        // Eight pages down at a time, about one fetch's worth of rows: the view fetches the next
        // page whenever it reaches the bottom of what is loaded.
        while (steps < 200000) {
            const int rowsBefore = model->rowCount();
            const double ms = repaintAfter([&] {
                bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep() * 8));
                QCoreApplication::processEvents();
            });
            stalls.push_back({ms, QStringLiteral("step %1 at row %2%3")
                                      .arg(steps)
                                      .arg(bar->value())
                                      .arg(model->rowCount() > rowsBefore ? " (fetched)" : "")});
            ++steps;
            if (bar->value() == bar->maximum() && !model->canFetchMore(QModelIndex()))
                break;
        }
        std::printf("# history scroll: %d steps to row %d in %.1f s\n", steps, model->rowCount(),
                    total.elapsed() / 1000.0);
        // Back to the middle and the top: pages dropped long ago are read again from their
        // cursors.
        stalls.push_back({repaintAfter([&] { bar->setValue(bar->maximum() / 2); }),
                          QStringLiteral("jump to the middle")});
        stalls.push_back(
            {repaintAfter([&] { bar->setValue(0); }), QStringLiteral("jump to the top")});
        std::sort(stalls.begin(), stalls.end(), std::greater<>());
        for (size_t i = 0; i < std::min<size_t>(3, stalls.size()); ++i)
            std::printf("# history scroll stall %.1f ms: %s\n", stalls[i].first,
                        qPrintable(stalls[i].second));
        const double worst = stalls.empty() ? -1 : stalls.front().first;
        std::printf("# history scroll: the GUI thread was busy at most %.1f ms in one go\n",
                    longestGuiBlockMs);
        if (wanted("history_scroll_max_stall_ms"))
            report("history_scroll_max_stall_ms", worst, "ms");
        if (wanted("history_memory_growth_mb"))
            report("history_memory_growth_mb", residentMb() - rssBefore, "MB");
    }
}

void profileLookupBenchmark()
{
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("p.sqlite")));
    QString error;
    constexpr int kCustomers = 1000000;
    if (!database.open(&error) || !fillCustomers(database, kCustomers)) {
        report("profile_lookup_1m_median_us", -1, "us");
        return;
    }
    CustomerStore store(database);
    QRandomGenerator random(7);
    std::vector<double> samples;
    for (int i = 0; i < 2000; ++i) {
        // As a softphone sends it: national format, normalised on the way in.
        const QString raw =
            QStringLiteral("07700 %1").arg(random.bounded(kCustomers), 6, 10, QLatin1Char('0'));
        const auto start = std::chrono::steady_clock::now();
        const QList<CustomerProfile> found =
            store.byPhone(PhoneNumber::toE164(raw, QStringLiteral("GB")));
        const auto end = std::chrono::steady_clock::now();
        if (found.size() != 1) {
            report("profile_lookup_1m_median_us", -1, "us");
            return;
        }
        samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    report("profile_lookup_1m_median_us", median(samples), "us");
}

// `attune import customers` on a 100,000-row CSV: the real binary, timed and its peak memory read
// from wait4; the same for 10,000 rows shows whether memory grows with the file.
void profileImportBenchmark()
{
    IsolatedHome home;
    const auto writeCsv = [&home](int rows) {
        const QString path = home.path() + QStringLiteral("/crm-%1.csv").arg(rows);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(
            "customer_id,full_name,preferred_name,phone,language,segment,customer_since,flags\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral(
                           "C-%1,\"Customer, Number %1\",Cust%1,07700 %2,en,Gold,2020-01-0%3,%4\n")
                           .arg(i)
                           .arg(i, 6, 10, QLatin1Char('0'))
                           .arg(1 + i % 9)
                           .arg(i % 50 == 0 ? QStringLiteral("vip") : QString())
                           .toUtf8());
        return path;
    };
    const auto run = [](const QString& csv, double* seconds, double* peakMb) {
        IsolatedHome fresh;
        // The CRM writes national numbers, as UK exports do.
        QDir().mkpath(fresh.configDir() + QStringLiteral("/Attune"));
        QFile settings(fresh.configDir() + QStringLiteral("/Attune/Attune.conf"));
        settings.open(QIODevice::WriteOnly);
        settings.write("[profile]\ndefaultCountry=GB\n");
        settings.close();
        const SpawnResult result = spawnAndWait(
            QStringLiteral(ATTUNE_BINARY),
            {QStringLiteral("import"), QStringLiteral("customers"), csv}, fresh.environment());
        *seconds = result.ok ? (result.exitedAtUs - result.spawnedAtUs) / 1e6 : -1;
        *peakMb = result.peakRssMb;
    };
    double seconds10k = 0, peak10k = 0, seconds100k = 0, peak100k = 0;
    run(writeCsv(10000), &seconds10k, &peak10k);
    run(writeCsv(100000), &seconds100k, &peak100k);
    report("profile_import_100k_s", seconds100k, "s");
    report("profile_import_10k_peak_rss_mb", peak10k, "MB");
    report("profile_import_100k_peak_rss_mb", peak100k, "MB");
}

// While the real binary runs `arguments` twice, a second connection takes and releases SQLite's
// write lock (BEGIN IMMEDIATE, COMMIT) every few milliseconds, as the app does when it records a
// call: the longest wait in milliseconds, or -1 when a run failed.
double longestWriteWaitMs(const IsolatedHome& home, const QString& databasePath,
                          const QStringList& arguments)
{
    const QString connectionName = QStringLiteral("lock-probe");
    double worstMs = 0;
    bool ok = true;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        probe.setDatabaseName(databasePath);
        probe.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=600000"));
        probe.open();
        for (int round = 0; round < 2 && ok; ++round) {
            QProcess import;
            import.setProcessEnvironment(home.environment());
            import.start(QStringLiteral(ATTUNE_BINARY), arguments);
            import.waitForStarted();
            while (import.state() != QProcess::NotRunning) {
                QElapsedTimer waited;
                waited.start();
                QSqlQuery query(probe);
                if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
                    !query.exec(QStringLiteral("COMMIT"))) {
                    ok = false;
                    break;
                }
                worstMs = std::max(worstMs, waited.nsecsElapsed() / 1e6);
                import.waitForFinished(5);
            }
            import.waitForFinished(-1);
            ok = ok && import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0;
            if (!ok)
                std::fprintf(stderr, "%s", import.readAllStandardError().constData());
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok ? worstMs : -1;
}

// Surveys of the seeded calls seed-1 .. seed-<rows>, each with a comment from a small set (as
// survey tools send them), one in eight empty.
QString writeSurveys(const QString& path, int rows, const char* prefix)
{
    static const char* const kComments[] = {
        "Lovely agent, sorted it at once. Thank you!",
        "Third time I call and it is still not fixed. I am fed up.",
        "ok",
        "Muy amable, me ayudó mucho.",
        "Ich warte seit Wochen und niemand hilft mir, das ist eine Frechheit.",
        "",
        "J'étais inquiète mais tout est réglé, merci beaucoup.",
        "Demorou demais e ninguém resolveu o meu problema.",
    };
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("call_id,survey_id,csat,nps,comment\n");
    QByteArray chunk;
    for (int i = 1; i <= rows; ++i) {
        chunk += "seed-" + QByteArray::number(i) + ',' + prefix + QByteArray::number(i) + ',' +
                 QByteArray::number(1 + i % 5) + ',' + QByteArray::number(i % 11) + ",\"" +
                 kComments[i % 8] + "\"\n";
        if (chunk.size() > (1 << 16)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

// How long `attune import feedback` of 100,000 surveys keeps a running Attune's writes waiting
// (as import_lock_hold_*): new rows, then the same file again, so every row replaces itself.
void feedbackLockHoldBenchmark()
{
    IsolatedHome home;
    const QString databasePath = home.dataDir() + QStringLiteral("/attune.sqlite");
    QDir().mkpath(home.dataDir());
    if (!seedHistory(databasePath, 100000)) {
        report("feedback_import_lock_hold_100k_ms", -1, "ms");
        return;
    }
    const QString csv = writeSurveys(home.path() + QStringLiteral("/surveys.csv"), 100000, "L-");
    report("feedback_import_lock_hold_100k_ms",
           longestWriteWaitMs(home, databasePath,
                              {QStringLiteral("import"), QStringLiteral("feedback"), csv}),
           "ms");
}

// `attune import feedback` on 100,000 surveys with comments (every comment read by the cue
// reader), by call id, into a history of 100,000 calls: the real binary, timed, its peak memory
// read from wait4; the same for 10,000 surveys shows whether memory grows with the file.
void feedbackImportBenchmark()
{
    IsolatedHome home;
    const QString databasePath = home.dataDir() + QStringLiteral("/attune.sqlite");
    QDir().mkpath(home.dataDir());
    if (!seedHistory(databasePath, 100000)) {
        report("feedback_import_100k_s", -1, "s");
        return;
    }
    const auto writeCsv = [&home](int rows, const char* prefix) {
        return writeSurveys(home.path() + QStringLiteral("/surveys-%1.csv").arg(rows), rows,
                            prefix);
    };
    double cpu100k = 0;
    const auto run = [&home, &cpu100k](const QString& csv, double* seconds, double* peakMb) {
        const SpawnResult result = spawnAndWait(
            QStringLiteral(ATTUNE_BINARY),
            {QStringLiteral("import"), QStringLiteral("feedback"), csv}, home.environment());
        *seconds = result.ok ? (result.exitedAtUs - result.spawnedAtUs) / 1e6 : -1;
        *peakMb = result.peakRssMb;
        cpu100k = result.cpuSeconds;
    };
    double seconds10k = 0, peak10k = 0, seconds100k = 0, peak100k = 0;
    run(writeCsv(10000, "A-"), &seconds10k, &peak10k);
    run(writeCsv(100000, "B-"), &seconds100k, &peak100k);
    report("feedback_import_100k_s", seconds100k, "s");
    // On a shared machine the wall time says as much about the neighbours; the processor time
    // is the import's own.
    report("feedback_import_100k_cpu_s", cpu100k, "s");
    report("feedback_import_10k_peak_rss_mb", peak10k, "MB");
    report("feedback_import_100k_peak_rss_mb", peak100k, "MB");
}

// How long `attune import customers` keeps a running Attune's writes waiting: while the real
// binary imports, a second connection takes and releases SQLite's write lock (BEGIN IMMEDIATE,
// COMMIT) every few milliseconds, as the app does when it records a call; the longest wait is the
// figure. The rows are all new, then imported again so every row is an update.
void importLockHoldBenchmark(int rows, const char* name)
{
    IsolatedHome home;
    const QString csv = home.path() + QStringLiteral("/crm.csv");
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write("customer_id,full_name,preferred_name,phone,language,segment,customer_since\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("C-%1,Customer Number %1,Cust%1,+4477%2,en,Gold,2020-01-02\n")
                           .arg(i)
                           .arg(i, 8, 10, QLatin1Char('0'))
                           .toUtf8());
    }
    const QString databasePath = home.dataDir() + QStringLiteral("/attune.sqlite");
    {
        Database database(databasePath);
        QString error;
        if (!database.open(&error)) {
            report(name, -1, "ms");
            return;
        }
    }
    report(name,
           longestWriteWaitMs(home, databasePath,
                              {QStringLiteral("import"), QStringLiteral("customers"), csv}),
           "ms");
}

// From `attune call start` to the caller's profile painted, with 1,000,000 customers stored.
void profilePopBenchmark(const Options& options)
{
    IsolatedHome home;
    {
        Database database(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QString error;
        if (!database.open(&error) || !fillCustomers(database, 1000000)) {
            report("profile_pop_to_paint_ms", -1, "ms");
            return;
        }
    }
    QProcess app;
    if (!startAttuneApp(app, home)) {
        report("profile_pop_to_paint_ms", -1, "ms");
        return;
    }
    std::vector<double> latencies;
    for (int i = 0; i < options.pops; ++i) {
        const QString callId = QStringLiteral("profile-%1").arg(i);
        runAttune(
            home,
            {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"), callId,
             QStringLiteral("+44 7700 %1").arg(i * 31337 % 1000000, 6, 10, QLatin1Char('0'))});
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000) {
            const QJsonObject pop =
                statusOf(home).value(QStringLiteral("lastScreenPop")).toObject();
            if (pop.value(QStringLiteral("callId")).toString() == callId &&
                pop.contains(QStringLiteral("profileLatencyMs"))) {
                latencies.push_back(pop.value(QStringLiteral("profileLatencyMs")).toDouble());
                break;
            }
            QThread::msleep(10);
        }
        runAttune(home, {QStringLiteral("call"), QStringLiteral("end")});
    }
    report("profile_pop_to_paint_ms",
           latencies.size() == std::size_t(options.pops) ? median(latencies) : -1, "ms");
    report("profile_pop_to_paint_max_ms",
           latencies.empty() ? -1 : *std::max_element(latencies.begin(), latencies.end()), "ms");
    stopAttuneApp(app);
}

void popBenchmark(const Options& options)
{
    IsolatedHome home;
    QProcess app;
    if (!startAttuneApp(app, home)) {
        report("call_start_to_paint_ms", -1, "ms");
        return;
    }
    std::vector<double> latencies;
    for (int i = 0; i < options.pops; ++i) {
        const QString callId = QStringLiteral("bench-%1").arg(i);
        runAttune(home,
                  {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                   callId, QStringLiteral("--phone"), QStringLiteral("+15550100"),
                   QStringLiteral("--name"), QStringLiteral("Bench Caller")});
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 5000) {
            const QJsonObject pop =
                statusOf(home).value(QStringLiteral("lastScreenPop")).toObject();
            if (pop.value(QStringLiteral("callId")).toString() == callId) {
                latencies.push_back(pop.value(QStringLiteral("latencyMs")).toDouble());
                break;
            }
            QThread::msleep(10);
        }
        runAttune(home, {QStringLiteral("call"), QStringLiteral("end")});
    }
    report("call_start_to_paint_ms", median(latencies), "ms");
    report("call_start_to_paint_max_ms",
           latencies.empty() ? -1 : *std::max_element(latencies.begin(), latencies.end()), "ms");
    stopAttuneApp(app);
}

QStringList devSetUtterances()
{
    QFile file(QStringLiteral(ATTUNE_TEST_DATA_DIR "/cues/dev_en.tsv"));
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            lines << line.section(QLatin1Char('\t'), 1);
    }
    return lines;
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(fraction * values.size()))];
}

// Cue detection plus ranking for one customer line against a 5,000-phrase library: the work
// the app does for every line a customer says.
void suggestBenchmark(const std::function<bool(const char*)>& wanted)
{
    Lexicon lexicon;
    PhraseLibrary base;
    QString error;
    if (!Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error) ||
        !base.load(QStringLiteral(":/phrases/en.json"), &error)) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        return;
    }
    const CueDetector detector(std::move(lexicon));
    // The trained model in the loop, as the app reads an English call (model loaded first).
    const CueReader reader(&detector);
    reader.read(u"warm up", QStringLiteral("en"));
    Suggester suggester(PhraseLibrary::replicated(base, 5000));
    PhraseContext context;
    context.preferredName = QStringLiteral("Maria");
    const QStringList lines = devSetUtterances();
    std::vector<double> samples;
    int checksum = 0;
    for (int round = 0; round < 20; ++round) {
        for (const QString& line : lines) {
            const auto start = std::chrono::steady_clock::now();
            const CueReading reading = reader.read(line, QStringLiteral("en"));
            const QList<Suggestion> top =
                suggester.rank(reading.cues, CallMoment::Discovery, context);
            const auto end = std::chrono::steady_clock::now();
            checksum += int(top.size());
            samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        }
    }
    if (checksum == 0)
        std::fprintf(stderr, "attune_bench: the suggester returned nothing\n");
    if (wanted("suggest_5k_median_us"))
        report("suggest_5k_median_us", median(samples), "us");
    if (wanted("suggest_5k_p99_us"))
        report("suggest_5k_p99_us", percentile(samples, 0.99), "us");
}

QStringList trainingLines(const char* language)
{
    QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/training/cues/%1/train.jsonl")
                   .arg(QLatin1String(language)));
    QStringList lines;
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QJsonObject item = QJsonDocument::fromJson(file.readLine()).object();
        if (!item.isEmpty())
            lines << item.value(QStringLiteral("text")).toString();
    }
    return lines;
}

// The trained cue models: loading each language, the memory of all five, and lines read per
// second on one core (model, rules features and, for English, the lexicon prior).
void cueModelBenchmarks(const std::function<bool(const char*)>& wanted)
{
    if (wanted("cue_model_load_ms") || wanted("cue_model_rss_mb")) {
        const double before = residentMb();
        std::vector<double> loads;
        std::vector<CueModel> models(kCueLanguages.size());
        for (size_t i = 0; i < kCueLanguages.size(); ++i) {
            const QString language = QLatin1String(kCueLanguages[i]);
            QElapsedTimer timer;
            timer.start();
            QString error;
            if (!CueModel::loadFile(CueModels::resourcePath(language), language, &models[i],
                                    &error))
                std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
            loads.push_back(timer.nsecsElapsed() / 1e6);
            report(qPrintable(QStringLiteral("cue_model_load_ms_%1").arg(language)), loads.back(),
                   "ms");
        }
        QElapsedTimer timer;
        timer.start();
        const auto detector = CueModels::shared().detector();
        report("language_detector_load_ms", timer.nsecsElapsed() / 1e6, "ms");
        report("cue_model_load_ms", *std::max_element(loads.begin(), loads.end()), "ms");
        report("cue_model_rss_mb", residentMb() - before, "MB");
    }
    Lexicon lexicon;
    QString error;
    if (!Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error))
        return;
    const CueDetector rules(std::move(lexicon));
    const CueReader reader(&rules);
    for (const char* language : kCueLanguages) {
        const QString name = QStringLiteral("cues_lines_per_s_%1").arg(QLatin1String(language));
        if (!wanted(qPrintable(name)) && !wanted("cues_lines_per_s_all"))
            continue;
        const QStringList lines = trainingLines(language);
        if (lines.isEmpty())
            continue;
        const QString code = QLatin1String(language);
        reader.read(lines.first(), code); // loads the model
        constexpr int kLines = 50000;
        int negative = 0;
        const double rssBefore = residentMb();
        // CPU time of this thread: "lines a second on one core", whatever else the machine runs.
        const auto cpuSeconds = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
        };
        const double start = cpuSeconds();
        for (int i = 0; i < kLines; ++i)
            negative += reader.read(lines.at(i % lines.size()), code).negative;
        report(qPrintable(name), kLines / (cpuSeconds() - start), "lines/s");
        if (negative == 0)
            std::fprintf(stderr, "attune_bench: no negative line in %s\n", language);
        if (code == QLatin1String("en") && wanted("cues_1m_rss_growth_mb")) {
            for (int i = 0; i < 1000000; ++i)
                reader.read(lines.at(i % lines.size()), code);
            report("cues_1m_rss_growth_mb", residentMb() - rssBefore, "MB");
        }
    }
}

// An agent's practice reply to the customer's next line, core only: the reply read, the branch
// taken, the next turn ready to show (practice_turn_ms below adds the painting). Every
// built-in English scenario, run again and again with the labelled training replies in turn.
// The figure is the slowest turn of all; the median beside it.
void practiceTurnBenchmark()
{
    ReplyReader reader;
    QString error;
    if (!reader.loadFile(ReplyReader::builtInPath(QStringLiteral("en")), &error)) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        return;
    }
    QStringList problems;
    const QList<PracticeScenario> scenarios =
        PracticeScenarioSet::load(QStringLiteral("en"), QString(), &problems);
    QStringList replies;
    QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/training/practice/en/train.jsonl"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd())
            replies << QJsonDocument::fromJson(file.readLine())
                           .object()
                           .value(QStringLiteral("reply"))
                           .toString();
    }
    if (scenarios.isEmpty() || replies.isEmpty()) {
        std::fprintf(stderr, "attune_bench: no practice scenarios or replies\n");
        return;
    }
    // The patterns compile (and JIT-compile) on first use; the app does that as the agent
    // presses Start (PracticeService::start), before any reply, and so does this.
    reader.compilePatterns();
    const SystemClock clock;
    std::vector<double> samples;
    qsizetype next = 0;
    for (int round = 0; round < 50; ++round) {
        for (const PracticeScenario& scenario : scenarios) {
            PracticeSession session(scenario, reader, clock);
            while (!session.isEnded()) {
                const QString& reply = replies.at(next++ % replies.size());
                const auto start = std::chrono::steady_clock::now();
                session.reply(reply, &error);
                const QString line = session.currentTurn().customer;
                const auto end = std::chrono::steady_clock::now();
                if (line.isEmpty())
                    std::fprintf(stderr, "attune_bench: an empty customer line\n");
                samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            }
        }
    }
    report("practice_turn_engine_ms", *std::max_element(samples.begin(), samples.end()), "ms");
    report("practice_turn_engine_median_ms", median(samples), "ms");

    // Replies of the longest length accepted, built to make patterns backtrack: one sentence
    // without punctuation, a word the rules repeat, questions only, one letter. The slowest read,
    // in every language that has rules.
    const QStringList adversarial = {
        QString(QStringLiteral("really so very ")).repeated(140).left(ReplyReader::kMaxReplyLength),
        QString(QStringLiteral("I can hear how I can hear how "))
            .repeated(70)
            .left(ReplyReader::kMaxReplyLength),
        QString(ReplyReader::kMaxReplyLength, QLatin1Char('?')),
        QString(ReplyReader::kMaxReplyLength, QLatin1Char('a')),
        QString(QStringLiteral("Ms Whitfield, ")).repeated(160).left(ReplyReader::kMaxReplyLength),
        QString(QStringLiteral("sorry, but ")).repeated(190).left(ReplyReader::kMaxReplyLength)};
    double slowest = 0;
    for (const QString& language :
         {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr"),
          QStringLiteral("pt")}) {
        ReplyReader languageReader;
        if (!languageReader.loadFile(ReplyReader::builtInPath(language), &error))
            continue;
        languageReader.read(QStringLiteral("warm-up"), QStringLiteral("Ms Whitfield"));
        for (const QString& reply : adversarial) {
            const auto start = std::chrono::steady_clock::now();
            languageReader.read(reply, QStringLiteral("Ms Whitfield"));
            const auto end = std::chrono::steady_clock::now();
            slowest =
                std::max(slowest, std::chrono::duration<double, std::milli>(end - start).count());
        }
    }
    report("practice_adversarial_reply_ms", slowest, "ms");
}

// An agent's practice reply to the customer's next line painted, as the agent sees it: the
// sidebar's practice panel, Send pressed, the reply read and branched on by the service, the
// conversation laid out again and painted, until the panel says the paint reached the screen.
// Every built-in English scenario run 10 times with the labelled training replies in turn; the
// figure is the slowest turn (its first includes compiling the reader's patterns).
void practiceTurnPaintedBenchmark()
{
    QStringList replies;
    QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/training/practice/en/train.jsonl"));
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd())
            replies << QJsonDocument::fromJson(file.readLine())
                           .object()
                           .value(QStringLiteral("reply"))
                           .toString();
    }
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("user.conf")),
                      dir.filePath(QStringLiteral("system.conf")));
    const SystemClock clock;
    CallSession session(clock);
    PracticeService practice(session, clock);
    const QStringList problems = practice.load(QStringLiteral("en"), QString());
    PhraseLibrary library;
    QString error;
    if (!problems.isEmpty() || replies.isEmpty() ||
        !library.load(QStringLiteral(":/phrases/en.json"), &error)) {
        std::fprintf(stderr, "attune_bench: practice: %s %s\n", qPrintable(problems.join(u' ')),
                     qPrintable(error));
        return;
    }
    practice.setPhraseLibrary(library);
    ThemeManager theme(*qApp);
    PopTrace trace;
    SidebarWindow window(session, settings, theme, trace);
    window.setPracticeService(practice);
    window.dockToScreenEdge();
    window.show();
    QCoreApplication::processEvents();
    PracticePanel& panel = *window.practicePanel();
    bool painted = false;
    QObject::connect(&panel, &PracticePanel::replyAnswerPainted, [&painted] { painted = true; });
    std::vector<double> samples;
    std::vector<double> midRun;
    std::vector<double> lastTurns;
    qsizetype next = 0;
    for (int round = 0; round < 10; ++round) {
        for (const QString& id : practice.scenarioIds()) {
            if (!practice.start(id, &error))
                break;
            QCoreApplication::processEvents();
            while (practice.isRunning()) {
                panel.replyBox()->setPlainText(replies.at(next++ % replies.size()));
                painted = false;
                QElapsedTimer timer;
                timer.start();
                if (!panel.sendReply())
                    break;
                while (!painted && timer.elapsed() < 2000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
                samples.push_back(timer.nsecsElapsed() / 1e6);
                (practice.isRunning() ? midRun : lastTurns).push_back(samples.back());
                if (std::getenv("ATTUNE_BENCH_VERBOSE"))
                    std::fprintf(stderr, "%s turn %d%s: %.1f ms\n", qPrintable(id),
                                 practice.run()->customerTurns(),
                                 practice.isRunning() ? "" : " (feedback)", samples.back());
            }
            practice.close();
        }
    }
    if (samples.empty())
        return;
    report("practice_turn_ms", *std::max_element(samples.begin(), samples.end()), "ms");
    report("practice_turn_median_ms", median(samples), "ms");
    report("practice_turn_p95_ms", percentile(samples, 0.95), "ms");
    // The customer's next line, and the last turn whose answer is the whole feedback.
    if (!midRun.empty())
        report("practice_turn_next_line_max_ms", *std::max_element(midRun.begin(), midRun.end()),
               "ms");
    if (!lastTurns.empty())
        report("practice_turn_feedback_max_ms",
               *std::max_element(lastTurns.begin(), lastTurns.end()), "ms");
}

// `attune cues` on 100,000 lines through a pipe, as a speech-analytics export would feed it.
void cuesThroughputBenchmark()
{
    const QStringList lines = devSetUtterances();
    QByteArray input;
    constexpr int kLines = 100000;
    for (int i = 0; i < kLines; ++i)
        input += lines.at(i % lines.size()).toUtf8() + '\n';
    IsolatedHome home;
    QProcess process;
    process.setProcessEnvironment(home.environment());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("cues")});
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(1000);
        output += process.readAllStandardOutput();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const qsizetype produced = output.count('\n');
    report("cues_lines_per_s", produced == kLines ? kLines / seconds : -1, "lines/s");
}

// `attune cues` on a 256 MiB line between two ordinary ones: its peak memory, from the child's
// own VmHWM polled while it runs (wait4's figure would carry this process's size over from the
// spawn). A line over the 1 MiB limit is skipped unkept; a 300 MB one once took 1.5 GB.
void cuesLongLineBenchmark()
{
    IsolatedHome home;
    const QString input = home.path() + QStringLiteral("/long-line.txt");
    const QString output = home.path() + QStringLiteral("/cues.jsonl");
    QFile file(input);
    if (!file.open(QIODevice::WriteOnly)) {
        report("cues_long_line_peak_rss_mb", -1, "MB");
        return;
    }
    file.write("I have called three times and nothing works!\n");
    const QByteArray mebibyte(1024 * 1024, 'a');
    for (int i = 0; i < 256; ++i)
        file.write(mebibyte);
    file.write("\nthank you, that helped\n");
    file.close();
    QProcess process;
    process.setProcessEnvironment(home.environment());
    process.setStandardInputFile(input);
    process.setStandardOutputFile(output);
    process.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("cues")});
    if (!process.waitForStarted()) {
        report("cues_long_line_peak_rss_mb", -1, "MB");
        return;
    }
    const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
    double peakMb = -1;
    while (!process.waitForFinished(2)) {
        QFile proc(status);
        if (!proc.open(QIODevice::ReadOnly))
            break;
        for (const QByteArray& line : proc.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peakMb =
                    std::max(peakMb, line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0);
        }
    }
    process.waitForFinished();
    QFile written(output);
    written.open(QIODevice::ReadOnly);
    const QByteArray answers = written.readAll();
    const bool answered = answers.count('\n') == 3 && answers.contains("\"line\":2");
    report("cues_long_line_peak_rss_mb", answered ? peakMb : -1, "MB");
}

// Marks when the suggestion panel (or anything in it) has been painted: at the paint event, the
// lines processed so far are taken, and stamped once that paint pass is flushed (a queued call
// after it, as PopTrace does for the screen pop).
class PanelPaintWatch final : public QObject
{
public:
    explicit PanelPaintWatch(QWidget* panel)
        : m_panel(panel)
    {
        panel->installEventFilter(this);
        for (QWidget* child : panel->findChildren<QWidget*>())
            child->installEventFilter(this);
    }

    void processed(int seq)
    {
        m_processed.push_back(seq);
        m_processedNs[seq] = monotonicUs() * 1000;
    }
    const std::map<int, qint64>& processedNs() const { return m_processedNs; }
    const std::map<int, qint64>& paintedNs() const { return m_paintedNs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_processed.empty()) {
            std::vector<int> painted;
            painted.swap(m_processed);
            QMetaObject::invokeMethod(
                m_panel,
                [this, painted] {
                    const qint64 now = monotonicUs() * 1000;
                    for (int seq : painted)
                        m_paintedNs.emplace(seq, now);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_panel;
    std::vector<int> m_processed;
    std::map<int, qint64> m_processedNs;
    std::map<int, qint64> m_paintedNs;
};

// From an utterance sent over the WebSocket API to the suggestions it brings painted, while a
// client (a separate Python process on a real 127.0.0.1 socket) streams 200 lines a second: the
// real WebSocketApi, CallSession, EmpathyEngine and SidebarWindow in this process, on the shared
// monotonic clock.
void wsUtteranceBenchmark()
{
    constexpr int kRate = 200;
    constexpr int kLines = 3000; // 15 s of speech analytics
    constexpr int kWarmUp = 100;
    // The object graph as the app builds it, its engine included.
    ServicesFixture fixture;
    if (!fixture.start() || !fixture.services().empathy()) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(fixture.problems().join(u'\n')));
        report("ws_utterance_to_paint_p99_ms", -1, "ms");
        return;
    }
    fixture.settings().setValue(SettingKey::PromptBudget,
                                QStringLiteral("0")); // every line refreshes
    AppServices& services = fixture.services();
    CallEvents& bus = services.bus();
    CallSession& session = services.session();
    ThemeManager theme(*qApp);
    QString error;
    SidebarWindow window(session, fixture.settings(), theme, services.popTrace());
    window.setEmpathyEngine(*services.suggestions(), nullptr);
    window.show();
    // As docked on a 1080-line screen: the panel sits below the header, profile and transcript,
    // and a panel pushed out of a short window is never painted at all.
    window.resize(window.width(), 1000);
    auto* panel = window.findChild<SuggestionPanel*>();
    WebSocketApi api(bus, session);
    WebSocketApiConfig config;
    config.token = ApiToken::generate();
    if (!panel || !api.listen(config, &error)) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        report("ws_utterance_to_paint_p99_ms", -1, "ms");
        return;
    }
    PanelPaintWatch watch(panel);
    static const QRegularExpression marker(QStringLiteral("#(\\d+)$"));
    boost::signals2::scoped_connection processed =
        session.utteranceAdded.connect([&watch](const Call&, const Utterance& line, bool) {
            const QRegularExpressionMatch match = marker.match(line.text);
            if (match.hasMatch())
                watch.processed(match.captured(1).toInt());
        });
    CallStartedEvent start;
    start.callId = QStringLiteral("bench-ws");
    bus.callStarted(start);
    bus.callAnswered(QString());
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 300)
        QCoreApplication::processEvents();

    // Lines whose cues differ from one to the next, so each brings a change to the panel.
    QStringList lines;
    for (const QString& label :
         {QStringLiteral("frustration"), QStringLiteral("gratitude"), QStringLiteral("confusion"),
          QStringLiteral("anxiety"), QStringLiteral("urgency"), QStringLiteral("sadness")}) {
        QFile file(QStringLiteral(ATTUNE_TEST_DATA_DIR "/cues/dev_en.tsv"));
        file.open(QIODevice::ReadOnly | QIODevice::Text);
        int taken = 0;
        while (!file.atEnd() && taken < 5) {
            const QString row = QString::fromUtf8(file.readLine()).trimmed();
            if (row.section(QLatin1Char('\t'), 0, 0) == label) {
                lines << row.section(QLatin1Char('\t'), 1);
                ++taken;
            }
        }
    }
    QStringList interleaved; // frustration, gratitude, confusion, … then the next of each
    for (int i = 0; i < 5; ++i)
        for (int kind = 0; kind < 6; ++kind)
            if (kind * 5 + i < lines.size())
                interleaved << lines.at(kind * 5 + i);

    QProcess client;
    client.start(QStringLiteral("python3"),
                 {QStringLiteral(ATTUNE_SOURCE_DIR "/tests/bench/ws_stream.py"),
                  QStringLiteral(ATTUNE_SOURCE_DIR "/docs/examples/attune_ws_client.py"),
                  QString::number(api.port()), config.token, QString::number(kRate),
                  QString::number(kLines)});
    client.waitForStarted();
    client.write(interleaved.join(QLatin1Char('\n')).toUtf8() + '\n');
    client.closeWriteChannel();
    QEventLoop loop;
    QObject::connect(&client, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    settle.restart();
    while (settle.elapsed() < 200)
        QCoreApplication::processEvents();

    std::map<int, qint64> sentNs;
    QByteArray tail;
    for (const QByteArray& line : client.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 3 && fields.at(0) == "SENT")
            sentNs[fields.at(1).toInt()] = fields.at(2).toLongLong();
        else if (!line.isEmpty())
            tail += line + ' ';
    }
    std::vector<double> latencies;
    int unresolved = 0;
    for (const auto& [seq, sent] : sentNs) {
        if (seq < kWarmUp)
            continue;
        const auto painted = watch.paintedNs().find(seq);
        if (painted == watch.paintedNs().end())
            ++unresolved;
        else
            latencies.push_back((painted->second - sent) / 1e6);
    }
    // Where the time goes: waiting for the GUI thread to read the line, then the panel's update
    // and paint.
    std::vector<double> toProcessed, toPainted;
    for (const auto& [seq, sent] : sentNs) {
        const auto processedAt = watch.processedNs().find(seq);
        const auto paintedAt = watch.paintedNs().find(seq);
        if (seq < kWarmUp || processedAt == watch.processedNs().end() ||
            paintedAt == watch.paintedNs().end())
            continue;
        toProcessed.push_back((processedAt->second - sent) / 1e6);
        toPainted.push_back((paintedAt->second - processedAt->second) / 1e6);
    }
    std::printf("# ws: sent to processed median %.2f p99 %.2f ms; processed to painted median %.2f "
                "p99 %.2f ms\n",
                percentile(toProcessed, 0.5), percentile(toProcessed, 0.99),
                percentile(toPainted, 0.5), percentile(toPainted, 0.99));
    std::printf("# ws: %zu lines sent at %d/s, %zu measured, %d never painted; client: %s\n",
                sentNs.size(), kRate, latencies.size(), unresolved, tail.constData());
    const bool complete = int(sentNs.size()) == kLines && unresolved * 20 < kLines;
    report("ws_utterance_to_paint_p99_ms", complete ? percentile(latencies, 0.99) : -1, "ms");
    report("ws_utterance_to_paint_median_ms", complete ? percentile(latencies, 0.5) : -1, "ms");
}

} // namespace

// The team server under load: 200 agents, each its own PostgreSQL role, SQLite file and TeamSync
// worker, deliver 1,000 finished calls each at once to one throwaway PostgreSQL 15 cluster (TLS,
// verify-full). Then one agent's lag from a call committed locally to its row on the server.
void teamSyncBenchmarks(const std::function<bool(const char*)>& wanted)
{
    constexpr int kAgents = 200;
    constexpr int kCalls = 1000;
    test::PostgresCluster cluster;
    QString error;
    if (!cluster.useTls(QStringLiteral("127.0.0.1"), &error) || !cluster.start(&error)) {
        std::fprintf(stderr, "team sync: %s\n", qPrintable(error));
        report("team_sync_calls_per_s", -1, "calls/s");
        return;
    }
    QSqlDatabase admin =
        cluster.connect(QStringLiteral("bench-admin"), test::PostgresCluster::adminUser(),
                        test::PostgresCluster::adminPassword(), &error);
    int from = 0;
    if (!admin.isOpen() || !TeamSchema::initialise(admin, &from, &error)) {
        std::fprintf(stderr, "team sync: %s\n", qPrintable(error));
        report("team_sync_calls_per_s", -1, "calls/s");
        return;
    }
    QTemporaryDir dir;
    const auto configFor = [&](const QString& user) {
        const QString passwordFile = dir.filePath(user + QStringLiteral(".pw"));
        QFile file(passwordFile);
        file.open(QIODevice::WriteOnly);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(user.toUtf8() + "-pw\n");
        TeamSyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = cluster.port();
        config.database = test::PostgresCluster::databaseName();
        config.user = user;
        config.caFile = cluster.caFile();
        config.passwordFile = passwordFile;
        return config;
    };
    const auto addAgent = [&](const QString& user) {
        return TeamSchema::addMember(admin, user, QStringLiteral("load"), TeamSchema::Member::Agent,
                                     &error) &&
               QSqlQuery(admin).exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%1-pw'").arg(user));
    };
    const auto finishCalls = [](Database& database, int count, const QString& prefix) {
        QSqlDatabase db = database.connection();
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO calls (call_id, source, phone, display_name, ringing_at, answered,"
            " talk_ms, ended_at, outcome, arc_peak, arc_peak_kind)"
            " VALUES (:ref, 'bench', '+441632960001', 'Ann Lee',"
            " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, 90000,"
            " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'completed', 0.6, 'frustration')"));
        for (int i = 0; i < count; ++i) {
            insert.bindValue(QStringLiteral(":ref"), prefix + QString::number(i));
            insert.exec();
        }
        db.commit();
        QSqlQuery id(db);
        id.exec(QStringLiteral("SELECT sync_id FROM calls ORDER BY id DESC LIMIT 1"));
        return id.next() ? id.value(0).toString() : QString();
    };

    if (wanted("team_sync_calls_per_s")) {
        std::vector<std::unique_ptr<Database>> databases;
        std::vector<std::unique_ptr<TeamSync>> syncs;
        for (int a = 0; a < kAgents; ++a) {
            const QString user = QStringLiteral("agent%1").arg(a, 3, 10, QLatin1Char('0'));
            if (!addAgent(user)) {
                std::fprintf(stderr, "team sync: %s\n", qPrintable(error));
                report("team_sync_calls_per_s", -1, "calls/s");
                return;
            }
            auto database = std::make_unique<Database>(dir.filePath(user + QStringLiteral(".db")));
            if (!database->open(&error) || !TeamSync::setEnabled(*database, true, &error)) {
                std::fprintf(stderr, "team sync: %s\n", qPrintable(error));
                report("team_sync_calls_per_s", -1, "calls/s");
                return;
            }
            finishCalls(*database, kCalls, QStringLiteral("load-"));
            databases.push_back(std::move(database));
            syncs.push_back(std::make_unique<TeamSync>(*databases.back(), configFor(user)));
        }
        QElapsedTimer timer;
        timer.start();
        for (auto& sync : syncs)
            sync->start();
        qint64 onServer = 0;
        while (onServer < qint64(kAgents) * kCalls && timer.elapsed() < 15 * 60 * 1000) {
            QThread::msleep(100);
            QSqlQuery count(admin);
            if (count.exec(QStringLiteral("SELECT count(*) FROM attune.calls")) && count.next())
                onServer = count.value(0).toLongLong();
        }
        const double seconds = timer.elapsed() / 1000.0;
        syncs.clear();
        std::printf("# %lld calls from %d agents on the server in %.1f s\n", onServer, kAgents,
                    seconds);
        report("team_sync_calls_per_s",
               onServer == qint64(kAgents) * kCalls ? onServer / seconds : -1, "calls/s");
    }
    if (wanted("team_sync_lag_p99_ms")) {
        const QString user = QStringLiteral("lagagent");
        Database database(dir.filePath(QStringLiteral("lag.db")));
        if (!addAgent(user) || !database.open(&error) ||
            !TeamSync::setEnabled(database, true, &error)) {
            std::fprintf(stderr, "team sync: %s\n", qPrintable(error));
            report("team_sync_lag_p99_ms", -1, "ms");
            return;
        }
        TeamSync sync(database, configFor(user));
        sync.start();
        std::vector<double> lags;
        QSqlQuery found(admin);
        found.prepare(QStringLiteral("SELECT 1 FROM attune.calls WHERE id = CAST(:id AS uuid)"));
        for (int i = 0; i < 200; ++i) {
            const qint64 start = monotonicUs();
            const QString id = finishCalls(database, 1, QStringLiteral("lag-%1-").arg(i));
            for (;;) {
                found.bindValue(QStringLiteral(":id"), id);
                if (found.exec() && found.next())
                    break;
                if (monotonicUs() - start > 60'000'000) {
                    report("team_sync_lag_p99_ms", -1, "ms");
                    return;
                }
                QThread::msleep(2);
            }
            lags.push_back((monotonicUs() - start) / 1000.0);
            QThread::msleep(QRandomGenerator::global()->bounded(20, 120));
        }
        std::printf("# lag median %.1f ms (the worker polls the outbox every 250 ms)\n",
                    percentile(lags, 0.5));
        report("team_sync_lag_p99_ms", percentile(lags, 0.99), "ms");
    }
}

// The machine is shared: every team-history figure is printed beside the load it was taken at.
static QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}
// The team view over 10,000,000 calls from 500 agents in 25 teams of 20 (seeded server-side with
// generate_series, tests/bench/team_seed.sql, into a PostgreSQL 15 cluster kept in /var/tmp and
// reused), read as lead-01, the supervisor of one team, through the real TeamHistoryView: the
// first page painted, the worst of a set of filter changes (each to its first page painted), and
// the longest wait for a page while scrolling (the GUI thread itself never waits: pages arrive
// from the loader's thread).
void teamHistoryBenchmarks(const std::function<bool(const char*)>& wanted)
{
    constexpr qint64 kCalls = 10000000;
    const QString kept = QStringLiteral("/var/tmp/attune-team-bench");
    test::PostgresCluster cluster(kept);
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "team history: %s\n", qPrintable(error));
        report("team_history_open_10m_ms", -1, "ms");
        return;
    }
    {
        QSqlDatabase admin =
            cluster.connect(QStringLiteral("team-bench-admin"), test::PostgresCluster::adminUser(),
                            test::PostgresCluster::adminPassword(), &error);
        int from = 0;
        QElapsedTimer seeding;
        seeding.start();
        if (!admin.isOpen() || !TeamSchema::initialise(admin, &from, &error)) {
            std::fprintf(stderr, "team history: %s\n", qPrintable(error));
            report("team_history_open_10m_ms", -1, "ms");
            return;
        }
        QSqlQuery seeded(admin);
        seeded.exec(QStringLiteral("SELECT value FROM attune.meta WHERE key = 'bench_calls'"));
        if (!seeded.next() || seeded.value(0).toLongLong() != kCalls) {
            QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/tests/bench/team_seed.sql"));
            file.open(QIODevice::ReadOnly);
            const QString sql = QString::fromUtf8(file.readAll())
                                    .replace(QLatin1String("@CALLS@"), QString::number(kCalls));
            QSqlQuery seed(admin);
            if (!seed.exec(sql) || !seed.exec(QStringLiteral("ANALYZE")) ||
                !seed.exec(QStringLiteral("INSERT INTO attune.meta VALUES ('bench_calls', '%1')"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                               .arg(kCalls))) {
                std::fprintf(stderr, "team history seed: %s\n",
                             qPrintable(seed.lastError().text()));
                report("team_history_open_10m_ms", -1, "ms");
                return;
            }
        }
        if (!TeamSchema::addMember(admin, QStringLiteral("lead-01"), QStringLiteral("team-01"),
                                   TeamSchema::Member::Supervisor, &error) ||
            !QSqlQuery(admin).exec(QStringLiteral("ALTER ROLE \"lead-01\" PASSWORD 'lead-pw'"))) {
            std::fprintf(stderr, "team history: %s\n", qPrintable(error));
            return;
        }
        std::printf("# team history: %lld calls ready in %.1f s (%s, %s)\n", kCalls,
                    seeding.elapsed() / 1000.0, qPrintable(kept),
                    cluster.reused() ? "reused" : "seeded now");
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("team-bench-admin"));
    std::printf("# load average: %s\n", qPrintable(loadAverage()));

    Rubric rubric;
    Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error);
    TeamServerLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = cluster.port();
    login.database = test::PostgresCluster::databaseName();
    login.user = QStringLiteral("lead-01");
    login.password = QStringLiteral("lead-pw");
    login.sslMode = QStringLiteral("disable");
    TeamHistoryView view(login, rubric);
    view.resize(1280, 760);
    view.show();
    QTableView* table = view.table();
    // ATTUNE_BENCH_QT_DELEGATE=1: the cells painted by Qt's own delegate, as before
    // TeamCallDelegate, to compare the two at the same load.
    if (qEnvironmentVariableIntValue("ATTUNE_BENCH_QT_DELEGATE") == 1) {
        table->setItemDelegate(new QStyledItemDelegate(table));
        std::printf("# team history: Qt's own item delegate\n");
    }
    TeamHistoryModel* model = view.model();
    const auto waitFor = [](const std::function<bool()>& done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return done();
    };
    {
        QElapsedTimer signIn;
        signIn.start();
        bool in = false;
        QObject::connect(&view, &TeamHistoryView::signedIn, [&] { in = true; });
        view.signIn(login);
        if (!waitFor([&] { return in; })) {
            std::fprintf(stderr, "team history: cannot sign in: %s\n",
                         qPrintable(view.statusText()));
            report("team_history_open_10m_ms", -1, "ms");
            return;
        }
        waitFor([&] { return !model->isLoading(); });
        std::printf("# team history: signed in and first page in %.1f ms\n",
                    signIn.nsecsElapsed() / 1e6);
    }
    // From asking for a page to its rows painted.
    const auto firstPagePainted = [&](const std::function<void()>& change) {
        QElapsedTimer timer;
        timer.start();
        change();
        waitFor([&] { return !model->isLoading(); });
        table->viewport()->repaint();
        return timer.nsecsElapsed() / 1e6;
    };
    if (wanted("team_history_open_10m_ms")) {
        std::vector<double> opens;
        for (int run = 0; run < 7; ++run)
            opens.push_back(firstPagePainted([&] { model->refresh(); }));
        std::printf("# team_history_open_10m_ms: max %.1f ms over %zu openings, %d rows\n",
                    *std::max_element(opens.begin(), opens.end()), opens.size(), model->rowCount());
        report("team_history_open_10m_ms", median(opens), "ms");
    }
    if (wanted("team_history_filter_10m_ms")) {
        const auto box = [&](const char* name) {
            return view.findChild<QCheckBox*>(QLatin1String(name));
        };
        const auto combo = [&](const char* name) {
            return view.findChild<QComboBox*>(QLatin1String(name));
        };
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("teamSearch"));
        const auto setSearch = [search](const QString& text) {
            search->setText(text);
            Q_EMIT search->returnPressed();
        };
        const QList<QPair<const char*, std::function<void()>>> steps = {
            {"hot calls", [&] { box("teamHotOnly")->setChecked(true); }},
            {"+ score below 50", [&] { box("teamScoreBelowOn")->setChecked(true); }},
            {"+ outcome escalated", [&] { combo("teamOutcome")->setCurrentIndex(3); }},
            {"last 30 days",
             [&] {
                 for (QCheckBox* check : view.findChildren<QCheckBox*>())
                     check->setChecked(false);
                 combo("teamOutcome")->setCurrentIndex(0);
                 combo("teamPeriod")->setCurrentIndex(3); // HistoryFilterBar: "Last 30 days"
             }},
            {"all time", [&] { combo("teamPeriod")->setCurrentIndex(0); }},
            {"agent agent-007", [&] { combo("agent")->setCurrentIndex(7); }},
            {"+ hot calls", [&] { box("teamHotOnly")->setChecked(true); }},
            {"all agents",
             [&] {
                 box("teamHotOnly")->setChecked(false);
                 combo("agent")->setCurrentIndex(0);
             }},
            // team_seed.sql gives each agent of team-01 one first name and four surnames (Marsh,
            // Moreau, Reyes, Dubois): "Nguyen" and "Mei Nguyen 12", searched here before, are
            // on none of the team's calls, so those steps measured empty searches. A customer's
            // name instead: 5,000 of the team's 400,000 calls, all agent-007's (the other 19
            // agents' searches find nothing); with a number, 55 calls.
            {"search Mei Reyes", [&] { setSearch(QStringLiteral("Mei Reyes")); }},
            {"search Mei Reyes 12", [&] { setSearch(QStringLiteral("Mei Reyes 12")); }},
            {"search +15550012", [&] { setSearch(QStringLiteral("+15550012")); }},
            // A surname on a quarter of the team's calls (migration 0009 walks for it).
            {"search Marsh", [&] { setSearch(QStringLiteral("Marsh")); }},
            {"clear search", [&] { setSearch(QString()); }},
            {"sort by self score",
             [&] { table->sortByColumn(1 + HistoryModel::SelfScore, Qt::AscendingOrder); }},
            {"sort by talk time",
             [&] { table->sortByColumn(1 + HistoryModel::Duration, Qt::DescendingOrder); }},
            {"sort by peak",
             [&] { table->sortByColumn(1 + HistoryModel::Peak, Qt::DescendingOrder); }},
            {"sort by time",
             [&] { table->sortByColumn(1 + HistoryModel::When, Qt::DescendingOrder); }},
        };
        std::vector<double> changes;
        for (const auto& [name, change] : steps) {
            const double ms = firstPagePainted(change);
            std::printf("# team history filter %-22s %6.1f ms, %d rows loaded\n", name, ms,
                        model->rowCount());
            changes.push_back(ms);
        }
        report("team_history_filter_10m_ms", *std::max_element(changes.begin(), changes.end()),
               "ms");
    }
    if (wanted("team_history_scroll_max_stall_ms") ||
        wanted("team_history_scroll_rows_shown_max_ms")) {
        model->refresh();
        waitFor([&] { return !model->isLoading(); });
        QScrollBar* bar = table->verticalScrollBar();
        // Two figures, kept apart because they are different things. The stall: the longest
        // time the GUI thread is busy in one go (a scroll step handled and painted, a page's
        // rows inserted, a repaint), during which it answers nothing. The rows shown: from a
        // scroll step until the rows scrolled to are painted with their data, which includes
        // the server's time for a page not read yet (the GUI thread is free meanwhile).
        std::vector<double> busy;
        // What the longest ones were, and how much of each the thread spent on a core (on a
        // shared machine the rest is the thread waiting for one, not work of its own).
        std::vector<std::tuple<double, double, const char*>> longest;
        std::vector<double> shown;
        const auto threadCpuMs = [] {
            timespec now{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
            return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
        };
        const auto busyFor = [&](const char* what, const std::function<void()>& work) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            work();
            busy.push_back(timer.nsecsElapsed() / 1e6);
            longest.emplace_back(busy.back(), threadCpuMs() - cpu, what);
            std::sort(longest.begin(), longest.end(), std::greater<>());
            if (longest.size() > 5)
                longest.pop_back();
        };
        // The event loop run until `done`, one iteration at a time, each iteration timed.
        const auto runUntil = [&](const std::function<bool()>& done) {
            QElapsedTimer timer;
            timer.start();
            while (!done() && timer.elapsed() < 30000)
                busyFor("an event-loop turn while a page is read",
                        [] { QCoreApplication::processEvents(QEventLoop::AllEvents, 1); });
        };
        const auto rowsOnScreenShown = [&] {
            const int top = table->rowAt(0);
            const int bottom = table->rowAt(table->viewport()->height() - 1);
            for (int row = std::max(top, 0); row <= bottom && row >= 0; ++row)
                if (!model->holdsPage(row / TeamHistoryModel::kPageSize))
                    return false;
            return !model->isLoading();
        };
        QElapsedTimer total;
        total.start();
        // Eight screens down at a time, without a pause (about 1.1 pages a step); when the view
        // reaches the bottom of what is loaded it asks for the next page.
        for (int step = 0; step < 400 && model->rowCount() < 40000; ++step) {
            QElapsedTimer timer;
            timer.start();
            busyFor("a scroll step", [&] {
                bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep() * 8));
                QCoreApplication::processEvents();
            });
            if (!rowsOnScreenShown()) {
                runUntil(rowsOnScreenShown);
                busyFor("the repaint with the page's rows", [&] { table->viewport()->repaint(); });
            }
            shown.push_back(timer.nsecsElapsed() / 1e6);
        }
        // Back to the middle and the top: pages no longer held as rows.
        std::vector<double> jumps;
        for (int target : {bar->maximum() / 2, 0}) {
            QElapsedTimer timer;
            timer.start();
            busyFor("a jump back", [&] {
                bar->setValue(target);
                QCoreApplication::processEvents();
                table->viewport()->repaint();
            });
            if (!rowsOnScreenShown()) {
                runUntil(rowsOnScreenShown);
                busyFor("the repaint with the page's rows", [&] { table->viewport()->repaint(); });
            }
            shown.push_back(timer.nsecsElapsed() / 1e6);
            jumps.push_back(shown.back());
        }
        std::printf("# team history scroll: back to the middle %.1f ms, to the top %.1f ms;"
                    " %d pages held as rows, %d packed in %.1f MB, %d read again\n",
                    jumps[0], jumps[1], model->cachedPages(), model->packedPages(),
                    model->packedBytes() / 1048576.0, model->pagesReadAgain());
        std::printf(
            "# team history scroll: %zu steps to row %d in %.1f s; rows shown median"
            " %.1f ms, p95 %.1f ms; GUI thread busy over 16 ms %lld of %zu times\n",
            shown.size(), model->rowCount(), total.elapsed() / 1000.0, percentile(shown, 0.5),
            percentile(shown, 0.95),
            (long long)std::count_if(busy.begin(), busy.end(), [](double ms) { return ms > 16; }),
            busy.size());
        for (const auto& [ms, cpu, what] : longest)
            std::printf(
                "# team history scroll: GUI thread busy %.1f ms (%.1f ms on a core) in %s\n", ms,
                cpu, what);
        report("team_history_scroll_max_stall_ms",
               busy.empty() ? -1 : *std::max_element(busy.begin(), busy.end()), "ms");
        report("team_history_scroll_rows_shown_max_ms",
               shown.empty() ? -1 : *std::max_element(shown.begin(), shown.end()), "ms");
    }
    std::printf("# load average: %s\n", qPrintable(loadAverage()));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // one figure measures the sidebar itself
    Options options;
    QStringList names;
    const QStringList arguments = app.arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--runs") && i + 1 < arguments.size())
            options.runs = arguments.at(++i).toInt();
        else if (arg == QLatin1String("--idle-seconds") && i + 1 < arguments.size())
            options.idleSeconds = arguments.at(++i).toInt();
        else if (arg == QLatin1String("--minutes") && i + 1 < arguments.size())
            options.minutes = arguments.at(++i).toDouble();
        else if (arg == QLatin1String("--pops") && i + 1 < arguments.size())
            options.pops = arguments.at(++i).toInt();
        else if (arg.startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "attune_bench: unknown option %s\n", qPrintable(arg));
            return 2;
        } else
            names << arg;
    }
    const auto wanted = [&names](const char* name) {
        return names.isEmpty() || names.contains(QLatin1String(name));
    };
    std::printf("# platform: %s%s\n", qgetenv("QT_QPA_PLATFORM").constData(),
                qEnvironmentVariableIsEmpty("DISPLAY")
                    ? ""
                    : qPrintable(QStringLiteral(" on display ") + qEnvironmentVariable("DISPLAY")));
    startupBenchmarks(options, wanted);
    if (wanted("startup_ready_ms"))
        readyBenchmark(options);
    if (wanted("cold_pop_ms"))
        coldPopBenchmark(options);
    if (wanted("call_start_to_paint_ms"))
        popBenchmark(options);
    if (wanted("suggest_5k_median_us") || wanted("suggest_5k_p99_us"))
        suggestBenchmark(wanted);
    if (wanted("cues_lines_per_s"))
        cuesThroughputBenchmark();
    if (wanted("practice_turn_ms") || wanted("practice_turn_median_ms"))
        practiceTurnPaintedBenchmark();
    if (wanted("practice_turn_engine_ms") || wanted("practice_turn_engine_median_ms") ||
        wanted("practice_adversarial_reply_ms"))
        practiceTurnBenchmark();
    if (wanted("cues_long_line_peak_rss_mb"))
        cuesLongLineBenchmark();
    cueModelBenchmarks(wanted);
    if (wanted("idle_cpu_s_per_min"))
        idleBenchmark(options);
    if (wanted("supervisor_record_check_us") || wanted("supervisor_record_check_cached_us"))
        recordCheckBenchmark();
    if (wanted("history_open_1m_ms") || wanted("history_filter_1m_ms") ||
        wanted("history_scroll_max_stall_ms") || wanted("history_memory_growth_mb"))
        historyBenchmarks(wanted);
    if (wanted("profile_lookup_1m_median_us"))
        profileLookupBenchmark();
    if (wanted("profile_import_100k_s"))
        profileImportBenchmark();
    if (wanted("feedback_import_100k_s"))
        feedbackImportBenchmark();
    if (wanted("feedback_import_lock_hold_100k_ms"))
        feedbackLockHoldBenchmark();
    if (wanted("import_lock_hold_300k_ms"))
        importLockHoldBenchmark(300000, "import_lock_hold_300k_ms");
    if (wanted("import_lock_hold_1m_ms"))
        importLockHoldBenchmark(1000000, "import_lock_hold_1m_ms");
    if (wanted("profile_pop_to_paint_ms"))
        profilePopBenchmark(options);
    if (wanted("assessment_form_open_ms"))
        assessmentOpenBenchmark();
    if (wanted("draft_write_median_ms") || wanted("assessment_save_p99_ms"))
        assessmentBenchmarks(wanted);
    if (wanted("demo_seed_ms") || wanted("demo_seed_cpu_ms"))
        demoSeedBenchmark(wanted);
    if (wanted("ws_utterance_to_paint_p99_ms") || wanted("ws_utterance_to_paint_median_ms"))
        wsUtteranceBenchmark();
    if (wanted("breathing_cpu_percent"))
        breathingCpuBenchmark();
    if (wanted("breathing_drift_max_ms"))
        breathingDriftBenchmark(options);
    attune::bench::asrBenchmarks(wanted);
    if (wanted("team_sync_calls_per_s") || wanted("team_sync_lag_p99_ms"))
        teamSyncBenchmarks(wanted);
    if (wanted("team_history_open_10m_ms") || wanted("team_history_filter_10m_ms") ||
        wanted("team_history_scroll_max_stall_ms") ||
        wanted("team_history_scroll_rows_shown_max_ms"))
        teamHistoryBenchmarks(wanted);
    return 0;
}
