#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace attune {

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

    // Opens (creating if needed) and migrates to the latest version. Pass a lower
    // `targetVersion` to stop early: the migration test builds every earlier schema that way.
    bool open(QString* error, int targetVersion = -1);
    bool isOpen() const { return m_open; }
    void close();

    QString filePath() const { return m_filePath; }
    // Where open() moved a corrupt database it found, so the agent can be told; empty when it
    // found none. A corrupt file is never overwritten or deleted.
    QString movedAsideTo() const { return m_movedAsideTo; }
    QSqlDatabase connection() const;
    // Closes the calling thread's own connection; a worker thread calls it before it ends, since
    // a connection may only be closed by the thread that made it.
    void releaseThreadConnection() const;
    // Runs a prepared query; on failure puts the driver's message in `error` (when given).
    static bool runQuery(QSqlQuery& query, QString* error);
    int schemaVersion() const;

private:
    QString threadConnectionName() const;
    enum class Health
    {
        Ok,
        Corrupt,
        Locked
    };
    Health checkHealth(QString* problem) const;
    bool createFile(QString* error) const;

    bool applyPragmas(QSqlDatabase& db, QString* error) const;
    bool migrate(int targetVersion, QString* error);

    QString m_filePath;
    QString m_connectionPrefix;
    bool m_open = false;
    QString m_movedAsideTo;
};

} // namespace attune
