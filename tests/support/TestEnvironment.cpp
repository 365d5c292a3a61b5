#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace attune::test {

IsolatedHome::IsolatedHome()
{
    for (const QString& dir : {dataDir(), configDir(), systemConfigDir(), runtimeDir()})
        QDir().mkpath(dir);
    QFile::setPermissions(runtimeDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QProcessEnvironment IsolatedHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    // Attune ignores it for its policy; set to a folder of its own so nothing of the machine's
    // leaks in where Qt does read it.
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_root.path() + QStringLiteral("/xdg-dirs"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    // Offscreen unless the caller chose a platform (the benchmark runs xcb under Xvfb too).
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

bool IsolatedHome::writePolicy(const QByteArray& ini) const
{
    QDir().mkpath(QFileInfo(policyFile()).absolutePath());
    QFile file(policyFile());
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(ini) == ini.size();
}

void IsolatedHome::start(QProcess& process, const QStringList& arguments) const
{
    start(process, arguments, environment());
}

void IsolatedHome::start(QProcess& process, const QStringList& arguments,
                         const QProcessEnvironment& environment, const QString& prelude) const
{
    process.setProcessEnvironment(environment);
    const QString then = prelude.isEmpty() ? QString() : prelude + QStringLiteral(" && ");
    if (!QFile::exists(policyFile())) {
        if (then.isEmpty())
            process.start(QStringLiteral(ATTUNE_BINARY), arguments);
        else
            process.start(QStringLiteral("/bin/sh"),
                          QStringList{QStringLiteral("-c"), then + QStringLiteral("exec \"$@\""),
                                      QStringLiteral("sh"), QStringLiteral(ATTUNE_BINARY)} +
                              arguments);
        return;
    }
    // unshare execs in place (no fork), and so does sh: the process is Attune itself, so
    // terminate() and the exit code reach it. Root needs no user namespace; anyone else maps
    // themselves to root inside one to be allowed the bind mount.
    QStringList wrapped{QStringLiteral("--mount")};
    if (::geteuid() != 0)
        wrapped << QStringLiteral("--map-root-user");
    wrapped << QStringLiteral("--") << QStringLiteral("/bin/sh") << QStringLiteral("-c")
            << QStringLiteral("mount --bind \"$0\" /etc/xdg && ") + then +
                   QStringLiteral("exec \"$@\"")
            << systemConfigDir() << QStringLiteral(ATTUNE_BINARY) << arguments;
    process.start(QStringLiteral("unshare"), wrapped);
}

void IsolatedHome::applyToThisProcess() const
{
    const QProcessEnvironment env = environment();
    for (const char* name :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CONFIG_DIRS", "XDG_RUNTIME_DIR"})
        qputenv(name, env.value(QString::fromLatin1(name)).toLocal8Bit());
}

int unixMode(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

RunResult runAttune(const IsolatedHome& home, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    home.start(process, arguments);
    RunResult result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject statusOf(const IsolatedHome& home)
{
    const RunResult result = runAttune(home, {QStringLiteral("status")}, 10000);
    if (result.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

StartAndStopOutcome startAndStopAttune(const IsolatedHome& home, const QString& prelude)
{
    StartAndStopOutcome outcome;
    QProcess app;
    home.start(app, {}, home.environment(), prelude);
    outcome.started = app.waitForStarted(10000);
    if (!outcome.started)
        return outcome;
    for (int i = 0; i < 200 && !outcome.answered && app.state() == QProcess::Running; ++i) {
        outcome.answered = !statusOf(home).isEmpty();
        if (!outcome.answered)
            QTest::qWait(100);
    }
    app.terminate();
    outcome.stopped = app.waitForFinished(8000);
    if (!outcome.stopped) {
        app.kill();
        app.waitForFinished(5000);
    }
    outcome.err = QString::fromUtf8(app.readAllStandardError());
    return outcome;
}

bool stopBackgroundAttune(const IsolatedHome& home)
{
    const qint64 pid = statusOf(home).value(QStringLiteral("pid")).toInteger();
    if (pid > 0)
        ::kill(static_cast<pid_t>(pid), SIGTERM);
    const QString lock = home.dataDir() + QStringLiteral("/attune.lock");
    for (int waited = 0; waited < 200 && QFile::exists(lock); ++waited)
        QTest::qWait(100);
    return !QFile::exists(lock);
}

QMap<QString, QString> callRowsById(const IsolatedHome& home)
{
    const QString connection = QStringLiteral("call-rows-by-id");
    QMap<QString, QString> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "SELECT call_id, count(*), count(ended_at) FROM calls GROUP BY call_id"));
            while (query.next())
                rows.insert(query.value(0).toString(), QStringLiteral("%1:%2")
                                                           .arg(query.value(1).toInt())
                                                           .arg(query.value(2).toInt()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

QJsonObject requestApp(const IsolatedHome& home, QJsonObject message, int replyTimeoutMs)
{
    message.insert(QStringLiteral("v"), 1);
    const QDir runtime(home.runtimeDir());
    const QString path = runtime.filePath(
        runtime.entryList({QStringLiteral("attune-*.sock")}, QDir::System).value(0));
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    QByteArray reply;
    while (!reply.contains('\n') && socket.waitForReadyRead(replyTimeoutMs))
        reply += socket.readAll();
    return QJsonDocument::fromJson(reply).object();
}

bool startAttuneApp(QProcess& process, const IsolatedHome& home, const QStringList& arguments,
                    int timeoutMs)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    home.start(process, arguments);
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        if (process.state() != QProcess::Running)
            return false;
        if (!statusOf(home).isEmpty())
            return true;
        QThread::msleep(50);
    }
    return false;
}

void stopAttuneApp(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace attune::test
