#include "ImportCommand.h"

#include "profile/CustomerImport.h"
#include "settings/Settings.h"
#include "storage/Database.h"

namespace attune::cli {

int ImportCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const std::unique_ptr<Settings> settings = context.loadSettings();
    Database database(context.paths().databaseFile(false));
    QString error;
    if (!database.open(&error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CustomerImport::Kind kind =
        command.importWhat == QLatin1String("contacts") ? CustomerImport::Kind::Contacts
        : command.importWhat == QLatin1String("cases")  ? CustomerImport::Kind::Cases
                                                        : CustomerImport::Kind::Customers;
    CustomerImport import(database, settings->defaultCountry());
    CustomerImport::Result result;
    if (!import.setMapping(command.importMap, kind, &error) ||
        !import.importFile(kind, command.importFile, &result, &error)) {
        context.printErr(Cli::tr("attune: nothing was imported: %1\n").arg(error));
        return Failed;
    }
    for (const QString& warning : std::as_const(result.warnings))
        context.printErr(Cli::tr("attune: warning: %1\n").arg(warning));
    // %n: each language's own plural forms (English's come from attune_en.ts).
    context.printOut(
        Cli::tr("Imported %n row(s) from %1: %2 new, %3 updated.\n", nullptr, int(result.rows))
            .arg(command.importFile, QString::number(result.created),
                 QString::number(result.updated)));
    return Ok;
}

} // namespace attune::cli
