#pragma once

#include "settings/ExportPolicy.h"
#include "supervisor/TeamHistoryLoader.h"

#include <QString>

#include <functional>

class QWidget;

namespace attune {

class CoachingService;
class HistoryService;
class PracticeService;
class Rubric;
class SupervisorGate;

// What the history window is made from. The window and Qt Charts live in a module of their own
// (attune_history.so), loaded the first time the agent opens the history: the agent's sidebar
// starts without loading the charting and OpenGL libraries it rarely needs.
struct HistoryWindowParts
{
    ExportPolicy exports;
    HistoryService& history;
    CoachingService& coaching;
    const Rubric& rubric;
    SupervisorGate& gate;
    std::function<QString(const QString&)> profileSummary;
    // The agent's practice runs, on a page of their own; null when practice is not up.
    PracticeService* practice;
    // The team server IT set (team/...); no host: the window has no team scope.
    TeamServerLogin team;
};

// The module's one entry point (unmangled, so QLibrary can find it).
using CreateHistoryWindow = QWidget* (*)(const HistoryWindowParts& parts);
inline constexpr char kCreateHistoryWindowSymbol[] = "attune_create_history_window";

} // namespace attune
