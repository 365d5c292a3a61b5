#include "PrivateFile.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

namespace {

constexpr qint64 kMaxLine = 4096;

PrivateFile::Problem judge(const struct stat& info)
{
    if (!S_ISREG(info.st_mode))
        return PrivateFile::Problem::NotOrdinary;
    if (info.st_uid != ::getuid() || (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return PrivateFile::Problem::Exposed;
    return PrivateFile::Problem::None;
}

} // namespace

PrivateFile::Problem PrivateFile::check(const QString& path)
{
    if (path.isEmpty())
        return Problem::Missing;
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return errno == EACCES ? Problem::Unreadable : Problem::Missing;
    return judge(info);
}

PrivateFile::Problem PrivateFile::readFirstLine(const QString& path, QString* line, QString* why)
{
    // O_NONBLOCK: a FIFO is refused by fstat below instead of blocking open() for a writer.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Problem::Missing;
        if (why)
            *why = QString::fromLocal8Bit(std::strerror(errno));
        return Problem::Unreadable;
    }
    struct stat info
    {};
    Problem problem = ::fstat(fd, &info) == 0 ? judge(info) : Problem::Unreadable;
    if (problem == Problem::None) {
        QByteArray bytes(int(kMaxLine), Qt::Uninitialized);
        qint64 filled = 0;
        while (filled < kMaxLine) {
            const ssize_t got = ::read(fd, bytes.data() + filled, size_t(kMaxLine - filled));
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                if (why)
                    *why = QString::fromLocal8Bit(std::strerror(errno));
                problem = Problem::Unreadable;
                break;
            }
            if (got == 0)
                break;
            filled += got;
        }
        bytes.truncate(int(filled));
        const qsizetype end = bytes.indexOf('\n');
        *line = QString::fromUtf8(end < 0 ? bytes : bytes.left(end)).trimmed();
    }
    ::close(fd);
    return problem;
}

} // namespace attune
