#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

class QThread;

namespace attune {

class Clock;
class Database;
class Settings;
class StorageQueue;

struct TeamSyncConfig
{
    QString host;
    quint16 port = 5432;
    QString database = QStringLiteral("attune");
    // The agent's own PostgreSQL role.
    QString user;
    QString sslMode = QStringLiteral("verify-full");
    QString caFile;
    // A password file only its owner can read (refused otherwise), or none with a client
    // certificate.
    QString passwordFile;
    QString certFile;
    QString keyFile;
    bool shareWellbeing = false;

    int batchSize = 200;
    // How often the worker looks for new outbox rows (it reads PRAGMA data_version, which costs
    // nothing when no one wrote).
    int pollIntervalMs = 250;
    int downIntervalMs = 30000;
    int minBackoffMs = 1000;
    int maxBackoffMs = 5 * 60 * 1000;
    // Passes start at least this far apart, whatever wakes the worker: a burst of a thousand
    // commits is a few passes, not a thousand.
    int minPassGapMs = 250;

    // Measures the worker's intervals (monotonicMs) and stamps its status (wallNow); the
    // system's clock when null. Tests give one whose wall clock jumps.
    const Clock* clock = nullptr;

    // Tests only: called at each named step of a batch; returning true abandons the batch there
    // and ends the worker, as if its thread had died ("server-committed" is after the server's
    // COMMIT and before the local delete).
    std::function<bool(const char* step)> interruptAt;

    // The team/... settings; `host` is empty when no team server is set.
    static TeamSyncConfig fromSettings(const Settings& settings);
};

// What the sidebar and `attune status` show; a value, published whenever it changes.
struct TeamSyncStatus
{
    bool running = false;
    bool connected = false;
    qint64 pending = 0;
    qint64 delivered = 0;
    qint64 received = 0;
    QDateTime lastSuccess;
    // Plain words for the agent ("Wrong password for alice on the team server."); empty when
    // the last attempt worked.
    QString lastError;
    int serverSchema = 0;
};

// The agent's side of the team history: a worker on its own thread, with its own SQLite and
// PostgreSQL connections, that delivers the outbox (filled by triggers in the writer's own
// transaction, schema 9) in order and brings down what supervisors wrote about this agent.
// Delivery is at least once; the server upserts by the record's stable id, so the effect is
// exactly once. It never blocks its caller: status arrives through statusChanged.
class TeamSync : public QObject
{
    Q_OBJECT

public:
    TeamSync(Database& database, TeamSyncConfig config, QObject* parent = nullptr);
    ~TeamSync() override;

    // Turns the outbox triggers on or off in the local database. Turning it on queues the
    // finished answered calls and assessments already there, so the server gets the whole history.
    static bool setEnabled(Database& database, bool enabled, QString* error);

    void start();
    // Asks the worker to stop and waits for its thread (at most one server round trip).
    void stop();
    // Look at the outbox and the server now rather than at the next poll (after the pass gap).
    void nudge();
    // Nudges the worker after each of `storage`'s commits that queued something for the server
    // (the outbox grew), and after no other: reads, drafts and phrases leave it asleep. Nudges
    // that arrive before the worker wakes are one.
    void followCommitsOf(StorageQueue& storage);
    // Passes the worker started, and nudges it took from followCommitsOf (tests, `status`).
    quint64 passes() const { return m_passes.load(); }
    quint64 outboxNudges() const { return m_outboxNudges.load(); }
    TeamSyncStatus status() const;
    // Whether the server handed this worker, since it started, the supervisor record `serverId`
    // with exactly the content `digest` stands for (CoachingStore::downloadedDigest). Kept in
    // memory only: the agent can write the local database, so a mark stored there would prove
    // nothing; the server's row-level security (only the supervisor's own role could write the
    // row) is what vouches for it. Any thread.
    bool attests(const QString& serverId, const QByteArray& digest) const;

Q_SIGNALS:
    void statusChanged(const attune::TeamSyncStatus& status);

private:
    class Worker;
    friend class Worker;
    void publish(const TeamSyncStatus& status);
    // Sleeps up to `ms` or until nudged; false when asked to stop.
    bool waitFor(int ms, bool* nudged);
    // Whether a nudge asked for the server's records too (nudge(), not an outbox commit).
    bool takeDownWanted();
    void wake(bool wantDown);

    Database& m_database;
    const TeamSyncConfig m_config;
    QThread* m_thread = nullptr;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_nudged = false;
    bool m_downWanted = false;
    std::atomic<quint64> m_passes{0};
    std::atomic<quint64> m_outboxNudges{0};
    TeamSyncStatus m_status;
    QHash<QString, QByteArray> m_attested;
};

} // namespace attune

Q_DECLARE_METATYPE(attune::TeamSyncStatus)
