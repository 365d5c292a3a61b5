#include "CliHarness.h"
#include "FakeInstance.h"
#include "TestEnvironment.h"
#include "cli/BoundedLineReader.h"
#include "cli/CuesCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ForwardCommand.h"
#include "cli/HashPinCommand.h"
#include "cli/PracticeCommand.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "supervisor/SupervisorAccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <pty.h>
#include <sstream>
#include <termios.h>
#include <unistd.h>

using namespace attune;
using namespace attune::test;

namespace {

QStringList words(const char* line)
{
    return QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QString systemSettingsFile(const IsolatedHome& home)
{
    return home.systemConfigDir() + QStringLiteral("/Attune/Attune.conf");
}

// A database in `home` holding one saved assessment with a private note.
void seedAssessment(const IsolatedHome& home)
{
    home.applyToThisProcess();
    Database database(AppPaths::fromEnvironment().databaseFile(false));
    QString error;
    QVERIFY2(database.open(&error), qPrintable(error));
    Assessment assessment;
    assessment.callId = QStringLiteral("call-1");
    assessment.rubricId = QStringLiteral("default");
    assessment.rubricVersion = 1;
    assessment.answers = {{QStringLiteral("used_name"), QStringLiteral("yes")}};
    assessment.note = QStringLiteral("only for me");
    assessment.notePrivate = true;
    QVERIFY2(AssessmentStore(database).save(&assessment, &error), qPrintable(error));
}

int customerCount(const IsolatedHome& home)
{
    home.applyToThisProcess();
    Database database(AppPaths::fromEnvironment().databaseFile(false));
    QString error;
    if (!database.open(&error))
        return -1;
    return CustomerStore(database).count();
}

QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

// Types the PIN (or PINs) a test gives, and remembers what it was asked.
class ScriptedSecrets final : public cli::SecretReader
{
public:
    ScriptedSecrets(bool interactive, QStringList lines, QStringList* prompts)
        : m_interactive(interactive)
        , m_lines(std::move(lines))
        , m_prompts(prompts)
    {}
    bool interactive() const override { return m_interactive; }
    std::optional<QString> readLine(const QString& prompt) override
    {
        m_prompts->append(prompt);
        return m_lines.isEmpty() ? QString() : m_lines.takeFirst();
    }

private:
    bool m_interactive;
    QStringList m_lines;
    QStringList* m_prompts;
};

QJsonObject okReply(const QJsonObject& request)
{
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("command"), request.value(QStringLiteral("command"))}};
}

} // namespace

// Each command class run in this process, on private XDG folders, with its output captured.
class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheAppItselfHasNoCommand()
    {
        QVERIFY(!cli::commandFor(CommandLine::parse({}), {}));
        QVERIFY(!cli::commandFor(CommandLine::parse({QStringLiteral("--demo")}), {}));
        for (const char* line :
             {"status", "cues", "hash-pin", "--version", "dance",
              "export assessments --format csv x.csv", "import cases c.csv", "call start 123"})
            QVERIFY2(cli::commandFor(CommandLine::parse(words(line)), words(line)), line);
    }

    void versionHelpAndABadCommandLine()
    {
        IsolatedHome home;
        CliRun run = runLineInProcess(home, {QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), QStringLiteral("attune " ATTUNE_VERSION "\n"));
        run = runLineInProcess(home, {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), CommandLine::usage());
        QVERIFY(run.err.isEmpty());

        run = runLineInProcess(home, {QStringLiteral("dance")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
                 QStringLiteral("attune: unknown command \"dance\"\n\n") + CommandLine::usage());
        run = runLineInProcess(home, words("export assessments --format xml out.xml"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(
                     QStringLiteral("attune: --format must be csv or json, not \"xml\"\n\nUsage:")),
                 qPrintable(run.err));
    }

    void cuesAnswersEachLineInOrder()
    {
        IsolatedHome home;
        const CliRun run = runLineInProcess(home, {QStringLiteral("cues")},
                                            "This is the third time I call and nothing works!\n"
                                            "Thank you so much, that really helped.\r\n"
                                            "ok");
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.endsWith('\n'));
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("negative")).toBool(), true);
        QVERIFY(lines.at(0)
                    .value(QStringLiteral("cues"))
                    .toObject()
                    .value(QStringLiteral("frustration"))
                    .toDouble() > 0);
        QCOMPARE(lines.at(1).value(QStringLiteral("positive")).toBool(), true);
        QVERIFY(lines.at(1)
                    .value(QStringLiteral("cues"))
                    .toObject()
                    .value(QStringLiteral("gratitude"))
                    .toDouble() > 0);
        QCOMPARE(lines.at(2).value(QStringLiteral("negative")).toBool(), false);
    }

    void lineReaderKeepsLinesWholeAcrossItsReadPieces()
    {
        // Around the 64 KiB piece the reader fetches at once, and around the limit.
        const std::size_t limit = 200000;
        const std::vector<std::size_t> lengths = {0,     1,      65534,  65535,  65536,
                                                  65537, 131071, 131072, 199999, 200000};
        std::string input;
        for (std::size_t i = 0; i < lengths.size(); ++i)
            input += std::string(lengths[i], char('a' + i)) + '\n';
        input += std::string(200001, 'x') + '\n';
        input += "last line without a newline";
        std::istringstream in(input);
        cli::BoundedLineReader reader(in, limit);
        std::string line;
        for (std::size_t i = 0; i < lengths.size(); ++i) {
            QCOMPARE(reader.next(&line), cli::BoundedLineReader::Result::Line);
            QCOMPARE(line.size(), lengths[i]);
            QVERIFY(line == std::string(lengths[i], char('a' + i)));
            QCOMPARE(reader.lineNumber(), qint64(i + 1));
        }
        QCOMPARE(reader.next(&line), cli::BoundedLineReader::Result::TooLong);
        QVERIFY(line.empty());
        QCOMPARE(reader.next(&line), cli::BoundedLineReader::Result::Line);
        QCOMPARE(line, std::string("last line without a newline"));
        QCOMPARE(reader.lineNumber(), qint64(lengths.size() + 2));
        QCOMPARE(reader.next(&line), cli::BoundedLineReader::Result::End);
        QCOMPARE(reader.next(&line), cli::BoundedLineReader::Result::End);
    }

    void exportIsRefusedWhenItTurnedItOff()
    {
        IsolatedHome home;
        seedAssessment(home);
        writeFile(systemSettingsFile(home), "[privacy]\nallowExport=false\n");
        const QString target = home.path() + QStringLiteral("/mine.csv");
        const CliRun run =
            runLineInProcess(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                    QStringLiteral("--format"), QStringLiteral("csv"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("attune: exporting is turned off by your IT department "
                                         "(privacy/allowExport); nothing was written\n"));
        QVERIFY(!QFile::exists(target));
    }

    void exportWritesAPrivateFileWithoutPrivateNotes()
    {
        IsolatedHome home;
        seedAssessment(home);
        const QString target = home.path() + QStringLiteral("/mine.json");
        // An older export others could read is replaced by a private one.
        writeFile(target, "old");
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
        const CliRun run =
            runLineInProcess(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                    QStringLiteral("--format"), QStringLiteral("json"), target});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.outText(), QStringLiteral("Exported 1 assessment to %1.\n").arg(target));
        QCOMPARE(unixMode(target), 0600);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("only for me"));
        const QJsonArray rows = QJsonDocument::fromJson(written).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("callId")).toString(),
                 QStringLiteral("call-1"));

        const QString csv = home.path() + QStringLiteral("/mine.csv");
        const CliRun asCsv =
            runLineInProcess(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                    QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QCOMPARE(asCsv.exitCode, 0);
        QCOMPARE(unixMode(csv), 0600);
    }

    void exportWithoutADatabaseCreatesNothing()
    {
        IsolatedHome home;
        const QString target = home.path() + QStringLiteral("/mine.csv");
        const CliRun run =
            runLineInProcess(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                    QStringLiteral("--format"), QStringLiteral("csv"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("attune: there is nothing to export yet")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(AppPaths::fromEnvironment().databaseFile(false)));
    }

    void importIsAllOrNothingAndSaysWhere()
    {
        IsolatedHome home;
        const QString bad = home.path() + QStringLiteral("/crm.csv");
        writeFile(bad, "customer_id,full_name,phone\n"
                       "C-1,Ann Lee,+44 20 7946 0001\n"
                       "C-2,,+44 20 7946 0002\n");
        CliRun run =
            runLineInProcess(home, {QStringLiteral("import"), QStringLiteral("customers"), bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("attune: nothing was imported: ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("crm.csv:3")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("full_name")), qPrintable(run.err));
        QCOMPARE(customerCount(home), 0);

        const QString good = home.path() + QStringLiteral("/crm-good.csv");
        writeFile(good, "customer_id,full_name,phone\n"
                        "C-1,Ann Lee,+44 20 7946 0001\n"
                        "C-2,Bo Day,+44 20 7946 0002\n");
        run = runLineInProcess(home, {QStringLiteral("import"), QStringLiteral("customers"), good});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.outText(),
                 QStringLiteral("Imported 2 rows from %1: 2 new, 0 updated.\n").arg(good));
        QCOMPARE(customerCount(home), 2);
        const QString one = home.path() + QStringLiteral("/crm-one.csv");
        writeFile(one, "customer_id,full_name,phone\nC-3,Cy Ames,+44 20 7946 0003\n");
        run = runLineInProcess(home, {QStringLiteral("import"), QStringLiteral("customers"), one});
        QCOMPARE(run.outText(),
                 QStringLiteral("Imported 1 row from %1: 1 new, 0 updated.\n").arg(one));
    }

    void importFeedbackReportsUnknownCallsAndAppliesOnce()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        {
            Database database(AppPaths::fromEnvironment().databaseFile(false));
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO calls (call_id, source, ringing_at, answered, talk_ms, ended_at)"
                " VALUES ('call-7', 'test', '2026-12-01T09:00:00.000Z', 1, 60000,"
                " '2026-12-01T09:01:00.000Z')")));
        }
        const QString bad = home.path() + QStringLiteral("/survey.csv");
        writeFile(bad, "call_id,csat,comment\ncall-7,2,Slow\ncall-8,4,\n");
        const QStringList line = {QStringLiteral("import"), QStringLiteral("feedback"), bad};
        CliRun run = runLineInProcess(home, line);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("attune: nothing was imported: survey.csv:3: field "
                                         "\"call_id\": no answered call \"call-8\" is in this "
                                         "history; nothing is guessed\n"));
        writeFile(bad, "call_id,csat,comment\ncall-7,2,Slow\n");
        run = runLineInProcess(home, line);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText(), QStringLiteral("Imported 1 survey answer from %1: 1 new, 0 already "
                                               "imported; 1 from a customer who left upset.\n")
                                    .arg(bad));
        run = runLineInProcess(home, line);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(QStringLiteral("0 new, 1 already imported")),
                 qPrintable(run.outText()));
    }

    void hashPinAsksTwiceAtATerminalAndPrintsOnlyTheHash()
    {
        IsolatedHome home;
        QStringList prompts;
        cli::HashPinCommand command(std::make_unique<ScriptedSecrets>(
            true, QStringList{QStringLiteral("482916"), QStringLiteral("482916")}, &prompts));
        const CliRun run = runInProcess(home, command, {QStringLiteral("hash-pin")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(prompts, (QStringList{QStringLiteral("Supervisor PIN or passphrase: "),
                                       QStringLiteral("Again: ")}));
        const QString out = run.outText();
        QVERIFY2(out.startsWith(QStringLiteral("[supervisor]\npinHash=pbkdf2-sha256$200000$")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("482916")));
        QVERIFY(!run.err.contains(QStringLiteral("482916")));
        // Six digits fall to an offline search: the command says so, and still prints the hash.
        QVERIFY2(run.err.contains(QStringLiteral("passphrase")), qPrintable(run.err));
        QVERIFY(SupervisorPin::verify(QStringLiteral("482916"),
                                      out.section(QLatin1String("pinHash="), 1).trimmed()));
    }

    void hashPinRefusesTwoDifferentPinsAndAShortOne()
    {
        IsolatedHome home;
        QStringList prompts;
        cli::HashPinCommand differ(std::make_unique<ScriptedSecrets>(
            true, QStringList{QStringLiteral("482916"), QStringLiteral("482917")}, &prompts));
        CliRun run = runInProcess(home, differ, {QStringLiteral("hash-pin")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("attune: the two PINs differ; nothing was printed\n"));

        // From a pipe the PIN comes once: no second prompt.
        prompts.clear();
        cli::HashPinCommand once(
            std::make_unique<ScriptedSecrets>(false, QStringList{QStringLiteral("123")}, &prompts));
        run = runInProcess(home, once, {QStringLiteral("hash-pin")});
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("at least 6")), qPrintable(run.err));
    }

    void hashPinReadsStandardInputWhenNotAtATerminal()
    {
        IsolatedHome home;
        const CliRun run = runLineInProcess(home, {QStringLiteral("hash-pin")},
                                            "  copper kettle by the door  \nrest\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no prompt on a pipe, no advice
        QVERIFY(
            SupervisorPin::verify(QStringLiteral("copper kettle by the door"),
                                  run.outText().section(QLatin1String("pinHash="), 1).trimmed()));
    }

    // At a terminal the PIN is asked twice, with prompts on standard error, and the terminal's
    // echo comes back on afterwards.
    void hashPinAtARealTerminalRestoresItsEcho()
    {
        IsolatedHome home;
        int master = -1;
        int terminal = -1;
        QCOMPARE(::openpty(&master, &terminal, nullptr, nullptr, nullptr), 0);
        const int savedStdin = ::dup(STDIN_FILENO);
        ::dup2(terminal, STDIN_FILENO);
        cli::HashPinCommand command;
        const CliRun run = runInProcess(home, command, {QStringLiteral("hash-pin")},
                                        "quiet river stone lamp\nquiet river stone lamp\n", true);
        termios after{};
        ::tcgetattr(STDIN_FILENO, &after);
        ::dup2(savedStdin, STDIN_FILENO);
        ::close(savedStdin);
        ::close(terminal);
        ::close(master);
        QVERIFY(after.c_lflag & ECHO);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QStringLiteral("Supervisor PIN or passphrase: \nAgain: \n"));
        QVERIFY(
            SupervisorPin::verify(QStringLiteral("quiet river stone lamp"),
                                  run.outText().section(QLatin1String("pinHash="), 1).trimmed()));
    }

    void statusWithoutAnInstanceExitsThree()
    {
        IsolatedHome home;
        bool started = false;
        cli::ForwardCommand command([&started](const AppPaths&, QString*) {
            started = true;
            return true;
        });
        const CliRun run = runInProcess(home, command, {QStringLiteral("status")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!started); // status never starts Attune
        QCOMPARE(run.err, QStringLiteral("attune: Attune is not running.\n"));
        QVERIFY(run.out.isEmpty());
    }

    void forwardPrintsTheRunningInstancesReply()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        FakeInstance instance(AppPaths::fromEnvironment(), okReply);
        QVERIFY(instance.isListening());
        cli::ForwardCommand command;
        CliRun run = runInProcess(home, command, words("call say --speaker customer it is broken"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(run.outText(), QStringLiteral("{\"command\":\"call.say\"}\n"));
        QCOMPARE(instance.requests().size(), 1);
        const QJsonObject sent = instance.requests().first();
        QCOMPARE(sent.value(QStringLiteral("v")).toInt(), ControlMessage::kVersion);
        QCOMPARE(sent.value(QStringLiteral("text")).toString(), QStringLiteral("it is broken"));
        QCOMPARE(sent.value(QStringLiteral("speaker")).toString(), QStringLiteral("customer"));

        // An attune:// link goes the same way.
        run = runLineInProcess(home, {QStringLiteral("attune://call?phone=%2B441234567&id=x-1")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject link = instance.requests().last();
        QCOMPARE(link.value(QStringLiteral("command")).toString(), QStringLiteral("call.start"));
        QCOMPARE(link.value(QStringLiteral("phone")).toString(), QStringLiteral("+441234567"));
        QCOMPARE(link.value(QStringLiteral("via")).toString(), QStringLiteral("url"));
    }

    void forwardSaysWhatTheInstanceRefused()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        FakeInstance instance(AppPaths::fromEnvironment(), [](const QJsonObject&) {
            return QJsonObject{{QStringLiteral("ok"), false},
                               {QStringLiteral("error"), QStringLiteral("no call is ringing")}};
        });
        cli::ForwardCommand command;
        const CliRun run = runInProcess(home, command, words("call answer"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("attune: refused: no call is ringing\n"));
    }

    void aCallStartsAttuneWhenNoneRuns()
    {
        IsolatedHome home;
        std::optional<FakeInstance> instance;
        int starts = 0;
        cli::ForwardCommand command([&](const AppPaths& paths, QString*) {
            ++starts;
            instance.emplace(paths, okReply);
            return instance->isListening();
        });
        CliRun run = runInProcess(home, command, words("call start +15551234567"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(starts, 1);
        QCOMPARE(run.outText(), QStringLiteral("{\"command\":\"call.start\"}\n"));
        QCOMPARE(instance->requests().first().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));

        // Now it runs: no second start.
        run = runInProcess(home, command, words("breathe"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(starts, 1);

        instance.reset();
        cli::ForwardCommand cannotStart([](const AppPaths&, QString* error) {
            *error = QStringLiteral("no display");
            return false;
        });
        run = runInProcess(home, cannotStart, words("call end"));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, QStringLiteral("attune: no display\n"));
    }

    void practiceAsksTheRunningAttuneOrStartsIt()
    {
        IsolatedHome home;
        std::optional<FakeInstance> instance;
        int starts = 0;
        cli::PracticeCommand command([&](const AppPaths& paths, QString*) {
            ++starts;
            instance.emplace(paths, okReply);
            return instance->isListening();
        });
        CliRun run = runInProcess(home, command, words("practice bereavement"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(starts, 1);
        QCOMPARE(run.outText(), QStringLiteral("Practice \"bereavement\" is open in Attune.\n"));
        QJsonObject sent = instance->requests().last();
        QCOMPARE(sent.value(QStringLiteral("command")).toString(), QStringLiteral("practice.open"));
        QCOMPARE(sent.value(QStringLiteral("scenario")).toString(), QStringLiteral("bereavement"));

        // Running now: no second start; without a scenario the agent chooses.
        run = runInProcess(home, command, words("practice"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(starts, 1);
        sent = instance->requests().last();
        QVERIFY(!sent.contains(QStringLiteral("scenario")));
        QCOMPARE(run.outText(), QStringLiteral("Practice is open in Attune: choose a scenario.\n"));
    }

    void anUnknownPracticeScenarioListsTheIdsAndExitsTwo()
    {
        IsolatedHome home;
        bool started = false;
        cli::PracticeCommand command([&started](const AppPaths&, QString*) {
            started = true;
            return false;
        });
        CliRun run = runInProcess(home, command, words("practice repeat-failures"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!started); // nothing is started for a typo
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
                 QStringLiteral("attune: there is no practice scenario \"repeat-failures\"; the "
                                "scenarios are: angry-escalation, bereavement, billing-shock, "
                                "confused-caller, data-breach, grateful-but-worried, "
                                "repeat-failure, urgent-deadline\n"));
        // Not an id at all: the command line is refused before anything is read.
        run = runLineInProcess(home, {QStringLiteral("practice"), QStringLiteral("Bad Id")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("a practice scenario id is 1 to 40 lower-case")));
        run = runLineInProcess(home, words("practice bereavement data-breach"));
        QCOMPARE(run.exitCode, 2);
    }

    void practiceSaysWhyTheRunningAttuneRefused()
    {
        IsolatedHome home;
        home.applyToThisProcess();
        FakeInstance instance(AppPaths::fromEnvironment(), [](const QJsonObject&) {
            return QJsonObject{
                {QStringLiteral("ok"), false},
                {QStringLiteral("error"), QStringLiteral("Practice waits while a call is live.")}};
        });
        cli::PracticeCommand command;
        const CliRun run = runInProcess(home, command, words("practice data-breach"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err,
                 QStringLiteral("attune: refused: Practice waits while a call is live.\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
