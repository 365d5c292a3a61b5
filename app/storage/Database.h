#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace attune {

class RecordTrust;

// The embedded SQLite database: one file, its folder 0700 and the file 0600, WAL with full
// fsync, foreign keys on, and numbered migrations recorded in PRAGMA user_version.
//
// Qt SQL connections belong to the thread that opened them, so `connection()` hands each thread
// its own named connection to the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Migration
    {
        int version;
        const char* description;
        QStringList statements;
    };

    explicit Database(const QString& filePath);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static const QList<Migration>& migrations();
    static int latestVersion();
    // Loads SQLite and Qt's driver for it without touching any file, so that a thread that
    // would otherwise wait for them (the storage thread while the window is built) does that
    // part of the first open ahead.
    static void loadDriver();

    // How open() makes sure the file is not damaged. A full `PRAGMA quick_check` reads every
    // page, so its cost grows with the history (38 % of a 10k-row import's instructions once);
    // it runs when it can find something new, not on every open (docs/ARCHITECTURE.md).
    enum class IntegrityCheck
    {
        // The header and the schema only; a full check when they look wrong. A damaged file is
        // refused, not moved aside. The command line, and anything that opens the file beside
        // the running app.
        Cheap,
        // The app: the cheap check, and a full one when the last run did not close the file
        // cleanly (a crash or a power cut, when damage happens: its in-use mark or its WAL is
        // still there) or the last full check is more than kFullCheckHours old. A start that
        // runs no full check writes nothing to the file.
        WhenDue,
    };
    static constexpr int kFullCheckHours = 24;
    void setIntegrityCheck(IntegrityCheck check) { m_integrityCheck = check; }
    // Whether the last open() ran the full check (tests, the log).
    bool fullCheckRan() const { return m_fullCheckRan; }

    // Opens (creating if needed) and migrates to the latest version. Pass a lower
    // `targetVersion` to stop early: the migration test builds every earlier schema that way.
    bool open(QString* error, int targetVersion = -1);
    bool isOpen() const { return m_open; }
    void close();

    QString filePath() const { return m_filePath; }
    // Where open() moved a corrupt database it found (WhenDue), so the agent can be told;
    // empty when it found none. A corrupt file is never overwritten or deleted.
    QString movedAsideTo() const { return m_movedAsideTo; }
    QSqlDatabase connection() const;
    // Closes the calling thread's own connection; a worker thread calls it before it ends, since
    // a connection may only be closed by the thread that made it.
    void releaseThreadConnection() const;
    // Runs a prepared query; on failure puts what happened, where and what to do in `error`
    // (when given): a full disk, a read-only folder or a damaged file in plain words, not the
    // driver's. A write is acknowledged only while the file is still the one Attune opened: once
    // it was truncated or replaced underneath, every later query fails with that reason.
    static bool runQuery(QSqlQuery& query, QString* error);
    // Whether the file at filePath() is still the one opened (not deleted, replaced or cut
    // short); otherwise false with the reason, told to the fault handler as well. A read does not
    // check it itself (a stat per statement), so a reader that shows what it read asks here.
    bool stillIntact(QString* reason) const;
    // The agent-facing reason for a failed statement on the database file `path`.
    static QString explain(const QSqlError& error, const QString& path);
    // The same for a failed transaction or commit on this database, told to the fault handler.
    QString fault(const QSqlError& error) const;
    // Called (on the thread that hit it) the first time each kind of storage fault is met while
    // running, with the same text, so the window can say it as well as the request that failed.
    void setFaultHandler(std::function<void(const QString& reason)> handler);
    struct FileWatch; // the file as opened, to notice it changing underneath (Database.cpp)
    int schemaVersion() const;
    // What decides whether a supervisor record in this file is shown (its SQL function is on
    // every connection this database hands out).
    RecordTrust& recordTrust() const { return *m_trust; }
    // Issue #15's rule ("the GUI thread never waits on a database"), made checkable: while
    // armed (tests, or ATTUNE_WATCH_GUI_THREAD=1 in the environment), every connection handed out
    // on the application's main thread is counted and logged, so a test fails on such a read.
    static void watchGuiThread(bool armed);
    static int guiThreadConnections();
    // For a reader thread whose owner may go away mid-read: while `cancelled` is set, the calling
    // thread's connection stops waiting for another connection's lock (it waits up to 5 s
    // otherwise, as every connection does), and interrupt(handle), from any thread, stops the
    // statement it runs. Returns the handle, or null when SQLite's functions are unavailable.
    void* makeCancellable(const std::atomic<bool>* cancelled) const;
    static void interrupt(void* handle);
    // Small facts Attune keeps across restarts (table app_state): empty when never set.
    QString stateValue(const QString& key) const;
    bool setStateValue(const QString& key, const QString& value, QString* error = nullptr) const;

private:
    QString threadConnectionName() const;
    enum class Health
    {
        Ok,
        Corrupt,
        Locked,
        Unusable // cannot be written (read-only, full, I/O error): not damage, never moved aside
    };
    void watchFile();
    Health checkHealth(QString* problem) const;
    // The schema read through SQLite and the file's size from stat(): false when either looks
    // wrong (then the full check decides). Never a descriptor of its own on the file (the .cpp).
    bool looksSound() const;
    bool fullCheckDue() const;
    // Beside the file while the app has it open (IntegrityCheck::WhenDue).
    QString inUseMark() const;
    Health checkIntegrity(QString* problem);
    // False, saying which, when the file or one of its companions is there but is no ordinary
    // file (a folder, a FIFO, a device, or a link to one).
    bool filesAreOrdinary(QString* error) const;
    bool createFile(QString* error) const;

    bool applyPragmas(QSqlDatabase& db, QString* error) const;
    bool migrate(int targetVersion, QString* error);

    QString m_filePath;
    QString m_connectionPrefix;
    bool m_open = false;
    QString m_movedAsideTo;
    IntegrityCheck m_integrityCheck = IntegrityCheck::Cheap;
    bool m_fullCheckRan = false;
    bool m_uncleanClose = false;
    bool m_markedInUse = false;
    std::shared_ptr<FileWatch> m_watch;
    std::unique_ptr<RecordTrust> m_trust;
};

} // namespace attune
