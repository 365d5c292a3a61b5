#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `attune export assessments --format csv|json FILE`: the agent's own assessments to a file
// they own (0600 from its first byte). Reads the database next to a running Attune safely
// (WAL); creates nothing when there is no database yet.
class ExportCommand final : public Command
{
protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
