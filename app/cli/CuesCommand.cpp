#include "CuesCommand.h"

#include "cli/BoundedLineReader.h"
#include "empathy/CueDetector.h"
#include "empathy/CueModel.h"
#include "empathy/EmpathyEngine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <utility>

namespace attune::cli {

namespace {

const QString kLexiconResource = QStringLiteral(":/lexicons/en.json");

} // namespace

int CuesCommand::execute(CliContext& context, const CommandLine& command)
{
    // A filter starts as fast as it can: the settings (for the language) are read only once
    // there is something to say.
    bool translated = false;
    const auto inAgentsLanguage = [&context, &translated] {
        if (!std::exchange(translated, true))
            context.loadTranslations();
    };
    Lexicon lexicon;
    QString error;
    if (!Lexicon::loadFile(kLexiconResource, &lexicon, &error)) {
        context.printErr(Cli::tr("attune: %1\n").arg(error));
        return Failed;
    }
    const CueDetector detector(std::move(lexicon));
    // The trained model for the language asked for, or the one each line is read in (auto).
    CueStreamReader cues(&detector, command.cueLanguage);
    // Someone typing wants each answer at once; a pipe is faster in blocks.
    const bool interactive = context.inputIsTerminal();
    BoundedLineReader reader(context.in(), kMaxLineBytes);
    std::string line;
    QByteArray out;
    out.reserve(1 << 16);
    bool skippedAny = false;
    for (;;) {
        const BoundedLineReader::Result result = reader.next(&line);
        if (result == BoundedLineReader::Result::End)
            break;
        if (result == BoundedLineReader::Result::TooLong) {
            skippedAny = true;
            inAgentsLanguage();
            const QJsonObject refused{{QStringLiteral("line"), reader.lineNumber()},
                                      {QStringLiteral("error"),
                                       Cli::tr("line %1 is longer than %2 bytes and was not read")
                                           .arg(reader.lineNumber())
                                           .arg(qulonglong(kMaxLineBytes))}};
            out += QJsonDocument(refused).toJson(QJsonDocument::Compact);
        } else {
            out +=
                cueReadingJson(cues.read(QString::fromUtf8(line.data(), qsizetype(line.size()))));
        }
        out += '\n';
        if (interactive || out.size() > (1 << 15)) {
            context.out().write(out);
            out.clear();
            // Reading on would only lose the answers; Command::run says why.
            if (!context.out().failure().isEmpty())
                return Failed;
        }
    }
    context.out().write(out);
    return skippedAny ? Failed : Ok;
}

} // namespace attune::cli
