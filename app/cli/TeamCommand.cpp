#include "TeamCommand.h"

#include "cli/HashPinCommand.h"
#include "core/PrivateFile.h"
#include "team/TeamSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <unistd.h>

namespace attune::cli {

namespace {

// The admin password: from --password-file (refused unless only its owner, the caller, can read
// it) or one line of standard input. Nothing when it could not be read; `error` says why.
std::optional<QString> adminPassword(CliContext& context, const QString& file, QString* error)
{
    if (file.isEmpty()) {
        TerminalSecretReader reader(context);
        const std::optional<QString> line =
            reader.readLine(Cli::tr("Password of the team server's admin role: "));
        if (!line)
            *error = Cli::tr("the password on standard input is longer than %1 bytes")
                         .arg(qulonglong(HashPinCommand::kMaxPinBytes));
        return line;
    }
    // Anyone else who can read it can be IT's admin on the server (PrivateFile: the sync's rule).
    QString password;
    QString why;
    switch (PrivateFile::readFirstLine(file, &password, &why)) {
    case PrivateFile::Problem::None:
        return password;
    case PrivateFile::Problem::Missing:
    case PrivateFile::Problem::NotOrdinary:
        *error = Cli::tr("the password file %1 does not exist or is not a file").arg(file);
        return std::nullopt;
    case PrivateFile::Problem::Exposed:
        *error = Cli::tr("the password file %1 can be read by others or is not yours; it is used "
                         "only when it belongs to you and no one else can read it (chmod 600)")
                     .arg(file);
        return std::nullopt;
    case PrivateFile::Problem::Unreadable:
        break;
    }
    *error = Cli::tr("the password file %1 cannot be read: %2").arg(file, why);
    return std::nullopt;
}

} // namespace

int TeamCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const QJsonObject& o = command.team;
    const QString action = o.value(QStringLiteral("action")).toString();
    const QString server = o.value(QStringLiteral("server")).toString();
    const QString database = o.value(QStringLiteral("database")).toString(QStringLiteral("attune"));
    const QString admin = o.value(QStringLiteral("user")).toString(QStringLiteral("postgres"));
    const auto fail = [&context](const QString& message) {
        context.printErr(Cli::tr("attune: %1\n").arg(message));
        return Failed;
    };

    QString error;
    const std::optional<QString> password =
        adminPassword(context, o.value(QStringLiteral("passwordFile")).toString(), &error);
    if (!password)
        return fail(error);

    const QString name = QStringLiteral("attune-team-admin-") + QUuid::createUuid().toString();
    int exitCode = Failed;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(name);
            return fail(Cli::tr("the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is "
                                "not installed"));
        }
        db.setHostName(server);
        db.setPort(o.value(QStringLiteral("port")).toString(QStringLiteral("5432")).toInt());
        db.setDatabaseName(database);
        db.setUserName(admin);
        db.setPassword(*password);
        QList<QPair<QString, QString>> options = {
            {QStringLiteral("connect_timeout"), QStringLiteral("10")},
            {QStringLiteral("sslmode"),
             o.value(QStringLiteral("sslMode")).toString(QStringLiteral("verify-full"))},
            {QStringLiteral("application_name"), QStringLiteral("attune-team-admin")}};
        if (o.contains(QStringLiteral("caFile")))
            options.append(
                {QStringLiteral("sslrootcert"), o.value(QStringLiteral("caFile")).toString()});
        db.setConnectOptions(TeamSchema::connectOptions(options));
        if (!db.open()) {
            exitCode = fail(Cli::tr("cannot connect to the team server %1 (database %2) as %3: %4")
                                .arg(server, database, admin,
                                     db.lastError().text().section(QLatin1Char('\n'), 0, 0)));
        } else if (action == QLatin1String("init")) {
            int from = 0;
            if (!TeamSchema::initialise(db, &from, &error)) {
                exitCode = fail(Cli::tr("the team server was not set up: %1").arg(error));
            } else {
                context.printOut(
                    from == 0
                        ? Cli::tr("The team server %1 (database %2) is set up: schema version %3, "
                                  "roles attune_agent and attune_supervisor, row-level security "
                                  "on.\n")
                              .arg(server, database)
                              .arg(TeamSchema::latestVersion())
                        : Cli::tr("The team server %1 (database %2) is at schema version %3 (it "
                                  "was at %4); grants and policies were restored.\n")
                              .arg(server, database)
                              .arg(TeamSchema::latestVersion())
                              .arg(from));
                exitCode = Ok;
            }
        } else {
            const QString person = o.value(QStringLiteral("person")).toString();
            const QString team = o.value(QStringLiteral("team")).toString();
            const bool agent = action == QLatin1String("add-agent");
            int version = 0;
            const TeamSchema::Compatibility compatibility = TeamSchema::check(db, &version, &error);
            if (compatibility != TeamSchema::Compatibility::Compatible) {
                exitCode = fail(error);
            } else if (!TeamSchema::addMember(db, person, team,
                                              agent ? TeamSchema::Member::Agent
                                                    : TeamSchema::Member::Supervisor,
                                              &error)) {
                exitCode = fail(error.section(QLatin1Char('\n'), 0, 0));
            } else {
                context.printOut(
                    (agent ? Cli::tr("%1 is an agent of team %2.\n")
                           : Cli::tr("%1 is a supervisor of team %2.\n"))
                        .arg(person, team) +
                    Cli::tr("Give %1 a password with psql's \\password %1 (or map a client "
                            "certificate), then set team/user=%1 in their Attune's system "
                            "settings.\n")
                        .arg(person));
                exitCode = Ok;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return exitCode;
}

} // namespace attune::cli
