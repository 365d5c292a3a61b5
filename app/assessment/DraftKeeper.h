#pragma once

#include "assessment/Assessment.h"

#include <QTimer>

#include <boost/signals2/signal.hpp>

#include <functional>
#include <optional>

namespace attune {

// Keeps the self-assessment being filled in safe: every change is written as a draft within
// kDebounceMs (changes in between are folded into one write). A write that fails (a full or
// read-only disk) keeps the draft in memory and is retried every kRetryMs; nothing is dropped.
class DraftKeeper
{
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kRetryMs = 2000;

    using Writer = std::function<bool(const Assessment& draft, QString* error)>;
    explicit DraftKeeper(Writer write);

    void update(const Assessment& draft);
    // Writes a pending draft now (before a save or on quit); true when nothing is left unwritten.
    bool flush();
    // The draft is saved as an assessment: nothing is pending any more.
    void forget();

    bool hasUnwritten() const { return m_pending.has_value(); }
    QString lastError() const { return m_lastError; }

    // A write failed (with the reason), or writing works again (empty reason).
    boost::signals2::signal<void(const QString& reason)> writeProblem;

private:
    Writer m_write;
    std::optional<Assessment> m_pending;
    QString m_lastError;
    QTimer m_timer;
};

} // namespace attune
