#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `attune import feedback FILE`: post-call survey results beside the agent's calls, beside a
// running Attune if there is one (WAL). All or nothing, like the CRM import (FeedbackImport).
class FeedbackImportCommand final : public Command
{
protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
