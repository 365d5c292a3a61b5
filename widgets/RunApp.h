#pragma once

#include "integration/CommandLine.h"

namespace attune {

// The desktop app: the window and the services behind it (app/services/AppServices), wired
// together and run until the agent quits. Returns the process's exit code.
int runApp(int argc, char** argv, CommandLine command);

} // namespace attune
