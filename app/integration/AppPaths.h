#pragma once

#include <QString>

namespace attune {

// Where Attune keeps its state, all derived from the XDG folders, so that two instances started
// with different XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_RUNTIME_DIR never see each other.
struct AppPaths
{
    QString dataDir;    // $XDG_DATA_HOME/attune: the database, the instance lock
    QString configFile; // $XDG_CONFIG_HOME/Attune/Attune.conf
    QString systemConfigFile;
    QString runtimeDir; // $XDG_RUNTIME_DIR: the local socket

    static AppPaths fromEnvironment();
    // Every file and folder this process creates from now on is the agent's alone (0600, 0700):
    // the log, the lock, the socket, the databases with their -wal and -shm, exports,
    // screenshots. One umask rather than a chmod at each place, so a new file cannot be
    // forgotten and none is readable by others even for a moment.
    static void keepNewFilesPrivate();
    // The XDG rule: a relative XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME or
    // XDG_RUNTIME_DIR is invalid and ignored (unset, with a warning naming it), so the defaults
    // apply. Qt took them relative to the working folder: `attune call start` run by a softphone
    // from another folder met another database, and a relative runtime folder stopped Attune
    // from starting at all. A HOME that is unset or relative (a hook run from a service) is the
    // user's home from the password database: Qt took "/" and put the data in /.local/share.
    // Called first thing in main(), before anything reads the paths.
    static void repairFolderEnvironment();

    QString databaseFile(bool demo) const;
    QString lockFile() const;
    // One socket per data folder: its name carries a hash of the folder's path.
    QString socketPath() const;
    QString backgroundLogFile() const;
    // The generated WebSocket API token: beside the user settings, in the 0700 config folder.
    QString apiTokenFile() const;
};

} // namespace attune
