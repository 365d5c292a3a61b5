#pragma once

#include "cli/Command.h"
#include "cli/ForwardCommand.h"

namespace attune::cli {

// `attune practice [SCENARIO]`: asks the running Attune to open practice (with that scenario
// started), starting Attune first when none runs. The scenario is checked here, against the
// same scenarios the app loads (built-in for the agent's language, then IT's folder), so a
// mistyped id is told at once with the ids there are, and nothing is started for it.
class PracticeCommand final : public Command
{
public:
    explicit PracticeCommand(
        ForwardCommand::InstanceStarter startInstance = ForwardCommand::startBackgroundInstance);

protected:
    int execute(CliContext& context, const CommandLine& command) override;

private:
    ForwardCommand::InstanceStarter m_startInstance;
};

} // namespace attune::cli
