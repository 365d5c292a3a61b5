#include "PracticeCommand.h"

#include "integration/SingleInstance.h"
#include "practice/PracticeScenario.h"
#include "settings/Settings.h"

#include <QLocale>

namespace attune::cli {

PracticeCommand::PracticeCommand(ForwardCommand::InstanceStarter startInstance)
    : m_startInstance(std::move(startInstance))
{}

int PracticeCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const QString wanted = command.practiceScenario;
    if (!wanted.isEmpty()) {
        QStringList problems;
        const QList<PracticeScenario> scenarios = PracticeScenarioSet::load(
            QLocale().name(), context.loadSettings()->practiceScenarioFolder(), &problems);
        QStringList ids;
        for (const PracticeScenario& scenario : scenarios)
            ids << scenario.id;
        if (!ids.contains(wanted)) {
            context.printErr(Cli::tr("attune: there is no practice scenario \"%1\"; the scenarios "
                                     "are: %2\n")
                                 .arg(wanted, ids.join(QLatin1String(", "))));
            for (const QString& problem : problems)
                context.printErr(Cli::tr("attune: %1\n").arg(problem));
            return BadCommandLine;
        }
    }
    const AppPaths& paths = context.paths();
    QJsonObject reply;
    QString error;
    if (!InstanceClient::send(paths, command.request, &reply, &error) &&
        (!m_startInstance(paths, &error) ||
         !InstanceClient::send(paths, command.request, &reply, &error))) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    if (!reply.value(QStringLiteral("ok")).toBool()) {
        context.printErr(
            Cli::tr("attune: refused: %1\n").arg(reply.value(QStringLiteral("error")).toString()));
        return Failed;
    }
    context.printOut(wanted.isEmpty()
                         ? Cli::tr("Practice is open in Attune: choose a scenario.\n")
                         : Cli::tr("Practice \"%1\" is open in Attune.\n").arg(wanted));
    return Ok;
}

} // namespace attune::cli
