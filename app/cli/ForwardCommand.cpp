#include "ForwardCommand.h"

#include "cli/BackgroundInstance.h"
#include "core/PrivatePath.h"
#include "integration/SingleInstance.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QUuid>

#include <unistd.h>

namespace attune::cli {

ForwardCommand::ForwardCommand(InstanceStarter startInstance, std::function<void()> notice)
    : m_startInstance(std::move(startInstance))
    , m_notice(std::move(notice))
{}

bool ForwardCommand::startBackgroundInstance(const AppPaths& paths, QString* error)
{
    // One that is quitting still holds the lock for a moment; one started now would find it
    // taken and give up. One that is starting will listen soon: the request goes to it.
    if (InstanceClient::waitWhileStartingOrQuitting(paths, InstanceClient::kWaitForOtherInstanceMs))
        return true;
    // The log goes into the data folder: one PrivatePath refuses is not written into.
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(paths.dataDir, error)))
        return false;
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setStandardInputFile(QProcess::nullDevice());
    // Checked first: QProcess would open a FIFO there and wait for a reader.
    const int log = BackgroundInstance::openLog(paths);
    if (log < 0)
        BackgroundInstance::sayItWritesNoLog(paths);
    const QString logFile = log >= 0 ? paths.backgroundLogFile() : QProcess::nullDevice();
    if (log >= 0)
        ::close(log);
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    if (!process.startDetached()) {
        *error = Cli::tr("Could not start Attune: %1").arg(process.errorString());
        return false;
    }
    return BackgroundInstance::waitUntilListening(paths, 0, error);
}

int ForwardCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    if (m_notice)
        m_notice();
    const AppPaths& paths = context.paths();
    QJsonObject reply;
    QString error;
    // One id for every sending, to this instance and to the one started after it: an instance
    // that already has it answers with its first outcome instead of applying it again.
    QJsonObject request = command.request;
    if (!request.contains(QStringLiteral("requestId")))
        request.insert(QStringLiteral("requestId"),
                       QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!InstanceClient::send(paths, request, &reply, &error)) {
        if (!command.startsAppIfNeeded) {
            context.printErr(Cli::tr("attune: %1\n").arg(error));
            return NotRunning;
        }
        if (!m_startInstance(paths, &error) ||
            !InstanceClient::send(paths, request, &reply, &error)) {
            context.printErr(Cli::tr("attune: %1\n").arg(error));
            return Failed;
        }
    }
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        context.printErr(
            Cli::tr("attune: refused: %1\n").arg(reply.value(QStringLiteral("error")).toString()));
        return Failed;
    }
    reply.remove(QStringLiteral("ok"));
    context.printOut(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)) +
                     QLatin1Char('\n'));
    return Ok;
}

} // namespace attune::cli
