#pragma once

#include <QString>

namespace attune {

// The single-instance lock: an flock(2) on a file, held for the life of the process and
// released by the kernel when the process dies, so a killed instance never leaves a lock that
// is still taken. The file names its owner (PID, program, host: the first lines QLockFile
// writes, so an older Attune still reads it) for a person looking; nothing decides on it.
//
// Unlike QLockFile it does not fdatasync the file: the kernel's lock is the lock, and that
// sync was a blocking disk flush (10 ms on a loaded disk) before the first frame.
class InstanceLock
{
public:
    enum class Result
    {
        Locked,
        HeldByAnother,
        CannotWrite, // the folder or the file cannot be written (a read-only data folder)
        Failed       // anything else (a file system without locks)
    };

    explicit InstanceLock(QString path);
    ~InstanceLock(); // an orderly exit removes the file
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    Result tryLock();
    bool isLocked() const { return m_fd >= 0; }
    // Whether a live process holds the lock at `path`, read from /proc/locks: it takes no lock
    // itself, so asking can never make a starting Attune believe another one runs.
    static bool isHeldByAnyone(const QString& path);
    // The process that holds it, as /proc/locks names it; 0 when none does. For messages: a
    // person who must end a stuck Attune needs to know which one.
    static qint64 holderPid(const QString& path);

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace attune
