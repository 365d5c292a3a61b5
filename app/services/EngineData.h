#pragma once

#include "empathy/CueDetector.h"
#include "empathy/PhraseLibrary.h"

#include <QString>

#include <future>
#include <memory>

namespace attune {

// What the empathy engine is made of: the cue lexicon and the agent's phrase library, parsed
// from JSON (some 20 million instructions, a third of the work between the first frame and the
// socket listening). AppServices starts the parsing on a thread of its own as the app starts,
// so that on a machine with a second core it overlaps the first frame instead of following it.
struct EngineData
{
    bool lexiconLoaded = false;
    Lexicon lexicon;
    QString lexiconFailure;
    // IT's phrase library (empathy/phraseLibrary), when one is set and it was refused: why.
    bool deployedRefused = false;
    QString deployedRefusal;
    // The library in use: IT's, else the built-in one for the agent's language; null (with
    // phrasesFailure) when neither loads.
    std::unique_ptr<PhraseLibrary> phrases;
    QString phrasesFailure;
};

// Parses on a new thread; `deployedPhraseLibrary` is IT's path, empty for the built-in one.
std::future<EngineData> loadEngineDataInBackground(const QString& deployedPhraseLibrary);

// The built-in file of a resource folder for the agent's language: "pt_BR", then "pt", then
// English.
QString localisedResource(const QString& folder);

} // namespace attune
