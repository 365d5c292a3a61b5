#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace attune {

class Database;

// Where an import waits until it is whole, so that the database's write lock is never held for
// the length of a file (a running Attune records calls through the same lock).
//
// 1. Every validated row goes into a private staging file next to the database (0600, removed
//    on success, on failure and by the next import after a crash); duplicate ids are found there.
//    The main database is only read meanwhile, which WAL never blocks.
// 2. apply() builds the table's next version (`<table>_next`: the rows the file does not touch,
//    then the file's rows) in many small transactions of kChunkRows rows each, while triggers
//    note any row Attune itself writes meanwhile.
// 3. One short transaction carries over those noted rows and swaps the names
//    (`<table>` -> `<table>_old`, `<table>_next` -> `<table>`); the old table is then emptied in
//    small transactions and dropped. Until the swap, the table is exactly as it was: a failure
//    at any point before it changes nothing.
//
// The swap runs on its own connection with foreign keys off and legacy_alter_table on, so that
// the REFERENCES clauses of other tables keep naming `<table>` (SQLite would otherwise rewrite
// them to follow the rename to `<table>_old`). The table's indexes are recreated on the new
// table under alternating names (`x` and `x_2`), since SQLite cannot rename an index.
class ImportStaging
{
    Q_DECLARE_TR_FUNCTIONS(ImportStaging)

public:
    // Rows per write transaction while building and dropping: a few milliseconds each, so a
    // write of the running app waits at most that long.
    static constexpr int kChunkRows = 2000;

    struct Table
    {
        QString name;
        QString key;
        QStringList columns; // the key first
        // When this SQL condition holds after the swap, the file's rows pass through the table's
        // own UPDATE triggers (the team outbox's, while sync is on); "" never.
        QString notifyWhen;
    };

    ImportStaging(Database& database, Table table);
    ~ImportStaging();
    ImportStaging(const ImportStaging&) = delete;
    ImportStaging& operator=(const ImportStaging&) = delete;

    // Takes the import lock (one import at a time) and creates the staging file.
    bool begin(QString* error);

    enum class Added
    {
        Ok,
        Duplicate, // the key is already staged; *firstLine says where
        Failed
    };
    // `values` in the order of Table::columns.
    Added add(const QVariantList& values, int line, int* firstLine, QString* error);
    int staged() const { return m_staged; }

    // Builds and swaps in the staged rows. `created` and `updated` count the file's rows that
    // were new and that replaced an existing row.
    bool apply(int* created, int* updated, QString* error);

    // Called after each of apply()'s write transactions, with the lock released: tests write
    // there through another connection, as a running Attune would.
    std::function<void()> afterEachWrite;

    // The longest write transaction apply() ran, and the swap itself, in milliseconds.
    double longestWriteMs() const { return m_longestWriteMs; }
    double swapMs() const { return m_swapMs; }

private:
    bool write(const QString& what, const std::function<bool(QString*)>& work, QString* error);
    bool dropOldTable(QString* error);
    bool cleanUpLeftovers(QString* error);
    void closeStaging();
    QString nextName() const { return m_table.name + QStringLiteral("_next"); }
    QString oldName() const { return m_table.name + QStringLiteral("_old"); }
    QString changedName() const { return QStringLiteral("attune_import_changed_") + m_table.name; }

    Database& m_database;
    Table m_table;
    QString m_stagingPath;
    QString m_stagingConnection;
    QString m_swapConnection;
    int m_lockFd = -1;
    std::unique_ptr<QSqlQuery> m_insert;
    QStringList m_marks;                           // m_insert's placeholders
    QList<std::pair<QString, QString>> m_triggers; // the table's own: name, CREATE statement
    std::unique_ptr<QSqlQuery> m_lineOf;
    int m_staged = 0;
    static constexpr int kWritesPerCheckpoint = 8;
    int m_writes = 0;
    double m_longestWriteMs = 0;
    double m_swapMs = 0;
};

} // namespace attune
