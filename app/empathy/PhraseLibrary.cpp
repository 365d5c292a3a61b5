#include "PhraseLibrary.h"

#include "core/CustomerProfile.h"
#include "core/JsonFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace attune {

namespace {

constexpr std::array<QLatin1String, kTechniqueCount> kTechniqueNames{
    QLatin1String("acknowledge"),      QLatin1String("validate"),
    QLatin1String("apologise"),        QLatin1String("reassure"),
    QLatin1String("open_question"),    QLatin1String("clarify"),
    QLatin1String("set_expectations"), QLatin1String("de_escalate"),
    QLatin1String("personalise"),      QLatin1String("close")};

constexpr std::array<QLatin1String, kCueTagCount> kCueTagNames{
    QLatin1String("frustration"), QLatin1String("anxiety"), QLatin1String("sadness"),
    QLatin1String("confusion"),   QLatin1String("urgency"), QLatin1String("gratitude"),
    QLatin1String("neutral")};

constexpr std::array<QLatin1String, kCallMomentCount> kMomentNames{
    QLatin1String("opening"), QLatin1String("discovery"), QLatin1String("resolution"),
    QLatin1String("closing")};

constexpr std::array<QLatin1String, kPlaceholderCount> kPlaceholderNames{
    QLatin1String("customer.preferred_name"), QLatin1String("customer.first_name"),
    QLatin1String("last_contact.topic"),      QLatin1String("last_contact.date"),
    QLatin1String("open_case.topic"),         QLatin1String("agent.name")};

// More than this many problems are summarised: past a point a longer list helps nobody.
constexpr int kMaxListedProblems = 10;

template <std::size_t N>
int indexOfName(const std::array<QLatin1String, N>& names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return int(i);
    }
    return -1;
}

bool isBlank(const QString& value)
{
    for (const QChar c : value) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int lineOfOffset(const QByteArray& json, qsizetype offset)
{
    return JsonFile::lineOfOffset(json, offset);
}

// Where things are in the raw text: only needed to name a line in an error, so it is built
// only once a problem is found, and only for text that has already parsed as JSON.
struct SourceMap
{
    QHash<QString, qsizetype> topKeys;           // offset of each top-level key
    QList<qsizetype> phraseStarts;               // offset of each element of "phrases"
    QList<QHash<QString, qsizetype>> phraseKeys; // offset of each key of each phrase

    static SourceMap of(const QByteArray& json)
    {
        SourceMap map;
        int depth = 0;
        bool inPhrases = false;        // inside the phrases array (its elements are at depth 2)
        bool phrasesValueNext = false; // the "phrases" key was just read
        bool elementNext = false;      // the next value in the array starts a phrase
        const qsizetype size = json.size();
        for (qsizetype i = 0; i < size; ++i) {
            const char c = json.at(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':')
                continue;
            if (inPhrases && depth == 2 && elementNext && c != ']' && c != ',') {
                map.phraseStarts.append(i);
                map.phraseKeys.append(QHash<QString, qsizetype>());
                elementNext = false;
            }
            if (c == '"') {
                const qsizetype start = i;
                for (++i; i < size && json.at(i) != '"'; ++i) {
                    if (json.at(i) == '\\')
                        ++i;
                }
                qsizetype next = i + 1;
                while (next < size && (json.at(next) == ' ' || json.at(next) == '\t' ||
                                       json.at(next) == '\n' || json.at(next) == '\r'))
                    ++next;
                phrasesValueNext = false;
                if (next >= size || json.at(next) != ':')
                    continue;
                const QString key = QString::fromUtf8(json.mid(start + 1, i - start - 1));
                if (depth == 1) {
                    map.topKeys.insert(key, start);
                    phrasesValueNext = key == QLatin1String("phrases");
                } else if (inPhrases && depth == 3 && !map.phraseKeys.last().contains(key)) {
                    map.phraseKeys.last().insert(key, start);
                }
                continue;
            }
            if (c == '[' && depth == 1 && phrasesValueNext) {
                inPhrases = true;
                elementNext = true;
            } else if (c == ',' && inPhrases && depth == 2) {
                elementNext = true;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
                if (depth < 2)
                    inPhrases = false;
            }
            phrasesValueNext = false;
        }
        return map;
    }
};

// Collects every problem of one file, each with the line it is on.
class Validator
{
public:
    Validator(const QByteArray& json, const QString& fileName)
        : m_json(json)
        , m_fileName(fileName)
    {}

    bool hasProblems() const { return !m_problems.isEmpty(); }
    int problemCount() const { return m_problemCount; }

    QString report() const
    {
        QStringList lines = m_problems;
        if (m_problemCount > m_problems.size()) {
            lines << PhraseLibrary::tr("%1: %n more problem(s) not listed", nullptr,
                                       int(m_problemCount - m_problems.size()))
                         .arg(m_fileName);
        }
        return lines.join(QLatin1Char('\n'));
    }

    void topLevel(const QString& field, const QString& problem)
    {
        const qsizetype offset = map().topKeys.value(field, 0);
        add(PhraseLibrary::tr("%1:%2: field \"%3\": %4")
                .arg(m_fileName)
                .arg(lineOfOffset(m_json, offset))
                .arg(field, problem));
    }

    // `label` names the phrase: its quoted id, or its position when it has no usable id.
    void phrase(qsizetype index, const QString& label, const QString& field, const QString& problem)
    {
        add(PhraseLibrary::tr("%1:%2: phrase %3: field \"%4\": %5")
                .arg(m_fileName)
                .arg(phraseLine(index, field))
                .arg(label, field, problem));
    }

    void phraseNotObject(qsizetype index)
    {
        add(PhraseLibrary::tr("%1:%2: phrase %3: must be an object")
                .arg(m_fileName)
                .arg(phraseLine(index, QString()))
                .arg(index + 1));
    }

    // The line of the field in that phrase; the line of its id or its "{" when the field is
    // missing.
    int phraseLine(qsizetype index, const QString& field)
    {
        const SourceMap& source = map();
        if (index < 0 || index >= source.phraseStarts.size())
            return lineOfOffset(m_json, source.topKeys.value(QStringLiteral("phrases"), 0));
        const QHash<QString, qsizetype>& keys = source.phraseKeys.at(index);
        qsizetype offset = keys.value(field, -1);
        if (offset < 0)
            offset = keys.value(QStringLiteral("id"), source.phraseStarts.at(index));
        return lineOfOffset(m_json, offset);
    }

private:
    const SourceMap& map()
    {
        if (!m_map)
            m_map = SourceMap::of(m_json);
        return *m_map;
    }

    void add(const QString& problem)
    {
        ++m_problemCount;
        if (m_problems.size() < kMaxListedProblems)
            m_problems << problem;
    }

    const QByteArray& m_json;
    QString m_fileName;
    std::optional<SourceMap> m_map;
    QStringList m_problems;
    int m_problemCount = 0;
};

QString describe(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("[...]") : QStringLiteral("{...}");
}

// The first piece of text in braces that is not one of the placeholders, or an empty string.
// `found` gets the bits of the placeholders that are.
QString scanPlaceholders(const QString& text, quint8* found)
{
    *found = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}'))
            return text.mid(i, 20);
        if (c != QLatin1Char('{'))
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end) != QLatin1Char('}') &&
               text.at(end) != QLatin1Char('{'))
            ++end;
        if (end == text.size() || text.at(end) != QLatin1Char('}'))
            return text.mid(i, qMin<qsizetype>(end - i, 40));
        const int placeholder =
            indexOfName(kPlaceholderNames, QStringView(text).sliced(i + 1, end - i - 1));
        if (placeholder < 0)
            return text.mid(i, end - i + 1);
        *found |= bit(Placeholder(placeholder));
        i = end;
    }
    return QString();
}

// The first piece of text in braces (or a lone brace), or an empty string.
QString braceFragment(const QString& text)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('{') && start < 0) {
            start = i;
        } else if (c == QLatin1Char('}')) {
            return start < 0 ? QStringLiteral("}") : text.mid(start, i - start + 1);
        }
    }
    return start < 0 ? QString() : text.mid(start, 40);
}

bool isValidId(const QString& id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

// Checks one "cues"/"moments" list; returns the bits of the values or 0 after reporting.
template <std::size_t N>
quint8 readTagList(const QJsonObject& object, const QString& field,
                   const std::array<QLatin1String, N>& names, qsizetype index, const QString& label,
                   Validator& validator)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        validator.phrase(index, label, field, PhraseLibrary::tr("missing"));
        return 0;
    }
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty()) {
        validator.phrase(index, label, field,
                         PhraseLibrary::tr("must be a list with at least one value"));
        return 0;
    }
    quint8 bits = 0;
    for (const QJsonValue& item : list) {
        const int found = item.isString() ? indexOfName(names, item.toString()) : -1;
        if (found < 0) {
            validator.phrase(index, label, field,
                             PhraseLibrary::tr("unknown value \"%1\"").arg(describe(item)));
            return 0;
        }
        const quint8 itemBit = quint8(1u << unsigned(found));
        if (bits & itemBit) {
            validator.phrase(
                index, label, field,
                PhraseLibrary::tr("value \"%1\" is listed twice").arg(item.toString()));
            return 0;
        }
        bits |= itemBit;
    }
    return bits;
}

// A required, non-empty string; reports and returns nullopt otherwise.
std::optional<QString> readText(const QJsonObject& object, const QString& field, qsizetype index,
                                const QString& label, Validator& validator)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined()) {
        validator.phrase(index, label, field, PhraseLibrary::tr("missing"));
        return std::nullopt;
    }
    if (!value.isString()) {
        validator.phrase(index, label, field, PhraseLibrary::tr("must be a string"));
        return std::nullopt;
    }
    if (isBlank(value.toString())) {
        validator.phrase(index, label, field, PhraseLibrary::tr("must not be empty"));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

QLatin1String techniqueName(Technique technique)
{
    return kTechniqueNames[std::size_t(technique)];
}

QLatin1String cueTagName(CueTag tag)
{
    return kCueTagNames[std::size_t(tag)];
}

QLatin1String momentName(CallMoment moment)
{
    return kMomentNames[std::size_t(moment)];
}

QLatin1String placeholderName(Placeholder placeholder)
{
    return kPlaceholderNames[std::size_t(placeholder)];
}

bool techniqueFromName(QStringView name, Technique* out)
{
    const int index = indexOfName(kTechniqueNames, name);
    if (index < 0)
        return false;
    *out = Technique(index);
    return true;
}

PhraseContext PhraseContext::fromProfile(const CustomerProfile& profile, const QString& agentName)
{
    PhraseContext context;
    context.preferredName = profile.preferredName;
    context.firstName = profile.preferredName;
    context.agentName = agentName;
    context.language = profile.language;
    return context;
}

const QString& PhraseContext::value(Placeholder placeholder) const
{
    switch (placeholder) {
    case Placeholder::PreferredName:
        return preferredName;
    case Placeholder::FirstName:
        return firstName;
    case Placeholder::LastContactTopic:
        return lastContactTopic;
    case Placeholder::LastContactDate:
        return lastContactDate;
    case Placeholder::OpenCaseTopic:
        return openCaseTopic;
    case Placeholder::AgentName:
        break;
    }
    return agentName;
}

quint8 PhraseContext::available() const
{
    quint8 bits = 0;
    for (int i = 0; i < kPlaceholderCount; ++i) {
        if (!isBlank(value(Placeholder(i))))
            bits |= bit(Placeholder(i));
    }
    return bits;
}

bool fillPhrase(const Phrase& phrase, const PhraseContext& context, QString* out,
                bool* personalised)
{
    if (personalised)
        *personalised = false;
    if (phrase.placeholders & ~context.available()) {
        if (!phrase.hasFallback())
            return false;
        *out = phrase.fallback;
        return true;
    }
    if (!phrase.placeholders) {
        *out = phrase.text;
        return true;
    }
    // One pass, so a value that happens to contain a placeholder's spelling is never filled in
    // again.
    const QString& text = phrase.text;
    QString filled;
    filled.reserve(text.size() + 32);
    qsizetype from = 0;
    for (qsizetype open = text.indexOf(QLatin1Char('{')); open >= 0;
         open = text.indexOf(QLatin1Char('{'), from)) {
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        const int placeholder =
            close < 0 ? -1
                      : indexOfName(kPlaceholderNames,
                                    QStringView(text).sliced(open + 1, close - open - 1));
        // Only a hand-made Phrase can get here; a loaded one was checked.
        if (placeholder < 0)
            return false;
        filled += QStringView(text).sliced(from, open - from);
        filled += QStringView(context.value(Placeholder(placeholder))).trimmed();
        from = close + 1;
    }
    filled += QStringView(text).sliced(from);
    *out = filled;
    if (personalised)
        *personalised = true;
    return true;
}

const Phrase* PhraseLibrary::find(const QString& id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_phrases.at(index);
}

bool PhraseLibrary::load(const QString& path, QString* error)
{
    const QString fileName = QFileInfo(path).fileName();
    QByteArray json;
    if (!JsonFile::read(path, fileName, &json, error))
        return false;
    return loadData(json, fileName, error);
}

bool PhraseLibrary::loadData(const QByteArray& json, const QString& fileName, QString* error)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;

    Validator validator(json, fileName);

    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (schema.isUndefined())
        validator.topLevel(QStringLiteral("schema"), tr("missing"));
    else if (!schema.isDouble() || schema.toDouble() != 1.0)
        validator.topLevel(QStringLiteral("schema"),
                           tr("unknown value \"%1\"").arg(describe(schema)));

    QString meta[3];
    const QString metaFields[3] = {QStringLiteral("locale"), QStringLiteral("version"),
                                   QStringLiteral("name")};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue value = root.value(metaFields[i]);
        if (value.isUndefined())
            validator.topLevel(metaFields[i], tr("missing"));
        else if (!value.isString())
            validator.topLevel(metaFields[i], tr("must be a string"));
        else if (isBlank(value.toString()))
            validator.topLevel(metaFields[i], tr("must not be empty"));
        else
            meta[i] = value.toString();
    }

    const QJsonValue phrasesValue = root.value(QStringLiteral("phrases"));
    const QJsonArray list = phrasesValue.toArray();
    if (phrasesValue.isUndefined())
        validator.topLevel(QStringLiteral("phrases"), tr("missing"));
    else if (!phrasesValue.isArray() || list.isEmpty())
        validator.topLevel(QStringLiteral("phrases"), tr("must be a list with at least one value"));

    const QString idField = QStringLiteral("id");
    const QString textField = QStringLiteral("text");
    const QString fallbackField = QStringLiteral("fallback");
    QList<Phrase> phrases;
    phrases.reserve(list.size());
    QHash<QString, qsizetype> firstIndexOfId;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            validator.phraseNotObject(i);
            continue;
        }
        const QJsonObject object = list.at(i).toObject();
        const int problemsBefore = validator.problemCount();
        Phrase phrase;

        const QJsonValue id = object.value(idField);
        QString label = QString::number(i + 1);
        if (id.isUndefined()) {
            validator.phrase(i, label, idField, tr("missing"));
        } else if (!id.isString() || !isValidId(id.toString())) {
            validator.phrase(
                i, label, idField,
                tr("\"%1\" may only hold lowercase letters, digits and hyphens").arg(describe(id)));
        } else {
            phrase.id = id.toString();
            label = QLatin1Char('"') + phrase.id + QLatin1Char('"');
            const qsizetype first = firstIndexOfId.value(phrase.id, -1);
            if (first >= 0) {
                validator.phrase(i, label, idField,
                                 tr("duplicate id, first used on line %1")
                                     .arg(validator.phraseLine(first, idField)));
            } else {
                firstIndexOfId.insert(phrase.id, i);
            }
        }

        const QString techniqueField = QStringLiteral("technique");
        const QJsonValue technique = object.value(techniqueField);
        if (technique.isUndefined())
            validator.phrase(i, label, techniqueField, tr("missing"));
        else if (!technique.isString() ||
                 !techniqueFromName(technique.toString(), &phrase.technique))
            validator.phrase(i, label, techniqueField,
                             tr("unknown value \"%1\"").arg(describe(technique)));

        phrase.cues =
            readTagList(object, QStringLiteral("cues"), kCueTagNames, i, label, validator);
        phrase.moments =
            readTagList(object, QStringLiteral("moments"), kMomentNames, i, label, validator);

        if (const std::optional<QString> text = readText(object, textField, i, label, validator)) {
            phrase.text = *text;
            const QString unknown = scanPlaceholders(phrase.text, &phrase.placeholders);
            if (!unknown.isEmpty())
                validator.phrase(i, label, textField,
                                 tr("unknown placeholder \"%1\"").arg(unknown));
        }

        if (object.contains(fallbackField)) {
            if (const std::optional<QString> fallback =
                    readText(object, fallbackField, i, label, validator)) {
                phrase.fallback = *fallback;
                const QString brace = braceFragment(phrase.fallback);
                if (!brace.isEmpty())
                    validator.phrase(i, label, fallbackField,
                                     tr("must not contain placeholders; found \"%1\"").arg(brace));
                // Only judged once "text" itself is sound.
                if (!phrase.text.isEmpty() && !phrase.placeholders &&
                    validator.problemCount() == problemsBefore)
                    validator.phrase(i, label, fallbackField,
                                     tr("must be left out when \"text\" has no placeholder"));
            }
        } else if (phrase.placeholders && !(phrase.placeholders & kHistoryPlaceholders)) {
            validator.phrase(
                i, label, fallbackField,
                tr("missing; \"text\" uses only name placeholders, so it needs a fallback"));
        }
        phrases.append(phrase);
    }

    if (validator.hasProblems()) {
        *error = validator.report();
        return false;
    }
    m_phrases = phrases;
    m_locale = meta[0];
    m_version = meta[1];
    m_name = meta[2];
    buildIndex();
    return true;
}

PhraseLibrary PhraseLibrary::fromValidated(QList<Phrase> phrases, QString locale, QString version,
                                           QString name)
{
    PhraseLibrary library;
    library.m_phrases = std::move(phrases);
    library.m_locale = std::move(locale);
    library.m_version = std::move(version);
    library.m_name = std::move(name);
    library.buildIndex();
    return library;
}

PhraseLibrary PhraseLibrary::replicated(const PhraseLibrary& base, qsizetype count)
{
    PhraseLibrary library;
    library.m_locale = base.m_locale;
    library.m_version = base.m_version;
    library.m_name = base.m_name;
    if (base.isEmpty())
        return library;
    library.m_phrases.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        Phrase phrase = base.m_phrases.at(i % base.size());
        const qsizetype round = i / base.size();
        if (round > 0)
            phrase.id += QStringLiteral("-r") + QString::number(round);
        library.m_phrases.append(phrase);
    }
    library.buildIndex();
    return library;
}

PhraseLibrary PhraseLibrary::withExtra(const QList<Phrase>& extra) const
{
    PhraseLibrary library = *this;
    for (const Phrase& phrase : extra) {
        if (!library.m_indexById.contains(phrase.id)) {
            library.m_indexById.insert(phrase.id, library.m_phrases.size());
            library.m_phrases.append(phrase);
        }
    }
    library.buildIndex();
    return library;
}

bool PhraseLibrary::checkPersonalPhrase(Phrase* phrase, QString* error)
{
    const QString text = phrase->text.trimmed();
    if (text.isEmpty()) {
        *error = tr("The phrase is empty.");
        return false;
    }
    if (text.size() > kMaxPersonalLength) {
        *error = tr("The phrase is longer than %1 characters.").arg(kMaxPersonalLength);
        return false;
    }
    const QString unknown = scanPlaceholders(text, &phrase->placeholders);
    if (!unknown.isEmpty()) {
        *error = tr("\"%1\" is not a placeholder Attune knows.").arg(unknown);
        return false;
    }
    if (!phrase->cues || !phrase->moments) {
        *error = tr("Choose at least one feeling and one part of the call the phrase fits.");
        return false;
    }
    phrase->text = text;
    phrase->fallback.clear();
    return true;
}

void PhraseLibrary::buildIndex()
{
    m_indexById.clear();
    m_indexById.reserve(m_phrases.size());
    for (QList<qint32>& list : m_byCue)
        list.clear();
    for (QList<qint32>& list : m_byCueMoment)
        list.clear();
    for (qsizetype i = 0; i < m_phrases.size(); ++i) {
        const Phrase& phrase = m_phrases.at(i);
        m_indexById.insert(phrase.id, i);
        for (int tag = 0; tag < kCueTagCount; ++tag) {
            if (!phrase.fits(CueTag(tag)))
                continue;
            m_byCue[tag].append(qint32(i));
            for (int moment = 0; moment < kCallMomentCount; ++moment) {
                if (phrase.fits(CallMoment(moment)))
                    m_byCueMoment[tag * kCallMomentCount + moment].append(qint32(i));
            }
        }
    }
}

} // namespace attune
