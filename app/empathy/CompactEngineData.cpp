#include "CompactEngineData.h"

#include "CueDetector.h"
#include "PhraseLibrary.h"
#include "practice/PracticeScenario.h"

#include <QFile>
#include <QResource>
#include <QtEndian>

#include <cstring>
#include <type_traits>

namespace attune::compact {

namespace {

constexpr char kMagic[8] = {'A', 'T', 'E', 'N', 'G', 'D', 'A', 'T'};
// Raise with any change to what is written below.
constexpr quint32 kVersion = 1;
constexpr quint32 kKindLexicon = 1;
constexpr quint32 kKindPhrases = 2;
constexpr quint32 kKindScenarios = 3;
constexpr quint16 kByteOrderMark = 0xFEFF;
static_assert(kHeaderBytes == 8 + 4 + 4 + 2 + 2 + 8 + 8);
// No built-in file comes near this; a larger size is damage, refused before anything is reserved.
constexpr quint32 kMaxCount = 1u << 24;

// A new field in these must be written and read below too; the sizes make a forgotten one fail
// to compile (64-bit Linux, the platform Attune builds for).
static_assert(sizeof(void*) != 8 || sizeof(Lexicon) == 288,
              "Lexicon changed: write and read the new field in CompactEngineData.cpp, raise "
              "kVersion, then update this size");
static_assert(sizeof(void*) != 8 || (sizeof(PracticeScenario) == 176 &&
                                     sizeof(PracticeTurn) == 88 && sizeof(PracticeBranch) == 32),
              "A practice scenario changed: write and read the new field in "
              "CompactEngineData.cpp, raise kVersion, then update these sizes");
static_assert(sizeof(void*) != 8 || sizeof(Phrase) == 80,
              "Phrase changed: write and read the new field in CompactEngineData.cpp, raise "
              "kVersion, then update this size");

} // namespace

quint64 payloadChecksum(const char* data, qsizetype size)
{
    constexpr quint64 kPrime = 0x100000001b3ULL;
    quint64 hash = 0xcbf29ce484222325ULL;
    qsizetype at = 0;
    for (; at + 8 <= size; at += 8) {
        quint64 word;
        std::memcpy(&word, data + at, 8);
        hash = (hash ^ qFromLittleEndian(word)) * kPrime;
    }
    for (; at < size; ++at)
        hash = (hash ^ quint8(data[at])) * kPrime;
    return hash;
}

namespace {

quint64 checksum(const char* data, qsizetype size)
{
    return payloadChecksum(data, size);
}

class Writer
{
public:
    void u8(quint8 value) { m_bytes.append(char(value)); }
    void u32(quint32 value)
    {
        const quint32 le = qToLittleEndian(value);
        m_bytes.append(reinterpret_cast<const char*>(&le), 4);
    }
    void f32(float value)
    {
        quint32 bits;
        std::memcpy(&bits, &value, 4);
        u32(bits);
    }
    void str(const QString& value)
    {
        u32(quint32(value.size()));
        m_bytes.append(reinterpret_cast<const char*>(value.utf16()), value.size() * 2);
    }
    void strings(const QStringList& values)
    {
        u32(quint32(values.size()));
        for (const QString& value : values)
            str(value);
    }
    // Sorted, so the same lexicon always gives the same bytes (QSet's order is per process).
    void set(const QSet<QString>& values)
    {
        QStringList sorted = values.values();
        sorted.sort();
        strings(sorted);
    }
    void weights(const QHash<QString, float>& values)
    {
        QStringList keys = values.keys();
        keys.sort();
        u32(quint32(keys.size()));
        for (const QString& key : keys) {
            str(key);
            f32(values.value(key));
        }
    }
    void hit(const Lexicon::Hit& hit)
    {
        u8(quint8(hit.kind));
        f32(hit.weight);
    }

    QByteArray finish(quint32 kind) const
    {
        QByteArray file;
        file.reserve(kHeaderBytes + m_bytes.size());
        file.append(kMagic, sizeof kMagic);
        const auto put = [&file](auto value) {
            const auto le = qToLittleEndian(value);
            file.append(reinterpret_cast<const char*>(&le), sizeof le);
        };
        put(kVersion);
        put(kind);
        // As written, not converted: the strings' units are in this byte order.
        const quint16 mark = kByteOrderMark;
        file.append(reinterpret_cast<const char*>(&mark), 2);
        put(quint16(0));
        put(quint64(m_bytes.size()));
        put(checksum(m_bytes.constData(), m_bytes.size()));
        file.append(m_bytes);
        return file;
    }

private:
    QByteArray m_bytes;
};

// Every read checks what is left first; the first problem is kept and ends the reading.
class Reader
{
public:
    Reader(const char* data, qsizetype size)
        : m_data(data)
        , m_left(size)
    {}

    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    qsizetype left() const { return m_left; }
    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        m_left = 0;
    }

    quint8 u8(const char* what)
    {
        if (!take(1, what))
            return 0;
        return quint8(m_data[-1]);
    }
    quint32 u32(const char* what)
    {
        if (!take(4, what))
            return 0;
        return qFromLittleEndian<quint32>(m_data - 4);
    }
    float f32(const char* what)
    {
        const quint32 bits = u32(what);
        float value;
        std::memcpy(&value, &bits, 4);
        return value;
    }
    quint32 count(const char* what)
    {
        const quint32 value = u32(what);
        if (value > kMaxCount)
            fail(QStringLiteral("%1: a count of %2 is out of range")
                     .arg(QLatin1String(what))
                     .arg(value));
        return ok() ? value : 0;
    }
    QString str(const char* what)
    {
        const quint32 units = count(what);
        if (!ok() || !take(qsizetype(units) * 2, what))
            return {};
        QString value(qsizetype(units), Qt::Uninitialized);
        std::memcpy(value.data(), m_data - qsizetype(units) * 2, qsizetype(units) * 2);
        return value;
    }
    QStringList strings(const char* what)
    {
        QStringList values;
        const quint32 n = count(what);
        values.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            values.append(str(what));
        return values;
    }
    QSet<QString> set(const char* what)
    {
        QSet<QString> values;
        const quint32 n = count(what);
        values.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            values.insert(str(what));
        return values;
    }
    QHash<QString, float> weights(const char* what)
    {
        QHash<QString, float> values;
        const quint32 n = count(what);
        values.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i) {
            QString key = str(what);
            values.insert(std::move(key), f32(what));
        }
        return values;
    }
    Lexicon::Hit hit(const char* what)
    {
        const quint8 kind = u8(what);
        if (kind > quint8(Cue::Kind::Gratitude))
            fail(QStringLiteral("%1: unknown cue kind %2").arg(QLatin1String(what)).arg(kind));
        return {Cue::Kind(kind), f32(what)};
    }

private:
    bool take(qsizetype bytes, const char* what)
    {
        if (!ok())
            return false;
        if (bytes > m_left) {
            fail(QStringLiteral("truncated in %1").arg(QLatin1String(what)));
            return false;
        }
        m_data += bytes;
        m_left -= bytes;
        return true;
    }

    const char* m_data;
    qsizetype m_left;
    QString m_problem;
};

QString kindName(quint32 kind)
{
    return kind == kKindLexicon     ? QStringLiteral("cue lexicon")
           : kind == kKindPhrases   ? QStringLiteral("phrase library")
           : kind == kKindScenarios ? QStringLiteral("set of practice scenarios")
                                    : QStringLiteral("kind %1").arg(kind);
}

// The payload of a whole, undamaged file of `kind`, or why not.
bool openPayload(QByteArrayView bytes, quint32 kind, const char** payload, qsizetype* size,
                 QString* problem)
{
    if (bytes.size() < kHeaderBytes) {
        *problem = QStringLiteral("truncated: %1 bytes, the header alone is %2")
                       .arg(bytes.size())
                       .arg(kHeaderBytes);
        return false;
    }
    const char* data = bytes.data();
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0) {
        *problem = QStringLiteral("not Attune's compact engine data (wrong magic)");
        return false;
    }
    if (const quint32 version = qFromLittleEndian<quint32>(data + 8); version != kVersion) {
        *problem =
            QStringLiteral("format version %1, this Attune reads %2").arg(version).arg(kVersion);
        return false;
    }
    if (const quint32 found = qFromLittleEndian<quint32>(data + 12); found != kind) {
        *problem = QStringLiteral("holds a %1, not a %2").arg(kindName(found), kindName(kind));
        return false;
    }
    quint16 mark;
    std::memcpy(&mark, data + 16, 2);
    if (mark != kByteOrderMark) {
        *problem = QStringLiteral("written on a machine of the other byte order");
        return false;
    }
    const quint64 announced = qFromLittleEndian<quint64>(data + 20);
    if (announced != quint64(bytes.size() - kHeaderBytes)) {
        *problem = QStringLiteral("truncated or padded: the header announces %1 bytes of data, "
                                  "the file has %2")
                       .arg(announced)
                       .arg(bytes.size() - kHeaderBytes);
        return false;
    }
    *payload = data + kHeaderBytes;
    *size = qsizetype(announced);
    if (checksum(*payload, *size) != qFromLittleEndian<quint64>(data + 28)) {
        *problem = QStringLiteral("checksum mismatch: the file is damaged");
        return false;
    }
    return true;
}

bool finished(const Reader& reader, const QString& fileName, QString* error)
{
    QString problem = reader.problem();
    if (problem.isEmpty() && reader.left() != 0)
        problem = QStringLiteral("%1 bytes left over after the data").arg(reader.left());
    if (problem.isEmpty())
        return true;
    *error = QStringLiteral("%1: %2").arg(fileName, problem);
    return false;
}

bool readFile(const QString& path, QByteArray* storage, QByteArrayView* bytes, QString* error)
{
    if (path.startsWith(QLatin1Char(':'))) {
        const QResource resource(path);
        if (!resource.isValid()) {
            *error = QStringLiteral("%1: no such resource").arg(path);
            return false;
        }
        if (resource.compressionAlgorithm() == QResource::NoCompression) {
            *bytes =
                QByteArrayView(reinterpret_cast<const char*>(resource.data()), resource.size());
            return true;
        }
        *storage = resource.uncompressedData();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        *storage = file.readAll();
    }
    *bytes = *storage;
    return true;
}

} // namespace

QByteArray encodeLexicon(const Lexicon& lexicon)
{
    Writer w;
    w.str(lexicon.locale);
    QStringList terms = lexicon.terms.keys();
    terms.sort();
    w.u32(quint32(terms.size()));
    for (const QString& term : std::as_const(terms)) {
        w.str(term);
        const QList<Lexicon::Hit>& hits = lexicon.terms.value(term);
        w.u32(quint32(hits.size()));
        for (const Lexicon::Hit& hit : hits)
            w.hit(hit);
    }
    w.set(lexicon.termPrefixes);
    w.strings(lexicon.symbolTerms);
    w.set(lexicon.negators);
    w.u32(quint32(lexicon.negationWindow));
    w.set(lexicon.pastMarkers);
    w.f32(lexicon.pastFactor);
    w.set(lexicon.selfWords);
    w.set(lexicon.counts);
    w.set(lexicon.repeatNouns);
    w.f32(lexicon.repeatWeight);
    w.set(lexicon.durationUnits);
    w.set(lexicon.deadlineWords);
    w.f32(lexicon.waitWeight);
    w.f32(lexicon.deadlineWeight);
    w.f32(lexicon.choiceQuestionWeight);
    w.set(lexicon.needWords);
    w.f32(lexicon.needFactor);
    w.set(lexicon.negatedPositives);
    w.hit(lexicon.negatedPositiveHit);
    w.weights(lexicon.intensifiers);
    w.weights(lexicon.diminishers);
    w.weights(lexicon.escalation);
    w.strings(lexicon.sarcasm);
    w.strings(lexicon.hedges);
    w.f32(lexicon.capsBoost);
    w.f32(lexicon.exclamationBoost);
    w.f32(lexicon.maxBoost);
    w.f32(lexicon.negativeThreshold);
    w.f32(lexicon.positiveThreshold);
    return w.finish(kKindLexicon);
}

bool decodeLexicon(QByteArrayView bytes, const QString& fileName, Lexicon* out, QString* error)
{
    const char* payload = nullptr;
    qsizetype size = 0;
    QString problem;
    if (!openPayload(bytes, kKindLexicon, &payload, &size, &problem)) {
        *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return false;
    }
    Reader r(payload, size);
    Lexicon lexicon;
    lexicon.locale = r.str("locale");
    const quint32 terms = r.count("terms");
    lexicon.terms.reserve(terms);
    for (quint32 i = 0; i < terms && r.ok(); ++i) {
        QString term = r.str("terms");
        const quint32 hits = r.count("terms");
        QList<Lexicon::Hit> list;
        list.reserve(hits);
        for (quint32 h = 0; h < hits && r.ok(); ++h)
            list.append(r.hit("terms"));
        lexicon.terms.insert(std::move(term), std::move(list));
    }
    lexicon.termPrefixes = r.set("termPrefixes");
    lexicon.symbolTerms = r.strings("symbolTerms");
    lexicon.negators = r.set("negators");
    lexicon.negationWindow = int(r.u32("negationWindow"));
    lexicon.pastMarkers = r.set("pastMarkers");
    lexicon.pastFactor = r.f32("pastFactor");
    lexicon.selfWords = r.set("selfWords");
    lexicon.counts = r.set("counts");
    lexicon.repeatNouns = r.set("repeatNouns");
    lexicon.repeatWeight = r.f32("repeatWeight");
    lexicon.durationUnits = r.set("durationUnits");
    lexicon.deadlineWords = r.set("deadlineWords");
    lexicon.waitWeight = r.f32("waitWeight");
    lexicon.deadlineWeight = r.f32("deadlineWeight");
    lexicon.choiceQuestionWeight = r.f32("choiceQuestionWeight");
    lexicon.needWords = r.set("needWords");
    lexicon.needFactor = r.f32("needFactor");
    lexicon.negatedPositives = r.set("negatedPositives");
    lexicon.negatedPositiveHit = r.hit("negatedPositiveHit");
    lexicon.intensifiers = r.weights("intensifiers");
    lexicon.diminishers = r.weights("diminishers");
    lexicon.escalation = r.weights("escalation");
    lexicon.sarcasm = r.strings("sarcasm");
    lexicon.hedges = r.strings("hedges");
    lexicon.capsBoost = r.f32("capsBoost");
    lexicon.exclamationBoost = r.f32("exclamationBoost");
    lexicon.maxBoost = r.f32("maxBoost");
    lexicon.negativeThreshold = r.f32("negativeThreshold");
    lexicon.positiveThreshold = r.f32("positiveThreshold");
    if (!finished(r, fileName, error))
        return false;
    *out = std::move(lexicon);
    return true;
}

QByteArray encodePhraseLibrary(const PhraseLibrary& library)
{
    Writer w;
    w.str(library.locale());
    w.str(library.version());
    w.str(library.name());
    w.u32(quint32(library.size()));
    for (const Phrase& phrase : library.phrases()) {
        w.str(phrase.id);
        w.str(phrase.text);
        w.str(phrase.fallback);
        w.u8(quint8(phrase.technique));
        w.u8(phrase.cues);
        w.u8(phrase.moments);
        w.u8(phrase.placeholders);
    }
    return w.finish(kKindPhrases);
}

bool decodePhraseLibrary(QByteArrayView bytes, const QString& fileName, PhraseLibrary* out,
                         QString* error)
{
    const char* payload = nullptr;
    qsizetype size = 0;
    QString problem;
    if (!openPayload(bytes, kKindPhrases, &payload, &size, &problem)) {
        *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return false;
    }
    Reader r(payload, size);
    QString locale = r.str("locale");
    QString version = r.str("version");
    QString name = r.str("name");
    const quint32 count = r.count("phrases");
    QList<Phrase> phrases;
    phrases.reserve(count);
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        Phrase phrase;
        phrase.id = r.str("phrase id");
        phrase.text = r.str("phrase text");
        phrase.fallback = r.str("phrase fallback");
        const quint8 technique = r.u8("phrase technique");
        phrase.cues = r.u8("phrase cues");
        phrase.moments = r.u8("phrase moments");
        phrase.placeholders = r.u8("phrase placeholders");
        if (technique >= kTechniqueCount || phrase.cues >= (1u << kCueTagCount) ||
            phrase.moments >= (1u << kCallMomentCount) ||
            phrase.placeholders >= (1u << kPlaceholderCount))
            r.fail(QStringLiteral("phrase %1 has a value out of range").arg(i + 1));
        phrase.technique = Technique(technique);
        phrases.append(std::move(phrase));
    }
    if (!finished(r, fileName, error))
        return false;
    *out = PhraseLibrary::fromValidated(std::move(phrases), std::move(locale), std::move(version),
                                        std::move(name));
    return true;
}

QByteArray encodeScenarios(const QList<PracticeScenario>& scenarios)
{
    Writer w;
    w.u32(quint32(scenarios.size()));
    for (const PracticeScenario& scenario : scenarios) {
        w.str(scenario.id);
        w.str(scenario.locale);
        w.str(scenario.title);
        w.str(scenario.summary);
        w.str(scenario.customerName);
        w.str(scenario.addressAs);
        w.str(scenario.start);
        QStringList ids = scenario.turns.keys();
        ids.sort();
        w.u32(quint32(ids.size()));
        for (const QString& id : std::as_const(ids)) {
            const PracticeTurn& turn = scenario.turns[id];
            w.str(turn.id);
            w.str(turn.customer);
            w.u8(quint8(turn.feeling));
            w.u8(quint8(turn.end));
            w.u32(quint32(turn.next.size()));
            for (const PracticeBranch& branch : turn.next) {
                w.u8(quint8(branch.kind));
                w.u32(branch.behaviours);
                w.str(branch.target);
            }
        }
    }
    return w.finish(kKindScenarios);
}

bool decodeScenarios(QByteArrayView bytes, const QString& fileName, QList<PracticeScenario>* out,
                     QString* error)
{
    const char* payload = nullptr;
    qsizetype size = 0;
    QString problem;
    if (!openPayload(bytes, kKindScenarios, &payload, &size, &problem)) {
        *error = QStringLiteral("%1: %2").arg(fileName, problem);
        return false;
    }
    Reader r(payload, size);
    QList<PracticeScenario> scenarios;
    const quint32 count = r.count("scenarios");
    scenarios.reserve(count);
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        PracticeScenario scenario;
        scenario.id = r.str("scenario id");
        scenario.locale = r.str("scenario locale");
        scenario.title = r.str("scenario title");
        scenario.summary = r.str("scenario summary");
        scenario.customerName = r.str("scenario customer name");
        scenario.addressAs = r.str("scenario address");
        scenario.start = r.str("scenario start");
        const quint32 turns = r.count("turns");
        scenario.turns.reserve(turns);
        for (quint32 t = 0; t < turns && r.ok(); ++t) {
            PracticeTurn turn;
            turn.id = r.str("turn id");
            turn.customer = r.str("turn text");
            const quint8 feeling = r.u8("turn feeling");
            const quint8 end = r.u8("turn end");
            if (feeling >= kCueTagCount || end > quint8(PracticeOutcome::Abandoned))
                r.fail(QStringLiteral("turn \"%1\" has a value out of range").arg(turn.id));
            turn.feeling = CueTag(feeling);
            turn.end = PracticeOutcome(end);
            const quint32 branches = r.count("branches");
            turn.next.reserve(branches);
            for (quint32 b = 0; b < branches && r.ok(); ++b) {
                PracticeBranch branch;
                const quint8 kind = r.u8("branch kind");
                const quint32 behaviours = r.u32("branch behaviours");
                if (kind > quint8(PracticeBranch::Kind::Otherwise) ||
                    behaviours >= (1u << kPracticeBehaviourCount))
                    r.fail(QStringLiteral("a branch of turn \"%1\" has a value out of range")
                               .arg(turn.id));
                branch.kind = PracticeBranch::Kind(kind);
                branch.behaviours = PracticeBehaviours(behaviours);
                branch.target = r.str("branch target");
                turn.next.append(std::move(branch));
            }
            QString id = turn.id;
            scenario.turns.insert(std::move(id), std::move(turn));
        }
        scenarios.append(std::move(scenario));
    }
    if (!finished(r, fileName, error))
        return false;
    *out = std::move(scenarios);
    return true;
}

bool loadScenarios(const QString& path, QList<PracticeScenario>* out, QString* error)
{
    QByteArray storage;
    QByteArrayView bytes;
    return readFile(path, &storage, &bytes, error) && decodeScenarios(bytes, path, out, error);
}

bool loadLexicon(const QString& path, Lexicon* out, QString* error)
{
    QByteArray storage;
    QByteArrayView bytes;
    return readFile(path, &storage, &bytes, error) && decodeLexicon(bytes, path, out, error);
}

bool loadPhraseLibrary(const QString& path, PhraseLibrary* out, QString* error)
{
    QByteArray storage;
    QByteArrayView bytes;
    return readFile(path, &storage, &bytes, error) && decodePhraseLibrary(bytes, path, out, error);
}

QString compactResourceFor(const QString& jsonResource)
{
    QString path = jsonResource;
    if (path.startsWith(QLatin1String(":/")))
        path.remove(0, 2);
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    return QStringLiteral(":/engine/") + path + QStringLiteral(".atd");
}

} // namespace attune::compact
