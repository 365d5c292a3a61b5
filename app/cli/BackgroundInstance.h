#pragma once

#include "integration/AppPaths.h"

#include <QString>

#include <functional>
#include <optional>
#include <sys/types.h>

namespace attune::cli {

// The Attune a command starts when none runs (`attune call start` from a softphone with the
// sidebar closed), made as a fork of the command's own process. That process has every library
// loaded and bound already; a new program had to load and bind them all again before its first
// line, which was about 15 of the 80 ms the agent waits for the caller to pop (issue #15).
//
// The fork is made before any Qt application object and any thread exist, so the child copies
// one thread and nothing half-made; it then becomes exactly what `attune` without arguments is.
struct BackgroundInstance
{
    // Runs the app in this process and returns its exit code (`runApp` of widgets/, handed in
    // by main: the command layer does not link the widgets).
    using AppRunner = std::function<int()>;

    // How long a command waits for the Attune it started to listen.
    static constexpr int kStartTimeoutMs = 15000;

    struct Started
    {
        pid_t pid = 0;
        // False when the background log was not a file to write (openLog): the command says so
        // (sayItWritesNoLog) once it has loaded its translations, which it had not at the fork.
        bool writesLog = true;
    };

    // Forks when nothing listens for `paths` and no instance holds its lock. The child leaves the
    // caller's session, signal state (every signal at its default, none blocked) and streams
    // (standard input from /dev/null, output and errors appended to the background log), closes
    // every other descriptor it inherited, blanks its arguments (a caller's number and name must
    // not stay in `ps` for the app's lifetime), runs `runApp` and exits with its code: it never
    // returns. The parent gets the child's pid. Nothing is forked (nullopt) when an instance is
    // there or starting, or when the data folder cannot be made private; the command then goes
    // the slower way, which says what is wrong.
    static std::optional<Started> forkIfNoneRunning(const AppPaths& paths, int argc, char** argv,
                                                    const AppRunner& runApp);

    // Opens the background log to append to, when it is a regular file of this user's (made
    // 0600 when missing); not through a link, and never a FIFO, which would hold the app before
    // its first line until something read it, or a device. Otherwise -1.
    static int openLog(const AppPaths& paths);
    // Says on standard error that the app started now writes no log, and which file is why.
    static void sayItWritesNoLog(const AppPaths& paths);

    // Returns once an instance listens for `paths`, within kStartTimeoutMs; false with the
    // reason otherwise. With the `child` this process forked (0: none to watch), a child that
    // ended with an error is said at once instead of after the whole wait.
    static bool waitUntilListening(const AppPaths& paths, pid_t child, QString* error);
};

} // namespace attune::cli
