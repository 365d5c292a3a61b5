// `attune team init|add-agent|add-supervisor` (app/cli/TeamCommand) against a real PostgreSQL 15
// over TLS (verify-full, a CA the test makes): in-process for the messages and the exit codes,
// and through the real binary for the walk docs/deployment.md describes. The admin password
// never travels on the command line: stdin or a file only its owner can read.

#include "CliHarness.h"
#include "PostgresCluster.h"
#include "cli/TeamCommand.h"
#include "team/TeamSchema.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestTeamCli : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;
    IsolatedHome m_home;
    int m_connections = 0;

    QStringList connection() const
    {
        return {QStringLiteral("--server"),   QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),     QString::number(m_cluster.port()),
                QStringLiteral("--database"), PostgresCluster::databaseName(),
                QStringLiteral("--user"),     PostgresCluster::adminUser(),
                QStringLiteral("--ca-file"),  m_cluster.caFile()};
    }
    CliRun team(const QStringList& arguments, const std::string& input)
    {
        cli::TeamCommand command;
        return runInProcess(m_home, command,
                            QStringList{QStringLiteral("team")} + arguments + connection(), input);
    }
    QString scalar(const QString& sql)
    {
        QString error;
        QSqlDatabase db = m_cluster.connect(QStringLiteral("check%1").arg(++m_connections),
                                            PostgresCluster::adminUser(),
                                            PostgresCluster::adminPassword(), &error);
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<error: %1 %2>").arg(error, query.lastError().text());
        return query.value(0).toString();
    }
    QString passwordFile(QFile::Permissions permissions)
    {
        const QString path = m_home.path() + QStringLiteral("/admin.pw");
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(PostgresCluster::adminPassword().toUtf8() + '\n');
        file.close();
        file.setPermissions(permissions);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QString error;
        QVERIFY2(m_cluster.useTls(QStringLiteral("127.0.0.1"), &error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
    }

    void initCreatesTheSchemaAndRunsAgainHarmlessly()
    {
        const std::string password = PostgresCluster::adminPassword().toStdString() + "\n";
        CliRun run = team({QStringLiteral("init")}, password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.outText().contains(
                     QStringLiteral("schema version %1").arg(TeamSchema::latestVersion())),
                 qPrintable(run.outText()));
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM attune.meta WHERE key = "
                                       "'schema_version'")),
                 QString::number(TeamSchema::latestVersion()));
        // Someone revoked a grant by hand; a second init puts it back and changes nothing else.
        QVERIFY(scalar(QStringLiteral("SELECT 1 FROM (SELECT 1) x")) == QStringLiteral("1"));
        {
            QString error;
            QSqlDatabase db =
                m_cluster.connect(QStringLiteral("revoke"), PostgresCluster::adminUser(),
                                  PostgresCluster::adminPassword(), &error);
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("REVOKE INSERT ON attune.calls FROM attune_agent")));
        }
        run = team({QStringLiteral("init")}, password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(
            run.outText().contains(QStringLiteral("was at %1").arg(TeamSchema::latestVersion())),
            qPrintable(run.outText()));
        QCOMPARE(scalar(QStringLiteral("SELECT has_table_privilege('attune_agent', "
                                       "'attune.calls', 'INSERT')")),
                 QStringLiteral("true"));
    }

    void addsAgentsAndSupervisorsToTeams()
    {
        const std::string password = PostgresCluster::adminPassword().toStdString() + "\n";
        CliRun run = team({QStringLiteral("add-agent"), QStringLiteral("alice"),
                           QStringLiteral("--team"), QStringLiteral("north")},
                          password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.outText().contains(QStringLiteral("alice is an agent of team north")));
        run = team({QStringLiteral("add-supervisor"), QStringLiteral("sam"),
                    QStringLiteral("--team"), QStringLiteral("north")},
                   password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Twice is harmless: one membership each.
        run = team({QStringLiteral("add-agent"), QStringLiteral("alice"), QStringLiteral("--team"),
                    QStringLiteral("north")},
                   password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attune.members WHERE team = 'north'")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM attune.members WHERE person = 'sam'")),
                 QStringLiteral("supervisor"));
        QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('alice', 'attune_agent', 'MEMBER')")),
                 QStringLiteral("true"));
        // A name crafted to break out of the SQL is refused before it reaches the server.
        run = team({QStringLiteral("add-agent"), QStringLiteral("x\"; DROP ROLE alice; --"),
                    QStringLiteral("--team"), QStringLiteral("north")},
                   password);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not a valid person name")), qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'alice'")),
                 QStringLiteral("1"));
    }

    void thePasswordComesOnlyFromAPrivateFileOrStandardInput()
    {
        // A file others can read is refused before anything is sent.
        CliRun run = team({QStringLiteral("init"), QStringLiteral("--password-file"),
                           passwordFile(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther)},
                          "");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("chmod 600")), qPrintable(run.err));
        run = team({QStringLiteral("init"), QStringLiteral("--password-file"),
                    passwordFile(QFile::ReadOwner | QFile::WriteOwner)},
                   "");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // A wrong password says so and changes nothing.
        run = team({QStringLiteral("add-agent"), QStringLiteral("mallory"),
                    QStringLiteral("--team"), QStringLiteral("north")},
                   "not-the-password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("cannot connect")), qPrintable(run.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = "
                                       "'mallory'")),
                 QStringLiteral("0"));
        // There is no option that takes a password.
        const CommandLine line =
            CommandLine::parse(QStringList{QStringLiteral("team"), QStringLiteral("init"),
                                           QStringLiteral("--password"), QStringLiteral("secret")} +
                               connection());
        QCOMPARE(line.action, CommandLine::Action::Error);
        // A server whose certificate does not chain to the CA given is refused before a password
        // is sent.
        cli::TeamCommand command;
        QStringList stranger = connection();
        stranger[stranger.indexOf(m_cluster.caFile())] = m_cluster.strangerCaFile();
        run = runInProcess(m_home, command,
                           QStringList{QStringLiteral("team"), QStringLiteral("init")} + stranger,
                           PostgresCluster::adminPassword().toStdString() + "\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("certificate")), qPrintable(run.err));
    }

    void theRealBinaryWalksFromAnEmptyServerToATeam()
    {
        // As docs/deployment.md has IT do it, through the installed command.
        for (const QStringList& step :
             {QStringList{QStringLiteral("init")},
              QStringList{QStringLiteral("add-supervisor"), QStringLiteral("sue"),
                          QStringLiteral("--team"), QStringLiteral("south")},
              QStringList{QStringLiteral("add-agent"), QStringLiteral("bob"),
                          QStringLiteral("--team"), QStringLiteral("south")}}) {
            QProcess process;
            m_home.start(process, QStringList{QStringLiteral("team")} + step + connection());
            QVERIFY(process.waitForStarted());
            process.write(PostgresCluster::adminPassword().toUtf8() + '\n');
            process.closeWriteChannel();
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(person || ':' || kind, ',' ORDER BY "
                                       "person) FROM attune.members WHERE team = 'south'")),
                 QStringLiteral("bob:agent,sue:supervisor"));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
