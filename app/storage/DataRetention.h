#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

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
// Use it on the thread that opened the database.
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
        int total() const
        {
            return calls + assessments + drafts + breathingSessions + notes + coachingNotes + kudos;
        }
    };

    static constexpr int kDailyMs = 24 * 60 * 60 * 1000;

    DataRetention(Database& database, const Clock& clock, std::function<int()> retentionDays,
                  QObject* parent = nullptr);

    // Deletes every row written before `cutoff`, all in one transaction.
    static bool purgeBefore(Database& database, const QDateTime& cutoff, Purged* purged,
                            QString* error);

    // Purges now with the period in force (nothing when it is 0), and again every `intervalMs`
    // (daily; tests pass less), so an Attune left running for weeks keeps to the period too.
    void start(int intervalMs = kDailyMs);
    bool purgeNow(Purged* purged = nullptr, QString* error = nullptr);
    // When the last purge ran (invalid before the first).
    QDateTime lastRun() const { return m_lastRun; }

private:
    Database& m_database;
    const Clock& m_clock;
    std::function<int()> m_retentionDays;
    QTimer m_timer;
    QDateTime m_lastRun;
};

} // namespace attune
