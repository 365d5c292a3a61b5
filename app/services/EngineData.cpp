#include "EngineData.h"

#include "core/Logging.h"
#include "empathy/CompactEngineData.h"

#include <QFile>
#include <QLocale>

namespace attune {

namespace {

// The built-in files come in the compact form the build wrote from their JSON; should that be
// refused (it never should: the build checks it reads back), the JSON is parsed instead.
bool loadBuiltInLexicon(const QString& json, Lexicon* out, QString* error)
{
    QString refusal;
    if (compact::loadLexicon(compact::compactResourceFor(json), out, &refusal))
        return true;
    qCWarning(lcEmpathy, "compact lexicon refused, parsing the JSON: %s", qPrintable(refusal));
    return Lexicon::loadFile(json, out, error);
}

bool loadBuiltInPhrases(const QString& json, PhraseLibrary* out, QString* error)
{
    QString refusal;
    if (compact::loadPhraseLibrary(compact::compactResourceFor(json), out, &refusal))
        return true;
    qCWarning(lcEmpathy, "compact phrase library refused, parsing the JSON: %s",
              qPrintable(refusal));
    return out->load(json, error);
}

EngineData load(const QString& deployed)
{
    EngineData data;
    data.lexiconLoaded = loadBuiltInLexicon(QStringLiteral(":/lexicons/en.json"), &data.lexicon,
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
    if (loaded || loadBuiltInPhrases(localisedResource(QStringLiteral("phrases")), phrases.get(),
                                     &data.phrasesFailure))
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
