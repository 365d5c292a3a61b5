#pragma once

#include "assessment/Assessment.h"

#include <QList>
#include <QStringList>
#include <QTimer>

#include <boost/signals2/signal.hpp>

#include <functional>
#include <optional>

namespace attune {

// Keeps the self-assessment being filled in safe: every change is written as a draft within
// kDebounceMs (changes in between are folded into one write). A write that fails (a full or
// read-only disk) keeps the draft in memory and is retried every kRetryMs; nothing is dropped.
//
// The write may finish later (the running app writes on the storage thread): until it has, the
// draft is still known here, so the form reopened meanwhile shows it, not the older one on disk.
class DraftKeeper
{
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kRetryMs = 2000;

    // Calls `done(written, error)` once, at once or later on this thread.
    using Done = std::function<void(bool written, const QString& error)>;
    using AsyncWriter = std::function<void(const Assessment& draft, Done done)>;
    using Writer = std::function<bool(const Assessment& draft, QString* error)>;
    explicit DraftKeeper(AsyncWriter write);
    explicit DraftKeeper(Writer write);

    void update(const Assessment& draft);
    // Hands a pending draft to the writer now (before a save or on quit); true when nothing is
    // left that is known not to be written.
    bool flush();
    // The draft is saved as an assessment: nothing is pending any more.
    void forget();
    // The same for one call only; returns the draft it dropped (to restore it if the save is
    // refused after all).
    std::optional<Assessment> forget(const QString& callId);

    bool hasUnwritten() const { return m_pending.has_value(); }
    // The newest draft of `callId` not yet known to be on disk (pending or being written).
    std::optional<Assessment> unwritten(const QString& callId) const;
    // The calls that have such a draft.
    QStringList unwrittenCalls() const;
    QString lastError() const { return m_lastError; }
    // Where the writer delivers `done` when it finishes later: an object on this thread that
    // lives as long as the keeper.
    QObject* context() { return &m_timer; }

    // A write failed (with the reason), or writing works again (empty reason).
    boost::signals2::signal<void(const QString& reason)> writeProblem;

private:
    struct Writing
    {
        quint64 ticket = 0;
        Assessment draft;
    };
    void finished(quint64 ticket, bool written, const QString& error);

    AsyncWriter m_write;
    std::optional<Assessment> m_pending;
    QList<Writing> m_writing; // handed to the writer, oldest first
    quint64 m_nextTicket = 1;
    QString m_lastError;
    QTimer m_timer;
};

} // namespace attune
