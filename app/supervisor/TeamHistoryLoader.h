#pragma once

#include "core/History.h"
#include "core/TeamCoaching.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace attune {

// How a supervisor reaches the team server. The password is typed into the sign-in dialog and
// lives in memory only; IT may deploy a client certificate instead, or a password file that only
// its owner can read (anything else is refused).
struct TeamServerLogin
{
    QString host;
    quint16 port = 5432;
    QString database = QStringLiteral("attune");
    QString user;
    QString password;
    QString passwordFile;
    QString sslMode = QStringLiteral("verify-full");
    QString caFile;
    QString certFile;
    QString keyFile;

    // IT's team/... settings (the same ones the agent's sync reads); `host` is empty when no
    // team server is set.
    static TeamServerLogin fromSettings(const class Settings& settings);
};

// What signing in found: the supervisor's teams and agents, or why it failed (plain words).
struct TeamSignInResult
{
    bool ok = false;
    QString error;
    QList<QPair<QString, QString>> teams; // id, name
    QStringList agents;
};

// The team scope's reader: one thread of its own with its own PostgreSQL connection (Qt SQL
// connections belong to the thread that made them), so the history window never waits on the
// server. Every request answers on the caller's thread through its callback; the answer to a
// request made before the latest sign-in or sign-out is dropped.
//
// A connection the server dropped (a restart, a network blip, an ended session, an idle
// timeout) is found by the read that fails on it, opened again with the same credentials and
// the read run once more; the caller never knows. When the server cannot be reached at all the
// read fails at once with that said, serverUnreachable() is emitted, and the thread keeps trying
// with growing pauses (kFirstRetryMs doubling up to kLastRetryMs) until serverReachable().
class TeamHistoryLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kLastRetryMs = 30000;
    // Which reads failed while the server could not be reached (serverReachable()).
    enum Read
    {
        Pages = 1,
        Details = 2,
        Trends = 4,
        Agents = 8,
        Coaching = 16
    };

    explicit TeamHistoryLoader(QObject* parent = nullptr);
    ~TeamHistoryLoader() override;

    void signIn(const TeamServerLogin& login, std::function<void(const TeamSignInResult&)> done);
    void signOut();
    bool isSignedIn() const { return m_signedIn; }
    QString user() const { return m_user; }

    // Pages asked for before this call are not read any more (their answers would be dropped
    // anyway): a supervisor clicking through filters waits for the last one only.
    void dropQueuedPages() { ++*m_pageEpoch; }
    void page(const HistoryFilter& filter, const HistoryOrder& order,
              std::optional<HistoryRow> after, int size,
              std::function<void(const QList<HistoryRow>&, const QString& error)> done);
    void detail(const QString& key, std::function<void(const std::optional<HistoryDetail>&)> done);
    void trends(const QDate& from, const QDate& to, const HistoryFilter& scope,
                std::function<void(const QList<HistoryWeek>&, const QList<AgentWeekShare>&)> done);
    void agents(const QString& team, std::function<void(const QStringList&)> done);
    // A call's coaching on the server, and a supervisor's write (TeamCoachingService): on the
    // same thread and connection, so a write waits behind the reads asked for before it.
    void coaching(const QString& callKey, const QString& assessmentKey,
                  std::function<void(const TeamCallCoaching&)> done);
    void save(const TeamCoachingAction& action,
              std::function<void(const TeamCoachingOutcome&)> done);

    // False from serverUnreachable() until serverReachable() (or the next sign-in or sign-out).
    bool isServerReachable() const { return m_reachable; }

Q_SIGNALS:
    // A read found the team server gone and could not reach it again; it is retried in the
    // background until serverReachable().
    void serverUnreachable();
    // The server answers again. `failedReads` (Read flags): the kinds of reads that failed
    // meanwhile (their callbacks had errors or nothing), so worth asking for again.
    void serverReachable(int failedReads);

private:
    void linkChanged(quint64 session, bool reachable, int failedReads);

    // Runs `work` on the worker thread and hands its result to `done` here, unless a sign-in or
    // sign-out came in between.
    template <typename Result>
    void post(std::function<Result()> work, std::function<void(const Result&)> done);

    std::shared_ptr<std::atomic<quint64>> m_pageEpoch = std::make_shared<std::atomic<quint64>>(0);
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread
    QString m_connection;
    quint64 m_session = 0;
    bool m_signedIn = false;
    bool m_reachable = true;
    QString m_user;
};

} // namespace attune
