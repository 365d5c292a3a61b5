#include "PrivatePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The mode is set through /proc/self/fd on an O_PATH descriptor: that names the inode that was
// opened without following a link and checked, and unlike fchmod it needs no read permission
// (a folder of ours at 0300 must still be fixable).
bool changeModeOf(int pathFd, mode_t mode)
{
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(pathFd);
    return ::chmod(proc.constData(), mode) == 0;
}

PrivatePath::Outcome apply(const QString& path, bool folder, QString* message)
{
    const QByteArray encoded = QFile::encodeName(path);
    const mode_t wanted = folder ? 0700 : 0600;
    const int fd = ::open(encoded.constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int failure = errno;
        if (failure == ENOENT && !folder)
            return PrivatePath::Outcome::Missing;
        if (message)
            *message = PrivatePath::tr("Cannot check %1: %2").arg(path, systemReason(failure));
        return PrivatePath::Outcome::Failed;
    }
    struct stat own
    {};
    const bool statted = ::fstat(fd, &own) == 0;
    const int failure = errno;
    if (!statted) {
        ::close(fd);
        if (message)
            *message = PrivatePath::tr("Cannot check %1: %2").arg(path, systemReason(failure));
        return PrivatePath::Outcome::Failed;
    }
    const uid_t me = ::geteuid();
    if (S_ISLNK(own.st_mode)) {
        ::close(fd);
        const QString target = QFileInfo(path).symLinkTarget();
        struct stat pointed
        {};
        if (::stat(encoded.constData(), &pointed) != 0) {
            if (message)
                *message = PrivatePath::tr("%1 is a link to %2, which cannot be reached (%3). "
                                           "Attune did not use or change it. Point the link "
                                           "elsewhere or remove it (or ask IT to), then start "
                                           "Attune again.")
                               .arg(path, target, systemReason(errno));
            return PrivatePath::Outcome::Refused;
        }
        const bool rightKind = folder ? S_ISDIR(pointed.st_mode) : S_ISREG(pointed.st_mode);
        if (!rightKind || pointed.st_uid != me || (pointed.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
            if (message)
                *message =
                    !rightKind
                        ? (folder ? PrivatePath::tr("%1 is a link to %2, which is not a folder. "
                                                    "Attune did not use or change it. Point the "
                                                    "link at a folder of your own or remove it "
                                                    "(or ask IT to), then start Attune again.")
                                  : PrivatePath::tr("%1 is a link to %2, which is not an "
                                                    "ordinary file. Attune did not use or change "
                                                    "it. Point the link at a file of your own or "
                                                    "remove it (or ask IT to), then start Attune "
                                                    "again."))
                              .arg(path, target)
                        : PrivatePath::tr("%1 is a link to %2, which belongs to another user or "
                                          "can be changed by other users. Attune did not use it "
                                          "or change its permissions. Point the link at one of "
                                          "your own that only you can write to (or ask IT to), "
                                          "then start Attune again.")
                              .arg(path, target);
            return PrivatePath::Outcome::Refused;
        }
        return PrivatePath::Outcome::Linked;
    }
    const bool rightKind = folder ? S_ISDIR(own.st_mode) : S_ISREG(own.st_mode);
    if (!rightKind || own.st_uid != me) {
        ::close(fd);
        if (message)
            *message = !rightKind
                           ? (folder ? PrivatePath::tr("%1 is not a folder. Attune did not "
                                                       "use or change it. Move it out of the "
                                                       "way (or ask IT to), then start Attune "
                                                       "again.")
                                     : PrivatePath::tr("%1 is not an ordinary file. Attune did "
                                                       "not use or change it. Move it out of the "
                                                       "way (or ask IT to), then start Attune "
                                                       "again."))
                                 .arg(path)
                           : PrivatePath::tr("%1 belongs to another user. Attune did not use it "
                                             "or change its permissions. Give it to your user "
                                             "(or ask IT to), then start Attune again.")
                                 .arg(path);
        return PrivatePath::Outcome::Refused;
    }
    const bool changed = (own.st_mode & 07777) == wanted || changeModeOf(fd, wanted);
    const int changeFailure = errno;
    ::close(fd);
    if (!changed) {
        if (message)
            *message = PrivatePath::tr("Cannot make %1 private to your user: %2")
                           .arg(path, systemReason(changeFailure));
        return PrivatePath::Outcome::Failed;
    }
    return PrivatePath::Outcome::MadePrivate;
}

} // namespace

PrivatePath::Outcome PrivatePath::makeFolderPrivate(const QString& folder, QString* message)
{
    const QByteArray encoded = QFile::encodeName(folder);
    struct stat existing
    {};
    // lstat: a link (broken or not) is judged by apply(), never created through.
    if (::lstat(encoded.constData(), &existing) != 0) {
        const QString parent = QFileInfo(folder).absolutePath();
        // The umask (077, AppPaths::keepNewFilesPrivate) makes any parent created here 0700.
        if (!QDir().mkpath(parent) ||
            (::mkdir(encoded.constData(), 0700) != 0 && errno != EEXIST)) {
            if (message)
                *message = tr("Cannot create the folder %1: %2").arg(folder, systemReason(errno));
            return Outcome::Failed;
        }
    }
    return apply(folder, true, message);
}

PrivatePath::Outcome PrivatePath::makeFilePrivate(const QString& file, QString* message)
{
    return apply(file, false, message);
}

} // namespace attune
