#pragma once

#include "SpeechModel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace attune {

// PocketSphinx over a stream of mono audio at the model's rate (SpeechModelFiles::sampleRate): free
// recognition with Debian's US English language model, utterances split where the recogniser's own
// voice activity detection says speech stopped. Not thread-safe: one worker thread feeds it.
// Loading takes a second or two and some 100 MB, so it happens only when a transcribed call needs
// it.
class Transcriber
{
    Q_DECLARE_TR_FUNCTIONS(Transcriber)

public:
    struct Result
    {
        QString text;
        bool isFinal = false;
        double confidence = 0; // the recogniser's posterior for the utterance, 0..1
        qint64 audioEndMs = 0; // where in the audio the utterance ended (partial: so far)
    };
    using Sink = std::function<void(const Result&)>;

    // Loads the speech module (attune_speech.so, PocketSphinxTranscriber.cpp) on first use: the
    // executable does not link PocketSphinx, whose LAPACK and BLAS would be bound at every start.
    static std::unique_ptr<Transcriber> create(const SpeechModelFiles& files, QString* error);
    virtual ~Transcriber();

    void setSink(Sink sink) { m_sink = std::move(sink); }
    virtual void feed(const int16_t* samples, size_t count) = 0;
    // Ends the utterance under way (the call ended), publishing what it heard as final.
    virtual void finish() = 0;
    virtual qint64 audioMs() const = 0;
    virtual int sampleRate() const = 0;

protected:
    Transcriber() = default;
    Sink m_sink;
};

// The speech module's entry point: `extern "C" Transcriber* attune_create_transcriber(const
// SpeechModelFiles&, QString* error)`, also defined where the module's code is linked in (tests).
inline constexpr char kSpeechModule[] = "attune_speech";
inline constexpr char kCreateTranscriberSymbol[] = "attune_create_transcriber";

} // namespace attune
