#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attune {

// Which part of the spectrum the call carries: G.711 (8 kHz) stops at 4 kHz, G.722 and Opus
// reach 7 kHz and more. Each band has its own model folder; both are decoded at 16 kHz with the
// model's own filter bank, which measured best for both (SpeechModel.cpp).
enum class AudioBand
{
    Narrow, // telephone band, 300-3400 Hz (G.711 at 8 kHz)
    Wide,   // wideband, 50-7000 Hz (G.722, Opus)
};

AudioBand bandForSampleRate(int sampleRate);
QString bandName(AudioBand band);

struct SpeechModelFiles
{
    QString acousticModel; // a folder: Attune's own copy with its own feat.params
    QString languageModel; // Debian's generic US English model
    // A customer-service model (resources/speech/build_lm.py) interpolated with the generic one
    // at `domainWeight`; empty (as in the app): the generic model alone. attune_bench measures
    // it: it added nothing once the band was right (docs/integration.md).
    QString domainLanguageModel;
    double domainWeight = 0.0;
    QString dictionary;
    // The rate the recogniser decodes at: 16 kHz, the model's own, for both bands (narrow-band
    // audio is upsampled; see featParams in SpeechModel.cpp).
    int sampleRate = 16000;
    // Extra recogniser flags ("-name", "value", ...): attune_bench tries settings through it.
    QList<QByteArray> extraArguments;
};

// Debian's US English PocketSphinx model (package pocketsphinx-en-us), given a feat.params of
// Attune's: PocketSphinx lets the model folder's feat.params override the decoder's flags, so
// the front end (live CMN, filter bank) can only be chosen through a folder of our own. The folder
// holds links to Debian's files and one small file; it lives under the runtime folder and is
// rebuilt when missing.
class SpeechModel
{
    Q_DECLARE_TR_FUNCTIONS(SpeechModel)

public:
    // Where Debian installs the model; ATTUNE_SPEECH_MODEL_DIR replaces it (tests, other
    // distributions).
    static QString systemModelDir();
    // False with a sentence for the agent when the model or a part of it is missing.
    static bool isInstalled(QString* why);
    static bool prepare(const QString& root, AudioBand band, SpeechModelFiles* files,
                        QString* error);
};

} // namespace attune
