// The composition root: parses the command line and dispatches. The app itself is built in
// widgets/RunApp.cpp (the window over app/services/AppServices); every other command is a class
// in app/cli/.

#include "cli/Command.h"
#include "integration/AppPaths.h"
#include "integration/CommandLine.h"
#include "widgets/RunApp.h"

using namespace attune;

int main(int argc, char** argv)
{
    // Every file Attune makes (log, lock, socket, database, exports) is the agent's alone.
    AppPaths::keepNewFilesPrivate();
    AppPaths::repairFolderEnvironment();
    const CommandLine command = CommandLine::parse(cli::argumentsOf(argc, argv));
    if (command.action == CommandLine::Action::RunApp)
        return runApp(argc, argv, command);
    // A command that starts Attune when none runs (a call from the softphone) runs the app in a
    // fork of this process, which has every library loaded already, as `attune` alone would.
    char* const program = argv[0];
    return cli::runCommand(argc, argv, command, [program] {
        char* appArgv[] = {program, nullptr};
        return runApp(1, appArgv, CommandLine::parse({}));
    });
}
