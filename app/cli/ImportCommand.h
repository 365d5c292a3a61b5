#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `attune import customers|contacts|cases FILE [--map …]`: a CRM export into the profile store,
// beside a running Attune if there is one (WAL). All or nothing: the first bad row stops it with
// file, line and field (CustomerImport says which).
class ImportCommand final : public Command
{
protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
