#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace attune {

// The team server's schema on PostgreSQL: numbered migrations (resources/team/migrations, each
// run once, in order, on a server older than it), the version in attune.meta, the grants and
// row-level security policies (resources/team/access.sql, stated in full on every init), and IT's
// helpers that make a person an agent or a supervisor of a team. The security boundary is the
// server's own row-level security; see docs/team-server.md.
class TeamSchema
{
    Q_DECLARE_TR_FUNCTIONS(TeamSchema)

public:
    enum class Member
    {
        Agent,
        Supervisor
    };
    enum class Compatibility
    {
        Compatible,
        NotInitialised,
        // The server was set up by a newer Attune: this one keeps working locally and says so.
        Newer,
        Unreachable
    };

    static int latestVersion();

    // What a connecting Attune finds; `serverVersion` is 0 when the schema is not there yet.
    static Compatibility check(QSqlDatabase& db, int* serverVersion, QString* error);

    // Creates or upgrades the schema, its group roles, grants and policies (`attune team init`).
    // Safe to run again at any time and from two places at once (one transaction under an
    // advisory lock): runs the migrations newer than the server, then access.sql, so a re-run
    // repairs grants and policies changed by hand. Refuses a newer server.
    static bool initialise(QSqlDatabase& db, int* fromVersion, QString* error);

    // Makes `person` (a PostgreSQL login role, created without a password when missing: IT sets
    // one with psql's \password, or maps a client certificate) an agent or supervisor of `team`.
    static bool addMember(QSqlDatabase& db, const QString& person, const QString& team, Member kind,
                          QString* error);

    // Role and team names IT may use: lower-case letters, digits, '.', '_' and '-', starting with
    // a letter, at most 63 bytes (PostgreSQL's identifier limit).
    static bool isValidName(const QString& name);
    // The libpq options for QPSQL's setConnectOptions, each value quoted. QPSQL appends that
    // text as it is after the host, user and password it quotes itself, and in libpq's
    // connection string a later keyword wins: an agent's own team/keyFile of
    // "/k.pem host=their.server sslmode=disable" sent the team's history, every customer's name
    // and number in it, to a server of the agent's choosing and in the clear.
    static QString connectOptions(const QList<QPair<QString, QString>>& options);
};

} // namespace attune
