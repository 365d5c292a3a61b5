#include "BackgroundInstance.h"

#include "cli/CliContext.h"
#include "core/PrivatePath.h"
#include "integration/InstanceLock.h"
#include "integration/SingleInstance.h"

#include <QElapsedTimer>
#include <QThread>

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

[[noreturn]] void becomeTheApp(int log, int argc, char** argv,
                               const BackgroundInstance::AppRunner& runApp)
{
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
    std::fputs(qPrintable(Cli::tr("attune: %1 is not a file of yours, so the Attune started now "
                                  "writes no log.\n")
                              .arg(path)),
               stderr);
    return -1;
}

std::optional<pid_t> BackgroundInstance::forkIfNoneRunning(const AppPaths& paths, int argc,
                                                           char** argv, const AppRunner& runApp)
{
    if (!runApp || InstanceClient::isListening(paths) ||
        InstanceLock::isHeldByAnyone(paths.lockFile()))
        return std::nullopt;
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(paths.dataDir)))
        return std::nullopt;
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
    return pid;
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
