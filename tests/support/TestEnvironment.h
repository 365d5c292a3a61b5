#pragma once

#include "TestConfig.h"

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace attune::test {

// A private set of XDG folders, so a test's Attune never meets the developer's (or another
// test's) data, settings, lock or socket.
class IsolatedHome
{
public:
    IsolatedHome();
    bool isValid() const { return m_root.isValid(); }
    QString path() const { return m_root.path(); }
    QString dataDir() const { return m_root.path() + QStringLiteral("/data/attune"); }
    QString configDir() const { return m_root.path() + QStringLiteral("/config"); }
    // Stands in for /etc/xdg: Attune reads IT's policy only from /etc/xdg/Attune/Attune.conf,
    // whatever $XDG_CONFIG_DIRS says, so start() runs the binary in a private mount namespace
    // where this folder is mounted over /etc/xdg (see docs/ARCHITECTURE.md, "IT's policy").
    QString systemConfigDir() const { return m_root.path() + QStringLiteral("/etc-xdg"); }
    QString policyFile() const { return systemConfigDir() + QStringLiteral("/Attune/Attune.conf"); }
    bool writePolicy(const QByteArray& ini) const;
    QString runtimeDir() const { return m_root.path() + QStringLiteral("/runtime"); }
    QProcessEnvironment environment() const;
    // Starts the real binary in this home, with IT's policy in place when policyFile() exists.
    void start(QProcess& process, const QStringList& arguments) const;
    // `prelude` is a shell command run just before the binary, in the same process (a ulimit).
    void start(QProcess& process, const QStringList& arguments,
               const QProcessEnvironment& environment, const QString& prelude = {}) const;
    // Sets the XDG variables of this process too, for in-process tests of AppPaths users.
    void applyToThisProcess() const;

private:
    QTemporaryDir m_root;
};

struct RunResult
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

// The file's POSIX permission bits (0600, 0700, ...), as `stat` reports them.
int unixMode(const QString& path);

// Runs the real attune binary to completion.
RunResult runAttune(const IsolatedHome& home, const QStringList& arguments, int timeoutMs = 30000);

// Starts the real attune app in the background; waits until `attune status` answers.
bool startAttuneApp(QProcess& process, const IsolatedHome& home, const QStringList& arguments = {},
                    int timeoutMs = 20000);
void stopAttuneApp(QProcess& process);

// What one start-and-stop of the real app did.
struct StartAndStopOutcome
{
    bool started = false;
    bool answered = false; // its socket answered a status request
    bool stopped = false;  // SIGTERM stopped it within 8 s (a quit waits up to 5 s for writes)
    QString err;
};

// Starts the real app in `home` (after `prelude`, a shell line such as a ulimit, when given),
// waits up to 20 s for it to answer on its socket, then stops it with SIGTERM (kill after 8 s).
StartAndStopOutcome startAndStopAttune(const IsolatedHome& home, const QString& prelude = {});

// `attune status` parsed, or an empty object.
QJsonObject statusOf(const IsolatedHome& home);

// Stops the Attune that answers for `home` now (one a command started in the background) with
// SIGTERM, and waits until no instance holds the lock (one already quitting too), so every write
// is on disk before the file is read. False when the lock was still held after 20 s.
bool stopBackgroundAttune(const IsolatedHome& home);

// call id -> "rows:ended" from the agent's database, read-only; call it once Attune is gone.
QMap<QString, QString> callRowsById(const IsolatedHome& home);

// One request (`v` 1 added) to the running app's local socket; its reply, or an empty object
// when none came within `replyTimeoutMs`.
QJsonObject requestApp(const IsolatedHome& home, QJsonObject message, int replyTimeoutMs = 10000);

} // namespace attune::test
