#include "InputFile.h"

#include "OwnFiles.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

QString InputFile::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return tr("%1 KB").arg(bytes / 1024);
    return tr("%1 bytes").arg(bytes);
}

bool InputFile::open(QFile& file, const QString& path, const QString& displayName, qint64 maxBytes,
                     QString* error)
{
    if (path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"))) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: cannot read the file: %2").arg(displayName, file.errorString());
            return false;
        }
        return true;
    }
    // Refused before it is opened: closing even a read-only descriptor of the database drops
    // SQLite's locks on it in this process.
    if (OwnFiles::isOwnDatabase(path)) {
        *error = OwnFiles::refusal(displayName);
        return false;
    }
    // O_NONBLOCK so that opening a FIFO returns at once instead of waiting for a writer (and
    // ignoring SIGTERM meanwhile); the descriptor is made blocking again once it is known to be
    // an ordinary file.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *error = tr("%1: cannot read the file: %2")
                     .arg(displayName, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    struct stat info
    {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error =
            tr("%1: not an ordinary file (a folder, device, FIFO or socket); Attune reads only "
               "ordinary files")
                .arg(displayName);
        return false;
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        *error = tr("%1: the file is larger than %2, the most Attune reads for this kind of file")
                     .arg(displayName, sizeText(maxBytes));
        return false;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("%1: cannot read the file: %2").arg(displayName, file.errorString());
        return false;
    }
    return true;
}

bool InputFile::readAll(const QString& path, const QString& displayName, qint64 maxBytes,
                        QByteArray* out, QString* error)
{
    QFile file;
    if (!open(file, path, displayName, maxBytes, error))
        return false;
    // In pieces rather than read(maxBytes): memory follows the file, not the limit, and a file
    // that grows past the limit after the size check is still stopped.
    out->clear();
    out->reserve(file.size());
    while (out->size() <= maxBytes) {
        const QByteArray piece = file.read(64 * 1024);
        if (piece.isEmpty())
            break;
        out->append(piece);
    }
    if (out->size() > maxBytes) {
        out->clear();
        *error = tr("%1: the file is larger than %2, the most Attune reads for this kind of file")
                     .arg(displayName, sizeText(maxBytes));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("%1: cannot read the file: %2").arg(displayName, file.errorString());
        return false;
    }
    return true;
}

} // namespace attune
