#include "BackgroundInstance.h"

#include "cli/CliContext.h"
#include "core/PrivatePath.h"
#include "integration/InstanceLock.h"
#include "integration/SingleInstance.h"

#include <QElapsedTimer>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace attune::cli {

namespace {

// Every descriptor above the standard three: the caller's (a softphone's pipe left open would
// keep it waiting for an end of file for as long as the app runs) and this process's own.
void closeInheritedDescriptors()
{
    if (::close_range(3, ~0U, 0) == 0)
        return;
    const long most = ::sysconf(_SC_OPEN_MAX);
    for (long fd = 3; fd < (most > 0 ? most : 1024); ++fd)
        ::close(int(fd));
}

// The caller's signal state, which fork copies, is not the app's. A softphone may block SIGTERM
// in the thread that ran the command, or ignore SIGCHLD, or have handlers of its own; the app
// starts from every signal's default with none blocked, as a process of its own would.
void resetSignals()
{
    struct sigaction fresh
    {};
    fresh.sa_handler = SIG_DFL;
    sigemptyset(&fresh.sa_mask);
    for (int signal = 1; signal < NSIG; ++signal) {
        // SIGKILL and SIGSTOP cannot be changed, nor glibc's own two; refused, they stay.
        ::sigaction(signal, &fresh, nullptr);
    }
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

[[noreturn]] void becomeTheApp(int log, int argc, char** argv,
                               const BackgroundInstance::AppRunner& runApp)
{
    resetSignals();
    // Its own session: a Ctrl+C or a closed terminal of the caller's does not end the app.
    ::setsid();
    const int nothing = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    ::dup2(nothing, STDIN_FILENO);
    ::dup2(log >= 0 ? log : nothing, STDOUT_FILENO);
    ::dup2(log >= 0 ? log : nothing, STDERR_FILENO);
    // A standard stream the caller had closed made one of these land on 0, 1 or 2 with its
    // close-on-exec flag, which dup2 onto itself keeps: what the app starts gets them too.
    for (const int standard : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO})
        ::fcntl(standard, F_SETFD, 0);
    closeInheritedDescriptors();
    // /proc/<pid>/cmdline shows this memory: the caller's number and name go from it.
    for (int i = 1; i < argc; ++i)
        std::memset(argv[i], 0, std::strlen(argv[i]));
    const int code = runApp();
    std::fflush(nullptr);
    std::exit(code);
}

} // namespace

int BackgroundInstance::openLog(const AppPaths& paths)
{
    const QString path = paths.backgroundLogFile();
    const int fd =
        ::open(path.toLocal8Bit().constData(),
               O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
    struct stat status
    {};
    if (fd >= 0 && ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) &&
        status.st_uid == ::geteuid()) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        return fd;
    }
    if (fd >= 0)
        ::close(fd);
    return -1;
}

void BackgroundInstance::sayItWritesNoLog(const AppPaths& paths)
{
    std::fputs(qPrintable(Cli::tr("attune: %1 is not a file of yours, so the Attune started now "
                                  "writes no log.\n")
                              .arg(paths.backgroundLogFile())),
               stderr);
}

std::optional<BackgroundInstance::Started>
BackgroundInstance::forkIfNoneRunning(const AppPaths& paths, int argc, char** argv,
                                      const AppRunner& runApp)
{
    if (!runApp || InstanceClient::isListening(paths) ||
        InstanceLock::isHeldByAnyone(paths.lockFile()))
        return std::nullopt;
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(paths.dataDir)))
        return std::nullopt;
    // The command watches its child with waitpid. SIGCHLD ignored (inherited from a caller that
    // ignores it) has the kernel take the child's end away, and a start that failed was then
    // only noticed when the whole wait ran out.
    struct sigaction childEnds
    {};
    if (::sigaction(SIGCHLD, nullptr, &childEnds) == 0 && childEnds.sa_handler == SIG_IGN) {
        childEnds.sa_handler = SIG_DFL;
        ::sigaction(SIGCHLD, &childEnds, nullptr);
    }
    const int log = openLog(paths);
    // Nothing buffered may be written twice, once by each process.
    std::fflush(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0)
        becomeTheApp(log, argc, argv, runApp);
    if (log >= 0)
        ::close(log);
    if (pid < 0)
        return std::nullopt;
    return Started{pid, log >= 0};
}

bool BackgroundInstance::waitUntilListening(const AppPaths& paths, pid_t child, QString* error)
{
    QElapsedTimer waited;
    waited.start();
    bool childRunning = child > 0;
    while (waited.elapsed() < kStartTimeoutMs) {
        if (InstanceClient::isListening(paths))
            return true;
        int status = 0;
        if (childRunning && ::waitpid(child, &status, WNOHANG) == child) {
            childRunning = false;
            // One that found another Attune starting hands over to it and ends well: the
            // request goes to that one. Any other end is a start that failed.
            if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                *error = Cli::tr("Attune was started but stopped before it could take the "
                                 "request; see %1.")
                             .arg(paths.backgroundLogFile());
                return false;
            }
        }
        // A connect to a socket that is not there yet fails at once: asking often costs
        // little, and every millisecond waited here is one more before the caller pops.
        QThread::msleep(2);
    }
    *error = Cli::tr("Attune was started but did not come up within 15 seconds; see %1.")
                 .arg(paths.backgroundLogFile());
    return false;
}

} // namespace attune::cli
