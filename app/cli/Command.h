#pragma once

#include "cli/CliContext.h"
#include "integration/CommandLine.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace attune::cli {

// One `attune …` command that runs and exits (everything but the app itself). The command line
// is parsed before (CommandLine::parse, a pure function with its own tests); a command does what
// the parsed line says with what the context gives it, and returns the exit code.
class Command
{
public:
    virtual ~Command() = default;
    // Executes the command; an answer that could not be written (`> /dev/full`, a closed pipe)
    // is a failure, said on standard error, never a silent success.
    int run(CliContext& context, const CommandLine& command);

protected:
    virtual int execute(CliContext& context, const CommandLine& command) = 0;
};

// The command for a parsed line; null for RunApp, which starts the app rather than a command.
// `arguments` (without the program name) are kept for the messages that are parsed again once
// the translations are loaded.
std::unique_ptr<Command> commandFor(const CommandLine& command, const QStringList& arguments);

// The arguments after the program name, in the locale's encoding as the shell passed them.
QStringList argumentsOf(int argc, char** argv);

// Runs a parsed command in this process on its real standard streams and XDG folders. A command
// that starts Attune when none runs starts it with `runApp` in a fork of this process
// (BackgroundInstance); without `runApp` it starts this program again.
int runCommand(int argc, char** argv, const CommandLine& command,
               const std::function<int()>& runApp = {});

} // namespace attune::cli
