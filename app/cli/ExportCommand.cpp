#include "ExportCommand.h"

#include "assessment/AssessmentExport.h"
#include "settings/ExportPolicy.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace attune::cli {

int ExportCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const AppPaths& paths = context.paths();
    // IT may keep assessments inside Attune (privacy/allowExport): asked before the database
    // is opened, and again by the writer itself.
    const ExportPolicy policy = ExportPolicy::fromSettings(*context.loadSettings());
    QString error;
    if (!policy.check(&error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QString databaseFile = paths.databaseFile(false);
    if (!QFileInfo::exists(databaseFile)) {
        context.printErr(Cli::tr("attune: there is nothing to export yet (no database at %1)\n")
                             .arg(databaseFile));
        return Failed;
    }
    Database database(databaseFile);
    if (!database.open(&error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QList<Assessment> assessments = AssessmentStore(database).assessments();
    if (!AssessmentExport::writeFile(policy, assessments, command.exportFormat, command.exportFile,
                                     &error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    context.printOut(Cli::tr("Exported %n assessment(s) to %1.\n", nullptr, int(assessments.size()))
                         .arg(command.exportFile));
    return Ok;
}

} // namespace attune::cli
