#include "PostgresCluster.h"

#include "FreePorts.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace attune::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool openssl(const QString& folder, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (process.waitForFinished(60000) && process.exitCode() == 0)
        return true;
    *error = QStringLiteral("openssl %1: %2")
                 .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return false;
}

} // namespace

PostgresCluster::PostgresCluster()
{
    if (::geteuid() == 0)
        m_runAs = QStringLiteral("postgres");
}

PostgresCluster::PostgresCluster(const QString& keptAt)
    : PostgresCluster()
{
    m_keptRoot = keptAt;
}

QString PostgresCluster::root() const
{
    return m_keptRoot.isEmpty() ? m_root.path() : m_keptRoot;
}

PostgresCluster::~PostgresCluster()
{
    stop();
    // Whatever still runs from this folder (a server whose stop failed, a restart that came up
    // after isRunning() said no): a leaked postmaster would keep its port and its temporary
    // folder's files for as long as the machine runs.
    if (postmasterPid() > 0)
        kill();
}

bool PostgresCluster::run(const QStringList& command, QString* output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (!m_runAs.isEmpty()) {
        arguments.prepend(program);
        arguments = QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--")} + arguments;
        program = QStringLiteral("runuser");
    }
    process.start(program, arguments);
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresCluster::start(QString* error)
{
    if (m_keptRoot.isEmpty() && !m_root.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // A kept cluster that was made before is only started again, on a fresh port.
    if (!m_keptRoot.isEmpty() && QFile::exists(m_keptRoot + QStringLiteral("/data/PG_VERSION"))) {
        m_reused = true;
        m_port = freeLoopbackPort();
        return startServer(error);
    }
    if (!m_keptRoot.isEmpty() && !QDir().mkpath(m_keptRoot)) {
        *error = QStringLiteral("cannot make %1").arg(m_keptRoot);
        return false;
    }
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (%1initdb); .ci/install-deps "
                                "installs it")
                     .arg(kBin);
        return false;
    }
    const QString root = this->root();
    const QString passwordFile = root + QStringLiteral("/admin-password");
    QFile password(passwordFile);
    if (!password.open(QIODevice::WriteOnly) || password.write(adminPassword().toUtf8()) < 0)
        return *error = QStringLiteral("cannot write %1").arg(passwordFile), false;
    password.close();
    if (!m_runAs.isEmpty()) {
        const passwd* user = ::getpwnam(m_runAs.toLocal8Bit().constData());
        if (!user) {
            *error = QStringLiteral("no user %1 to run PostgreSQL as").arg(m_runAs);
            return false;
        }
        for (const QString& path : {root, passwordFile})
            if (::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to %2").arg(path, m_runAs);
                return false;
            }
    }
    QString output;
    if (!run({kBin + QStringLiteral("initdb"),
              QStringLiteral("--pgdata=") + root + QStringLiteral("/data"),
              QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--username=") + adminUser(),
              QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--no-sync"),
              QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8")},
             &output)) {
        *error = QStringLiteral("initdb failed: %1").arg(output.right(2000));
        return false;
    }
    m_port = freeLoopbackPort();
    if (!startServer(error))
        return false;
    // The team database lives beside the default one, made through the default one.
    {
        QSqlDatabase admin = connect(QStringLiteral("cluster-setup"), adminUser(), adminPassword(),
                                     nullptr, QStringLiteral("postgres"));
        if (!admin.isOpen() ||
            !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + databaseName())) {
            *error =
                QStringLiteral("cannot create the team database: %1").arg(admin.lastError().text());
            return false;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cluster-setup"));
    return true;
}

bool PostgresCluster::useTls(const QString& serverName, QString* error)
{
    const QString tls = root() + QStringLiteral("/tls");
    QDir().mkpath(tls);
    const bool isIp = !QHostAddress(serverName).isNull();
    const QString san = (isIp ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + serverName;
    const auto openssl = [&tls, error](const QStringList& arguments) {
        QProcess process;
        process.setWorkingDirectory(tls);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (process.waitForFinished(60000) && process.exitCode() == 0)
            return true;
        *error =
            QStringLiteral("openssl %1: %2")
                .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    };
    const QStringList newKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                 QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                             QStringLiteral("-out"), QStringLiteral("ca.crt"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Attune test CA")}) ||
        !openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                 QStringList{QStringLiteral("-keyout"), QStringLiteral("stranger.key"),
                             QStringLiteral("-out"), QStringLiteral("stranger.crt"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Someone else's CA")}) ||
        !openssl(QStringList{QStringLiteral("req")} + newKey +
                 QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                             QStringLiteral("-out"), QStringLiteral("server.csr"),
                             QStringLiteral("-subj"), QStringLiteral("/CN=") + serverName}))
        return false;
    QFile extensions(tls + QStringLiteral("/server.ext"));
    if (!extensions.open(QIODevice::WriteOnly) ||
        extensions.write(QStringLiteral("subjectAltName=%1\n").arg(san).toUtf8()) < 0)
        return *error = QStringLiteral("cannot write server.ext"), false;
    extensions.close();
    if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                  QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                  QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                  QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-extfile"), QStringLiteral("server.ext"), QStringLiteral("-out"),
                  QStringLiteral("server.crt")}))
        return false;
    // The server refuses a key others can read; it runs as m_runAs, which must own it.
    const QString key = tls + QStringLiteral("/server.key");
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    if (!m_runAs.isEmpty()) {
        const passwd* user = ::getpwnam(m_runAs.toLocal8Bit().constData());
        if (!user || ::chown(QFile::encodeName(key).constData(), user->pw_uid, user->pw_gid) != 0)
            return *error = QStringLiteral("cannot hand the server key to %1").arg(m_runAs), false;
    }
    m_tls = true;
    return true;
}

bool PostgresCluster::issueClientCertificate(const QString& commonName, const QString& folder,
                                             QString* error) const
{
    const QString tls = root() + QStringLiteral("/tls");
    const QString key = folder + QLatin1Char('/') + commonName + QStringLiteral(".key");
    const QString csr = folder + QLatin1Char('/') + commonName + QStringLiteral(".csr");
    if (!openssl(folder,
                 {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                  csr, QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName},
                 error) ||
        !openssl(folder,
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                  QStringLiteral("-CA"), tls + QStringLiteral("/ca.crt"), QStringLiteral("-CAkey"),
                  tls + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                  folder + QLatin1Char('/') + commonName + QStringLiteral(".crt")},
                 error))
        return false;
    return QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner) ||
           (*error = QStringLiteral("cannot make %1 private").arg(key), false);
}

bool PostgresCluster::requireClientCertificate(const QString& role, QString* error)
{
    const QString data = root() + QStringLiteral("/data");
    // pg_hba.conf is read top down and the first matching line decides: this one goes first.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly))
        return *error = QStringLiteral("cannot read pg_hba.conf"), false;
    const QByteArray rules = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(
            QStringLiteral("hostssl %1 %2 127.0.0.1/32 cert\n").arg(databaseName(), role).toUtf8() +
            rules) < 0)
        return *error = QStringLiteral("cannot write pg_hba.conf"), false;
    hba.close();
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append) ||
        conf.write(QStringLiteral("\nssl_ca_file = '%1'\n").arg(caFile()).toUtf8()) < 0)
        return *error = QStringLiteral("cannot write postgresql.conf"), false;
    conf.close();
    QString output;
    if (!run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("--pgdata=") + data,
              QStringLiteral("reload")},
             &output))
        return *error = QStringLiteral("pg_ctl reload: %1").arg(output), false;
    // The reload is a signal: a new session sees the new settings once the postmaster took it.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10000) {
        bool loaded = false;
        {
            QSqlDatabase db =
                connect(QStringLiteral("cluster-reload"), adminUser(), adminPassword(), nullptr);
            QSqlQuery query(db);
            loaded = query.exec(QStringLiteral("SHOW ssl_ca_file")) && query.next() &&
                     query.value(0).toString() == caFile();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cluster-reload"));
        if (loaded)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("the server did not take the new ssl_ca_file");
    return false;
}

bool PostgresCluster::startServer(QString* error)
{
    const QString root = this->root();
    QString output;
    QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                     "-c fsync=on -c max_connections=300")
                          .arg(m_port)
                          .arg(root);
    if (m_tls)
        options += QStringLiteral(" -c ssl=on -c ssl_cert_file=%1/tls/server.crt "
                                  "-c ssl_key_file=%1/tls/server.key")
                       .arg(root);
    if (!run({kBin + QStringLiteral("pg_ctl"),
              QStringLiteral("--pgdata=") + root + QStringLiteral("/data"),
              QStringLiteral("--options=") + options,
              QStringLiteral("--log=") + root + QStringLiteral("/server.log"),
              QStringLiteral("--wait"), QStringLiteral("start")},
             &output)) {
        QFile log(root + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("PostgreSQL did not start: %1 %2")
                     .arg(output.right(1000), QString::fromLocal8Bit(log.readAll().right(2000)));
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresCluster::restart(QString* error)
{
    stop();
    return startServer(error);
}

void PostgresCluster::kill()
{
    const pid_t postmaster = postmasterPid();
    // Its children are found before it dies: afterwards they belong to init and nothing says
    // they were this server's.
    const QList<pid_t> children = postmaster > 0 ? childrenOf(postmaster) : QList<pid_t>();
    if (postmaster > 0)
        ::kill(postmaster, SIGKILL);
    // A backend notices the postmaster is gone only at its next wait; until every one has
    // exited the shared memory is still attached and a restart is refused (and a test that ends
    // here would leave them running).
    if (!waitForExit(QList<pid_t>{postmaster} + children, 10000)) {
        for (pid_t child : children)
            ::kill(child, SIGKILL);
        waitForExit(children, 5000);
    }
    m_running = false;
}

pid_t PostgresCluster::postmasterPid() const
{
    QFile pidFile(root() + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toLong());
    // A stale file from an earlier crash may name a pid that is someone else's by now.
    return pid > 0 && parentOf(pid) >= 0 ? pid : 0;
}

pid_t PostgresCluster::parentOf(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last
    // ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? pid_t(fields.at(1).toLong()) : -1;
}

QList<pid_t> PostgresCluster::childrenOf(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLong(&numeric));
        if (numeric && parentOf(pid) == parent)
            children << pid;
    }
    return children;
}

bool PostgresCluster::waitForExit(const QList<pid_t>& pids, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        // Until it is reaped, even a zombie postmaster counts: its pid is still in
        // postmaster.pid, and a new server refuses to start while that pid exists.
        const bool anyAlive = std::any_of(pids.begin(), pids.end(), [](pid_t pid) {
            return pid > 0 && QFile::exists(QStringLiteral("/proc/%1/stat").arg(pid));
        });
        if (!anyAlive)
            return true;
        if (waited.elapsed() > timeoutMs)
            return false;
        QThread::msleep(20);
    }
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    run({kBin + QStringLiteral("pg_ctl"),
         QStringLiteral("--pgdata=") + root() + QStringLiteral("/data"),
         QStringLiteral("--mode=immediate"), QStringLiteral("--wait"), QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QSqlDatabase PostgresCluster::connect(const QString& connectionName, const QString& user,
                                      const QString& password, QString* error,
                                      const QString& database, const QString& options) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setDatabaseName(database.isEmpty() ? databaseName() : database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=5") +
                         (options.isEmpty() ? QString() : QLatin1Char(';') + options));
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

} // namespace attune::test
