#pragma once

#include "cli/Command.h"

namespace attune::cli {

// `--version`, `--help`, and a command line that could not be parsed (exit 2, the reason and
// the usage).
class InfoCommand final : public Command
{
public:
    // The arguments are parsed again once the translations are loaded, so the reason comes in
    // the agent's language.
    explicit InfoCommand(QStringList arguments)
        : m_arguments(std::move(arguments))
    {}

protected:
    int execute(CliContext& context, const CommandLine& command) override;

private:
    QStringList m_arguments;
};

} // namespace attune::cli
