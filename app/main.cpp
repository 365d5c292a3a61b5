// The composition root: reads the command line, builds the objects, wires them and starts the
// UI. No logic lives here that a test would need to reach.

#include "assessment/AssessmentExport.h"
#include "core/Logging.h"
#include "empathy/CueDetector.h"
#include "empathy/EmpathyEngine.h"
#include "integration/AppPaths.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"
#include "integration/Localization.h"
#include "integration/SingleInstance.h"
#include "profile/CustomerImport.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"
#include "supervisor/SupervisorAccess.h"
#include "widgets/RunApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace attune;

namespace {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    BadCommandLine = 2,
    NotRunning = 3
};

// Messages of the command-line front end, in one translation context.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printOut(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Attune"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTUNE_VERSION));
}

void loadTranslations(QCoreApplication& app, const AppPaths& paths)
{
    const Settings settings(paths.configFile, paths.systemConfigFile);
    installTranslations(app, settings.language());
}

// Starts the app in the background for a forwarded command and waits until it listens.
bool startBackgroundInstance(const AppPaths& paths, QString* error)
{
    QDir().mkpath(paths.dataDir);
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(paths.backgroundLogFile(), QIODevice::Append);
    process.setStandardErrorFile(paths.backgroundLogFile(), QIODevice::Append);
    if (!process.startDetached()) {
        *error = Cli::tr("Could not start Attune: %1").arg(process.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 15000) {
        if (InstanceClient::isListening(paths))
            return true;
        QThread::msleep(20);
    }
    *error = Cli::tr("Attune was started but did not come up within 15 seconds; see %1.")
                 .arg(paths.backgroundLogFile());
    return false;
}

int runForwarded(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    const CommandLine command = CommandLine::parse(argumentsOf(argc, argv));

    QJsonObject reply;
    QString error;
    if (!InstanceClient::send(paths, command.request, &reply, &error)) {
        if (!command.startsAppIfNeeded) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return NotRunning;
        }
        if (!startBackgroundInstance(paths, &error) ||
            !InstanceClient::send(paths, command.request, &reply, &error)) {
            printErr(Cli::tr("attune: %1\n").arg(error));
            return Failed;
        }
    }
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        printErr(
            Cli::tr("attune: refused: %1\n").arg(reply.value(QStringLiteral("error")).toString()));
        return Failed;
    }
    reply.remove(QStringLiteral("ok"));
    printOut(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)) +
             QLatin1Char('\n'));
    return Ok;
}

const QString kLexiconResource = QStringLiteral(":/lexicons/en.json");

// `attune cues`: a filter, stdin to stdout, one JSON line per utterance. Streams, so memory
// stays flat however long the input is.
int runCues(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    Lexicon lexicon;
    QString error;
    if (!Lexicon::loadFile(kLexiconResource, &lexicon, &error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CueDetector detector(std::move(lexicon));
    std::ios::sync_with_stdio(false);
    // Someone typing wants each answer at once; a pipe is faster in blocks.
    const bool interactive = ::isatty(STDIN_FILENO);
    std::string line;
    QByteArray out;
    out.reserve(1 << 16);
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        out +=
            cueReadingJson(detector.read(QString::fromUtf8(line.data(), qsizetype(line.size()))));
        out += '\n';
        if (interactive || out.size() > (1 << 15)) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            std::fflush(stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Ok;
}

// The agent's own assessments to a file they own (0600). Reads the database next to a running
// Attune safely (WAL); creates nothing when there is no database yet.
int runExport(int argc, char** argv, const CommandLine& command)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    // IT may keep assessments inside Attune (privacy/allowExport); said plainly, with the key,
    // so the agent knows whom to ask and IT can find the line.
    if (!Settings(paths.configFile, paths.systemConfigFile).allowExport()) {
        printErr(Cli::tr("attune: exporting is turned off by your IT department (%1); nothing was "
                         "written\n")
                     .arg(Settings::keyName(SettingKey::AllowExport)));
        return Failed;
    }
    const QString databaseFile = paths.databaseFile(false);
    if (!QFileInfo::exists(databaseFile)) {
        printErr(Cli::tr("attune: there is nothing to export yet (no database at %1)\n")
                     .arg(databaseFile));
        return Failed;
    }
    Database database(databaseFile);
    QString error;
    if (!database.open(&error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QList<Assessment> assessments = AssessmentStore(database).assessments();
    const QByteArray data = command.exportFormat == QLatin1String("json")
                                ? AssessmentExport::toJson(assessments)
                                : AssessmentExport::toCsv(assessments);
    QSaveFile file(command.exportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        printErr(
            Cli::tr("attune: cannot write %1: %2\n").arg(command.exportFile, file.errorString()));
        return Failed;
    }
    printOut(assessments.size() == 1
                 ? Cli::tr("Exported 1 assessment to %1.\n").arg(command.exportFile)
                 : Cli::tr("Exported %1 assessments to %2.\n")
                       .arg(assessments.size())
                       .arg(command.exportFile));
    return Ok;
}

// A CRM export into the profile store, beside a running Attune if there is one (WAL).
int runImport(int argc, char** argv, const CommandLine& command)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const AppPaths paths = AppPaths::fromEnvironment();
    loadTranslations(app, paths);
    const Settings settings(paths.configFile, paths.systemConfigFile);
    Database database(paths.databaseFile(false));
    QString error;
    if (!database.open(&error)) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CustomerImport::Kind kind =
        command.importWhat == QLatin1String("contacts") ? CustomerImport::Kind::Contacts
        : command.importWhat == QLatin1String("cases")  ? CustomerImport::Kind::Cases
                                                        : CustomerImport::Kind::Customers;
    CustomerImport import(database, settings.defaultCountry());
    CustomerImport::Result result;
    if (!import.setMapping(command.importMap, kind, &error) ||
        !import.importFile(kind, command.importFile, &result, &error)) {
        printErr(Cli::tr("attune: nothing was imported: %1\n").arg(error));
        return Failed;
    }
    printOut((result.rows == 1
                  ? Cli::tr("Imported 1 row from %1: %2 new, %3 updated.\n").arg(command.importFile)
                  : Cli::tr("Imported %1 rows from %2: %3 new, %4 updated.\n")
                        .arg(result.rows)
                        .arg(command.importFile))
                 .arg(result.created)
                 .arg(result.updated));
    return Ok;
}

// Reads one line from standard input; with a terminal, without echoing what is typed.
QString readSecretLine(const QString& prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        printErr(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        printErr(QStringLiteral("\n"));
    }
    return QString::fromStdString(line).trimmed();
}

// For IT: a supervisor PIN in, the system-settings line out. The PIN is never printed or stored.
int runHashPin(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    loadTranslations(app, AppPaths::fromEnvironment());
    const QString pin = readSecretLine(Cli::tr("Supervisor PIN: "));
    if (::isatty(STDIN_FILENO) && readSecretLine(Cli::tr("Again: ")) != pin) {
        printErr(Cli::tr("attune: the two PINs differ; nothing was printed\n"));
        return Failed;
    }
    QString error;
    const QString hashed = SupervisorPin::hash(pin, &error);
    if (hashed.isEmpty()) {
        printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    printOut(QStringLiteral("[supervisor]\npinHash=%1\n").arg(hashed));
    return Ok;
}

} // namespace

int main(int argc, char** argv)
{
    const CommandLine command = CommandLine::parse(argumentsOf(argc, argv));
    switch (command.action) {
    case CommandLine::Action::RunApp:
        return runApp(argc, argv, command);
    case CommandLine::Action::Forward:
        return runForwarded(argc, argv);
    case CommandLine::Action::Cues:
        return runCues(argc, argv);
    case CommandLine::Action::ExportAssessments:
        return runExport(argc, argv, command);
    case CommandLine::Action::Import:
        return runImport(argc, argv, command);
    case CommandLine::Action::HashPin:
        return runHashPin(argc, argv);
    case CommandLine::Action::Help:
    case CommandLine::Action::Version:
    case CommandLine::Action::Error:
        break;
    }
    // Parsed again once translations are loaded, so messages come in the agent's language.
    QCoreApplication app(argc, argv);
    setIdentity();
    loadTranslations(app, AppPaths::fromEnvironment());
    const CommandLine translated = CommandLine::parse(argumentsOf(argc, argv));
    if (translated.action == CommandLine::Action::Version) {
        printOut(QStringLiteral("attune %1\n").arg(QStringLiteral(ATTUNE_VERSION)));
        return Ok;
    }
    if (translated.action == CommandLine::Action::Help) {
        printOut(CommandLine::usage());
        return Ok;
    }
    printErr(Cli::tr("attune: %1\n\n").arg(translated.error) + CommandLine::usage());
    return BadCommandLine;
}
