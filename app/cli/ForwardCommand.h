#pragma once

#include "cli/Command.h"

#include <functional>

namespace attune::cli {

// `call …`, `status`, `breathe` and `attune://` links: the request goes to the running Attune
// over its local socket, and its reply is printed as one JSON line. A request that may start
// Attune (a call, a breath) starts it in the background when none answers.
class ForwardCommand final : public Command
{
public:
    // Starts an instance for `paths` and returns once it listens; false with the reason.
    using InstanceStarter = std::function<bool(const AppPaths& paths, QString* error)>;

    // By default the instance started is this very program, without arguments. `notice`, when
    // given, is said first thing, in the agent's language (what an instance started before the
    // command could load its translations has to say).
    explicit ForwardCommand(InstanceStarter startInstance = startBackgroundInstance,
                            std::function<void()> notice = {});

    static bool startBackgroundInstance(const AppPaths& paths, QString* error);

protected:
    int execute(CliContext& context, const CommandLine& command) override;

private:
    InstanceStarter m_startInstance;
    std::function<void()> m_notice;
};

} // namespace attune::cli
