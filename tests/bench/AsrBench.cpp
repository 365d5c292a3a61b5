// The recogniser's figures, offline: flite speech through the same Resampler and Transcriber
// the app uses, with the telephone band made the way the network makes it (sox: G.711 is
// 8 kHz mu-law; G.722 is 16 kHz, band-limited to 7 kHz). No baresip: tst_transcription covers
// the real call path; this measures what the recogniser makes of what it gets.
#include "AsrBench.h"

#include "empathy/CueDetector.h"
#include "speech/Resampler.h"
#include "speech/SpeechModel.h"
#include "speech/Transcriber.h"
#include "speech/WavStream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <pocketsphinx.h>
#include <sys/resource.h>

namespace attune::bench {

namespace {

struct Sentence
{
    QString text;
    QString cue; // the cue phrase in it; empty for a neutral sentence
};

// 32 customer sentences, each with one known cue phrase of the lexicon, and 10 neutral ones.
const QList<Sentence>& sentences()
{
    static const QList<Sentence> list = {
        {QStringLiteral("This is the third time I have called about my bill."),
         QStringLiteral("third time")},
        {QStringLiteral("I am really frustrated with this service."), QStringLiteral("frustrated")},
        {QStringLiteral("This is completely unacceptable."), QStringLiteral("unacceptable")},
        {QStringLiteral("I want to cancel my account today."), QStringLiteral("cancel")},
        {QStringLiteral("I am very angry about the charges on my card."), QStringLiteral("angry")},
        {QStringLiteral("Your service has been terrible this month."), QStringLiteral("terrible")},
        {QStringLiteral("I have been waiting all day for a technician."),
         QStringLiteral("waiting")},
        {QStringLiteral("Nobody called me back last week."), QStringLiteral("called me back")},
        {QStringLiteral("I want to speak to a manager please."), QStringLiteral("manager")},
        {QStringLiteral("The internet is still not working at my house."),
         QStringLiteral("not working")},
        {QStringLiteral("I am so disappointed with your company."), QStringLiteral("disappointed")},
        {QStringLiteral("This is ridiculous, I paid the bill twice."),
         QStringLiteral("ridiculous")},
        {QStringLiteral("I am worried that my payment did not go through."),
         QStringLiteral("worried")},
        {QStringLiteral("I am confused about the new price."), QStringLiteral("confused")},
        {QStringLiteral("I need this fixed urgently."), QStringLiteral("urgently")},
        {QStringLiteral("Thank you so much for your help."), QStringLiteral("thank you")},
        {QStringLiteral("This is the worst experience I have ever had."), QStringLiteral("worst")},
        {QStringLiteral("I was charged twice for the same order."), QStringLiteral("charged")},
        {QStringLiteral("The package never arrived at my door."), QStringLiteral("never arrived")},
        {QStringLiteral("I am sick and tired of calling you."), QStringLiteral("tired")},
        {QStringLiteral("I am not happy with the answer you gave me."),
         QStringLiteral("not happy")},
        {QStringLiteral("This is a waste of time."), QStringLiteral("waste of time")},
        {QStringLiteral("I do not understand why my bill went up."), QStringLiteral("understand")},
        {QStringLiteral("I am really upset about the delay."), QStringLiteral("upset")},
        {QStringLiteral("I am afraid I will lose my money."), QStringLiteral("afraid")},
        {QStringLiteral("Please help me as soon as possible."),
         QStringLiteral("as soon as possible")},
        {QStringLiteral("My phone keeps dropping calls every day."), QStringLiteral("dropping")},
        {QStringLiteral("I have a complaint about your technician."), QStringLiteral("complaint")},
        {QStringLiteral("I really appreciate your patience."), QStringLiteral("appreciate")},
        {QStringLiteral("I am nervous about the payment deadline."), QStringLiteral("nervous")},
        {QStringLiteral("This is the fourth time this has happened."),
         QStringLiteral("fourth time")},
        {QStringLiteral("I am going to switch providers."), QStringLiteral("switch providers")},
        {QStringLiteral("My account number is on the letter."), QString()},
        {QStringLiteral("I would like to change my address."), QString()},
        {QStringLiteral("The order was placed on Monday."), QString()},
        {QStringLiteral("Can you tell me the opening hours of the store."), QString()},
        {QStringLiteral("I live in the north of the city."), QString()},
        {QStringLiteral("My name is on the contract."), QString()},
        {QStringLiteral("I would like to pay by card."), QString()},
        {QStringLiteral("The phone is in the kitchen."), QString()},
        {QStringLiteral("I will send the form by email."), QString()},
        {QStringLiteral("The meeting is at ten in the morning."), QString()},
    };
    return list;
}

// The development set (resources/speech/en/dev_sentences.tsv): different sentences, for tuning
// the recogniser's settings. The evaluation set above is never tuned on.
QList<Sentence> devSentences()
{
    QList<Sentence> list;
    QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/speech/en/dev_sentences.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int tab = line.indexOf('\t');
        list.append({QString::fromUtf8(line.mid(tab + 1)), QString::fromUtf8(line.left(tab))});
    }
    return list;
}

// attune_bench tries recogniser settings without a rebuild: ATTUNE_BENCH_ASR_DOMAIN_WEIGHT (0:
// the generic language model alone), ATTUNE_BENCH_ASR_ARGS ("-flag value ...") and
// ATTUNE_BENCH_ASR_FEAT ("-flag value ...": replaces those lines of the model folder's
// feat.params, which override flags) and ATTUNE_BENCH_ASR_RATE (the rate decoded at).
void applyOverrides(SpeechModelFiles* files)
{
    bool ok = false;
    const double weight = qEnvironmentVariable("ATTUNE_BENCH_ASR_DOMAIN_WEIGHT").toDouble(&ok);
    if (ok && weight > 0) {
        files->domainWeight = weight;
        files->domainLanguageModel =
            QStringLiteral(ATTUNE_SOURCE_DIR "/resources/speech/en/customer-service.arpa");
    }
    const int rate = qEnvironmentVariableIntValue("ATTUNE_BENCH_ASR_RATE");
    if (rate > 0)
        files->sampleRate = rate;
    for (const QString& arg :
         qEnvironmentVariable("ATTUNE_BENCH_ASR_ARGS").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        files->extraArguments << arg.toUtf8();
    const QStringList feat =
        qEnvironmentVariable("ATTUNE_BENCH_ASR_FEAT").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (feat.isEmpty())
        return;
    QFile params(files->acousticModel + QStringLiteral("/feat.params"));
    params.open(QIODevice::ReadOnly);
    QList<QByteArray> lines = params.readAll().split('\n');
    params.close();
    for (qsizetype i = 0; i + 1 < feat.size(); i += 2) {
        const QByteArray flag = feat[i].toUtf8();
        lines.removeIf([&](const QByteArray& line) { return line.startsWith(flag + ' '); });
        lines.prepend(flag + ' ' + feat[i + 1].toUtf8());
    }
    params.remove();
    params.open(QIODevice::WriteOnly);
    params.write(lines.join('\n'));
}

bool run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitCode() == 0;
}

std::vector<int16_t> readWav(const QString& path, int* rate)
{
    QFile file(path);
    std::vector<int16_t> samples;
    if (!file.open(QIODevice::ReadOnly))
        return samples;
    WavStream wav;
    wav.append(file.readAll(), &samples);
    *rate = wav.sampleRate();
    return samples;
}

QStringList words(const QString& text)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z']+"));
    return text.toLower().split(notWord, Qt::SkipEmptyParts);
}

int editDistance(const QStringList& a, const QStringList& b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                {above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

struct Heard
{
    QString text;
    qint64 finalAtUs = 0;
};

// Decodes each sentence as its own stretch of a call (speech, then silence), through the
// app's Resampler and Transcriber. `paced`: fed in 100 ms blocks at real time, as the follower
// does, with the wall time of each final line kept.
struct Decoding
{
    QList<Heard> heard;
    QList<qint64> speechEndUs; // wall time the sentence's last sample was fed
    double cpuSeconds = 0;
    double audioSeconds = 0;
};

bool decode(Transcriber& transcriber, const QList<std::vector<int16_t>>& audio, int rate,
            bool paced, Decoding* out)
{
    QElapsedTimer clock;
    clock.start();
    QString current;
    bool gotFinal = false;
    qint64 finalAt = 0;
    transcriber.setSink([&](const Transcriber::Result& result) {
        if (!result.isFinal)
            return;
        current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + result.text;
        gotFinal = true;
        finalAt = clock.nsecsElapsed() / 1000;
    });
    const double cpuBefore = cpuSeconds();
    const int block = rate / 10;
    for (const std::vector<int16_t>& speech : audio) {
        std::vector<int16_t> padded = speech;
        padded.insert(padded.end(), size_t(rate) * 3 / 2, 0); // the pause after a sentence
        Resampler resampler(rate, transcriber.sampleRate());
        current.clear();
        gotFinal = false;
        qint64 speechEnd = 0;
        const qint64 startedUs = clock.nsecsElapsed() / 1000;
        for (size_t at = 0; at < padded.size(); at += size_t(block)) {
            const size_t n = std::min(size_t(block), padded.size() - at);
            std::vector<int16_t> resampled;
            resampler.process(padded.data() + at, n, &resampled);
            if (paced) {
                // A block is fed once all of it has been "spoken".
                const qint64 due = qint64(at + n) * 1000000 / rate;
                const qint64 wait = startedUs + due - clock.nsecsElapsed() / 1000;
                if (wait > 0)
                    QThread::usleep(quint64(wait));
            }
            transcriber.feed(resampled.data(), resampled.size());
            if (at + n >= speech.size() && speechEnd == 0)
                speechEnd = clock.nsecsElapsed() / 1000;
        }
        transcriber.finish();
        out->heard.append({current, gotFinal ? finalAt : 0});
        out->speechEndUs.append(speechEnd);
        out->audioSeconds += double(padded.size()) / rate;
    }
    out->cpuSeconds = cpuSeconds() - cpuBefore;
    return true;
}

double werPercent(const QList<Sentence>& list, const Decoding& decoding)
{
    int errors = 0;
    int total = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QStringList reference = words(list[i].text);
        errors += editDistance(reference, words(decoding.heard[i].text));
        total += int(reference.size());
    }
    return total ? 100.0 * errors / total : -1;
}

bool containsPhrase(const QString& text, const QString& phrase)
{
    return (QLatin1Char(' ') + words(text).join(QLatin1Char(' ')) + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + phrase + QLatin1Char(' '));
}

// Keyword spotting for the cue lexicon's phrases, on its own decoder: the phrases it hears in
// each sentence. Measured to see what it adds to free recognition; the app does not run it
// (measured with one threshold for all phrases: with the 16 kHz front end it finds most cue
// phrases but "hears" one in every neutral sentence; thresholds from 1e-25 to 1e-1 gave the
// same with the earlier 8 kHz one).
QList<QStringList> spotKeywords(const SpeechModelFiles& files, const QString& keyphraseFile,
                                const QList<std::vector<int16_t>>& audio, int rate, double* cpuUsed)
{
    QList<QStringList> spotted;
    cmd_ln_t* config = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm",
                                   QFile::encodeName(files.acousticModel).constData(), "-dict",
                                   QFile::encodeName(files.dictionary).constData(), "-kws",
                                   QFile::encodeName(keyphraseFile).constData(), "-kws_threshold",
                                   "1e-25", "-logfn", "/dev/null", nullptr);
    ps_decoder_t* decoder = config ? ps_init(config) : nullptr;
    if (config)
        cmd_ln_free_r(config);
    if (!decoder)
        return spotted;
    const double before = cpuSeconds();
    for (const std::vector<int16_t>& speech : audio) {
        Resampler resampler(rate, files.sampleRate);
        std::vector<int16_t> resampled;
        resampler.process(speech.data(), speech.size(), &resampled);
        resampled.insert(resampled.end(), size_t(files.sampleRate), 0);
        ps_start_utt(decoder);
        ps_process_raw(decoder, resampled.data(), resampled.size(), FALSE, TRUE);
        ps_end_utt(decoder);
        QStringList phrases;
        for (ps_seg_t* seg = ps_seg_iter(decoder); seg; seg = ps_seg_next(seg))
            phrases << QString::fromUtf8(ps_seg_word(seg));
        spotted.append(phrases);
    }
    *cpuUsed = cpuSeconds() - before;
    ps_free(decoder);
    return spotted;
}

// The lexicon's phrases whose words all have a pronunciation: what keyword spotting can listen
// for.
QStringList spottablePhrases(const QString& dictionary)
{
    QSet<QString> known;
    QFile dict(dictionary);
    if (dict.open(QIODevice::ReadOnly)) {
        while (!dict.atEnd()) {
            const QByteArray line = dict.readLine();
            known.insert(QString::fromUtf8(line.left(line.indexOf(' '))));
        }
    }
    QFile lexicon(QStringLiteral(":/lexicons/en.json"));
    lexicon.open(QIODevice::ReadOnly);
    const QJsonObject cues = QJsonDocument::fromJson(lexicon.readAll())
                                 .object()
                                 .value(QStringLiteral("cues"))
                                 .toObject();
    QSet<QString> phrases;
    for (const QString& kind : cues.keys()) {
        for (const QString& phrase : cues.value(kind).toObject().keys()) {
            const QStringList parts = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // One short word is spotted everywhere ("mad", "hell"): two syllables at least.
            if (parts.size() == 1 && phrase.size() < 6)
                continue;
            bool all = !parts.isEmpty();
            for (const QString& part : parts)
                all = all && known.contains(part);
            if (all)
                phrases.insert(phrase);
        }
    }
    QStringList sorted(phrases.begin(), phrases.end());
    sorted.sort();
    return sorted;
}

} // namespace

namespace {

// One set of sentences: `prefix` "asr_" for the evaluation set, "asr_dev_" for the development
// set (only its quality figures).
void asrSet(const QList<Sentence>& list, const char* prefixText,
            const std::function<bool(const char*)>& wantedName)
{
    const QByteArray prefix(prefixText);
    const bool dev = prefix != "asr_";
    // The figure's full name, kept alive for printf.
    QList<QByteArray> names;
    auto name = [&](const char* rest) -> const char* {
        names.append(prefix + rest);
        return names.last().constData();
    };
    auto wanted = [&](const char* rest) {
        const QByteArray full = prefix + rest;
        if (dev && !full.contains("wer") && !full.contains("cue"))
            return false;
        return wantedName(full.constData());
    };
    QString error;
    const bool narrowWanted = wanted("wer_pcmu_percent") || wanted("cue_recall_pcmu") ||
                              wanted("false_cues_pcmu") || wanted("cpu_percent") ||
                              wanted("extra_memory_mb") || wanted("final_latency_p95_ms") ||
                              wanted("kws_cue_recall_pcmu");
    if (!narrowWanted && !wanted("wer_g722_percent"))
        return; // nothing of this set: no speech to synthesise
    QTemporaryDir folder;
    QList<std::vector<int16_t>> wide;
    QList<std::vector<int16_t>> narrow;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString raw = folder.filePath(QStringLiteral("s%1.wav").arg(i));
        const QString g722 = folder.filePath(QStringLiteral("s%1-g722.wav").arg(i));
        const QString ulaw = folder.filePath(QStringLiteral("s%1-ulaw.wav").arg(i));
        const QString pcmu = folder.filePath(QStringLiteral("s%1-pcmu.wav").arg(i));
        if (!run(QStringLiteral("flite"),
                 {QStringLiteral("-voice"), QStringLiteral("kal16"), QStringLiteral("-t"),
                  list[i].text, QStringLiteral("-o"), raw}) ||
            !run(QStringLiteral("sox"),
                 {raw, g722, QStringLiteral("sinc"), QStringLiteral("50-7000")}) ||
            !run(QStringLiteral("sox"), {raw, QStringLiteral("-r"), QStringLiteral("8000"),
                                         QStringLiteral("-e"), QStringLiteral("mu-law"), ulaw}) ||
            !run(QStringLiteral("sox"), {ulaw, QStringLiteral("-e"), QStringLiteral("signed"),
                                         QStringLiteral("-b"), QStringLiteral("16"), pcmu})) {
            std::fprintf(stderr, "attune_bench: flite or sox failed (see .ci/install-deps)\n");
            return;
        }
        int rate = 0;
        wide.append(readWav(g722, &rate));
        narrow.append(readWav(pcmu, &rate));
    }

    const QString modelRoot = folder.filePath(QStringLiteral("model"));
    if (wanted("wer_g722_percent")) {
        SpeechModelFiles files;
        std::unique_ptr<Transcriber> transcriber;
        if (SpeechModel::prepare(modelRoot, AudioBand::Wide, &files, &error)) {
            applyOverrides(&files);
            transcriber = Transcriber::create(files, &error);
        }
        Decoding decoding;
        if (transcriber && decode(*transcriber, wide, 16000, false, &decoding))
            std::printf("BENCH %s %.3f %%\n", name("wer_g722_percent"), werPercent(list, decoding));
    }

    if (!narrowWanted)
        return;
    const double rssBefore = rssMb();
    SpeechModelFiles files;
    std::unique_ptr<Transcriber> transcriber;
    if (SpeechModel::prepare(modelRoot, AudioBand::Narrow, &files, &error)) {
        applyOverrides(&files);
        transcriber = Transcriber::create(files, &error);
    }
    if (!transcriber) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        return;
    }
    Decoding decoding;
    decode(*transcriber, narrow, 8000, false, &decoding);
    // Development set only: what was heard, to see what a setting changes.
    if (dev && qEnvironmentVariableIsSet("ATTUNE_BENCH_ASR_SHOW")) {
        for (qsizetype i = 0; i < list.size(); ++i)
            std::printf("# %s\n#   %s\n", qPrintable(list[i].text),
                        qPrintable(decoding.heard[i].text));
    }
    if (wanted("wer_pcmu_percent"))
        std::printf("BENCH %s %.3f %%\n", name("wer_pcmu_percent"), werPercent(list, decoding));
    if (wanted("cue_recall_pcmu") || wanted("false_cues_pcmu")) {
        Lexicon lexicon;
        Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error);
        const CueDetector detector(std::move(lexicon));
        int cues = 0;
        int found = 0;
        int falseCues = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].cue.isEmpty()) {
                // A neutral sentence is a false cue when its transcript reads as upset while
                // its words do not.
                falseCues += detector.read(decoding.heard[i].text).negative &&
                                     !detector.read(list[i].text).negative
                                 ? 1
                                 : 0;
                continue;
            }
            ++cues;
            found += containsPhrase(decoding.heard[i].text, list[i].cue) ? 1 : 0;
        }
        std::printf("BENCH %s %.3f ratio\n", name("cue_recall_pcmu"), double(found) / cues);
        std::printf("BENCH %s %d sentences\n", name("false_cues_pcmu"), falseCues);
    }
    if (wanted("cpu_percent"))
        std::printf("BENCH %s %.3f %%\n", name("cpu_percent"),
                    100.0 * decoding.cpuSeconds / decoding.audioSeconds);
    if (wanted("extra_memory_mb"))
        std::printf("BENCH %s %.3f MB\n", name("extra_memory_mb"), rssMb() - rssBefore);
    if (wanted("final_latency_p95_ms")) {
        // Paced: the first twelve sentences in real time, as a call delivers them.
        Decoding paced;
        decode(*transcriber, narrow.mid(0, 12), 8000, true, &paced);
        std::vector<double> latencies;
        for (qsizetype i = 0; i < paced.heard.size(); ++i) {
            if (paced.heard[i].finalAtUs > 0)
                latencies.push_back((paced.heard[i].finalAtUs - paced.speechEndUs[i]) / 1000.0);
        }
        std::sort(latencies.begin(), latencies.end());
        const double p95 =
            latencies.empty()
                ? -1
                : latencies[std::min(latencies.size() - 1, size_t(latencies.size() * 0.95))];
        std::printf("BENCH %s %.3f ms\n", name("final_latency_p95_ms"), p95);
    }
    if (wanted("kws_cue_recall_pcmu")) {
        const QStringList phrases = spottablePhrases(files.dictionary);
        const QString keyphrases = folder.filePath(QStringLiteral("cues.kws"));
        QFile out(keyphrases);
        out.open(QIODevice::WriteOnly);
        out.write(phrases.join(QLatin1Char('\n')).toUtf8() + '\n');
        out.close();
        double cpu = 0;
        const QList<QStringList> spotted = spotKeywords(files, keyphrases, narrow, 8000, &cpu);
        int cues = 0;
        int found = 0;
        int foundEither = 0;
        int falseCues = 0;
        for (qsizetype i = 0; i < spotted.size(); ++i) {
            if (list[i].cue.isEmpty()) {
                falseCues += spotted[i].isEmpty() ? 0 : 1;
                continue;
            }
            ++cues;
            const bool spottedIt = spotted[i].contains(list[i].cue);
            found += spottedIt ? 1 : 0;
            foundEither += spottedIt || containsPhrase(decoding.heard[i].text, list[i].cue) ? 1 : 0;
        }
        std::printf("# keyword spotting: %lld lexicon phrases\n", qlonglong(phrases.size()));
        std::printf("BENCH %s %.3f ratio\n", name("kws_cue_recall_pcmu"),
                    double(found) / qMax(1, cues));
        std::printf("BENCH %s %.3f ratio\n", name("kws_or_free_cue_recall_pcmu"),
                    double(foundEither) / qMax(1, cues));
        std::printf("BENCH %s %d sentences\n", name("kws_false_cues_pcmu"), falseCues);
        std::printf("BENCH %s %.3f %%\n", name("kws_cpu_percent"),
                    100.0 * cpu / decoding.audioSeconds);
    }
    std::fflush(stdout);
}

} // namespace

void asrBenchmarks(const std::function<bool(const char*)>& wanted)
{
    QString error;
    if (!SpeechModel::isInstalled(&error)) {
        std::fprintf(stderr, "attune_bench: %s\n", qPrintable(error));
        return;
    }
    asrSet(sentences(), "asr_", wanted);
    const QList<Sentence> dev = devSentences();
    if (dev.isEmpty())
        std::fprintf(stderr, "attune_bench: no development sentences (%s)\n",
                     ATTUNE_SOURCE_DIR "/resources/speech/en/dev_sentences.tsv");
    else
        asrSet(dev, "asr_dev_", wanted);
}

} // namespace attune::bench
