#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `attune export assessments --format csv|json FILE`: the agent's own assessments to a file
// they own (0600 from its first byte). Reads the database next to a running Attune safely
// (WAL); creates nothing when there is no database yet.
class ExportCommand final : public Command
{
public:
    // Writes `data` to `path` as a new 0600 file that replaces the old one in one step, or
    // leaves everything as it was and says why. Only a regular file (or a new one in an existing
    // folder) is written: a FIFO or a device would otherwise be replaced by a regular file.
    static bool writePrivateFile(const QString& path, const QByteArray& data, QString* error);

protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
