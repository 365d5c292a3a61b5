#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QThread>

#include <sys/stat.h>

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
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), systemConfigDir());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    // Offscreen unless the caller chose a platform (the benchmark runs xcb under Xvfb too).
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
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
    process.setProcessEnvironment(home.environment());
    process.start(QStringLiteral(ATTUNE_BINARY), arguments);
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

bool startAttuneApp(QProcess& process, const IsolatedHome& home, const QStringList& arguments,
                    int timeoutMs)
{
    process.setProcessEnvironment(home.environment());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(ATTUNE_BINARY), arguments);
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
