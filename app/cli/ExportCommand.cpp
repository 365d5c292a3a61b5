#include "ExportCommand.h"

#include "assessment/AssessmentExport.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSaveFile>

namespace attune::cli {

bool ExportCommand::writePrivateFile(const QString& path, const QByteArray& data, QString* error)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        *error = Cli::tr("it is not a regular file");
        return false;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        *error = Cli::tr("the folder %1 does not exist").arg(target.absolutePath());
        return false;
    }
    QSaveFile file(path);
    // Private before the first byte: the temporary file is made with the umask's mode.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int ExportCommand::execute(CliContext& context, const CommandLine& command)
{
    context.loadTranslations();
    const AppPaths& paths = context.paths();
    // IT may keep assessments inside Attune (privacy/allowExport); said plainly, with the key,
    // so the agent knows whom to ask and IT can find the line.
    if (!context.loadSettings()->allowExport()) {
        context.printErr(Cli::tr("attune: exporting is turned off by your IT department (%1); "
                                 "nothing was written\n")
                             .arg(Settings::keyName(SettingKey::AllowExport)));
        return Failed;
    }
    const QString databaseFile = paths.databaseFile(false);
    if (!QFileInfo::exists(databaseFile)) {
        context.printErr(Cli::tr("attune: there is nothing to export yet (no database at %1)\n")
                             .arg(databaseFile));
        return Failed;
    }
    Database database(databaseFile);
    QString error;
    if (!database.open(&error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const QList<Assessment> assessments = AssessmentStore(database).assessments();
    const QByteArray data = command.exportFormat == QLatin1String("json")
                                ? AssessmentExport::toJson(assessments)
                                : AssessmentExport::toCsv(assessments);
    if (!writePrivateFile(command.exportFile, data, &error)) {
        context.printErr(Cli::tr("attune: cannot write %1: %2\n").arg(command.exportFile, error));
        return Failed;
    }
    context.printOut(assessments.size() == 1
                         ? Cli::tr("Exported 1 assessment to %1.\n").arg(command.exportFile)
                         : Cli::tr("Exported %1 assessments to %2.\n")
                               .arg(assessments.size())
                               .arg(command.exportFile));
    return Ok;
}

} // namespace attune::cli
