#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `attune team init|add-agent|add-supervisor`, for IT: sets up the team server (PostgreSQL)
// through TeamSchema as the admin role given. The admin password comes from a file only its
// owner can read, or from standard input; never from the command line, where `ps` and the
// shell's history would keep it.
class TeamCommand final : public Command
{
protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
