#include "EngineData.h"

#include "core/Logging.h"

#include <QFile>
#include <QLocale>

namespace attune {

namespace {

EngineData load(const QString& deployed)
{
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
    return data;
}

} // namespace

std::future<EngineData> loadEngineDataInBackground(const QString& deployedPhraseLibrary)
{
    return std::async(std::launch::async, load, deployedPhraseLibrary);
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
