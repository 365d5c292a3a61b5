#pragma once

#include <QCoreApplication>
#include <QString>

namespace attune {

// Makes Attune's own folders 0700 and files 0600 without ever changing what a symbolic link
// points at. chmod follows links: a data folder linked to /etc (or to another user's folder) took
// that folder's mode from everyone, and as root it broke the machine. The mode is changed through
// a descriptor of the very inode looked at, so the check and the change cannot be split by a
// rename in between.
//
// A link in the last component is the agent's (or IT's) choice, e.g. the data folder on another
// disk, so it is followed and used, but its target's mode is left as it is, and only when the
// target is this user's and no one else can change it: customer data is never put into a folder
// another user owns or may write to.
class PrivatePath
{
    Q_DECLARE_TR_FUNCTIONS(PrivatePath)

public:
    enum class Outcome
    {
        MadePrivate, // ours, not a link: now 0700 (folder) or 0600 (file)
        Linked,      // a link to something of ours that no one else can write: used, mode kept
        Missing,     // a file that does not exist (folders are created)
        Refused,     // not ours, writable by others, of the wrong kind, or a broken link
        Failed,      // the system refused to create or change it
    };

    // Creates the folder when missing (parents too), then applies the rule. `message` gets a
    // sentence naming the folder (and a link's target) for Refused and Failed.
    static Outcome makeFolderPrivate(const QString& folder, QString* message = nullptr);
    // The same for an existing file; a missing file is Missing and left to its creator.
    static Outcome makeFilePrivate(const QString& file, QString* message = nullptr);

    static bool usable(Outcome outcome)
    {
        return outcome == Outcome::MadePrivate || outcome == Outcome::Linked;
    }
};

} // namespace attune
