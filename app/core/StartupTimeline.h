#pragma once

namespace attune {

// The start-up's milestones on the monotonic clock the benchmark and the first-frame line use
// (steady_clock, microseconds), as `attune.startup: <us> <milestone>` debug lines. Off unless
// asked for (QT_LOGGING_RULES="attune.startup.debug=true"); tests/bench/startup-timeline runs
// the app that way and lines the milestones up against the minimal Qt window (issue #15).
// Any thread. A milestone is a fixed text: nothing personal.
void startupMark(const char* milestone);

// A fact about this start beside the milestones (`attune.startup: <what>: <value>`, no time), such
// as which event loop runs. Fixed texts and class names only.
void startupNote(const char* what, const char* value);

// Marks `milestone` when it goes out of scope (what a scope's destructors took).
struct StartupMarkOnExit
{
    const char* milestone;
    ~StartupMarkOnExit() { startupMark(milestone); }
};

} // namespace attune
