#include "OwnFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <sys/stat.h>

namespace attune {

namespace {

QMutex& protectedMutex()
{
    static QMutex mutex;
    return mutex;
}

// Each protected database by its resolved name (folder resolved, so a link to the folder is
// seen through); the companions are derived from it at check time.
QStringList& protectedNames()
{
    static QStringList names;
    return names;
}

const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

// The name `path` resolves to, whether or not the file exists yet: a symbolic link is followed,
// and so is a link anywhere in its folder.
QString resolvedName(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

bool sameFile(const QByteArray& a, const QByteArray& b)
{
    struct stat first
    {};
    struct stat second
    {};
    return ::stat(a.constData(), &first) == 0 && ::stat(b.constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace

void OwnFiles::protect(const QString& databasePath)
{
    const QString name = resolvedName(databasePath);
    const QMutexLocker lock(&protectedMutex());
    if (!protectedNames().contains(name))
        protectedNames().append(name);
}

bool OwnFiles::isOwnDatabase(const QString& path)
{
    if (path.isEmpty())
        return false;
    const QString name = resolvedName(path);
    const QByteArray encoded = QFile::encodeName(path);
    const QMutexLocker lock(&protectedMutex());
    for (const QString& database : protectedNames()) {
        for (const char* suffix : kCompanions) {
            const QString companion = database + QLatin1String(suffix);
            // A hard link has a name of its own: only the file's identity gives it away.
            if (name == companion || sameFile(encoded, QFile::encodeName(companion)))
                return true;
        }
    }
    return false;
}

QString OwnFiles::refusal(const QString& displayName)
{
    return tr("%1 is Attune's own database (or one of its journal files). Attune never reads it "
              "as an import or writes an export over it; nothing was changed. Choose another "
              "file.")
        .arg(displayName);
}

bool OutputFile::checkTarget(const QString& path, QString* error)
{
    if (OwnFiles::isOwnDatabase(path)) {
        *error = OwnFiles::refusal(path);
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        *error = tr("cannot write %1: it is not a regular file").arg(path);
        return false;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        *error =
            tr("cannot write %1: the folder %2 does not exist").arg(path, target.absolutePath());
        return false;
    }
    return true;
}

} // namespace attune
