// The speech module (attune_speech.so): Transcriber over PocketSphinx, loaded by
// Transcriber::create when the first transcribed call starts.

#include "Transcriber.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <pocketsphinx.h>
#include <sphinxbase/ngram_model.h>

namespace attune {

namespace {

// A partial line at most this often: enough for the agent to see words arrive, without
// asking the decoder for its best path on every 100 ms of audio.
constexpr qint64 kPartialEveryMs = 700;

// The utterance's confidence: the mean of its words' lattice posteriors. The posterior of the
// whole hypothesis (ps_get_prob) is the product of its words' and shrinks towards zero with
// every word, so it says more about the length of a sentence than about how sure we are.
double meanWordPosterior(ps_decoder_t* decoder)
{
    logmath_t* logmath = ps_get_logmath(decoder);
    double sum = 0;
    int words = 0;
    for (ps_seg_t* seg = ps_seg_iter(decoder); seg; seg = ps_seg_next(seg)) {
        const char* word = ps_seg_word(seg);
        // Silences and fillers ("<s>", "<sil>", "[NOISE]") are not words the customer said.
        if (!word || word[0] == '<' || word[0] == '[')
            continue;
        int32 acoustic = 0, language = 0, backoff = 0;
        sum += std::clamp(logmath_exp(logmath, ps_seg_prob(seg, &acoustic, &language, &backoff)),
                          0.0, 1.0);
        ++words;
    }
    return words > 0 ? sum / words : 0.0;
}

class PocketSphinxTranscriber final : public Transcriber
{
public:
    explicit PocketSphinxTranscriber(ps_decoder_t* decoder, int sampleRate)
        : m_decoder(decoder)
        , m_sampleRate(sampleRate)
    {}
    ~PocketSphinxTranscriber() override;

    void feed(const int16_t* samples, size_t count) override;
    void finish() override;
    qint64 audioMs() const override { return m_samplesFed * 1000 / m_sampleRate; }
    int sampleRate() const override { return m_sampleRate; }

private:
    void endUtterance();

    ps_decoder_t* m_decoder = nullptr;
    int m_sampleRate = 16000;
    qint64 m_samplesFed = 0;
    bool m_inUtterance = false;
    qint64 m_lastPartialAtSamples = 0;
    QString m_lastPartial;
};

// Linear interpolation of the generic model with the customer-service one: the generic model
// keeps every word it knows reachable, the small one makes the domain's word sequences likely.
bool useMixedLanguageModel(ps_decoder_t* decoder, const QByteArray& genericPath,
                           const SpeechModelFiles& files)
{
    cmd_ln_t* config = ps_get_config(decoder);
    logmath_t* logmath = ps_get_logmath(decoder);
    const QByteArray domainPath = QFile::encodeName(files.domainLanguageModel);
    // Each model takes over a reference to the decoder's log tables: a set needs them shared.
    ngram_model_t* generic =
        ngram_model_read(config, genericPath.constData(), NGRAM_AUTO, logmath_retain(logmath));
    ngram_model_t* domain =
        ngram_model_read(config, domainPath.constData(), NGRAM_ARPA, logmath_retain(logmath));
    bool ok = false;
    if (generic && domain) {
        ngram_model_t* models[] = {generic, domain};
        char genericName[] = "generic";
        char domainName[] = "customer-service";
        char* names[] = {genericName, domainName};
        const float32 weights[] = {float32(1.0 - files.domainWeight), float32(files.domainWeight)};
        // The set and then the search take references of their own.
        ngram_model_t* set = ngram_model_set_init(config, models, names, weights, 2);
        if (set) {
            ok = ps_set_lm(decoder, "mixed", set) == 0 && ps_set_search(decoder, "mixed") == 0;
            ngram_model_free(set);
        }
    }
    if (generic)
        ngram_model_free(generic);
    if (domain)
        ngram_model_free(domain);
    return ok;
}

} // namespace

static std::unique_ptr<Transcriber> createPocketSphinxTranscriber(const SpeechModelFiles& files,
                                                                  QString* error)
{
    const QByteArray hmm = QFile::encodeName(files.acousticModel);
    const QByteArray lm = QFile::encodeName(files.languageModel);
    const QByteArray dict = QFile::encodeName(files.dictionary);
    const QByteArray rate = QByteArray::number(files.sampleRate);
    // A 32 ms frame: 256 points at 8 kHz, 512 at 16 kHz.
    const QByteArray fft = files.sampleRate <= 8000 ? "256" : "512";
    // The decoder's own log goes nowhere: it would name words the customer said.
    const bool mixed = !files.domainLanguageModel.isEmpty() && files.domainWeight > 0;
    QList<QByteArray> args = {
        "-hmm", hmm, "-dict", dict, "-samprate", rate, "-nfft", fft, "-logfn", "/dev/null",
        // End an utterance after 0.4 s of silence (default 0.5 s): the
        // line reaches the agent sooner.
        "-vad_postspeech", "40",
        // About half the defaults' work (no second pass, capped active
        // HMMs and words per frame, phone lookahead): the recogniser
        // shares the agent's computer with the softphone and the CRM.
        // Tighter caps (4000 HMMs, 10 words) halve the CPU again but
        // raised the G.711 word error rate from 42 to 47 % in
        // attune_bench (asr_wer_pcmu_percent, asr_cpu_percent).
        "-fwdflat", "no", "-maxwpf", "20", "-maxhmmpf", "10000", "-pl_window", "5"};
    if (!mixed)
        args << "-lm" << lm;
    args << files.extraArguments;
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>("attune"));
    for (QByteArray& arg : args)
        argv.push_back(arg.data());
    cmd_ln_t* config = cmd_ln_parse_r(nullptr, ps_args(), int(argv.size()), argv.data(), TRUE);
    if (!config) {
        *error = Transcriber::tr("The speech recogniser refused its settings.");
        return nullptr;
    }
    ps_decoder_t* decoder = ps_init(config);
    cmd_ln_free_r(config); // the decoder keeps its own reference
    if (!decoder) {
        *error = Transcriber::tr("The speech recogniser could not load its model from %1.")
                     .arg(files.acousticModel);
        return nullptr;
    }
    if (mixed && !useMixedLanguageModel(decoder, lm, files)) {
        ps_free(decoder);
        *error =
            Transcriber::tr("The speech recogniser could not load its language models %1 and %2.")
                .arg(files.languageModel, files.domainLanguageModel);
        return nullptr;
    }
    ps_start_utt(decoder);
    return std::make_unique<PocketSphinxTranscriber>(decoder, files.sampleRate);
}

PocketSphinxTranscriber::~PocketSphinxTranscriber()
{
    if (m_decoder) {
        ps_end_utt(m_decoder);
        ps_free(m_decoder);
    }
}

void PocketSphinxTranscriber::feed(const int16_t* samples, size_t count)
{
    // Blocks of 0.1 s: speech start and end are detected at that granularity.
    const size_t kBlock = size_t(m_sampleRate) / 10;
    for (size_t at = 0; at < count; at += kBlock) {
        const size_t n = std::min(kBlock, count - at);
        ps_process_raw(m_decoder, samples + at, n, FALSE, FALSE);
        m_samplesFed += qint64(n);
        const bool inSpeech = ps_get_in_speech(m_decoder) != 0;
        if (inSpeech && !m_inUtterance) {
            m_inUtterance = true;
            m_lastPartialAtSamples = m_samplesFed;
            m_lastPartial.clear();
        } else if (!inSpeech && m_inUtterance) {
            endUtterance();
        } else if (inSpeech &&
                   m_samplesFed - m_lastPartialAtSamples >= kPartialEveryMs * m_sampleRate / 1000) {
            m_lastPartialAtSamples = m_samplesFed;
            int32 score = 0;
            const char* hyp = ps_get_hyp(m_decoder, &score);
            const QString text = hyp ? QString::fromUtf8(hyp).simplified() : QString();
            if (!text.isEmpty() && text != m_lastPartial && m_sink) {
                m_lastPartial = text;
                Result partial;
                partial.text = text;
                partial.isFinal = false;
                partial.audioEndMs = audioMs();
                m_sink(partial);
            }
        }
    }
}

void PocketSphinxTranscriber::finish()
{
    if (m_inUtterance)
        endUtterance();
}

void PocketSphinxTranscriber::endUtterance()
{
    m_inUtterance = false;
    ps_end_utt(m_decoder);
    int32 score = 0;
    const char* hyp = ps_get_hyp(m_decoder, &score);
    const QString text = hyp ? QString::fromUtf8(hyp).simplified() : QString();
    if (!text.isEmpty() && m_sink) {
        Result result;
        result.text = text;
        result.isFinal = true;
        result.confidence = meanWordPosterior(m_decoder);
        result.audioEndMs = audioMs();
        m_sink(result);
    }
    m_lastPartial.clear();
    ps_start_utt(m_decoder);
}

} // namespace attune

extern "C" Q_DECL_EXPORT attune::Transcriber*
attune_create_transcriber(const attune::SpeechModelFiles& files, QString* error)
{
    return attune::createPocketSphinxTranscriber(files, error).release();
}
