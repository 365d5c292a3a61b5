#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>

namespace attune {

class Clock;
class Database;

// Keeps the local history no longer than the retention period (privacy/retentionDays, set by IT
// or the agent; 0 keeps everything). What goes: calls, self-assessments and their drafts,
// breathing exercises and the notes typed about a customer during calls, once older than the
// period. What stays: the agent's phrase preferences and own phrases (no call data in them) and
// the CRM profiles IT imports (the CRM owns those; a re-import refreshes them).
//
// A purge is one transaction, so a crash or a full disk leaves everything or nothing of it, and
// it runs with SQLite's secure_delete so the deleted rows are overwritten, not just unlinked.
// A purge never trusts a clock that may have jumped (docs/deployment.md, "Retention and the
// clock"). It is refused when the clock is behind the newest record, and held when it would
// remove more than kMaxShare of the history or when the clock is more than the retention period
// past the last purge: a held purge runs only once the clock has agreed with itself for
// kConfirmMs (a later start or the daily run, the clock never going back in between). One start
// with a wrong clock therefore deletes nothing. The last purge and a hold are kept in the
// database (app_state), so a restart does not forget them.
//
// Use it on the thread that opened the database, or hand its purges to one (start(Runner)).
class DataRetention final : public QObject
{
    Q_OBJECT

public:
    struct Purged
    {
        int calls = 0;
        int assessments = 0;
        int drafts = 0;
        int breathingSessions = 0;
        int notes = 0;
        int coachingNotes = 0;
        int kudos = 0;
        int feedback = 0; // the customer's survey answers about a purged call
        int total() const
        {
            return calls + assessments + drafts + breathingSessions + notes + coachingNotes +
                   kudos + feedback;
        }
    };

    static constexpr int kDailyMs = 24 * 60 * 60 * 1000;
    static constexpr double kMaxShare = 0.5;
    static constexpr qint64 kConfirmMs = 20 * 60 * 60 * 1000; // a daily run confirms
    static constexpr qint64 kClockSlackMs = 60 * 60 * 1000;

    enum class Decision
    {
        Purged,  // ran (perhaps deleting nothing)
        Off,     // no retention period
        Refused, // the clock is behind the newest record
        Held,    // too much at once, or too long since the last purge: waits for the clock
        Failed   // the database refused
    };

    DataRetention(Database& database, const Clock& clock, std::function<int()> retentionDays,
                  QObject* parent = nullptr);

    // Deletes every row written before `cutoff`, all in one transaction.
    static bool purgeBefore(Database& database, const QDateTime& cutoff, Purged* purged,
                            QString* error);

    // Purges now with the period in force (nothing when it is 0), and again every `intervalMs`
    // (daily; tests pass less), so an Attune left running for weeks keeps to the period too.
    void start(int intervalMs = kDailyMs);
    // The app's way: it runs the first purge itself on its storage thread (StorageStartup), and
    // each later one is handed to `runner` (the same thread), so the GUI thread never waits on
    // one; purgeNow() then runs on that thread only.
    using Runner = std::function<void(std::function<void()> purge)>;
    void purgeDailyThrough(Runner runner, int intervalMs = kDailyMs);
    bool purgeNow(Purged* purged = nullptr, QString* error = nullptr);
    // What the last purge decided; purges run on the storage thread and this may be read on
    // another, hence the atomic.
    Decision lastDecision() const { return m_lastDecision.load(); }
    // When the last purge ran, as kept in the database (invalid before the first).
    QDateTime lastRun() const;

private:
    Database& m_database;
    const Clock& m_clock;
    std::function<int()> m_retentionDays;
    QTimer m_timer;
    Runner m_runner;
    std::atomic<Decision> m_lastDecision{Decision::Off};
};

} // namespace attune
