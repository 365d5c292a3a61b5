#pragma once

#include "TestEnvironment.h"
#include "cli/Command.h"

#include <QCoreApplication>

#include <sstream>
#include <string>

namespace attune::test {

// What one command wrote and returned, run in this process.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString outText() const { return QString::fromUtf8(out); }
};

// Runs `command` on the line `arguments` in `home`'s XDG folders, with `input` on its standard
// input (a terminal when `terminal`), and captures what it writes.
inline CliRun runInProcess(const IsolatedHome& home, cli::Command& command,
                           const QStringList& arguments, const std::string& input = {},
                           bool terminal = false)
{
    home.applyToThisProcess();
    std::istringstream in(input);
    cli::BufferOutput out;
    cli::BufferOutput err;
    // In-process, IT's policy is handed in as a path (the binary itself reads only its fixed
    // place; tests of the binary mount a folder over it, see IsolatedHome::start).
    AppPaths paths = AppPaths::fromEnvironment();
    paths.systemConfigFile = home.policyFile();
    cli::CliContext context(*QCoreApplication::instance(), paths, in, out, err, terminal);
    CliRun run;
    run.exitCode = command.run(context, CommandLine::parse(arguments));
    run.out = out.data();
    run.err = err.text();
    return run;
}

// The command main() would pick for `arguments`, run as above.
inline CliRun runLineInProcess(const IsolatedHome& home, const QStringList& arguments,
                               const std::string& input = {})
{
    const std::unique_ptr<cli::Command> command =
        cli::commandFor(CommandLine::parse(arguments), arguments);
    if (!command)
        return {};
    return runInProcess(home, *command, arguments, input);
}

} // namespace attune::test
