#include "EngineData.h"

#include "core/Logging.h"

#include <QFile>
#include <QLocale>
#include <QSqlDatabase>

namespace attune {

namespace {

// Loads Qt's SQLite driver plugin and libsqlite3 (finding, mapping and relocating them: 6 M
// instructions) here, so that the database's first connection after the first frame finds them
// loaded. The connection made for it is never opened.
void loadSqlDriver()
{
    const QString name = QStringLiteral("attune-sql-driver-load");
    {
        const QSqlDatabase unused = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    }
    QSqlDatabase::removeDatabase(name);
}

EngineData load(const QString& deployed, const QString& practiceFolder)
{
    loadSqlDriver();
    EngineData data;
    data.lexiconLoaded = Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &data.lexicon,
                                           &data.lexiconFailure);
    auto phrases = std::make_unique<PhraseLibrary>();
    bool loaded = false;
    if (!deployed.isEmpty()) {
        loaded = phrases->load(deployed, &data.deployedRefusal);
        data.deployedRefused = !loaded;
        if (loaded)
            qCInfo(lcSettings) << "phrase library from policy:" << phrases->name()
                               << phrases->version();
    }
    if (loaded || phrases->load(localisedResource(QStringLiteral("phrases")), &data.phrasesFailure))
        data.phrases = std::move(phrases);
    data.practiceScenarios =
        PracticeScenarioSet::load(QLocale().name(), practiceFolder, &data.practiceProblems);
    return data;
}

} // namespace

std::future<EngineData> loadEngineDataInBackground(const QString& deployedPhraseLibrary,
                                                   const QString& practiceFolder)
{
    return std::async(std::launch::async, load, deployedPhraseLibrary, practiceFolder);
}

QString localisedResource(const QString& folder)
{
    const QString name = QLocale().name();
    for (const QString& candidate : {name, name.section(QLatin1Char('_'), 0, 0)}) {
        const QString path = QStringLiteral(":/%1/%2.json").arg(folder, candidate);
        if (QFile::exists(path))
            return path;
    }
    return QStringLiteral(":/%1/en.json").arg(folder);
}

} // namespace attune
