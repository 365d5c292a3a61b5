#pragma once

#include <QString>

namespace attune {

// IT's secret files for the team server (a password file, a client certificate's private key):
// each is this user's identity on a shared server, so it is used only when it is an ordinary
// file of this user that no one else can read or write. One rule for every reader, so the sync,
// the team view and `attune team` cannot drift apart. Callers word the refusal in their own
// context; nothing here is shown to anyone.
class PrivateFile
{
public:
    enum class Problem
    {
        None,
        Missing,
        // A folder, FIFO, device or socket: opening a FIFO would wait for a writer forever.
        NotOrdinary,
        // Not this user's, or readable or writable by anyone else.
        Exposed,
        Unreadable,
    };

    // The rule alone, for a file a library reads itself (the key, read by libpq).
    static Problem check(const QString& path);
    // The first line (at most 4 KiB), trimmed, read through one descriptor checked with fstat,
    // so the file checked is the file read. `why` gets the system's reason when Unreadable.
    static Problem readFirstLine(const QString& path, QString* line, QString* why = nullptr);
};

} // namespace attune
