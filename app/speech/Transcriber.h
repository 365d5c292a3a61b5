#pragma once

#include "SpeechModel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

struct ps_decoder_s;

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

    static std::unique_ptr<Transcriber> create(const SpeechModelFiles& files, QString* error);
    ~Transcriber();

    void setSink(Sink sink) { m_sink = std::move(sink); }
    void feed(const int16_t* samples, size_t count);
    // Ends the utterance under way (the call ended), publishing what it heard as final.
    void finish();
    qint64 audioMs() const { return m_samplesFed * 1000 / m_sampleRate; }
    int sampleRate() const { return m_sampleRate; }

private:
    Transcriber() = default;
    void endUtterance();

    ps_decoder_s* m_decoder = nullptr;
    int m_sampleRate = 16000;
    Sink m_sink;
    qint64 m_samplesFed = 0;
    bool m_inUtterance = false;
    qint64 m_lastPartialAtSamples = 0;
    QString m_lastPartial;
};

} // namespace attune
