#include "ReplyReader.h"

#include "core/JsonFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

// The patterns are checked with PCRE2 itself, the library QRegularExpression is built on.
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace attune {

namespace {

constexpr auto kPatternOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
// Evidence is for a person reading feedback: a few words per behaviour are enough.
constexpr int kMaxEvidence = 4;

// Whether `pattern` compiles the way QRegularExpression compiles it with kPatternOptions (UTF-16,
// caseless, Unicode properties), and PCRE2's reason when not. QRegularExpression::isValid()
// would also JIT-compile every pattern in three modes: two fifths of all the instructions of a
// start, for a reader used only once the agent starts practising (PracticeService::start
// compiles them then).
bool checkPattern(const QString& pattern, QString* problem)
{
    static_assert(sizeof(QChar) == sizeof(PCRE2_UCHAR));
    int code = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code* compiled =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                      PCRE2_UTF | PCRE2_CASELESS | PCRE2_UCP, &code, &offset, nullptr);
    if (compiled) {
        pcre2_code_free(compiled);
        return true;
    }
    PCRE2_UCHAR message[256] = {};
    pcre2_get_error_message(code, message, std::size(message));
    // The same words (and translation context) QRegularExpression::errorString() gives.
    *problem = QCoreApplication::translate(
        "QRegularExpression",
        QString::fromUtf16(reinterpret_cast<const char16_t*>(message)).toLatin1().constData());
    return false;
}

struct Sentence
{
    QString text;
    bool question = false;
};

// Typographic quotes become plain ones, so one pattern ("I'll") covers both spellings.
QString normalised(const QString& text)
{
    QString out = text;
    out.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    out.replace(QChar(0x201C), QLatin1Char('"')).replace(QChar(0x201D), QLatin1Char('"'));
    return out;
}

// A sentence ends at . ! ? or a line break; "Mr." or "Dr." do not end one, or the name after
// them would start a sentence of its own.
QList<Sentence> sentencesOf(const QString& text)
{
    QList<Sentence> sentences;
    QString current;
    const auto flush = [&](bool question) {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            sentences.append({trimmed, question});
        current.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        current += c;
        const bool atEnd = i + 1 >= text.size() || text.at(i + 1).isSpace();
        if (c == QLatin1Char('?') && atEnd) {
            flush(true);
        } else if ((c == QLatin1Char('!') || c == QLatin1Char('\n')) && atEnd) {
            flush(false);
        } else if (c == QLatin1Char('.') && atEnd) {
            const QString word = current.trimmed().section(QLatin1Char(' '), -1).toLower();
            static const QStringList abbreviations = {
                QStringLiteral("mr."),  QStringLiteral("mrs."), QStringLiteral("ms."),
                QStringLiteral("dr."),  QStringLiteral("sr."),  QStringLiteral("sra."),
                QStringLiteral("mme."), QStringLiteral("st."),  QStringLiteral("e.g.")};
            if (!abbreviations.contains(word))
                flush(false);
        }
    }
    flush(current.trimmed().endsWith(QLatin1Char('?')));
    return sentences;
}

} // namespace

QString ReplyReader::builtInPath(const QString& language)
{
    QString lang = language.section(QLatin1Char('_'), 0, 0).toLower();
    const QString path = QStringLiteral(":/practice/%1.json").arg(lang);
    if (QFileInfo::exists(path))
        return path;
    return QStringLiteral(":/practice/en.json");
}

bool ReplyReader::loadFile(const QString& path, QString* error)
{
    const QString name = QFileInfo(path).fileName();
    QByteArray json;
    if (!JsonFile::read(path, name, &json, error))
        return false;
    return load(json, name, error);
}

bool ReplyReader::load(const QByteArray& json, const QString& fileName, QString* error)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;
    // The line of a field's first mention after `from`, so the person editing lands near it.
    const auto fail = [&](const QString& field, const QString& problem, qsizetype from = 0) {
        const qsizetype at = json.indexOf(
            QByteArray("\"") +
                field.section(QLatin1Char('.'), -1).section(QLatin1Char('['), 0, 0).toUtf8() + '"',
            from);
        *error = tr("%1:%2: field \"%3\": %4")
                     .arg(fileName)
                     .arg(JsonFile::lineOfOffset(json, at < 0 ? from : at))
                     .arg(field, problem);
        return false;
    };
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("attune-practice-lexicon"))
        return fail(QStringLiteral("format"),
                    tr("must be \"%1\"").arg(QStringLiteral("attune-practice-lexicon")));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(QStringLiteral("version"), tr("must be 1"));
    const QString language = root.value(QStringLiteral("language")).toString();
    if (language.isEmpty())
        return fail(QStringLiteral("language"), tr("missing or empty"));

    QStringList honorifics;
    for (const QJsonValue& value : root.value(QStringLiteral("honorifics")).toArray())
        honorifics << value.toString().toLower().remove(QLatin1Char('.'));

    const QJsonObject rules = root.value(QStringLiteral("rules")).toObject();
    if (rules.isEmpty())
        return fail(QStringLiteral("rules"), tr("must be an object naming the behaviours"));
    std::array<QList<Rule>, kPracticeBehaviourCount> parsed;
    const qsizetype rulesAt = json.indexOf("\"rules\"");
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        PracticeBehaviour behaviour;
        const QString field = QStringLiteral("rules.") + it.key();
        if (!behaviourFromName(it.key(), &behaviour) || behaviour == PracticeBehaviour::UsedName)
            return fail(field, tr("not a behaviour the reader recognises by rules"), rulesAt);
        const qsizetype behaviourAt = json.indexOf("\"" + it.key().toUtf8() + "\"", rulesAt);
        const QJsonArray list = it.value().toArray();
        if (list.isEmpty())
            return fail(field, tr("must be a list with at least one rule"), rulesAt);
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject object = list.at(i).toObject();
            const QString where = QStringLiteral("%1[%2]").arg(field).arg(i + 1);
            Rule rule;
            const QString scope =
                object.value(QStringLiteral("in")).toString(QStringLiteral("any"));
            if (scope == QLatin1String("question"))
                rule.scope = Scope::Question;
            else if (scope == QLatin1String("statement"))
                rule.scope = Scope::Statement;
            else if (scope != QLatin1String("any"))
                return fail(where + QStringLiteral(".in"),
                            tr("must be \"any\", \"question\" or \"statement\""), behaviourAt);
            for (const QString& key : {QStringLiteral("match"), QStringLiteral("unless")}) {
                const QJsonArray patterns = object.value(key).toArray();
                if (key == QLatin1String("match") && patterns.isEmpty())
                    return fail(where + QStringLiteral(".match"),
                                tr("must be a list with at least one pattern"), behaviourAt);
                for (const QJsonValue& pattern : patterns) {
                    QString problem;
                    if (pattern.toString().isEmpty() ||
                        !checkPattern(pattern.toString(), &problem)) {
                        const qsizetype at =
                            json.indexOf(pattern.toString().left(20).toUtf8(), behaviourAt);
                        return fail(where + QLatin1Char('.') + key,
                                    tr("\"%1\" is not a valid pattern: %2")
                                        .arg(pattern.toString(), problem),
                                    at < 0 ? behaviourAt : at);
                    }
                    // Compiled (and JIT-compiled) by QRegularExpression on its first match.
                    (key == QLatin1String("match") ? rule.match : rule.unless)
                        .append(QRegularExpression(pattern.toString(), kPatternOptions));
                }
            }
            parsed[std::size_t(behaviour)].append(rule);
        }
    }
    for (int b = 0; b < kPracticeBehaviourCount; ++b) {
        if (PracticeBehaviour(b) != PracticeBehaviour::UsedName && parsed[std::size_t(b)].isEmpty())
            return fail(QStringLiteral("rules.") + behaviourName(PracticeBehaviour(b)),
                        tr("missing"), rulesAt);
    }
    m_language = language;
    m_honorifics = honorifics;
    m_rules = parsed;
    return true;
}

void ReplyReader::compilePatterns() const
{
    for (const QList<Rule>& rules : m_rules) {
        for (const Rule& rule : rules) {
            for (const QRegularExpression& pattern : rule.match)
                pattern.optimize();
            for (const QRegularExpression& pattern : rule.unless)
                pattern.optimize();
        }
    }
}

ReplyReading ReplyReader::read(const QString& reply, const QString& addressAs,
                               const QString& fullName) const
{
    ReplyReading reading;
    const QString text = normalised(reply).left(kMaxReplyLength);
    const auto note = [&](PracticeBehaviour behaviour, const QString& words) {
        reading.shown |= bit(behaviour);
        QStringList& evidence = reading.evidence[std::size_t(behaviour)];
        const QString trimmed = words.trimmed();
        if (evidence.size() < kMaxEvidence && !evidence.contains(trimmed, Qt::CaseInsensitive))
            evidence.append(trimmed);
    };

    // The name: the form of address, that without its honorific (the surname), or any word of
    // the full name.
    QStringList names;
    const QString address = addressAs.simplified();
    if (!address.isEmpty()) {
        names << address;
        const QStringList words = address.split(QLatin1Char(' '));
        if (words.size() > 1 &&
            m_honorifics.contains(words.first().toLower().remove(QLatin1Char('.'))))
            names << words.mid(1).join(QLatin1Char(' '));
    }
    for (const QString& word : fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 2 && !m_honorifics.contains(word.toLower().remove(QLatin1Char('.'))))
            names << word;
    }
    for (const QString& name : std::as_const(names)) {
        const QRegularExpression pattern(QStringLiteral("(?<!\\w)") +
                                             QRegularExpression::escape(name) +
                                             QStringLiteral("(?!\\w)"),
                                         kPatternOptions);
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch()) {
            note(PracticeBehaviour::UsedName, match.captured(0));
            break;
        }
    }

    const QList<Sentence> sentences = sentencesOf(text);
    for (int b = 0; b < kPracticeBehaviourCount; ++b) {
        for (const Rule& rule : m_rules[std::size_t(b)]) {
            for (const Sentence& sentence : sentences) {
                if ((rule.scope == Scope::Question && !sentence.question) ||
                    (rule.scope == Scope::Statement && sentence.question))
                    continue;
                bool vetoed = false;
                for (const QRegularExpression& unless : rule.unless) {
                    if (unless.match(sentence.text).hasMatch()) {
                        vetoed = true;
                        break;
                    }
                }
                if (vetoed)
                    continue;
                for (const QRegularExpression& pattern : rule.match) {
                    const QRegularExpressionMatch match = pattern.match(sentence.text);
                    if (match.hasMatch()) {
                        note(PracticeBehaviour(b), match.captured(0));
                        break;
                    }
                }
            }
        }
    }
    return reading;
}

} // namespace attune
