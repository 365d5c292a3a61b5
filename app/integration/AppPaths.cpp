#include "AppPaths.h"

#include "ApiToken.h"
#include "core/Logging.h"
#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

void AppPaths::keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

void AppPaths::repairFolderEnvironment()
{
    if (!qgetenv("HOME").startsWith('/')) {
        if (const passwd* user = ::getpwuid(::getuid());
            user && user->pw_dir && user->pw_dir[0] == '/') {
            qCWarning(lcSettings) << "HOME is unset or not an absolute path; using the home "
                                     "folder of the user's account";
            qputenv("HOME", user->pw_dir);
        }
    }
    for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                             "XDG_RUNTIME_DIR"}) {
        const QByteArray value = qgetenv(name);
        if (value.isEmpty() || value.startsWith('/'))
            continue;
        qCWarning(lcSettings) << name
                              << "is not an absolute path, which the XDG rules make invalid; it "
                                 "is ignored and the default folder used";
        qunsetenv(name);
    }
}

AppPaths AppPaths::fromEnvironment()
{
    AppPaths paths;
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    QStringLiteral("/attune");
    paths.configFile = Settings::defaultUserFile();
    paths.systemConfigFile = Settings::defaultSystemFile();
    // Qt falls back to /tmp/runtime-$USER (0700) when XDG_RUNTIME_DIR is unset, e.g. as root
    // in CI; that is still private to the user.
    paths.runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (paths.runtimeDir.isEmpty())
        paths.runtimeDir = QDir::tempPath();
    return paths;
}

QString AppPaths::databaseFile(bool demo) const
{
    return dataDir +
           (demo ? QStringLiteral("/attune-demo.sqlite") : QStringLiteral("/attune.sqlite"));
}

QString AppPaths::lockFile() const
{
    return dataDir + QStringLiteral("/attune.lock");
}

QString AppPaths::socketPath() const
{
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(dataDir).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    return runtimeDir + QStringLiteral("/attune-") + QString::fromLatin1(key) +
           QStringLiteral(".sock");
}

QString AppPaths::backgroundLogFile() const
{
    return dataDir + QStringLiteral("/attune.log");
}

} // namespace attune

namespace attune {

QString AppPaths::apiTokenFile() const
{
    return ApiToken::fileBeside(configFile);
}

} // namespace attune
