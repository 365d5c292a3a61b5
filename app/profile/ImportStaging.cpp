#include "ImportStaging.h"

#include "core/Logging.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace attune {

namespace {

QString quoted(const QString& name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

bool run(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

bool run(QSqlDatabase db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    return run(query, sql, error);
}

} // namespace

ImportStaging::ImportStaging(Database& database, Table table)
    : m_database(database)
    , m_table(std::move(table))
{
    const QString id = QString::number(reinterpret_cast<quintptr>(this), 16);
    m_stagingConnection = QStringLiteral("attune-import-staging-") + id;
    m_swapConnection = QStringLiteral("attune-import-swap-") + id;
}

ImportStaging::~ImportStaging()
{
    closeStaging();
    if (QSqlDatabase::contains(m_swapConnection)) {
        QString ignored;
        cleanUpLeftovers(&ignored); // a failure before the swap leaves nothing behind
        {
            QSqlDatabase db = QSqlDatabase::database(m_swapConnection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_swapConnection);
    }
    if (!m_stagingPath.isEmpty())
        QFile::remove(m_stagingPath);
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

void ImportStaging::closeStaging()
{
    m_insert.reset();
    m_lineOf.reset();
    if (!QSqlDatabase::contains(m_stagingConnection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_stagingConnection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_stagingConnection);
}

bool ImportStaging::begin(QString* error)
{
    const QString folder = QFileInfo(m_database.filePath()).absolutePath();
    // One import at a time: a second one would clean up the first one's half-built table.
    m_lockFd = ::open(QFile::encodeName(folder + QStringLiteral("/import.lock")).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        *error = tr("another import is running; run this one when it has finished");
        return false;
    }
    // Under the lock, any staging file left is from an import that was killed.
    const QDir dir(folder);
    for (const QString& stale :
         dir.entryList({QStringLiteral(".import-staging-*")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(stale));
    m_stagingPath = dir.filePath(
        QStringLiteral(".import-staging-%1.sqlite").arg(QCoreApplication::applicationPid()));
    // Made 0600 before SQLite opens it: customer names and numbers are never readable by others.
    const int fd = ::open(QFile::encodeName(m_stagingPath).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = tr("cannot create the staging file %1").arg(m_stagingPath);
        m_stagingPath.clear();
        return false;
    }
    ::close(fd);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_stagingConnection);
    db.setDatabaseName(m_stagingPath);
    QStringList columns;
    for (const QString& column : std::as_const(m_table.columns))
        columns << quoted(column);
    // No journal and no sync: the file is thrown away whatever happens, so there is nothing to
    // protect, and the import goes at the speed of writing.
    // A page cache of 32 MB: a staged 100,000-row file stays in memory instead of spilling pages
    // to the file and reading them back for every key lookup (bounded, so memory stays flat).
    if (!db.open() || !run(db, QStringLiteral("PRAGMA journal_mode=OFF"), error) ||
        !run(db, QStringLiteral("PRAGMA synchronous=OFF"), error) ||
        !run(db, QStringLiteral("PRAGMA cache_size=-32768"), error) ||
        !run(db,
             QStringLiteral("CREATE TABLE staged (%1, line INTEGER NOT NULL, UNIQUE (%2))")
                 .arg(columns.join(QLatin1String(", ")), quoted(m_table.key)),
             error) ||
        !db.transaction()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        *error = tr("cannot prepare the staging file %1: %2").arg(m_stagingPath, *error);
        return false;
    }
    // Named, not positional: Qt 6.4 formats a name for every positional bind (":%1".arg(i)),
    // which was a sixth of a feedback row's work; these names are made once.
    m_marks.clear();
    for (qsizetype i = 0; i <= m_table.columns.size(); ++i)
        m_marks << QStringLiteral(":v%1").arg(i);
    m_insert = std::make_unique<QSqlQuery>(db);
    m_insert->prepare(
        QStringLiteral("INSERT INTO staged VALUES (%1)").arg(m_marks.join(QLatin1String(", "))));
    m_lineOf = std::make_unique<QSqlQuery>(db);
    m_lineOf->prepare(
        QStringLiteral("SELECT line FROM staged WHERE %1 = ?").arg(quoted(m_table.key)));
    return true;
}

ImportStaging::Added ImportStaging::add(const QVariantList& values, int line, int* firstLine,
                                        QString* error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insert->bindValue(m_marks.at(i), values.at(i));
    m_insert->bindValue(m_marks.at(values.size()), line);
    if (m_insert->exec()) {
        ++m_staged;
        return Added::Ok;
    }
    const QString problem = m_insert->lastError().text();
    m_lineOf->bindValue(0, values.value(0));
    if (m_lineOf->exec() && m_lineOf->next()) {
        *firstLine = m_lineOf->value(0).toInt();
        m_lineOf->finish();
        return Added::Duplicate;
    }
    *error = tr("the staging file did not accept the row: %1").arg(problem);
    return Added::Failed;
}

bool ImportStaging::write(const QString& what, const std::function<bool(QString*)>& work,
                          QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_swapConnection);
    // IMMEDIATE takes the write lock at once, so the time measured from there is the time it is
    // held.
    QString problem;
    bool ok = run(db, QStringLiteral("BEGIN IMMEDIATE"), &problem);
    QElapsedTimer held;
    held.start();
    ok = ok && work(&problem) && run(db, QStringLiteral("COMMIT"), &problem);
    if (!ok) {
        QString ignored;
        run(db, QStringLiteral("ROLLBACK"), &ignored);
        *error = tr("the database did not accept the import (%1): %2").arg(what, problem);
    }
    const double heldMs = held.nsecsElapsed() / 1e6;
    m_longestWriteMs = std::max(m_longestWriteMs, heldMs);
    if (ok && afterEachWrite)
        afterEachWrite();
    // A waiting writer polls (SQLite's busy handler sleeps 1, 2, 5 ... 100 ms between tries), so
    // back-to-back transactions would starve it: the lock is left free for as long as it was held.
    if (ok)
        QThread::msleep(static_cast<unsigned long>(std::max(5.0, heldMs)));
    // PASSIVE neither waits for nor blocks readers and writers; every few transactions keeps the
    // log to a few megabytes.
    if (ok && ++m_writes % kWritesPerCheckpoint == 0) {
        QString ignored;
        run(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), &ignored);
    }
    return ok;
}

bool ImportStaging::cleanUpLeftovers(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_swapConnection);
    const bool cleaned = write(
        QStringLiteral("clean-up"),
        [&](QString* problem) {
            for (const char* event : {"insert", "update", "delete"})
                if (!run(db,
                         QStringLiteral("DROP TRIGGER IF EXISTS attune_import_%1_%2")
                             .arg(QLatin1String(event), m_table.name),
                         problem))
                    return false;
            return run(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(nextName())),
                       problem) &&
                   run(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(quoted(changedName())),
                       problem);
        },
        error);
    return cleaned && dropOldTable(error);
}

bool ImportStaging::dropOldTable(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_swapConnection);
    {
        QSqlQuery exists(db);
        if (!exists.exec(
                QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                    .arg(oldName())) ||
            !exists.next())
            return true;
    }
    // Emptied a chunk at a time, then dropped: one DROP of a million rows would hold the lock
    // for as long as it takes to free every page.
    int deleted = kChunkRows;
    while (deleted > 0) {
        if (!write(
                QStringLiteral("drop"),
                [&](QString* problem) {
                    QSqlQuery query(db);
                    if (!run(query,
                             QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT rowid FROM %1 "
                                            "LIMIT %2)")
                                 .arg(quoted(oldName()))
                                 .arg(kChunkRows),
                             problem))
                        return false;
                    deleted = query.numRowsAffected();
                    return true;
                },
                error))
            return false;
    }
    return write(
        QStringLiteral("drop"),
        [&](QString* problem) {
            return run(db, QStringLiteral("DROP TABLE %1").arg(quoted(oldName())), problem);
        },
        error);
}

bool ImportStaging::apply(int* created, int* updated, QString* error)
{
    {
        QSqlDatabase staging = QSqlDatabase::database(m_stagingConnection, false);
        if (!staging.commit()) {
            *error = tr("the staging file did not accept the import: %1")
                         .arg(staging.lastError().text());
            return false;
        }
    }
    closeStaging();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_swapConnection);
    db.setDatabaseName(m_database.filePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open() || !run(db, QStringLiteral("PRAGMA foreign_keys=OFF"), error) ||
        !run(db, QStringLiteral("PRAGMA legacy_alter_table=ON"), error) ||
        // NORMAL while the next table is built: in WAL mode a commit then writes without an
        // fsync (an fsync under the write lock is most of a chunk's hold on a busy disk), and a
        // power cut can only lose whole build transactions, which the next import's clean-up
        // drops anyway. The swap itself runs with FULL (below), and its fsync of the log
        // carries every frame written before it.
        !run(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) ||
        !run(db, QStringLiteral("PRAGMA busy_timeout=5000"), error) ||
        // The log is copied back into the database by write() between transactions rather than
        // by the commit that crosses the threshold, whose checkpoint would be counted as (and
        // paused for as if it were) holding the lock.
        !run(db, QStringLiteral("PRAGMA wal_autocheckpoint=0"), error) ||
        !run(db, QStringLiteral("PRAGMA cache_size=-32768"), error)) {
        *error = tr("the database did not accept the import: %1")
                     .arg(error->isEmpty() ? db.lastError().text() : *error);
        return false;
    }
    if (!cleanUpLeftovers(error))
        return false;

    const QString table = quoted(m_table.name);
    const QString next = quoted(nextName());
    const QString changed = quoted(changedName());
    const QString key = quoted(m_table.key);
    QStringList quotedColumns;
    for (const QString& column : std::as_const(m_table.columns))
        quotedColumns << quoted(column);
    const QString columns = quotedColumns.join(QLatin1String(", "));
    qint64 maxRowid = 0;
    const bool prepared = write(
        QStringLiteral("prepare"),
        [&](QString* problem) {
            QSqlQuery schema(db);
            if (!schema.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE "
                                            "tbl_name = '%1' AND sql IS NOT NULL "
                                            "AND type IN ('table', 'index') ORDER BY type DESC")
                                 .arg(m_table.name))) {
                *problem = schema.lastError().text();
                return false;
            }
            QStringList statements;
            const QString table = QRegularExpression::escape(m_table.name);
            while (schema.next()) {
                QString sql = schema.value(2).toString();
                if (schema.value(0).toString() == QLatin1String("table")) {
                    sql.replace(
                        QRegularExpression(QStringLiteral("^CREATE TABLE\\s+\"?%1\"?").arg(table)),
                        QStringLiteral("CREATE TABLE ") + next);
                } else {
                    const QString name = schema.value(1).toString();
                    const QString renamed = name.endsWith(QLatin1String("_2"))
                                                ? name.chopped(2)
                                                : name + QStringLiteral("_2");
                    sql.replace(
                        QRegularExpression(
                            QStringLiteral("^CREATE (UNIQUE )?INDEX\\s+\"?%1\"?\\s+ON\\s+\"?%2\"?")
                                .arg(QRegularExpression::escape(name), table)),
                        QStringLiteral("CREATE \\1INDEX %1 ON %2").arg(quoted(renamed), next));
                }
                statements << sql;
            }
            schema.finish();
            // The table's own triggers (the team outbox's) follow the old table at the rename;
            // they are made again on the new one in the swap.
            m_triggers.clear();
            if (!schema.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type ="
                                            " 'trigger' AND tbl_name = '%1' AND name NOT LIKE"
                                            " 'attune\\_import\\_%' ESCAPE '\\'")
                                 .arg(m_table.name))) {
                *problem = schema.lastError().text();
                return false;
            }
            while (schema.next())
                m_triggers.append({schema.value(0).toString(), schema.value(1).toString()});
            schema.finish();
            if (statements.isEmpty()) {
                *problem = QStringLiteral("no table %1").arg(m_table.name);
                return false;
            }
            statements
                << QStringLiteral("CREATE TABLE %1 (key PRIMARY KEY) WITHOUT ROWID").arg(changed);
            // Whatever Attune itself writes to the table from now on is carried over at the swap.
            statements << QStringLiteral("CREATE TRIGGER attune_import_insert_%1 AFTER INSERT ON "
                                         "%2 BEGIN INSERT OR IGNORE INTO %3 VALUES (NEW.%4); END")
                              .arg(m_table.name, table, changed, key)
                       << QStringLiteral("CREATE TRIGGER attune_import_update_%1 AFTER UPDATE ON "
                                         "%2 BEGIN INSERT OR IGNORE INTO %3 VALUES (OLD.%4); "
                                         "INSERT OR IGNORE INTO %3 VALUES (NEW.%4); END")
                              .arg(m_table.name, table, changed, key)
                       << QStringLiteral("CREATE TRIGGER attune_import_delete_%1 AFTER DELETE ON "
                                         "%2 BEGIN INSERT OR IGNORE INTO %3 VALUES (OLD.%4); END")
                              .arg(m_table.name, table, changed, key);
            for (const QString& statement : std::as_const(statements))
                if (!run(db, statement, problem))
                    return false;
            QSqlQuery last(db);
            if (!run(last, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table),
                     problem) ||
                !last.next())
                return false;
            maxRowid = last.value(0).toLongLong();
            return true;
        },
        error);
    if (!prepared)
        return false;
    if (!run(db,
             QStringLiteral("ATTACH DATABASE '%1' AS staging")
                 .arg(QString(m_stagingPath).replace(QLatin1Char('\''), QStringLiteral("''"))),
             error))
        return false;

    // The rows the file leaves alone, a rowid range at a time.
    qint64 kept = 0;
    qint64 before = 0;
    qint64 from = 0;
    while (from < maxRowid) {
        qint64 to = maxRowid;
        {
            QSqlQuery bound(db);
            if (run(bound,
                    QStringLiteral("SELECT rowid FROM %1 WHERE rowid > %2 ORDER BY rowid LIMIT 1 "
                                   "OFFSET %3")
                        .arg(table)
                        .arg(from)
                        .arg(kChunkRows - 1),
                    error) &&
                bound.next())
                to = std::min(maxRowid, bound.value(0).toLongLong());
        }
        const bool copied = write(
            QStringLiteral("copy"),
            [&](QString* problem) {
                QSqlQuery count(db);
                if (!run(count,
                         QStringLiteral("SELECT count(*) FROM %1 WHERE rowid > %2 AND rowid <= %3")
                             .arg(table)
                             .arg(from)
                             .arg(to),
                         problem) ||
                    !count.next())
                    return false;
                before += count.value(0).toLongLong();
                QSqlQuery copy(db);
                if (!run(copy,
                         QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM main.%3 WHERE rowid > "
                                        "%4 AND rowid <= %5 AND %6 NOT IN (SELECT %6 FROM "
                                        "staging.staged)")
                             .arg(next, columns, table)
                             .arg(from)
                             .arg(to)
                             .arg(key),
                         problem))
                    return false;
                kept += copy.numRowsAffected();
                return true;
            },
            error);
        if (!copied)
            return false;
        from = to;
    }
    // Then the file's rows, in the order of the file.
    for (qint64 first = 0; first < m_staged; first += kChunkRows) {
        const bool added = write(
            QStringLiteral("add"),
            [&](QString* problem) {
                return run(db,
                           QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM staging.staged "
                                          "WHERE rowid > %3 AND rowid <= %4")
                               .arg(next, columns)
                               .arg(first)
                               .arg(first + kChunkRows),
                           problem);
            },
            error);
        if (!added)
            return false;
    }
    if (!run(db, QStringLiteral("PRAGMA synchronous=FULL"), error))
        return false;
    QElapsedTimer swap;
    swap.start();
    const bool swapped = write(
        QStringLiteral("swap"),
        [&](QString* problem) {
            QStringList statements = {
                // What Attune wrote while the next table was built wins over the file.
                QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT key FROM %3)")
                    .arg(next, key, changed),
                QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM main.%3 WHERE %4 IN "
                               "(SELECT key FROM %5)")
                    .arg(next, columns, table, key, changed),
                QStringLiteral("DROP TRIGGER attune_import_insert_%1").arg(m_table.name),
                QStringLiteral("DROP TRIGGER attune_import_update_%1").arg(m_table.name),
                QStringLiteral("DROP TRIGGER attune_import_delete_%1").arg(m_table.name),
                QStringLiteral("DROP TABLE %1").arg(changed),
                QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, quoted(oldName())),
                QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(next, table),
            };
            for (const auto& [name, sql] : std::as_const(m_triggers))
                statements << QStringLiteral("DROP TRIGGER %1").arg(quoted(name)) << sql;
            for (const QString& statement : statements)
                if (!run(db, statement, problem))
                    return false;
            return true;
        },
        error);
    m_swapMs = swap.nsecsElapsed() / 1e6;
    if (!swapped)
        return false;
    *updated = int(before - kept);
    *created = m_staged - *updated;
    // What follows the swap needs no fsync either: a step lost to a power cut is redone by the
    // next import (the drop) or by importing the file again (the triggers).
    QString ignored;
    run(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &ignored);
    // The file's rows were written into the next table, where the table's triggers did not see
    // them: they pass through its UPDATE triggers now, in small steps (and only they, so the
    // outbox hears of what the file changed, not of every row the table kept).
    bool notify = !m_triggers.isEmpty() && !m_table.notifyWhen.isEmpty();
    if (notify) {
        QSqlQuery condition(db);
        notify = condition.exec(QStringLiteral("SELECT %1").arg(m_table.notifyWhen)) &&
                 condition.next() && condition.value(0).toBool();
    }
    if (notify) {
        for (qint64 first = 0; first < m_staged; first += kChunkRows) {
            const bool touched = write(
                QStringLiteral("notify"),
                [&](QString* problem) {
                    return run(db,
                               QStringLiteral("UPDATE %1 SET %2 = %2 WHERE %2 IN (SELECT %2 FROM "
                                              "staging.staged WHERE rowid > %3 AND rowid <= %4)")
                                   .arg(table, key)
                                   .arg(first)
                                   .arg(first + kChunkRows),
                               problem);
                },
                &ignored);
            // The rows are in; a file imported again queues them again.
            if (!touched) {
                qCWarning(lcStorage).noquote() << "imported rows not passed to the triggers yet";
                break;
            }
        }
    }
    run(db, QStringLiteral("DETACH DATABASE staging"), &ignored);
    QString problem;
    if (!dropOldTable(&problem)) // the import is in; the next one finishes the tidying
        qCWarning(lcStorage).noquote() << "the replaced table was not dropped yet:" << problem;
    qCInfo(lcStorage).noquote() << "import swapped in" << m_staged << "rows; longest write"
                                << m_longestWriteMs << "ms, swap" << m_swapMs << "ms";
    return true;
}

} // namespace attune
