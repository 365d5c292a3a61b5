#pragma once

#include "team/TeamSync.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace attune {

class Database;
class Settings;
class StorageQueue;

// The team server for the running app (docs/team-server.md): when IT set `team/server`, the
// outbox is switched on and the sync worker (TeamSync) starts, after the first frame and off the
// GUI thread; it is nudged when a write on the storage thread queues a record for the server
// (TeamSync::followCommitsOf, at most one pass per gap), and its state comes back
// here as Qt signals on this object's (the GUI) thread. Without a team server nothing of this
// runs and the outbox stays off, so nothing is queued for a server that is not there.
class TeamService final : public QObject
{
    Q_OBJECT

public:
    // `usable` false (the demo, no database): as if no team server were set.
    TeamService(Settings& settings, bool usable, QObject* parent = nullptr);
    ~TeamService() override;

    // Read once from the settings: a changed team server applies at the next start.
    bool isConfigured() const { return !m_config.host.isEmpty(); }
    const TeamSyncConfig& config() const { return m_config; }

    // Switches the outbox on (or off) on the storage thread, then starts the worker. The
    // database and the queue must outlive this service, or stop() must run first.
    void start(Database& database, StorageQueue& storage);
    void stop();
    // Have the worker look at the outbox now rather than at its next poll; any thread.
    void nudge();

    // The last state the worker published (on this object's thread).
    const TeamSyncStatus& status() const { return m_status; }
    // The state for `attune status`: {"configured": false} without a team server.
    QJsonObject statusJson() const;
    // Whether the server gave this worker, since it started, the record `serverId` with exactly
    // the content `digest` stands for (CoachingStore::downloadedDigest); any thread.
    bool attests(const QString& serverId, const QByteArray& digest) const;

Q_SIGNALS:
    void statusChanged(const attune::TeamSyncStatus& status);
    // Supervisors' records came down (kudos among them may wait to be announced).
    void recordsReceived();

private:
    void onStatus(const TeamSyncStatus& status);

    TeamSyncConfig m_config;
    std::unique_ptr<TeamSync> m_sync;
    TeamSyncStatus m_status;
};

} // namespace attune
