#include "Command.h"

#include "cli/BackgroundInstance.h"
#include "cli/CuesCommand.h"
#include "cli/ExportCommand.h"
#include "cli/FeedbackImportCommand.h"
#include "cli/ForwardCommand.h"
#include "cli/HashPinCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InfoCommand.h"
#include "cli/PracticeCommand.h"
#include "cli/TeamCommand.h"

#include <iostream>
#include <unistd.h>

namespace attune::cli {

int Command::run(CliContext& context, const CommandLine& command)
{
    const int exitCode = execute(context, command);
    if (context.out().failure().isEmpty())
        return exitCode;
    context.printErr(
        Cli::tr("attune: could not write the output: %1\n").arg(context.out().failure()));
    return Failed;
}

std::unique_ptr<Command> commandFor(const CommandLine& command, const QStringList& arguments)
{
    switch (command.action) {
    case CommandLine::Action::RunApp:
        return nullptr;
    case CommandLine::Action::Forward:
        return std::make_unique<ForwardCommand>();
    case CommandLine::Action::Cues:
        return std::make_unique<CuesCommand>();
    case CommandLine::Action::ExportAssessments:
        return std::make_unique<ExportCommand>();
    case CommandLine::Action::Import:
        if (command.importWhat == QLatin1String("feedback"))
            return std::make_unique<FeedbackImportCommand>();
        return std::make_unique<ImportCommand>();
    case CommandLine::Action::HashPin:
        return std::make_unique<HashPinCommand>();
    case CommandLine::Action::Practice:
        return std::make_unique<PracticeCommand>();
    case CommandLine::Action::Team:
        return std::make_unique<TeamCommand>();
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
    case CommandLine::Action::Error:
        return std::make_unique<InfoCommand>(arguments);
    }
    return nullptr;
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runCommand(int argc, char** argv, const CommandLine& command,
               const std::function<int()>& runApp)
{
    std::unique_ptr<Command> toRun = commandFor(command, argumentsOf(argc, argv));
    if (!toRun)
        return Failed;
    // Before QCoreApplication and before any thread: the fork copies one thread and no
    // application object (BackgroundInstance.h).
    if (command.action == CommandLine::Action::Forward && command.startsAppIfNeeded) {
        if (const std::optional<BackgroundInstance::Started> child =
                BackgroundInstance::forkIfNoneRunning(AppPaths::fromEnvironment(), argc, argv,
                                                      runApp)) {
            std::function<void()> notice;
            if (!child->writesLog)
                notice = [] { BackgroundInstance::sayItWritesNoLog(AppPaths::fromEnvironment()); };
            toRun = std::make_unique<ForwardCommand>(
                [pid = child->pid](const AppPaths& paths, QString* error) {
                    return BackgroundInstance::waitUntilListening(paths, pid, error);
                },
                std::move(notice));
        }
    }
    QCoreApplication app(argc, argv);
    CliContext::setIdentity();
    // Standard input is read through std::cin only (cues reads megabytes), so it need not keep
    // in step with C stdio.
    std::ios::sync_with_stdio(false);
    FileOutput out(stdout);
    FileOutput err(stderr);
    CliContext context(app, std::nullopt, std::cin, out, err, ::isatty(STDIN_FILENO) != 0);
    return toRun->run(context, command);
}

} // namespace attune::cli
