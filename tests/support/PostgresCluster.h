#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

namespace attune::test {

// A throwaway PostgreSQL 15 cluster for one test: initdb in a temporary folder, its own port on
// 127.0.0.1, password (SCRAM) authentication, stopped and removed with the object. PostgreSQL
// refuses to run as root, so as root the server runs as the unprivileged `postgres` user that
// Debian's package creates.
class PostgresCluster
{
public:
    PostgresCluster();
    // A cluster kept in `keptAt` across runs (the benchmark's seeded server): made there the
    // first time, only started again later; stopped, never removed, with the object.
    explicit PostgresCluster(const QString& keptAt);
    ~PostgresCluster();
    // start() found a kept cluster from an earlier run.
    bool reused() const { return m_reused; }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // initdb and start; false with the reason (the server's log included) when it cannot.
    bool start(QString* error);
    // Before start(): serve TLS with a certificate for `serverName` (an IP or a DNS name) signed
    // by a certificate authority this cluster makes; caFile() is that authority's certificate.
    bool useTls(const QString& serverName, QString* error);
    QString caFile() const { return m_root.path() + QStringLiteral("/tls/ca.crt"); }
    // A second authority that signed nothing of this server's: a client trusting it must refuse.
    QString strangerCaFile() const { return m_root.path() + QStringLiteral("/tls/stranger.crt"); }
    // After useTls(): a client certificate for `commonName` signed by caFile()'s authority,
    // written as `folder`/<commonName>.crt and .key (the key 0600).
    bool issueClientCertificate(const QString& commonName, const QString& folder,
                                QString* error) const;
    // While running with TLS: `role` may log in only with a certificate caFile()'s authority
    // signed in its name (pg_hba "cert"), no password; returns once the server has reloaded.
    bool requireClientCertificate(const QString& role, QString* error);
    bool restart(QString* error);
    // SIGKILL to the postmaster: a crash, not a shutdown. Returns once the postmaster and every
    // one of its children have exited (those still there after 10 s are killed too).
    void kill();
    void stop();
    bool isRunning() const { return m_running; }
    // The running postmaster of this cluster, or 0; childrenOf() lists its backends.
    pid_t postmasterPid() const;
    static QList<pid_t> childrenOf(pid_t parent);

    quint16 port() const { return m_port; }
    static QString adminUser() { return QStringLiteral("attune_admin"); }
    static QString adminPassword() { return QStringLiteral("admin-secret"); }
    static QString databaseName() { return QStringLiteral("attune_team"); }

    // A new QPSQL connection (named `connectionName`) as `user` to the team database, or to
    // `database` when given.
    QSqlDatabase connect(const QString& connectionName, const QString& user,
                         const QString& password, QString* error, const QString& database = {},
                         const QString& options = {}) const;

private:
    static pid_t parentOf(pid_t pid);
    static bool waitForExit(const QList<pid_t>& pids, int timeoutMs);
    bool run(const QStringList& command, QString* output, int timeoutMs = 60000) const;
    bool startServer(QString* error);

    QString root() const;

    QTemporaryDir m_root;
    QString m_keptRoot;
    bool m_reused = false;
    QString m_runAs;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_tls = false;
};

} // namespace attune::test
