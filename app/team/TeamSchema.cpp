#include "TeamSchema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace attune {

namespace {

const QString kMigrations = QStringLiteral(":/team/migrations");

// Every migration file, in order: "0001_team_history.sql" is version 1.
QStringList migrationFiles()
{
    QStringList files =
        QDir(kMigrations).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

// Who may read and write what, for the latest schema; run after the migrations on every init.
const QString kAccess = QStringLiteral(":/team/access.sql");

int versionOf(const QString& file)
{
    return file.section(QLatin1Char('_'), 0, 0).toInt();
}

bool exec(QSqlQuery& query, const QString& sql, QString* error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

// One SQL file of the resources, run as one multi-statement query.
bool runFile(QSqlQuery& query, const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return exec(query, QString::fromUtf8(file.readAll()), error);
}

// The server's version, 0 when attune.meta does not exist yet; -1 on error.
int readVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT to_regclass('attune.meta') IS NOT NULL"), error) ||
        !query.next())
        return -1;
    if (!query.value(0).toBool())
        return 0;
    if (!exec(query, QStringLiteral("SELECT value FROM attune.meta WHERE key = 'schema_version'"),
              error))
        return -1;
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

int TeamSchema::latestVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

bool TeamSchema::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

TeamSchema::Compatibility TeamSchema::check(QSqlDatabase& db, int* serverVersion, QString* error)
{
    *serverVersion = readVersion(db, error);
    if (*serverVersion < 0)
        return Compatibility::Unreachable;
    if (*serverVersion == 0) {
        *error = tr("The team server has no Attune schema yet; IT sets it up with "
                    "`attune team init`.");
        return Compatibility::NotInitialised;
    }
    if (*serverVersion > latestVersion()) {
        *error = tr("The team server uses a newer schema (version %1; this Attune knows up to "
                    "%2). Attune keeps working on this computer; update it to share history.")
                     .arg(*serverVersion)
                     .arg(latestVersion());
        return Compatibility::Newer;
    }
    return Compatibility::Compatible;
}

bool TeamSchema::initialise(QSqlDatabase& db, int* fromVersion, QString* error)
{
    QSqlQuery query(db);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    const auto fail = [&db](QString* error, const QString& message) {
        db.rollback();
        *error = message;
        return false;
    };
    // Two inits at once (two IT scripts) would race on CREATE ... IF NOT EXISTS; one waits. The
    // "already exists, skipping" notices of a re-run are noise.
    QString problem;
    if (!exec(query, QStringLiteral("SET LOCAL client_min_messages = warning"), &problem) ||
        !exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('attune.schema'))"),
              &problem))
        return fail(error, problem);
    const int current = readVersion(db, &problem);
    if (current < 0)
        return fail(error, problem);
    *fromVersion = current;
    if (current > latestVersion())
        return fail(error, tr("The team server uses a newer schema (version %1) than this Attune "
                              "knows (%2); nothing was changed.")
                               .arg(current)
                               .arg(latestVersion()));
    // Each migration runs once, in order: only those newer than the server's version. Running
    // all of them again on every init let an older file's CREATE OR REPLACE undo a later
    // file's change to the same function for as long as the later file ran after it (0005
    // remade search_agent_calls without 0007's settings on every init; a new key order for
    // search_keys would have been put back to 0005's under its index). Grants and policies,
    // which a re-run should repair, are stated in full in access.sql, run after them every time.
    for (const QString& name : migrationFiles()) {
        if (versionOf(name) <= current)
            continue;
        if (!runFile(query, kMigrations + QLatin1Char('/') + name, &problem))
            return fail(error, tr("Migration %1 failed: %2").arg(name, problem));
    }
    if (!runFile(query, kAccess, &problem))
        return fail(error, tr("The team server's access rules failed: %1").arg(problem));
    // People connect to this database through their group role.
    if (!exec(query,
              QStringLiteral("SELECT format('GRANT CONNECT ON DATABASE %I TO attune_agent, "
                             "attune_supervisor', current_database())"),
              &problem) ||
        !query.next())
        return fail(error, problem);
    const QString grant = query.value(0).toString();
    if (!exec(query, grant, &problem))
        return fail(error, problem);
    if (!db.commit())
        return fail(error, db.lastError().text());
    return true;
}

bool TeamSchema::addMember(QSqlDatabase& db, const QString& person, const QString& team,
                           Member kind, QString* error)
{
    if (!isValidName(person)) {
        *error = tr("'%1' is not a valid person name: use lower-case letters, digits, '.', '_' "
                    "and '-', starting with a letter (at most 63).")
                     .arg(person);
        return false;
    }
    if (!isValidName(team)) {
        *error = tr("'%1' is not a valid team name: use lower-case letters, digits, '.', '_' and "
                    "'-', starting with a letter (at most 63).")
                     .arg(team);
        return false;
    }
    const QString group = kind == Member::Agent ? QStringLiteral("attune_agent")
                                                : QStringLiteral("attune_supervisor");
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const auto fail = [&db, &query, error] {
        *error = query.lastError().text();
        db.rollback();
        return false;
    };
    // Role names cannot be bound parameters; the server quotes them (format %I) after the name
    // passed the check above.
    query.prepare(
        QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :person), "
                       "format('CREATE ROLE %I LOGIN', CAST(:person AS text)), "
                       "format('GRANT %I TO %I', CAST(:group AS text), CAST(:person AS text))"));
    query.bindValue(QStringLiteral(":person"), person);
    query.bindValue(QStringLiteral(":group"), group);
    if (!query.exec() || !query.next())
        return fail();
    const bool create = query.value(0).toBool();
    const QString createRole = query.value(1).toString();
    const QString grantGroup = query.value(2).toString();
    if (create && !query.exec(createRole))
        return fail();
    if (!query.exec(grantGroup))
        return fail();
    query.prepare(QStringLiteral("INSERT INTO attune.teams (team, name) VALUES (:team, :team) "
                                 "ON CONFLICT (team) DO NOTHING"));
    query.bindValue(QStringLiteral(":team"), team);
    if (!query.exec())
        return fail();
    query.prepare(QStringLiteral("INSERT INTO attune.members (person, team, kind) "
                                 "VALUES (:person, :team, :kind) ON CONFLICT DO NOTHING"));
    query.bindValue(QStringLiteral(":person"), person);
    query.bindValue(QStringLiteral(":team"), team);
    query.bindValue(QStringLiteral(":kind"),
                    kind == Member::Agent ? QStringLiteral("agent") : QStringLiteral("supervisor"));
    if (!query.exec())
        return fail();
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

QString TeamSchema::connectOptions(const QList<QPair<QString, QString>>& options)
{
    QStringList quoted;
    for (const auto& [key, value] : options) {
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
        quoted << key + QStringLiteral("='") + escaped + QLatin1Char('\'');
    }
    // QPSQL turns each ';' into a space, inside the quotes too: a ';' in a value (refused in the
    // settings' file paths) changes that value, never the keywords.
    return quoted.join(QLatin1Char(';'));
}

} // namespace attune
