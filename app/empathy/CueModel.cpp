#include "CueModel.h"

#include "core/Logging.h"
#include "empathy/PhraseFilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

namespace attune {

namespace {

// The format of the weights file; see docs/cue-model.md. Everything little-endian.
constexpr char kMagic[8] = {'A', 'T', 'C', 'U', 'E', 'M', 'D', 'L'};
constexpr quint32 kVersion = 1;
constexpr quint32 kKindCues = 1;
constexpr quint32 kKindLanguages = 2;
constexpr qsizetype kHeaderBytes = 60;
constexpr int kNameBytes = 16;
constexpr int kMinHashBits = 8;
constexpr int kMaxHashBits = 22;
// The trainer reads at most this much of a line, and cuts words for character n-grams here.
constexpr qsizetype kMaxCodepoints = 4000;
constexpr int kMaxWord = 24;
constexpr int kEvidenceWords = 3;

constexpr const char* kOutputNames[CueModel::kOutputs] = {"frustration", "anxiety", "sadness",
                                                          "confusion",   "urgency", "gratitude",
                                                          "negative",    "positive"};

// FNV-1a, 32 bits over UTF-8 for feature buckets, 64 bits for the payload checksum.
struct Fnv32
{
    quint32 h = 0x811C9DC5u;
    void byte(unsigned char b)
    {
        h ^= b;
        h *= 0x01000193u;
    }
    void ascii(const char* s)
    {
        while (*s)
            byte(static_cast<unsigned char>(*s++));
    }
    void codepoint(char32_t c)
    {
        if (c < 0x80) {
            byte(static_cast<unsigned char>(c));
        } else if (c < 0x800) {
            byte(static_cast<unsigned char>(0xC0 | (c >> 6)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            byte(static_cast<unsigned char>(0xE0 | (c >> 12)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        } else {
            byte(static_cast<unsigned char>(0xF0 | (c >> 18)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F)));
            byte(static_cast<unsigned char>(0x80 | (c & 0x3F)));
        }
    }
    void text(std::u32string_view s, size_t from = 0, size_t count = std::u32string::npos)
    {
        const size_t end =
            count == std::u32string::npos ? s.size() : std::min(s.size(), from + count);
        for (size_t i = from; i < end; ++i)
            codepoint(s[i]);
    }
};

quint64 fnv64(const char* data, qsizetype size)
{
    quint64 h = 0xCBF29CE484222325ull;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= static_cast<unsigned char>(data[i]);
        h *= 0x100000001B3ull;
    }
    return h;
}

// Python's str.lower() of one code point, where it stays one code point: QChar's simple
// mapping, except for U+0130 whose full lower case is two code points (Python keeps it).
char32_t lowerChar(char32_t c)
{
    if (c < 0x80) // the same as QChar::toLower, without the table lookups most text needs
        return c >= U'A' && c <= U'Z' ? c + 32 : c;
    if (c == 0x130)
        return c;
    return QChar::toLower(c);
}

QChar::Category categoryOf(char32_t c)
{
    static const auto ascii = [] {
        std::array<QChar::Category, 0x80> table{};
        for (char32_t i = 0; i < 0x80; ++i)
            table[i] = QChar::category(i);
        return table;
    }();
    return c < 0x80 ? ascii[c] : QChar::category(c);
}

bool isLetter(QChar::Category cat)
{
    return cat >= QChar::Letter_Uppercase && cat <= QChar::Letter_Other;
}
bool isNumber(QChar::Category cat)
{
    return cat >= QChar::Number_DecimalDigit && cat <= QChar::Number_Other;
}
bool isMark(QChar::Category cat)
{
    return cat >= QChar::Mark_NonSpacing && cat <= QChar::Mark_Enclosing;
}

// The first kMaxCodepoints code points, typographic apostrophes made plain; unpaired
// surrogates become U+FFFD like invalid UTF-8 does.
std::u32string codepoints(QStringView line)
{
    std::u32string out;
    out.reserve(size_t(std::min<qsizetype>(line.size(), kMaxCodepoints)));
    for (qsizetype i = 0; i < line.size() && qsizetype(out.size()) < kMaxCodepoints; ++i) {
        char32_t c = line.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < line.size() &&
            QChar::isLowSurrogate(line.at(i + 1).unicode())) {
            c = QChar::surrogateToUcs4(line.at(i).unicode(), line.at(i + 1).unicode());
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        if (c == 0x2019 || c == 0x2018)
            c = U'\'';
        out.push_back(c);
    }
    return out;
}

struct Token
{
    std::u32string_view text; // into the characters tokenise() was given
    bool shouted = false;
    int clause = 0;
    bool elongated = false;
};

// ASCII faces by their canonical form (mirrors EMOTICONS in train_cues.py). Social posts carry
// feeling in them, and the punctuation they are made of would otherwise vanish (":(" and ":)"
// read the same).
struct Emoticon
{
    std::u32string_view typed;
    std::u32string_view face; // never longer than typed: tokenise() writes it in place
};
constexpr std::array<Emoticon, 27> kEmoticons{{
    {U":)", U":)"},   {U":-)", U":)"},  {U"=)", U":)"},  {U":]", U":)"},   {U":(", U":("},
    {U":-(", U":("},  {U"=(", U":("},   {U":[", U":("},  {U":'(", U":'("}, {U";)", U";)"},
    {U";-)", U";)"},  {U":D", U":d"},   {U":-D", U":d"}, {U"=D", U":d"},   {U":P", U":p"},
    {U":p", U":p"},   {U":-P", U":p"},  {U":-p", U":p"}, {U":/", U":/"},   {U":-/", U":/"},
    {U":\\", U":/"},  {U":o", U":o"},   {U":O", U":o"},  {U":|", U":|"},   {U"<3", U"<3"},
    {U"</3", U"</3"}, {U"-_-", U"-_-"},
}};

bool isWordChar(char32_t c)
{
    const QChar::Category cat = categoryOf(c);
    return isLetter(cat) || isNumber(cat) || isMark(cat) || c == U'\'';
}

// A face at cps[i]: at the start or after a character that is not a letter, digit, mark or
// "'", and followed by no letter or digit ("https://", "10:30" and ":Pedro" stay what they
// are); a repeated last character belongs to it (":)))"). Returns the face and sets *end.
std::u32string_view matchEmoticon(const std::u32string& cps, size_t i, size_t* end)
{
    if (i > 0 && isWordChar(cps[i - 1]))
        return {};
    const std::u32string_view rest(cps.data() + i, cps.size() - i);
    for (const size_t n : {size_t(3), size_t(2)}) {
        if (rest.size() < n)
            continue;
        const auto it = std::find_if(kEmoticons.begin(), kEmoticons.end(), [&](const Emoticon& e) {
            return e.typed == rest.substr(0, n);
        });
        if (it == kEmoticons.end())
            continue;
        size_t j = i + n;
        while (j < cps.size() && cps[j] == cps[j - 1])
            ++j;
        if (j < cps.size()) {
            const QChar::Category cat = categoryOf(cps[j]);
            if (isLetter(cat) || isNumber(cat))
                return {};
        }
        *end = j;
        return it->face;
    }
    return {};
}

// The tokens' text goes, one token after another, into *chars (reserved up front, so the views
// stay valid): no allocation per token.
void tokenise(const std::u32string& cps, std::vector<Token>* tokens, std::u32string* chars)
{
    tokens->clear();
    chars->clear();
    chars->reserve(cps.size()); // every code point adds at most one character
    int clause = 0;
    size_t start = 0;
    int letters = 0;
    int upper = 0;
    const auto flush = [&] {
        if (chars->size() > start) {
            // A letter typed three or more times in a row counts once ("muuuito", "noooo").
            bool elongated = false;
            size_t out = start;
            for (size_t i = start; i < chars->size();) {
                const char32_t c = (*chars)[i];
                size_t run = i + 1;
                while (run < chars->size() && (*chars)[run] == c)
                    ++run;
                if (run - i >= 3 && isLetter(categoryOf(c))) {
                    (*chars)[out++] = c;
                    elongated = true;
                } else {
                    for (size_t k = i; k < run; ++k)
                        (*chars)[out++] = c;
                }
                i = run;
            }
            chars->resize(out);
            tokens->push_back({std::u32string_view(chars->data() + start, out - start),
                               letters >= 3 && upper == letters, clause, elongated});
        }
        start = chars->size();
        letters = 0;
        upper = 0;
    };
    for (size_t i = 0; i < cps.size();) {
        const char32_t c = cps[i];
        if (c == U':' || c == U';' || c == U'=' || c == U'<' || c == U'-') {
            size_t end = 0;
            const std::u32string_view face = matchEmoticon(cps, i, &end);
            if (!face.empty()) {
                flush();
                ++clause; // a clause of its own, as the ':' it starts with used to end one
                chars->append(face);
                tokens->push_back(
                    {std::u32string_view(chars->data() + start, face.size()), false, clause});
                start = chars->size();
                ++clause;
                i = end;
                continue;
            }
        }
        ++i;
        const QChar::Category cat = categoryOf(c);
        if (isLetter(cat) || isNumber(cat) || c == U'\'') {
            if (isLetter(cat)) {
                ++letters;
                upper += cat == QChar::Letter_Uppercase;
            }
            chars->push_back(lowerChar(c));
        } else if (isMark(cat)) {
            if (chars->size() > start)
                chars->push_back(c);
        } else {
            flush();
            if (cat == QChar::Symbol_Other) {
                chars->push_back(c);
                tokens->push_back({std::u32string_view(chars->data() + start, 1), false, clause});
                start = chars->size();
            } else if (c == U',' || c == U'.' || c == U';' || c == U':' || c == U'!' || c == U'?' ||
                       c == U'\n') {
                ++clause;
            }
        }
    }
    flush();
}

bool startsWithDigit(std::u32string_view s)
{
    return !s.empty() && s[0] >= U'0' && s[0] <= U'9';
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

QSet<QString> stringSet(const QJsonValue& value)
{
    const QStringList list = stringList(value);
    return QSet<QString>(list.begin(), list.end());
}

template <typename T>
T readLe(const char* at)
{
    return qFromLittleEndian<T>(at);
}

float readFloat(const char* at)
{
    const quint32 bits = readLe<quint32>(at);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// What the header and the framing of a weights file say, checked.
struct Container
{
    quint32 kind = 0;
    QString language;
    int hashBits = 0;
    int outputs = 0;
    quint32 entries = 0;
    QStringList names;
    QJsonObject config;
    const char* floats = nullptr; // bias, scale, threshold: outputs each
    const char* rows = nullptr;   // entries × (u32 bucket, outputs × i16)
};

bool readContainer(const QByteArray& bytes, const QString& fileName, quint32 kind,
                   int expectedOutputs, Container* out, QString* error)
{
    const auto fail = [&](const QString& reason) {
        *error = QStringLiteral("%1: %2").arg(fileName, reason);
        return false;
    };
    if (bytes.size() < kHeaderBytes)
        return fail(QStringLiteral("truncated: %1 bytes, the header alone is %2")
                        .arg(bytes.size())
                        .arg(kHeaderBytes));
    const char* data = bytes.constData();
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0)
        return fail(QStringLiteral("not an Attune cue model (wrong magic)"));
    if (const quint32 version = readLe<quint32>(data + 8); version != kVersion)
        return fail(
            QStringLiteral("format version %1, this Attune reads %2").arg(version).arg(kVersion));
    out->kind = readLe<quint32>(data + 12);
    if (out->kind != kind)
        return fail(QStringLiteral("holds a %1, not a %2")
                        .arg(out->kind == kKindCues ? QStringLiteral("cue model")
                                                    : QStringLiteral("language detector"),
                             kind == kKindCues ? QStringLiteral("cue model")
                                               : QStringLiteral("language detector")));
    out->language = QString::fromLatin1(data + 20, qsizetype(strnlen(data + 20, 8)));
    out->hashBits = int(readLe<quint32>(data + 28));
    out->outputs = int(readLe<quint32>(data + 32));
    out->entries = readLe<quint32>(data + 36);
    const quint32 configBytes = readLe<quint32>(data + 40);
    const quint64 payloadBytes = readLe<quint64>(data + 44);
    const quint64 checksum = readLe<quint64>(data + 52);
    if (out->hashBits < kMinHashBits || out->hashBits > kMaxHashBits)
        return fail(QStringLiteral("hash size of %1 bits is out of range").arg(out->hashBits));
    if (out->outputs != expectedOutputs)
        return fail(
            QStringLiteral("%1 outputs, expected %2").arg(out->outputs).arg(expectedOutputs));
    if (payloadBytes != quint64(bytes.size() - kHeaderBytes))
        return fail(QStringLiteral("truncated or padded: the header announces %1 bytes of "
                                   "weights, the file has %2")
                        .arg(payloadBytes)
                        .arg(bytes.size() - kHeaderBytes));
    const char* payload = data + kHeaderBytes;
    if (fnv64(payload, qsizetype(payloadBytes)) != checksum)
        return fail(QStringLiteral("checksum mismatch: the file is damaged"));
    // The framing, each size checked against what is left before it is used.
    qsizetype at = 0;
    const qsizetype size = qsizetype(payloadBytes);
    const qsizetype namesBytes = qsizetype(out->outputs) * kNameBytes;
    if (size < namesBytes + 4)
        return fail(QStringLiteral("truncated in the output names"));
    for (int i = 0; i < out->outputs; ++i) {
        const char* name = payload + i * kNameBytes;
        out->names << QString::fromUtf8(name, qsizetype(strnlen(name, kNameBytes)));
    }
    at = namesBytes;
    if (readLe<quint32>(payload + at) != configBytes || size - at - 4 < qsizetype(configBytes))
        return fail(QStringLiteral("the configuration block does not fit"));
    at += 4;
    QJsonParseError parseError;
    const QJsonDocument config =
        QJsonDocument::fromJson(QByteArray(payload + at, configBytes), &parseError);
    if (!config.isObject())
        return fail(QStringLiteral("the configuration block is not a JSON object (%1)")
                        .arg(parseError.errorString()));
    out->config = config.object();
    at += configBytes;
    at += (4 - at % 4) % 4;
    const qsizetype floatBytes = qsizetype(out->outputs) * 3 * 4;
    const qsizetype rowBytes = 4 + qsizetype(out->outputs) * 2;
    if (at + floatBytes > size || qsizetype(out->entries) != (size - at - floatBytes) / rowBytes ||
        (size - at - floatBytes) % rowBytes != 0)
        return fail(QStringLiteral("the weight table does not match its %1 announced rows")
                        .arg(out->entries));
    out->floats = payload + at;
    out->rows = payload + at + floatBytes;
    for (int i = 0; i < out->outputs * 3; ++i) {
        if (!std::isfinite(readFloat(out->floats + i * 4)))
            return fail(QStringLiteral("a bias, scale or threshold is not a number"));
    }
    return true;
}

// Fills a bucket-major dense table from the file's sparse rows.
bool readRows(const Container& c, const QString& fileName, std::vector<qint16>* weights,
              QString* error)
{
    const size_t buckets = size_t(1) << c.hashBits;
    weights->assign(buckets * size_t(c.outputs), 0);
    const qsizetype rowBytes = 4 + qsizetype(c.outputs) * 2;
    qint64 previous = -1;
    for (quint32 r = 0; r < c.entries; ++r) {
        const char* row = c.rows + qsizetype(r) * rowBytes;
        const quint32 bucket = readLe<quint32>(row);
        if (bucket >= buckets || qint64(bucket) <= previous) {
            *error = QStringLiteral("%1: weight row %2 names bucket %3, out of order or range")
                         .arg(fileName)
                         .arg(r)
                         .arg(bucket);
            return false;
        }
        previous = bucket;
        for (int o = 0; o < c.outputs; ++o)
            (*weights)[size_t(bucket) * size_t(c.outputs) + size_t(o)] =
                readLe<qint16>(row + 4 + o * 2);
    }
    return true;
}

} // namespace

bool isCueLanguage(const QString& code)
{
    return std::any_of(kCueLanguages.begin(), kCueLanguages.end(),
                       [&](const char* l) { return code == QLatin1String(l); });
}

QString cueLanguageOf(const QString& localeOrCode)
{
    const QString code = localeOrCode.left(2).toLower();
    return localeOrCode.size() >= 2 && isCueLanguage(code) &&
                   (localeOrCode.size() == 2 || localeOrCode.at(2) == QLatin1Char('_') ||
                    localeOrCode.at(2) == QLatin1Char('-'))
               ? code
               : QString();
}

void CueFeatureRules::index()
{
    m_flags.clear();
    const auto mark = [this](const QSet<QString>& words, WordFlag flag) {
        for (const QString& word : words)
            m_flags[word] |= flag;
    };
    mark(negators, Negator);
    mark(counts, Count);
    mark(repeatNouns, RepeatNoun);
    mark(repeatWords, RepeatWord);
    mark(durationUnits, DurationUnit);
    mark(deadlineWords, DeadlineWord);
    mark(waitWords, WaitWord);
    mark(deadlineTargets, DeadlineTarget);
    mark(whenWords, WhenWord);
    mark(clockWords, ClockWord);
    for (auto it = valence.cbegin(); it != valence.cend(); ++it)
        m_flags[it.key()] |= quint16(it.value() << kValenceShift);
    m_indexed = true;
}

quint16 CueFeatureRules::flagsOf(const QString& word) const
{
    if (m_indexed)
        return m_flags.value(word, 0);
    return quint16((negators.contains(word) ? Negator : 0) | (counts.contains(word) ? Count : 0) |
                   (repeatNouns.contains(word) ? RepeatNoun : 0) |
                   (repeatWords.contains(word) ? RepeatWord : 0) |
                   (durationUnits.contains(word) ? DurationUnit : 0) |
                   (deadlineWords.contains(word) ? DeadlineWord : 0) |
                   (waitWords.contains(word) ? WaitWord : 0) |
                   (deadlineTargets.contains(word) ? DeadlineTarget : 0) |
                   (whenWords.contains(word) ? WhenWord : 0) |
                   (clockWords.contains(word) ? ClockWord : 0) |
                   (valence.value(word, NoValence) << kValenceShift));
}

void CueFeatures::extract(QStringView line, const CueFeatureRules& rules, int hashBits,
                          CueFeatures* out)
{
    const quint32 mask = (quint32(1) << hashBits) - 1;
    const std::u32string cps = codepoints(line);
    thread_local std::vector<Token> tokens;
    thread_local std::u32string tokenChars;
    tokenise(cps, &tokens, &tokenChars);
    out->words.clear();
    out->negatorOf.clear();
    out->features.clear();
    std::vector<Feature>& features = out->features;
    const auto add = [&](const Fnv32& f, int word) { features.push_back({f.h & mask, word}); };
    const auto rule = [&](const char* name, int word) {
        Fnv32 f;
        f.ascii("r:");
        f.ascii(name);
        add(f, word);
    };
    QStringList& words = out->words;
    words.reserve(qsizetype(tokens.size()));
    qsizetype units = 0;
    for (const Token& token : tokens) {
        for (const char32_t c : token.text)
            units += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    out->text.resize(units);
    QChar* to = out->text.data();
    for (const Token& token : tokens) {
        const QChar* from = to;
        for (const char32_t c : token.text) {
            if (QChar::requiresSurrogates(c)) {
                *to++ = QChar(QChar::highSurrogate(c));
                *to++ = QChar(QChar::lowSurrogate(c));
            } else {
                *to++ = QChar(char16_t(c));
            }
        }
        words << QString::fromRawData(from, to - from);
    }

    thread_local std::vector<quint16> flags;
    flags.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i)
        flags[i] = rules.flagsOf(words.at(qsizetype(i)));
    const auto isNegator = [&](qsizetype i) {
        if (flags[size_t(i)] & CueFeatureRules::Negator)
            return true;
        const QString& word = words.at(i);
        for (const QString& suffix : rules.negatorSuffixes) {
            if (word.endsWith(suffix))
                return true;
        }
        for (const QString& prefix : rules.negatorPrefixes) {
            if (word.startsWith(prefix))
                return true;
        }
        return false;
    };
    const auto isCount = [&](qsizetype i) {
        return (flags[size_t(i)] & CueFeatureRules::Count) ||
               startsWithDigit(tokens[size_t(i)].text);
    };

    thread_local std::u32string padded; // reused: one allocation per thread, not per word
    qsizetype negatedUntil = -1;
    int negatedClause = -1;
    int negator = -1;
    const qsizetype n = qsizetype(tokens.size());
    for (qsizetype i = 0; i < n; ++i) {
        const std::u32string_view w = tokens[size_t(i)].text;
        const int index = int(i);
        Fnv32 unigram;
        unigram.ascii("w:");
        unigram.text(w);
        add(unigram, index);
        const bool negated = i <= negatedUntil && tokens[size_t(i)].clause == negatedClause;
        if (negated) {
            Fnv32 negatedForm;
            negatedForm.ascii("n:");
            negatedForm.text(w);
            features.push_back({negatedForm.h & mask, index, true});
            out->negatorOf << negator;
        } else {
            out->negatorOf << -1;
        }
        if (isNegator(i)) {
            negatedUntil = i + 3;
            negatedClause = tokens[size_t(i)].clause;
            negator = index;
        }
        if (i + 1 < n) {
            Fnv32 bigram;
            bigram.ascii("b:");
            bigram.text(w);
            bigram.codepoint(U' ');
            bigram.text(tokens[size_t(i + 1)].text);
            add(bigram, index);
        }
        padded.clear();
        padded.push_back(U'<');
        padded.append(w.substr(0, kMaxWord));
        padded.push_back(U'>');
        for (size_t gram = 3; gram <= 4; ++gram) {
            for (size_t s = 0; s + gram <= padded.size(); ++s) {
                Fnv32 f;
                f.ascii("c:");
                f.text(padded, s, gram);
                add(f, index);
            }
        }
        const QString& word = words.at(i);
        const auto candidates = word.isEmpty() ? rules.lexiconByFirst.cend()
                                               : rules.lexiconByFirst.constFind(word.front());
        for (const qsizetype s :
             candidates == rules.lexiconByFirst.cend() ? QList<qsizetype>() : *candidates) {
            const CueFeatureRules::Stem& stem = rules.lexicon.at(s);
            const qsizetype k = stem.words.size();
            if (i + k > n || !words.at(i + k - 1).startsWith(stem.words.last()))
                continue;
            bool match = true;
            for (qsizetype j = 0; j + 1 < k && match; ++j)
                match = words.at(i + j) == stem.words.at(j);
            if (!match)
                continue;
            Fnv32 f;
            f.ascii(negated ? "r:nlex:" : "r:lex:");
            f.ascii(kOutputNames[stem.cue]);
            add(f, index);
        }
        if (const int valence = flags[size_t(i)] >> CueFeatureRules::kValenceShift) {
            static constexpr std::array<const char*, 5> kValenceNames = {"", "neg2", "neg", "pos",
                                                                         "pos2"};
            Fnv32 f;
            f.ascii(negated ? "r:nv:" : "r:v:");
            f.ascii(kValenceNames[size_t(valence)]);
            add(f, index);
        }
        if (flags[size_t(i)] & CueFeatureRules::RepeatWord)
            rule("repeat", index);
        if (i + 1 < n && isCount(i)) {
            const quint16 next = flags[size_t(i + 1)];
            if (next & CueFeatureRules::RepeatNoun) {
                rule("repeat", index);
            } else if (next & CueFeatureRules::DurationUnit) {
                if (i >= 1 && (flags[size_t(i - 1)] & CueFeatureRules::DeadlineWord))
                    rule("deadline", index);
                else
                    rule("wait", index);
            }
        }
        const quint16 own = flags[size_t(i)];
        if (own & CueFeatureRules::WaitWord) {
            for (qsizetype j = i + 1; j < std::min(i + 4, n); ++j) {
                if (tokens[size_t(j)].clause != tokens[size_t(i)].clause)
                    break;
                if (flags[size_t(j)] & CueFeatureRules::DurationUnit) {
                    rule("wait", index);
                    break;
                }
            }
        }
        if (((own & CueFeatureRules::DeadlineTarget) ||
             ((own & CueFeatureRules::DurationUnit) && !rules.deadlineTargets.isEmpty())) &&
            ((i >= 1 && (flags[size_t(i - 1)] & CueFeatureRules::DeadlineWord)) ||
             (i >= 2 && (flags[size_t(i - 2)] & CueFeatureRules::DeadlineWord))))
            rule("deadline", index);
        if ((own & CueFeatureRules::WhenWord) ||
            ((own & CueFeatureRules::ClockWord) && i + 1 < n && isCount(i + 1)))
            rule("when", index);
    }
    thread_local QString lowered;
    lowered.resize(qsizetype(cps.size()) * 2);
    QChar* into = lowered.data();
    for (const char32_t c : cps) {
        const char32_t low = lowerChar(c);
        if (QChar::requiresSurrogates(low)) {
            *into++ = QChar(QChar::highSurrogate(low));
            *into++ = QChar(QChar::lowSurrogate(low));
        } else {
            *into++ = QChar(char16_t(low));
        }
    }
    lowered.truncate(into - lowered.constData());
    const PhraseFilter filter(lowered);
    for (const QString& phrase : rules.repeatPhrases) {
        if (filter.mayContain(phrase) && lowered.contains(phrase))
            rule("repeat", -1);
    }
    for (const QString& phrase : rules.sarcasm) {
        if (filter.mayContain(phrase) && lowered.contains(phrase))
            rule("sarcasm", -1);
    }
    const auto caps =
        std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.shouted; });
    if (caps >= 1)
        rule("caps", -1);
    if (caps >= 2)
        rule("caps2", -1);
    if (std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.elongated; }))
        rule("elong", -1);
    const qsizetype bangs = lowered.count(QLatin1Char('!'));
    if (bangs >= 1)
        rule("exclaim", -1);
    if (bangs >= 2)
        rule("exclaim2", -1);
    if (lowered.contains(QLatin1Char('?')))
        rule("question", -1);
    if (n > 30)
        rule("long", -1);
    if (n == 0)
        rule("empty", -1);
}

void CueFeatures::languageGrams(QStringView line, int hashBits, std::vector<quint32>* buckets)
{
    const quint32 mask = (quint32(1) << hashBits) - 1;
    thread_local std::vector<Token> tokens;
    thread_local std::u32string tokenChars;
    const std::u32string cps = codepoints(line);
    tokenise(cps, &tokens, &tokenChars);
    buckets->clear();
    std::u32string padded;
    for (const Token& token : tokens) {
        padded.assign(1, U' ');
        padded.append(token.text.substr(0, kMaxWord));
        padded.push_back(U' ');
        for (size_t s = 0; s + 3 <= padded.size(); ++s) {
            Fnv32 f;
            f.ascii("g:");
            f.text(padded, s, 3);
            buckets->push_back(f.h & mask);
        }
    }
}

bool CueModel::load(const QByteArray& bytes, const QString& fileName,
                    const QString& expectedLanguage, CueModel* out, QString* error)
{
    Container c;
    if (!readContainer(bytes, fileName, kKindCues, kOutputs, &c, error))
        return false;
    if (!isCueLanguage(c.language) ||
        (!expectedLanguage.isEmpty() && c.language != expectedLanguage)) {
        *error = QStringLiteral("%1: a model for \"%2\", expected \"%3\"")
                     .arg(fileName, c.language, expectedLanguage);
        return false;
    }
    for (int o = 0; o < kOutputs; ++o) {
        if (c.names.at(o) != QLatin1String(kOutputNames[o])) {
            *error = QStringLiteral("%1: output %2 is \"%3\", expected \"%4\"")
                         .arg(fileName)
                         .arg(o)
                         .arg(c.names.at(o), QLatin1String(kOutputNames[o]));
            return false;
        }
    }
    CueModel model;
    model.m_language = c.language;
    model.m_hashBits = c.hashBits;
    for (int o = 0; o < kOutputs; ++o) {
        model.m_bias[size_t(o)] = readFloat(c.floats + o * 4);
        model.m_scale[size_t(o)] = readFloat(c.floats + (kOutputs + o) * 4);
        model.m_thresholds[size_t(o)] = readFloat(c.floats + (2 * kOutputs + o) * 4);
        if (model.m_thresholds[size_t(o)] <= 0 || model.m_thresholds[size_t(o)] >= 1) {
            *error = QStringLiteral("%1: threshold of \"%2\" is outside 0..1")
                         .arg(fileName, QLatin1String(kOutputNames[o]));
            return false;
        }
    }
    const QJsonObject rules = c.config.value(QStringLiteral("rules")).toObject();
    if (rules.isEmpty() ||
        c.config.value(QStringLiteral("maxCodepoints")).toInt() != kMaxCodepoints ||
        c.config.value(QStringLiteral("maxWord")).toInt() != kMaxWord) {
        *error = QStringLiteral("%1: its features were made differently (rules, line or word "
                                "limits), this Attune cannot read them")
                     .arg(fileName);
        return false;
    }
    CueFeatureRules& r = model.m_rules;
    r.negators = stringSet(rules.value(QStringLiteral("negators")));
    r.negatorSuffixes = stringList(rules.value(QStringLiteral("negatorSuffixes")));
    r.negatorPrefixes = stringList(rules.value(QStringLiteral("negatorPrefixes")));
    r.counts = stringSet(rules.value(QStringLiteral("counts")));
    r.repeatNouns = stringSet(rules.value(QStringLiteral("repeatNouns")));
    for (const QString& word : stringList(rules.value(QStringLiteral("repeatWords")))) {
        if (word.contains(QLatin1Char(' ')))
            r.repeatPhrases << word;
        else
            r.repeatWords << word;
    }
    r.durationUnits = stringSet(rules.value(QStringLiteral("durationUnits")));
    r.deadlineWords = stringSet(rules.value(QStringLiteral("deadlineWords")));
    r.waitWords = stringSet(rules.value(QStringLiteral("waitWords")));
    r.deadlineTargets = stringSet(rules.value(QStringLiteral("deadlineTargets")));
    r.whenWords = stringSet(rules.value(QStringLiteral("whenWords")));
    r.clockWords = stringSet(rules.value(QStringLiteral("clockWords")));
    r.sarcasm = stringList(rules.value(QStringLiteral("sarcasm")));
    // In the trainer's order: cue by cue, stems as listed.
    const QJsonObject lexicon = rules.value(QStringLiteral("lexicon")).toObject();
    for (int cue = 0; cue < 6; ++cue) {
        for (const QString& stem : stringList(lexicon.value(QLatin1String(kOutputNames[cue])))) {
            const QStringList words = stem.split(QLatin1Char(' '));
            if (!stem.isEmpty() && !words.first().isEmpty()) {
                r.lexiconByFirst[words.first().front()].append(r.lexicon.size());
                r.lexicon.append({cue, words});
            }
        }
    }
    // Optional (only English has one): word lists by class, as train_cues.py writes them.
    const QJsonObject valence = rules.value(QStringLiteral("valence")).toObject();
    const std::array<std::pair<const char*, CueFeatureRules::Valence>, 4> valenceClasses = {{
        {"neg2", CueFeatureRules::StrongNegative},
        {"neg", CueFeatureRules::Negative},
        {"pos", CueFeatureRules::Positive},
        {"pos2", CueFeatureRules::StrongPositive},
    }};
    for (const auto& [name, cls] : valenceClasses) {
        for (const QString& word : stringList(valence.value(QLatin1String(name))))
            r.valence.insert(word, cls);
    }
    r.index();
    if (!readRows(c, fileName, &model.m_weights, error))
        return false;
    *out = std::move(model);
    return true;
}

bool CueModel::loadFile(const QString& path, const QString& expectedLanguage, CueModel* out,
                        QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // Refuse a FIFO or a device before reading it whole: a weights file is a few MB at most.
    constexpr qint64 kMaxBytes = 64ll << 20;
    if (!file.isSequential() && file.size() > kMaxBytes) {
        *error = QStringLiteral("%1: %2 bytes, more than a weights file can be")
                     .arg(path)
                     .arg(file.size());
        return false;
    }
    if (file.isSequential()) {
        *error = QStringLiteral("%1: not a regular file").arg(path);
        return false;
    }
    return load(file.readAll(), path, expectedLanguage, out, error);
}

CueModel::Scores CueModel::score(QStringView line, bool withEvidence) const
{
    thread_local CueFeatures features;
    CueFeatures::extract(line, m_rules, m_hashBits, &features);
    const std::vector<CueFeatures::Feature>& list = features.features;
    // Only the buckets are sorted (not the features), ascending as the trainer sums them, so
    // the logits are the same to the last bit.
    thread_local std::vector<quint32> sorted;
    sorted.resize(list.size());
    for (size_t i = 0; i < list.size(); ++i)
        sorted[i] = list[i].bucket;
    std::sort(sorted.begin(), sorted.end());
    // Counts per bucket, then the L2 norm of the count vector, as the trainer normalises.
    double squares = 0;
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        squares += double(j - i) * double(j - i);
        i = j;
    }
    Scores scores;
    std::array<double, kOutputs> logit{};
    for (int o = 0; o < kOutputs; ++o)
        logit[size_t(o)] = double(m_bias[size_t(o)]);
    if (squares > 0) {
        const double norm = std::sqrt(squares);
        for (size_t i = 0; i < sorted.size();) {
            size_t j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            const double value = double(j - i) / norm;
            const qint16* w = m_weights.data() + size_t(sorted[i]) * kOutputs;
            for (int o = 0; o < kOutputs; ++o)
                logit[size_t(o)] += value * (double(w[o]) * double(m_scale[size_t(o)]));
            i = j;
        }
    }
    for (int o = 0; o < kOutputs; ++o)
        scores.probability[size_t(o)] = 1.0 / (1.0 + std::exp(-logit[size_t(o)]));
    if (!withEvidence || squares == 0 || features.words.isEmpty())
        return scores;
    // Evidence, only for what a reading can show (an output at its threshold, or the feelings
    // of a negative line): most lines show one or two outputs, or none.
    const bool negativeLine = scores.probability[kNegative] >= m_thresholds[kNegative];
    std::array<int, kOutputs> shown{};
    int shownCount = 0;
    for (int o = 0; o < kOutputs; ++o) {
        if (scores.probability[size_t(o)] >= m_thresholds[size_t(o)] || (negativeLine && o < 3))
            shown[size_t(shownCount++)] = o;
    }
    if (shownCount == 0)
        return scores;
    // What each word added to each shown output's logit (its unigram, negated form, character
    // n-grams and the bigram it starts).
    const double norm = std::sqrt(squares);
    const qsizetype wordCount = features.words.size();
    thread_local std::vector<double> contribution;
    thread_local std::vector<double> negatedContribution;
    contribution.assign(size_t(wordCount) * kOutputs, 0.0);
    negatedContribution.assign(size_t(wordCount) * kOutputs, 0.0);
    for (const CueFeatures::Feature& f : list) {
        if (f.word < 0)
            continue;
        const qint16* w = m_weights.data() + size_t(f.bucket) * kOutputs;
        for (int s = 0; s < shownCount; ++s) {
            const size_t o = size_t(shown[size_t(s)]);
            const double c = double(w[o]) * double(m_scale[o]) / norm;
            contribution[size_t(f.word) * kOutputs + o] += c;
            if (f.negated)
                negatedContribution[size_t(f.word) * kOutputs + o] += c;
        }
    }
    // Words that carried at least a fifth of a logit unit, strongest first.
    constexpr double kMeaningful = 0.2;
    for (int s = 0; s < shownCount; ++s) {
        const int o = shown[size_t(s)];
        QList<QPair<double, int>> ranked;
        for (int i = 0; i < wordCount; ++i) {
            const double c = contribution[size_t(i) * kOutputs + size_t(o)];
            if (c >= kMeaningful)
                ranked.append({c, i});
        }
        std::sort(ranked.begin(), ranked.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList& evidence = scores.evidence[size_t(o)];
        for (const auto& [c, i] : std::as_const(ranked)) {
            if (evidence.size() >= kEvidenceWords)
                break;
            const int negatorIndex = features.negatorOf.at(i);
            // Copies: the words are views into the thread's scratch text.
            const QString& own = features.words.at(i);
            QString word(own.constData(), std::min<qsizetype>(own.size(), 40));
            if (own.size() > 40)
                word += QChar(0x2026);
            // "not happy" says more than "happy" when the negation is what counted.
            if (negatorIndex >= 0 &&
                negatedContribution[size_t(i) * kOutputs + size_t(o)] >= kMeaningful / 2) {
                const QString& negatorWord = features.words.at(negatorIndex);
                word =
                    QString(negatorWord.constData(), std::min<qsizetype>(negatorWord.size(), 40)) +
                    QLatin1Char(' ') + word;
            }
            if (!evidence.contains(word))
                evidence << word;
        }
    }
    return scores;
}

bool LanguageDetector::load(const QByteArray& bytes, const QString& fileName, LanguageDetector* out,
                            QString* error)
{
    Container c;
    if (!readContainer(bytes, fileName, kKindLanguages, int(kCueLanguages.size()), &c, error))
        return false;
    for (size_t i = 0; i < kCueLanguages.size(); ++i) {
        if (c.names.at(qsizetype(i)) != QLatin1String(kCueLanguages[i])) {
            *error = QStringLiteral("%1: class %2 is \"%3\", expected \"%4\"")
                         .arg(fileName)
                         .arg(i)
                         .arg(c.names.at(qsizetype(i)), QLatin1String(kCueLanguages[i]));
            return false;
        }
    }
    LanguageDetector detector;
    detector.m_hashBits = c.hashBits;
    for (size_t i = 0; i < kCueLanguages.size(); ++i)
        detector.m_scale[i] = readFloat(c.floats + (kCueLanguages.size() + i) * 4);
    if (!readRows(c, fileName, &detector.m_weights, error))
        return false;
    *out = std::move(detector);
    return true;
}

std::array<double, kCueLanguages.size()> LanguageDetector::scores(QStringView line) const
{
    constexpr size_t kClasses = kCueLanguages.size();
    std::array<double, kClasses> total{};
    thread_local std::vector<quint32> grams;
    CueFeatures::languageGrams(line, m_hashBits, &grams);
    for (const quint32 bucket : grams) {
        const qint16* w = m_weights.data() + size_t(bucket) * kClasses;
        for (size_t l = 0; l < kClasses; ++l)
            total[l] += double(w[l]) * double(m_scale[l]);
    }
    return total;
}

QString LanguageDetector::detect(QStringView line, double* margin) const
{
    const auto s = scores(line);
    std::array<size_t, kCueLanguages.size()> order{};
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s[a] > s[b]; });
    const double lead = s[order[0]] - s[order[1]];
    if (margin)
        *margin = lead;
    if (lead <= 0)
        return {};
    return QLatin1String(kCueLanguages[order[0]]);
}

CallLanguage::CallLanguage(QString fallback)
    : m_fallback(std::move(fallback))
{}

void CallLanguage::setFixed(const QString& code)
{
    const QString language = cueLanguageOf(code);
    m_fixed = !language.isEmpty();
    m_current = language;
    m_total.fill(0);
}

QString CallLanguage::observe(QStringView line, const LanguageDetector* detector)
{
    if (m_fixed || !detector)
        return current();
    const auto s = detector->scores(line);
    for (size_t i = 0; i < s.size(); ++i)
        m_total[i] += s[i];
    size_t leader = 0;
    for (size_t i = 1; i < s.size(); ++i) {
        if (m_total[i] > m_total[leader])
            leader = i;
    }
    const QString leading = QLatin1String(kCueLanguages[leader]);
    if (m_current.isEmpty()) {
        // The first line with letters decides, until the evidence clearly says otherwise.
        if (m_total[leader] > 0)
            m_current = leading;
        return current();
    }
    if (leading != m_current) {
        size_t now = 0;
        while (QLatin1String(kCueLanguages[now]) != m_current)
            ++now;
        if (m_total[leader] - m_total[now] >= kSwitchMargin) {
            qCDebug(lcEmpathy, "the customer's language changed from %s to %s",
                    qPrintable(m_current), qPrintable(leading));
            m_current = leading;
            // Start afresh, so switching back needs as much evidence again.
            m_total.fill(0);
        }
    }
    return current();
}

CueModels& CueModels::shared()
{
    static CueModels models;
    return models;
}

QString CueModels::resourcePath(const QString& language)
{
    return QStringLiteral(":/models/cues-%1.atm").arg(language);
}

std::shared_ptr<const CueModel> CueModels::model(const QString& language)
{
    const auto it = std::find_if(kCueLanguages.begin(), kCueLanguages.end(),
                                 [&](const char* l) { return language == QLatin1String(l); });
    if (it == kCueLanguages.end())
        return nullptr;
    const size_t index = size_t(it - kCueLanguages.begin());
    std::lock_guard lock(m_mutex);
    if (!m_tried[index]) {
        m_tried[index] = true;
        auto model = std::make_shared<CueModel>();
        QString error;
        if (CueModel::loadFile(resourcePath(language), language, model.get(), &error))
            m_models[index] = std::move(model);
        else
            qCWarning(lcEmpathy, "cue model refused, reading %s with the rules alone: %s",
                      qPrintable(language), qPrintable(error));
    }
    return m_models[index];
}

std::shared_ptr<const LanguageDetector> CueModels::detector()
{
    std::lock_guard lock(m_mutex);
    if (!m_detectorTried) {
        m_detectorTried = true;
        QFile file(QStringLiteral(":/models/langid.atm"));
        auto detector = std::make_shared<LanguageDetector>();
        QString error;
        if (file.open(QIODevice::ReadOnly) &&
            LanguageDetector::load(file.readAll(), file.fileName(), detector.get(), &error))
            m_detector = std::move(detector);
        else
            qCWarning(lcEmpathy, "language detector refused, languages come from the call only: %s",
                      qPrintable(error.isEmpty() ? file.errorString() : error));
    }
    return m_detector;
}

bool CueModels::install(const QString& language, const QString& path, QString* error)
{
    auto model = std::make_shared<CueModel>();
    if (!CueModel::loadFile(path, language, model.get(), error)) {
        const bool previous = this->model(language) != nullptr;
        qCWarning(lcEmpathy, "cue model refused, %s: %s",
                  previous ? "the previous model stays in use" : "the rules alone stay in use",
                  qPrintable(*error));
        return false;
    }
    const auto it = std::find_if(kCueLanguages.begin(), kCueLanguages.end(),
                                 [&](const char* l) { return language == QLatin1String(l); });
    const size_t index = size_t(it - kCueLanguages.begin());
    std::lock_guard lock(m_mutex);
    m_tried[index] = true;
    m_models[index] = std::move(model);
    qCInfo(lcEmpathy, "cue model for %s installed", qPrintable(language));
    return true;
}

CueReader::CueReader(const CueDetector* rules, CueModels* models)
    : m_rules(rules)
    , m_models(models ? models : &CueModels::shared())
{}

namespace {

// The model's probability as an intensity on the lexicon's scale: the output's threshold
// lands on 0.35, where the detector has always said a cue is there.
double intensityOf(double probability, double threshold)
{
    constexpr double kPresent = 0.35;
    if (probability < threshold)
        return kPresent * probability / threshold;
    return kPresent + (1.0 - kPresent) * (probability - threshold) / (1.0 - threshold);
}

constexpr double kReportFloor = 0.2;

} // namespace

CueReading CueReader::fromModel(const CueModel& model, const CueModel::Scores& scores,
                                bool nameNegative)
{
    CueReading reading;
    reading.language = model.language();
    for (int o = 0; o < 6; ++o) {
        // Below its threshold an output is not a cue: a neutral line reads as nothing at all
        // rather than as several faint feelings.
        if (scores.probability[size_t(o)] < model.threshold(o))
            continue;
        const double value =
            std::round(intensityOf(scores.probability[size_t(o)], model.threshold(o)) * 1000.0) /
            1000.0;
        Cue cue;
        cue.kind = Cue::Kind(o);
        cue.intensity = value;
        cue.evidence = scores.evidence[size_t(o)];
        reading.cues.append(cue);
        reading.intensity = std::max(reading.intensity, value);
        for (const QString& word : std::as_const(cue.evidence)) {
            if (!reading.evidence.contains(word))
                reading.evidence << word;
        }
    }
    reading.negative =
        scores.probability[CueModel::kNegative] >= model.threshold(CueModel::kNegative);
    // A negative line names its feeling: when no negative cue reached its own threshold, the
    // likeliest of frustration, anxiety and sadness (relative to its threshold) is shown at the
    // level where a cue counts, so the suggestions and the "why" have something to answer.
    const bool named = std::any_of(reading.cues.cbegin(), reading.cues.cend(), [](const Cue& c) {
        return c.kind == Cue::Kind::Frustration || c.kind == Cue::Kind::Anxiety ||
               c.kind == Cue::Kind::Sadness;
    });
    if (reading.negative && !named && nameNegative) {
        int likeliest = 0;
        for (int o = 1; o < 3; ++o) {
            if (scores.probability[size_t(o)] / model.threshold(o) >
                scores.probability[size_t(likeliest)] / model.threshold(likeliest))
                likeliest = o;
        }
        Cue cue;
        cue.kind = Cue::Kind(likeliest);
        cue.intensity = 0.35;
        cue.evidence = scores.evidence[size_t(likeliest)];
        if (cue.evidence.isEmpty())
            cue.evidence = scores.evidence[CueModel::kNegative];
        for (const QString& word : std::as_const(cue.evidence)) {
            if (!reading.evidence.contains(word))
                reading.evidence << word;
        }
        reading.cues.append(cue);
        reading.intensity = std::max(reading.intensity, cue.intensity);
    }
    std::sort(reading.cues.begin(), reading.cues.end(),
              [](const Cue& a, const Cue& b) { return a.intensity > b.intensity; });
    reading.positive = !reading.negative && scores.probability[CueModel::kPositive] >=
                                                model.threshold(CueModel::kPositive);
    return reading;
}

CueReading CueReader::fuse(const CueReading& model, const CueReading& rules)
{
    CueReading fused;
    fused.language = model.language;
    for (int k = 0; k < 6; ++k) {
        const Cue::Kind kind = Cue::Kind(k);
        const double m = model.level(kind);
        const double r = rules.level(kind);
        const double value =
            std::round((1.0 - (1.0 - m) * (1.0 - kRulesWeight * r)) * 1000.0) / 1000.0;
        if (value < kReportFloor)
            continue;
        Cue cue;
        cue.kind = kind;
        cue.intensity = value;
        // The lexicon's phrases first: they are exact ("third time"), the model's words next.
        for (const CueReading* source : {&rules, &model}) {
            for (const Cue& c : source->cues) {
                if (c.kind != kind)
                    continue;
                for (const QString& word : c.evidence) {
                    if (!cue.evidence.contains(word))
                        cue.evidence << word;
                }
            }
        }
        fused.cues.append(cue);
        fused.intensity = std::max(fused.intensity, value);
    }
    std::sort(fused.cues.begin(), fused.cues.end(),
              [](const Cue& a, const Cue& b) { return a.intensity > b.intensity; });
    for (const CueReading* source : {&rules, &model}) {
        for (const QString& word : source->evidence) {
            if (!fused.evidence.contains(word))
                fused.evidence << word;
        }
    }
    // The flag is the model's: its threshold is chosen on service lines, subtitles and social
    // posts together, and on those dev sets OR-ing in the lexicon's own flag added only false
    // alarms (GoEmotions dev 0.738 -> 0.672 negative-vs-rest macro-F1, docs/cue-model.md). But
    // a model that cannot name the feeling needs the lexicon's agreement, whose negation scope
    // is exact ("I'm not angry at all" stays calm).
    const bool modelNamesOne =
        std::any_of(model.cues.cbegin(), model.cues.cend(), [](const Cue& c) {
            return c.kind == Cue::Kind::Frustration || c.kind == Cue::Kind::Anxiety ||
                   c.kind == Cue::Kind::Sadness;
        });
    fused.negative = model.negative && (modelNamesOne || rules.negative);
    fused.positive = !fused.negative && (model.positive || rules.positive);
    return fused;
}

CueReading CueReader::read(QStringView line, const QString& language) const
{
    // Nothing to read in a line without a word or an emoji; the model's bias alone is no
    // feeling of the customer's.
    const bool hasWords = std::any_of(line.begin(), line.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.isSurrogate() || c.category() == QChar::Symbol_Other;
    });
    if (!hasWords) {
        CueReading nothing;
        nothing.language = language;
        return nothing;
    }
    const bool rulesApply = m_rules && m_rules->lexicon().locale == language;
    std::shared_ptr<const CueModel> model =
        m_mode == Mode::RulesOnly ? nullptr : m_models->model(language);
    if (!model) {
        CueReading reading = rulesApply ? m_rules->read(line) : CueReading();
        reading.language = language;
        return reading;
    }
    const bool fuseRules = rulesApply && m_mode == Mode::Both;
    CueReading modelReading = fromModel(*model, model->score(line), !fuseRules);
    if (!rulesApply || m_mode == Mode::ModelOnly)
        return modelReading;
    return fuse(modelReading, m_rules->read(line));
}

CueStreamReader::CueStreamReader(const CueDetector* rules, QString language)
    : m_reader(rules)
    , m_language(std::move(language))
{
    if (m_language != QLatin1String("auto"))
        m_stream.setFixed(m_language);
}

CueReading CueStreamReader::read(QStringView line)
{
    if (m_stream.isFixed())
        return m_reader.read(line, m_stream.current());
    // Each line in its own language when it says so clearly; a short or ambiguous line in the
    // language the stream has been in.
    const std::shared_ptr<const LanguageDetector> detector = CueModels::shared().detector();
    QString language = m_stream.observe(line, detector.get());
    if (detector) {
        double margin = 0;
        const QString own = detector->detect(line, &margin);
        if (!own.isEmpty() && margin >= CallLanguage::kSwitchMargin)
            language = own;
    }
    return m_reader.read(line, language);
}

} // namespace attune
