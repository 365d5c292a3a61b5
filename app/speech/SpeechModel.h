#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attune {

// Which part of the spectrum the call carries: G.711 (8 kHz) stops at 4 kHz, G.722 and Opus
// reach 7 kHz and more. The recogniser's filter bank must match, or it reads the empty upper
// band of a G.711 call as speech features and decodes nonsense.
enum class AudioBand
{
    Narrow, // telephone band, 200-3800 Hz
    Wide,   // wideband, 130-6800 Hz (the model's own training band)
};

AudioBand bandForSampleRate(int sampleRate);
QString bandName(AudioBand band);

struct SpeechModelFiles
{
    QString acousticModel; // a folder: Attune's own copy with its own feat.params
    QString languageModel; // Debian's generic US English model
    // Attune's customer-service model (resources/speech/build_lm.py), interpolated with the
    // generic one at `domainWeight`; empty: the generic model alone.
    QString domainLanguageModel;
    double domainWeight = 0.0;
    QString dictionary;
    // The rate the recogniser decodes at: 8 kHz for the narrow band (decoding 8 kHz audio
    // upsampled to 16 kHz measured worse), 16 kHz for the wide band.
    int sampleRate = 16000;
    // Extra recogniser flags ("-name", "value", ...): attune_bench tries settings through it.
    QList<QByteArray> extraArguments;
};

// Debian's US English PocketSphinx model (package pocketsphinx-en-us), given a feat.params of
// Attune's: PocketSphinx lets the model folder's feat.params override the decoder's flags, so
// the band can only be chosen through a folder of our own. The folder holds links to Debian's
// files and one small file; it lives under the runtime folder and is rebuilt when missing.
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
