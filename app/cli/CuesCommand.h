#pragma once

#include "cli/Command.h"

#include <cstddef>

namespace attune::cli {

// `attune cues`: a filter, stdin to stdout, one JSON line per utterance, in order. Streams, so
// memory stays flat however long the input is. A line longer than kMaxLineBytes is answered with
// {"line":N,"error":"…"} in its place, and the exit code is then 1 once all input is read.
class CuesCommand final : public Command
{
public:
    static constexpr std::size_t kMaxLineBytes = 1024 * 1024;

protected:
    int execute(CliContext& context, const CommandLine& command) override;
};

} // namespace attune::cli
