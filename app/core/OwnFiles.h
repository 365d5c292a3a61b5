#pragma once

#include <QCoreApplication>
#include <QString>

namespace attune {

// The database files this process has open (the database, its -wal, -shm and -journal), so that
// no import reads them and no export writes over them. Both would lose acknowledged records, not
// only spoil the import or export:
// - writing an export over the database replaces it (QSaveFile renames over it, a report opens
//   it with truncation) while SQLite keeps committing into the old, unlinked file;
// - even reading it drops this process's locks on it: POSIX drops every fcntl lock a process
//   holds on a file when it closes any descriptor of that file, SQLite's included. Another
//   program may then take itself for the last user and delete the WAL under us.
// Thread-safe; the storage thread registers while the GUI thread or a command checks.
class OwnFiles
{
    Q_DECLARE_TR_FUNCTIONS(OwnFiles)

public:
    // Called by Database once it has opened `databasePath`.
    static void protect(const QString& databasePath);
    // True when `path` names, directly, through a symbolic link or as a hard link, one of the
    // protected files or the -wal/-shm/-journal SQLite may create beside them later.
    static bool isOwnDatabase(const QString& path);
    // "<displayName> is Attune's own database…", for the refusals.
    static QString refusal(const QString& displayName);
};

// Checks a file an export or report is about to write, before anything is created: refused
// when it is Attune's own database, when it exists and is not an ordinary file (a FIFO would
// block the writer until someone reads it; a device or folder cannot hold a report), or when its
// folder does not exist. `error` names the path.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    static bool checkTarget(const QString& path, QString* error);
};

} // namespace attune
