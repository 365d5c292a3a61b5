#include "FeedbackImportCommand.h"

#include "feedback/FeedbackImport.h"
#include "settings/Settings.h"
#include "storage/Database.h"

namespace attune::cli {

int FeedbackImportCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const std::unique_ptr<Settings> settings = context.loadSettings();
    Database database(context.paths().databaseFile(false));
    QString error;
    if (!database.open(&error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    FeedbackImport import(database, settings->defaultCountry());
    FeedbackImport::Result result;
    if (!import.importFile(command.importFile, &result, &error)) {
        context.printErr(Cli::tr("attune: nothing was imported: %1\n").arg(error));
        return Failed;
    }
    for (const QString& warning : std::as_const(result.warnings))
        context.printErr(Cli::tr("attune: warning: %1\n").arg(warning));
    context.printOut(Cli::tr("Imported %n survey answer(s) from %1: %2 new, %3 already imported; "
                             "%4 from a customer who left upset.\n",
                             nullptr, int(result.rows))
                         .arg(command.importFile, QString::number(result.created),
                              QString::number(result.unchanged), QString::number(result.upset)));
    return Ok;
}

} // namespace attune::cli
