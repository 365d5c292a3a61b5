#include "CliHarness.h"
#include "TestEnvironment.h"
#include "cli/CuesCommand.h"
#include "cli/HashPinCommand.h"
#include "cli/PracticeCommand.h"
#include "integration/CommandLine.h"
#include "integration/SingleInstance.h"
#include "storage/AssessmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <sys/stat.h>

using namespace attune;
using namespace attune::test;

namespace {

mode_t fileType(const QString& path)
{
    struct stat info
    {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {}; // every answer must be a JSON object
        objects.append(document.object());
    }
    return objects;
}

QStringList exportTo(const QString& target)
{
    return {QStringLiteral("export"), QStringLiteral("assessments"), QStringLiteral("--format"),
            QStringLiteral("csv"), target};
}

void seedDatabase(const IsolatedHome& home)
{
    home.applyToThisProcess();
    Database database(AppPaths::fromEnvironment().databaseFile(false));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    Assessment assessment;
    assessment.callId = QStringLiteral("call-1");
    assessment.rubricId = QStringLiteral("default");
    assessment.rubricVersion = 1;
    assessment.note = QStringLiteral("next time I will listen longer");
    QVERIFY2(AssessmentStore(database).save(&assessment, &error), qPrintable(error));
}

} // namespace

// What a clumsy or hostile user may hand the commands: each is refused with the place and the
// reason, changes nothing, and never crashes or swallows memory.
class TestCliMisuse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Whatever answers on the socket path (a stale or hostile program) used to be read into
    // memory until the reply timeout; now a reply is cut off past 1 MiB, with the reason.
    void anEndlessReplyIsCutOff()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        const AppPaths paths = AppPaths::fromEnvironment();
        QDir().mkpath(QFileInfo(paths.socketPath()).absolutePath());
        QThread talker;
        talker.start();
        QObject* anchor = new QObject;
        anchor->moveToThread(&talker);
        connect(&talker, &QThread::finished, anchor, &QObject::deleteLater);
        bool listening = false;
        // Made on its own thread: this one blocks inside the client while it waits.
        QMetaObject::invokeMethod(
            anchor,
            [&] {
                auto* server = new QLocalServer(anchor);
                listening = server->listen(paths.socketPath());
                connect(server, &QLocalServer::newConnection, server, [server] {
                    QLocalSocket* socket = server->nextPendingConnection();
                    const QByteArray chunk(64 * 1024, 'x');
                    // Never a newline: up to 8 MiB, as fast as the client takes it.
                    for (int i = 0; i < 128 && socket->state() == QLocalSocket::ConnectedState;
                         ++i) {
                        socket->write(chunk);
                        socket->waitForBytesWritten(2000);
                    }
                });
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        QJsonObject reply;
        QString error;
        const bool answered =
            InstanceClient::send(paths,
                                 QJsonObject{{QStringLiteral("v"), 1},
                                             {QStringLiteral("command"), QStringLiteral("status")}},
                                 &reply, &error, 3000);
        talker.quit();
        talker.wait();
        QVERIFY(!answered);
        QVERIFY2(error.contains(QStringLiteral("longer than 1048576 bytes")), qPrintable(error));
    }

    void exportIntoAMissingFolderSaysWhichFolder()
    {
        IsolatedHome home;
        seedDatabase(home);
        const QString folder = home.path() + QStringLiteral("/no/such");
        const CliRun run = runLineInProcess(home, exportTo(folder + QStringLiteral("/mine.csv")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("attune: cannot write %1/mine.csv: the folder %1 does not "
                                         "exist\n")
                              .arg(folder));
        QVERIFY(!QFileInfo::exists(folder));
    }

    // A FIFO was replaced by a regular file holding the export (QSaveFile renames over it).
    void exportToAFifoLeavesTheFifoAlone()
    {
        IsolatedHome home;
        seedDatabase(home);
        const QString fifo = home.path() + QStringLiteral("/pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const CliRun run = runLineInProcess(home, exportTo(fifo));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
                 QStringLiteral("attune: cannot write %1: it is not a regular file\n").arg(fifo));
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
        QCOMPARE(QDir(home.path()).entryList(QDir::Files | QDir::System | QDir::Hidden),
                 QStringList{QStringLiteral("pipe")}); // no temporary file left behind
    }

    void exportToADeviceOrAFolderIsRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("type");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full") << int(S_IFCHR);
        QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << int(S_IFCHR);
        QTest::newRow("a folder") << QStringLiteral("<data folder>") << int(S_IFDIR);
        QTest::newRow("a link to /dev/full") << QStringLiteral("<link>") << int(S_IFLNK);
    }

    void exportToADeviceOrAFolderIsRefused()
    {
        QFETCH(QString, target);
        QFETCH(int, type);
        IsolatedHome home;
        seedDatabase(home);
        if (target == QLatin1String("<data folder>"))
            target = home.dataDir();
        if (target == QLatin1String("<link>")) {
            target = home.path() + QStringLiteral("/report.csv");
            QVERIFY(QFile::link(QStringLiteral("/dev/full"), target));
        }
        QCOMPARE(int(fileType(target)), type);
        const CliRun run = runLineInProcess(home, exportTo(target));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("attune: cannot write %1: ").arg(target)),
                 qPrintable(run.err));
        QCOMPARE(int(fileType(target)), type);
        QCOMPARE(int(fileType(QStringLiteral("/dev/full"))), int(S_IFCHR));
    }

    void importOfAnEmptyFileChangesNothing()
    {
        IsolatedHome home;
        const QString empty = home.path() + QStringLiteral("/empty.csv");
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run =
            runLineInProcess(home, {QStringLiteral("import"), QStringLiteral("customers"), empty});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("attune: nothing was imported: ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("empty.csv")), qPrintable(run.err));
        Database database(AppPaths::fromEnvironment().databaseFile(false));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        QCOMPARE(CustomerStore(database).count(), 0);
    }

    void importOfAMissingFileSaysWhich()
    {
        IsolatedHome home;
        const QString missing = home.path() + QStringLiteral("/gone.csv");
        const CliRun run =
            runLineInProcess(home, {QStringLiteral("import"), QStringLiteral("contacts"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("attune: nothing was imported: ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("gone.csv")), qPrintable(run.err));
    }

    void cuesAnswersEmptyLinesAndInvalidUtf8()
    {
        IsolatedHome home;
        const CliRun run = runLineInProcess(home, {QStringLiteral("cues")},
                                            std::string("\n\r\n\xff\xfe broken \xc3\x28 text\n"
                                                        "\xf0\x9f\x98\xa1\xf0\x9f\x98\xa1\n"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(lines.at(i).value(QStringLiteral("negative")).toBool(), false);
            QCOMPARE(lines.at(i).value(QStringLiteral("intensity")).toDouble(), 0.0);
        }
        for (const QJsonObject& line : lines)
            QVERIFY(line.value(QStringLiteral("cues")).isObject());
    }

    // One 300 MB line once took 1.5 GB; now a line over the limit is answered with an error for
    // that line, and the lines around it are read as usual.
    void cuesAnswersAnOverlongLineWithAnErrorForThatLine()
    {
        IsolatedHome home;
        const std::size_t limit = cli::CuesCommand::kMaxLineBytes;
        std::string input = "I am so angry, this is the third time!\n";
        input += std::string(limit + 1, 'a') + '\n';
        input += "thank you\n";
        input += std::string(limit, 'b') + '\n'; // exactly the limit is still read
        input += std::string(3 * limit, 'c');    // and so is the end without a newline
        const CliRun run = runLineInProcess(home, {QStringLiteral("cues")}, input);
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).value(QStringLiteral("negative")).toBool(), true);
        QCOMPARE(lines.at(1).value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(lines.at(1).value(QStringLiteral("error")).toString(),
                 QStringLiteral("line 2 is longer than 1048576 bytes and was not read"));
        QVERIFY(!lines.at(1).contains(QStringLiteral("cues")));
        QCOMPARE(lines.at(2).value(QStringLiteral("positive")).toBool(), true);
        QVERIFY(lines.at(3).contains(QStringLiteral("cues")));
        QCOMPARE(lines.at(4).value(QStringLiteral("line")).toInt(), 5);
        QVERIFY(run.out.size() < 4096); // the long lines are not echoed anywhere
    }

    // `attune cues > /dev/full` answered nothing and still exited 0.
    void cuesIntoAFullDeviceFailsAndSaysSo()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        std::FILE* full = std::fopen("/dev/full", "w");
        QVERIFY(full);
        std::string input;
        for (int i = 0; i < 20000; ++i)
            input += "nothing works and I am fed up\n";
        std::istringstream in(input);
        cli::FileOutput out(full);
        cli::BufferOutput err;
        cli::CliContext context(*QCoreApplication::instance(), AppPaths::fromEnvironment(), in, out,
                                err, false);
        const std::unique_ptr<cli::Command> cues =
            cli::commandFor(CommandLine::parse({QStringLiteral("cues")}), {});
        const int exitCode = cues->run(context, CommandLine::parse({QStringLiteral("cues")}));
        std::fclose(full);
        QCOMPARE(exitCode, 1);
        QCOMPARE(err.text(), QStringLiteral("attune: could not write the output: %1\n")
                                 .arg(QString::fromLocal8Bit(std::strerror(ENOSPC))));
        // It stopped at the first refused block rather than reading everything.
        QVERIFY(in.tellg() > 0 && in.tellg() < std::streampos(input.size()));
    }

    void anAnswerThatCannotBeWrittenIsAFailure()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        std::istringstream in;
        cli::BufferOutput out;
        out.failFrom(QStringLiteral("Broken pipe"));
        cli::BufferOutput err;
        cli::CliContext context(*QCoreApplication::instance(), AppPaths::fromEnvironment(), in, out,
                                err, false);
        const QStringList arguments = {QStringLiteral("--version")};
        const int exitCode = cli::commandFor(CommandLine::parse(arguments), arguments)
                                 ->run(context, CommandLine::parse(arguments));
        QCOMPARE(exitCode, 1);
        QCOMPARE(err.text(), QStringLiteral("attune: could not write the output: Broken pipe\n"));
    }

    void hashPinRefusesAPinLongerThanAnyoneTypes()
    {
        IsolatedHome home;
        const std::string huge(cli::HashPinCommand::kMaxPinBytes + 1, '7');
        const CliRun run = runLineInProcess(home, {QStringLiteral("hash-pin")}, huge + '\n');
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral(
                              "attune: the PIN is longer than 1024 bytes; nothing was printed\n"));
    }

    void hashPinWithNothingOnStandardInput()
    {
        IsolatedHome home;
        const CliRun run = runLineInProcess(home, {QStringLiteral("hash-pin")}, "");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("at least 6")), qPrintable(run.err));
    }

    // IT's scenario folder set to a FIFO nobody writes to: the command must not hang on it, and
    // the built-in scenarios still answer.
    void practiceWithAFifoForTheScenarioFolderDoesNotHang()
    {
        IsolatedHome home;
        const QString fifo = home.path() + QStringLiteral("/scenarios.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(home.writePolicy("[practice]\nscenarioFolder=" + QFile::encodeName(fifo) + "\n"));
        cli::PracticeCommand command([](const AppPaths&, QString* error) {
            *error = QStringLiteral("not started in this test");
            return false;
        });
        const CliRun run =
            runInProcess(home, command, {QStringLiteral("practice"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("the scenarios are: angry-escalation")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(fifo + QStringLiteral(": the scenario folder is not a folder")),
                 qPrintable(run.err));
    }

    // An option given twice: the last one won without a word ("--speaker customer --speaker
    // agent" said the customer's line as the agent's, "--format csv --format json" wrote JSON).
    // Now the command line is refused naming the option, as an attune:// link already was.
    void anOptionGivenTwiceIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        const auto row = [](const char* name, const QString& line, const char* option) {
            QTest::newRow(name) << line.split(u' ') << QString::fromLatin1(option);
        };
        row("call start --phone", QStringLiteral("call start --phone 1 --phone 2"), "--phone");
        row("inline and separate", QStringLiteral("call start --name=Ann --name Bo"), "--name");
        row("call say --speaker",
            QStringLiteral("call say --speaker customer --speaker agent hello"), "--speaker");
        row("call say --partial",
            QStringLiteral("call say --speaker agent --partial --partial hello"), "--partial");
        row("call end --call-id", QStringLiteral("call end --call-id a --call-id b"), "--call-id");
        row("export --format",
            QStringLiteral("export assessments --format csv --format json out.json"), "--format");
        row("import --map",
            QStringLiteral("import customers crm.csv --map Id=customer_id --map Name=full_name"),
            "--map");
        row("cues --lang", QStringLiteral("cues --lang en --lang de"), "--lang");
        row("team --server", QStringLiteral("team init --server a --server b"), "--server");
        row("--screenshot", QStringLiteral("--screenshot a.png --screenshot=b.png"),
            "--screenshot");
    }

    void anOptionGivenTwiceIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        const CommandLine line = CommandLine::parse(arguments);
        QCOMPARE(line.action, CommandLine::Action::Error);
        QVERIFY2(line.error.contains(option + QStringLiteral(" is given twice")),
                 qPrintable(line.error));
    }
};

QTEST_GUILESS_MAIN(TestCliMisuse)
#include "tst_cli_misuse.moc"
