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
    context.printOut(Cli::tr("Imported %1 survey answers from %2: %3 new, %4 already imported; "
                             "%5 from a customer who left upset.\n")
                         .arg(result.rows)
                         .arg(command.importFile)
                         .arg(result.created)
                         .arg(result.unchanged)
                         .arg(result.upset));
    return Ok;
}

} // namespace attune::cli
