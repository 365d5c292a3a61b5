// Build-time tool: validates a built-in lexicon, phrase library or practice scenario folder with
// the loaders the app uses for JSON and writes its compact form (empathy/CompactEngineData.h). A
// file the loaders refuse fails the build with their message (file, line, field).
#include "empathy/CompactEngineData.h"
#include "empathy/CueDetector.h"
#include "empathy/PhraseLibrary.h"
#include "practice/PracticeScenario.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace attune;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "attune_compile_engine_data: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QStringList kinds{QStringLiteral("lexicon"), QStringLiteral("phrases"),
                            QStringLiteral("scenarios")};
    if (args.size() != 4 || !kinds.contains(args.at(1)))
        return fail(QStringLiteral("usage: attune_compile_engine_data lexicon|phrases IN.json "
                                   "OUT.atd, or scenarios IN_FOLDER OUT.atd (the folder named "
                                   "for its language)"));
    const QString& source = args.at(2);
    QString error;
    QByteArray bytes;
    // Decoded again and re-encoded, so a writer and reader that disagree fail here, not at a
    // start.
    QByteArray again;
    if (args.at(1) == QLatin1String("lexicon")) {
        Lexicon lexicon;
        if (!Lexicon::loadFile(source, &lexicon, &error))
            return fail(error);
        bytes = compact::encodeLexicon(lexicon);
        Lexicon decoded;
        if (!compact::decodeLexicon(bytes, source, &decoded, &error))
            return fail(error);
        again = compact::encodeLexicon(decoded);
    } else if (args.at(1) == QLatin1String("phrases")) {
        PhraseLibrary library;
        if (!library.load(source, &error))
            return fail(error);
        bytes = compact::encodePhraseLibrary(library);
        PhraseLibrary decoded;
        if (!compact::decodePhraseLibrary(bytes, source, &decoded, &error))
            return fail(error);
        again = compact::encodePhraseLibrary(decoded);
    } else {
        QStringList problems;
        const QList<PracticeScenario> scenarios =
            PracticeScenarioSet::loadFolder(source, QFileInfo(source).fileName(), &problems);
        if (!problems.isEmpty())
            return fail(problems.join(QLatin1Char('\n')));
        if (scenarios.isEmpty())
            return fail(QStringLiteral("%1: no scenarios").arg(source));
        bytes = compact::encodeScenarios(scenarios);
        QList<PracticeScenario> decoded;
        if (!compact::decodeScenarios(bytes, source, &decoded, &error))
            return fail(error);
        again = compact::encodeScenarios(decoded);
    }
    if (again != bytes)
        return fail(
            QStringLiteral("%1: the compact form does not read back as written").arg(source));
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(QStringLiteral("%1: %2").arg(args.at(3), out.errorString()));
    return 0;
}
