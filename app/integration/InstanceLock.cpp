#include "InstanceLock.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <optional>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

InstanceLock::InstanceLock(QString path)
    : m_path(std::move(path))
{}

InstanceLock::~InstanceLock()
{
    if (m_fd < 0)
        return;
    // Removed while still locked: a process that opens the old file now finds it unlinked
    // after taking the lock, and tries again on the new one (tryLock).
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

InstanceLock::Result InstanceLock::tryLock()
{
    if (m_fd >= 0)
        return Result::Locked;
    const QByteArray path = QFile::encodeName(m_path);
    // A few rounds at most: each one lost means another process removed the file in between.
    for (int attempt = 0; attempt < 5; ++attempt) {
        // O_NOFOLLOW: the owner lines are written with truncation, so a link in the lock's place
        // (to /etc/passwd, run as root) would have that file emptied. Such a lock is not ours
        // to take; the lock moves beside the socket as for a read-only folder.
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            const int failure = errno;
            if (failure == ELOOP)
                qCWarning(lcIpc) << "the instance lock" << m_path
                                 << "is a symbolic link; left alone";
            return failure == EACCES || failure == EROFS || failure == EPERM || failure == ELOOP
                       ? Result::CannotWrite
                       : Result::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int failure = errno;
            ::close(fd);
            return failure == EWOULDBLOCK ? Result::HeldByAnother : Result::Failed;
        }
        // The file we locked must still be the one at the path: the previous owner removes it
        // on its way out, and a lock on a removed file excludes nobody.
        struct stat held
        {};
        struct stat named
        {};
        if (::fstat(fd, &held) != 0 || ::stat(path.constData(), &named) != 0 ||
            held.st_ino != named.st_ino || held.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray owner = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                 QCoreApplication::applicationName().toUtf8() + '\n' +
                                 QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) == 0) {
            const ssize_t written = ::write(fd, owner.constData(), size_t(owner.size()));
            Q_UNUSED(written); // informational only: the kernel's lock is what counts
        }
        m_fd = fd;
        return Result::Locked;
    }
    return Result::HeldByAnother;
}

namespace {

// The lock's holder as /proc/locks names it: nothing when no live process holds it; a pid of 0
// when one does but its pid is not visible here (a holder in another pid namespace).
std::optional<qint64> lockHolder(const QString& path)
{
    struct stat named
    {};
    if (::stat(QFile::encodeName(path).constData(), &named) != 0)
        return std::nullopt; // an orderly exit removes the file
    // The owner writes its pid first: with it, a lock line must name both the inode and that
    // process (the device in /proc/locks is the file system's own, which can differ from what
    // stat says on an overlay).
    QFile file(path);
    qint64 owner = 0;
    if (file.open(QIODevice::ReadOnly))
        owner = file.readLine(32).trimmed().toLongLong();
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    // "1: FLOCK  ADVISORY  WRITE 4242 00:1d:123456 0 EOF"
    const QByteArray inode = QByteArray::number(qulonglong(named.st_ino));
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields.at(1) != "FLOCK")
            continue;
        if (fields.at(5).split(':').value(2) != inode)
            continue;
        const qint64 holder = fields.at(4).toLongLong();
        if (owner == 0 || holder == owner)
            return std::max<qint64>(holder, 0);
    }
    return std::nullopt;
}

} // namespace

bool InstanceLock::isHeldByAnyone(const QString& path)
{
    return lockHolder(path).has_value();
}

qint64 InstanceLock::holderPid(const QString& path)
{
    return lockHolder(path).value_or(0);
}

} // namespace attune
