#include "Transcriber.h"

#include "core/Modules.h"

// Weak: defined where the speech module's code is linked in (the tests and the benchmark),
// absent from the executable, which loads the module when the first transcribed call starts.
extern "C" attune::Transcriber* attune_create_transcriber(const attune::SpeechModelFiles& files,
                                                          QString* error) __attribute__((weak));

namespace attune {

Transcriber::~Transcriber() = default;

std::unique_ptr<Transcriber> Transcriber::create(const SpeechModelFiles& files, QString* error)
{
    using Create = Transcriber* (*)(const SpeechModelFiles&, QString*);
    Create create = attune_create_transcriber;
    if (!create) {
        QString why;
        create = reinterpret_cast<Create>(
            modules::resolve(QLatin1String(kSpeechModule), kCreateTranscriberSymbol, &why));
        if (!create) {
            *error = tr("The speech recogniser is not installed with Attune: %1").arg(why);
            return nullptr;
        }
    }
    return std::unique_ptr<Transcriber>(create(files, error));
}

} // namespace attune
