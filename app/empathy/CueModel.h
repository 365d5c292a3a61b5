#pragma once

#include "empathy/CueDetector.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace attune {

// The languages Attune reads customers in, in the order of the language detector's classes.
inline constexpr std::array<const char*, 5> kCueLanguages = {"en", "es", "de", "fr", "pt"};
bool isCueLanguage(const QString& code);
// "pt_BR", "de-AT", "ES" → "pt", "de", "es"; anything else → "".
QString cueLanguageOf(const QString& localeOrCode);

// Word lists for the rules that are fused into the model as features (negation scope, counted
// failures, waits and deadlines, sarcasm markers). They travel inside each weights file so the
// C++ side reads a line exactly as resources/training/train_cues.py did.
struct CueFeatureRules
{
    QSet<QString> negators;
    QStringList negatorSuffixes;
    QStringList negatorPrefixes;
    QSet<QString> counts;
    QSet<QString> repeatNouns;
    QSet<QString> repeatWords;
    QStringList repeatPhrases;
    QSet<QString> durationUnits;
    QSet<QString> deadlineWords;
    // Optional (fourth generation): a wait word with a duration unit among the next three words
    // of its clause ("seit Wochen") gives r:wait; a deadline target or a duration unit one or
    // two words after a deadline word ("bis Freitag") gives r:deadline (units only when the
    // targets are given); a when word, or a clock word before a count ("um drei"), gives r:when.
    QSet<QString> waitWords;
    QSet<QString> deadlineTargets;
    QSet<QString> whenWords;
    QSet<QString> clockWords;
    QStringList sarcasm;
    // The seed lexicon: per cue, stems whose last word matches as a prefix ("frustr" matches
    // "frustrated"), giving the features r:lex:<cue> or, negated, r:nlex:<cue>.
    struct Stem
    {
        int cue;
        QStringList words;
    };
    QList<Stem> lexicon;
    // Indexes into lexicon by the first letter of a stem, so a word is compared with few stems.
    QHash<QChar, QList<qsizetype>> lexiconByFirst;
    // A general sentiment lexicon's words by strength (English: VADER's, MIT), giving
    // r:v:<class> or, negated, r:nv:<class>; a word the few hundred service lines never used
    // still counts. Values are the Valence classes below.
    QHash<QString, quint8> valence;
    enum Valence : quint8
    {
        NoValence = 0,
        StrongNegative = 1, // "neg2"
        Negative = 2,       // "neg"
        Positive = 3,       // "pos"
        StrongPositive = 4, // "pos2"
    };

    // What a word is to the rules, from the sets above: one lookup per word instead of one per
    // set. index() builds the table (the loader calls it); until then it is computed per word.
    // The word's valence class sits above the flags (flags >> kValenceShift).
    enum WordFlag : quint16
    {
        Negator = 1,
        Count = 2,
        RepeatNoun = 4,
        RepeatWord = 8,
        DurationUnit = 16,
        DeadlineWord = 32,
        WaitWord = 64,
        DeadlineTarget = 128,
        WhenWord = 256,
        ClockWord = 512,
    };
    static constexpr int kValenceShift = 10;
    void index();
    quint16 flagsOf(const QString& word) const;

private:
    QHash<QString, quint16> m_flags;
    bool m_indexed = false;
};

// One line cut into hashed features, the way the trainer does it (docs/cue-model.md).
struct CueFeatures
{
    struct Feature
    {
        quint32 bucket;
        int word;             // index into words, or -1 for a rule about the whole line
        bool negated = false; // the word's negated form ("n:"), for the evidence
    };
    CueFeatures() = default;
    // words point into text: a copy would point into the original's.
    CueFeatures(const CueFeatures&) = delete;
    CueFeatures& operator=(const CueFeatures&) = delete;

    // The line's words, lower-cased. They are views into `text` (no allocation per word), valid
    // until the next extract() into this object: copy one (QString(w.constData(), w.size()))
    // to keep it.
    QStringList words;
    QString text;
    QList<int> negatorOf; // for a word in a negation's scope, the negator's index; else -1
    std::vector<Feature> features;

    static void extract(QStringView line, const CueFeatureRules& rules, int hashBits,
                        CueFeatures* out);
    static void languageGrams(QStringView line, int hashBits, std::vector<quint32>* buckets);
};

// A trained multi-label linear model for one language: six cues plus "negative" and
// "positive", read from a weights file (docs/cue-model.md) that is checked before use.
class CueModel
{
public:
    static constexpr int kOutputs = 8; // the six cues, then negative, positive
    static constexpr int kNegative = 6;
    static constexpr int kPositive = 7;

    // Refuses a damaged, truncated or foreign file (wrong magic, version, kind, language,
    // dimensions or checksum), naming the file and the reason.
    static bool load(const QByteArray& bytes, const QString& fileName,
                     const QString& expectedLanguage, CueModel* out, QString* error);
    static bool loadFile(const QString& path, const QString& expectedLanguage, CueModel* out,
                         QString* error);

    struct Scores
    {
        std::array<double, kOutputs> probability{};
        // Per output, the words that pushed it up most, strongest first.
        std::array<QStringList, kOutputs> evidence;
    };
    Scores score(QStringView line, bool withEvidence = true) const;

    QString language() const { return m_language; }
    double threshold(int output) const { return m_thresholds[size_t(output)]; }
    qsizetype weightBytes() const { return qsizetype(m_weights.size() * sizeof(qint16)); }

private:
    QString m_language;
    int m_hashBits = 0;
    CueFeatureRules m_rules;
    std::array<float, kOutputs> m_bias{};
    std::array<float, kOutputs> m_scale{};
    std::array<float, kOutputs> m_thresholds{};
    std::vector<qint16> m_weights; // bucket-major: kOutputs weights per bucket
};

// Which of the five languages a line is in: multinomial naive Bayes over hashed character
// trigrams, trained with the cue models.
class LanguageDetector
{
public:
    static bool load(const QByteArray& bytes, const QString& fileName, LanguageDetector* out,
                     QString* error);
    // Log-likelihood of the line per language, relative to their mean (kCueLanguages order).
    std::array<double, kCueLanguages.size()> scores(QStringView line) const;
    // The likeliest language, or "" when the line has no letters to go by.
    QString detect(QStringView line, double* margin = nullptr) const;

private:
    int m_hashBits = 0;
    std::array<float, kCueLanguages.size()> m_scale{};
    std::vector<qint16> m_weights; // bucket-major
};

// A call's language: fixed when a source says it, otherwise detected from the customer's
// lines, with hysteresis so that one ambiguous line never flips it.
class CallLanguage
{
public:
    explicit CallLanguage(QString fallback = QStringLiteral("en"));
    void setFixed(const QString& code); // "" or "auto" goes back to detecting
    // Reads a customer line and returns the language to read it in.
    QString observe(QStringView line, const LanguageDetector* detector);
    QString current() const { return m_current.isEmpty() ? m_fallback : m_current; }
    bool isFixed() const { return m_fixed; }

    // Lead (in nats, summed over the call) a language needs over the current one to take over.
    static constexpr double kSwitchMargin = 12.0;

private:
    QString m_fallback;
    QString m_current;
    bool m_fixed = false;
    std::array<double, kCueLanguages.size()> m_total{};
};

// The models of every language, loaded on first use from the resources (or from files given
// to install()), shared by every reader. Thread-safe.
class CueModels
{
public:
    static CueModels& shared();

    // nullptr when the language has no usable model (the rules alone are then used).
    std::shared_ptr<const CueModel> model(const QString& language);
    std::shared_ptr<const LanguageDetector> detector();
    // Replaces a language's model from a file; on any problem the previous model stays in use,
    // the log says so and *error names the file and the reason.
    bool install(const QString& language, const QString& path, QString* error);
    // Where the built-in weights live (":/models/cues-<lang>.atm").
    static QString resourcePath(const QString& language);

private:
    std::mutex m_mutex;
    std::array<std::shared_ptr<const CueModel>, kCueLanguages.size()> m_models;
    std::array<bool, kCueLanguages.size()> m_tried{};
    std::shared_ptr<const LanguageDetector> m_detector;
    bool m_detectorTried = false;
};

// Reads a customer line in a language: the trained model (with the rules fused in as its
// features) and, where a lexicon exists for the language, the lexicon's rules as a prior.
class CueReader
{
public:
    // rules: the lexicon detector (English today), or nullptr.
    explicit CueReader(const CueDetector* rules = nullptr, CueModels* models = nullptr);

    enum class Mode
    {
        Both,
        ModelOnly,
        RulesOnly
    };
    void setMode(Mode mode) { m_mode = mode; }

    CueReading read(QStringView line, const QString& language) const;
    // nameNegative: a negative line with no negative cue of its own gets its likeliest one.
    static CueReading fromModel(const CueModel& model, const CueModel::Scores& scores,
                                bool nameNegative = true);
    // Noisy-or of model and lexicon rules, the lexicon weighted by kRulesWeight; negative when
    // the model says so.
    static CueReading fuse(const CueReading& model, const CueReading& rules);
    static constexpr double kRulesWeight = 0.5;

private:
    const CueDetector* m_rules;
    CueModels* m_models;
    Mode m_mode = Mode::Both;
};

// `attune cues`: one line after another, each read in the language given or, with "auto",
// detected per line with the stream's language as the tie-breaker.
class CueStreamReader
{
public:
    CueStreamReader(const CueDetector* rules, QString language);
    CueReading read(QStringView line);

private:
    CueReader m_reader;
    QString m_language; // "auto" or a code
    CallLanguage m_stream;
};

} // namespace attune
