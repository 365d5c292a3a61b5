#include "SpeechModel.h"

#include "core/PrivatePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace attune {

namespace {

QString acousticDir()
{
    return SpeechModel::systemModelDir() + QStringLiteral("/en-us");
}

// The stock feat.params with live cepstral mean normalisation (batch CMN needs the whole
// utterance before it can start). Both bands keep the model's own filter bank (130-6800 Hz at
// 16 kHz): telephone audio is upsampled to 16 kHz rather than decoded at 8 kHz with a
// telephone-band filter bank (200-3800 Hz), which squeezes the model's mel scale onto half the
// spectrum. Measured on the development sentences over G.711 (attune_bench
// asr_dev_wer_pcmu_percent): 56 % of words wrong with the squeezed bank, 31 % with the model's
// own, whose filters above 4 kHz simply see nothing.
QByteArray featParams(AudioBand)
{
    return QByteArray("-lowerf 130\n-upperf 6800\n") +
           "-nfilt 25\n"
           "-transform dct\n"
           "-lifter 22\n"
           "-feat 1s_c_d_dd\n"
           "-svspec 0-12/13-25/26-38\n"
           "-agc none\n"
           "-cmn live\n"
           "-varnorm no\n"
           "-model ptm\n"
           "-cmninit 41.00,-5.29,-0.12,5.09,2.48,-4.07,-1.37,-1.78,-5.08,-2.05,-6.45,"
           "-1.42,1.17\n";
}

// Writes `data` to `path` (0600) unless the file already holds it.
bool writeIfChanged(const QString& path, const QByteArray& data)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == data.size() &&
        existing.readAll() == data)
        return true;
    existing.close();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size())
        return false;
    return out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

AudioBand bandForSampleRate(int sampleRate)
{
    return sampleRate <= 8000 ? AudioBand::Narrow : AudioBand::Wide;
}

QString bandName(AudioBand band)
{
    return band == AudioBand::Narrow ? QStringLiteral("narrow") : QStringLiteral("wide");
}

QString SpeechModel::systemModelDir()
{
    const QString overridden = qEnvironmentVariable("ATTUNE_SPEECH_MODEL_DIR");
    return overridden.isEmpty() ? QStringLiteral("/usr/share/pocketsphinx/model/en-us")
                                : overridden;
}

bool SpeechModel::isInstalled(QString* why)
{
    const QString root = systemModelDir();
    for (const QString& part : {QStringLiteral("/en-us/mdef"), QStringLiteral("/en-us.lm.bin"),
                                QStringLiteral("/cmudict-en-us.dict")}) {
        if (!QFileInfo(root + part).isFile()) {
            *why = tr("The English speech model is not installed (%1 is missing; Debian package "
                      "pocketsphinx-en-us).")
                       .arg(root + part);
            return false;
        }
    }
    return true;
}

bool SpeechModel::prepare(const QString& root, AudioBand band, SpeechModelFiles* files,
                          QString* error)
{
    if (!isInstalled(error))
        return false;
    const QString folder = root + QStringLiteral("/en-us-") + bandName(band);
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(root, error)) ||
        !PrivatePath::usable(PrivatePath::makeFolderPrivate(folder, error)))
        return false;
    const QDir stock(acousticDir());
    for (const QString& name : stock.entryList(QDir::Files)) {
        if (name == QLatin1String("feat.params"))
            continue;
        const QString link = folder + QLatin1Char('/') + name;
        if (QFileInfo(link).symLinkTarget() == stock.absoluteFilePath(name))
            continue;
        QFile::remove(link);
        if (!QFile::link(stock.absoluteFilePath(name), link)) {
            *error = tr("Cannot link %1 into the speech model folder %2.")
                         .arg(stock.absoluteFilePath(name), folder);
            return false;
        }
    }
    const QString params = folder + QStringLiteral("/feat.params");
    if (!writeIfChanged(params, featParams(band))) {
        *error = tr("Cannot write %1.").arg(params);
        return false;
    }
    files->acousticModel = folder;
    files->languageModel = systemModelDir() + QStringLiteral("/en-us.lm.bin");
    files->dictionary = systemModelDir() + QStringLiteral("/cmudict-en-us.dict");
    files->sampleRate = 16000;
    return true;
}

} // namespace attune
