#include "PracticeScenario.h"

#include "core/JsonFile.h"
#include "core/Logging.h"
#include "core/TextRule.h"
#include "empathy/CompactEngineData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QQueue>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace attune {

namespace {

// Past a point a longer list of problems helps nobody.
constexpr int kMaxListedProblems = 10;

constexpr std::array<QLatin1String, 5> kOutcomeNames{
    QLatin1String("better"), QLatin1String("same"), QLatin1String("worse"),
    QLatin1String("turn_limit"), QLatin1String("abandoned")};

const QStringList& knownLocales()
{
    static const QStringList locales = {QStringLiteral("en"), QStringLiteral("es"),
                                        QStringLiteral("de"), QStringLiteral("fr"),
                                        QStringLiteral("pt_BR")};
    return locales;
}

bool isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,40}$"));
    return pattern.match(id).hasMatch();
}

// Where things are in the raw text, found by searching from the enclosing key: only needed to
// name a line, and only once a problem is found.
class Problems
{
public:
    Problems(const QByteArray& json, const QString& fileName)
        : m_json(json)
        , m_fileName(fileName)
        , m_turnsAt(json.indexOf("\"turns\""))
    {}

    bool any() const { return m_count > 0; }
    QString report() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size())
            lines << PracticeScenario::tr("%1: %n more problem(s) not listed", nullptr,
                                          int(m_count - m_lines.size()))
                         .arg(m_fileName);
        return lines.join(QLatin1Char('\n'));
    }

    void top(const QString& field, const QString& problem)
    {
        add(PracticeScenario::tr("%1:%2: field \"%3\": %4")
                .arg(m_fileName)
                .arg(line(qMax(qsizetype(0), keyOffset(field.section(QLatin1Char('.'), -1), 0))))
                .arg(field, problem));
    }

    // `field` may be "next[2].goto": the line is that of the 2nd "goto" in the turn.
    void turn(const QString& turnId, const QString& field, const QString& problem)
    {
        add(PracticeScenario::tr("%1:%2: turn \"%3\": field \"%4\": %5")
                .arg(m_fileName)
                .arg(line(fieldOffset(turnId, field)))
                .arg(turnId, field, problem));
    }

    void turnItself(const QString& turnId, const QString& problem)
    {
        add(PracticeScenario::tr("%1:%2: turn \"%3\": %4")
                .arg(m_fileName)
                .arg(line(turnOffset(turnId)))
                .arg(turnId, problem));
    }

private:
    int line(qsizetype offset) const { return JsonFile::lineOfOffset(m_json, offset); }

    // The offset of `"key"` used as a key (followed by a colon) at or after `from`; -1 when there
    // is none.
    qsizetype keyOffset(const QString& key, qsizetype from) const
    {
        const QByteArray quoted = '"' + key.toUtf8() + '"';
        for (qsizetype at = m_json.indexOf(quoted, from); at >= 0;
             at = m_json.indexOf(quoted, at + 1)) {
            qsizetype next = at + quoted.size();
            while (next < m_json.size() && QChar(m_json.at(next)).isSpace())
                ++next;
            if (next < m_json.size() && m_json.at(next) == ':')
                return at;
        }
        return -1;
    }

    qsizetype turnOffset(const QString& turnId) const
    {
        const qsizetype at = m_turnsAt < 0 ? -1 : keyOffset(turnId, m_turnsAt);
        return at < 0 ? qMax(qsizetype(0), m_turnsAt) : at;
    }

    // Where the object that starts after `from` ends, strings skipped.
    qsizetype objectEnd(qsizetype from) const
    {
        qsizetype i = m_json.indexOf('{', from);
        if (i < 0)
            return m_json.size();
        int depth = 0;
        for (; i < m_json.size(); ++i) {
            const char c = m_json.at(i);
            if (c == '"') {
                for (++i; i < m_json.size() && m_json.at(i) != '"'; ++i) {
                    if (m_json.at(i) == '\\')
                        ++i;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return m_json.size();
    }

    // A key inside the turn only: a missing field points at the turn, not at the next turn's.
    qsizetype keyInTurn(const QString& key, qsizetype from, qsizetype turnAt, qsizetype end) const
    {
        const qsizetype at = keyOffset(key, from + 1);
        return at > from && at < end ? at : (from == turnAt ? turnAt : from);
    }

    qsizetype fieldOffset(const QString& turnId, const QString& field) const
    {
        const qsizetype turnAt = turnOffset(turnId);
        const qsizetype end = objectEnd(turnAt);
        static const QRegularExpression indexed(QStringLiteral("^next\\[(\\d+)\\]\\.?(.*)$"));
        const QRegularExpressionMatch match = indexed.match(field);
        if (!match.hasMatch())
            return keyInTurn(field, turnAt, turnAt, end);
        // The n-th branch: counted by its "goto", which every branch is meant to have.
        qsizetype at = keyInTurn(QStringLiteral("next"), turnAt, turnAt, end);
        const int n = match.captured(1).toInt();
        for (int i = 0; i < n; ++i) {
            const qsizetype found = keyInTurn(QStringLiteral("goto"), at, turnAt, end);
            if (found <= at)
                break;
            at = found;
        }
        return at;
    }

    void add(const QString& line)
    {
        ++m_count;
        if (m_lines.size() < kMaxListedProblems)
            m_lines << line;
    }

    const QByteArray& m_json;
    QString m_fileName;
    qsizetype m_turnsAt;
    QStringList m_lines;
    int m_count = 0;
};

// A required text of 1..kMaxTextLength characters; reports through `report` otherwise.
template <typename Report>
bool readText(const QJsonObject& object, const QString& key, QString* out, Report report)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        report(key, PracticeScenario::tr("missing"));
        return false;
    }
    const QString text = value.toString().trimmed();
    if (!value.isString() || text.isEmpty() || text.size() > PracticeScenario::kMaxTextLength) {
        report(key, PracticeScenario::tr("must be text of 1 to %1 characters")
                        .arg(PracticeScenario::kMaxTextLength));
        return false;
    }
    // The rule every customer name and line keeps (TextRule::withBalancedDirection): IT's file
    // is reported and skipped, as for any other bad value, rather than changed behind its back.
    char32_t first = 0;
    if (TextRule::withBalancedDirection(text, &first) != text) {
        report(key, PracticeScenario::tr("holds a text-direction character (U+%1) that overrides "
                                         "the direction or is left unclosed; it could make the "
                                         "text look different from what it is")
                        .arg(QString::number(uint(first), 16)
                                 .toUpper()
                                 .rightJustified(4, QLatin1Char('0'))));
        return false;
    }
    *out = text;
    return true;
}

} // namespace

QLatin1String outcomeName(PracticeOutcome outcome)
{
    return kOutcomeNames[std::size_t(outcome)];
}

bool PracticeBranch::takenFor(PracticeBehaviours shown) const
{
    switch (kind) {
    case Kind::All:
        return (shown & behaviours) == behaviours;
    case Kind::Any:
        return (shown & behaviours) != 0;
    case Kind::Otherwise:
        break;
    }
    return true;
}

const PracticeTurn* PracticeScenario::turn(const QString& turnId) const
{
    const auto it = turns.constFind(turnId);
    return it == turns.constEnd() ? nullptr : &it.value();
}

bool PracticeScenario::loadFile(const QString& path, PracticeScenario* out, QString* error)
{
    const QFileInfo info(path);
    QByteArray json;
    if (!JsonFile::read(path, info.fileName(), &json, error))
        return false;
    return load(json, info.fileName(), out, error, info.completeBaseName());
}

bool PracticeScenario::load(const QByteArray& json, const QString& fileName, PracticeScenario* out,
                            QString* error, const QString& expectedId)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;
    Problems problems(json, fileName);
    const auto top = [&](const QString& field, const QString& problem) {
        problems.top(field, problem);
    };

    if (root.value(QStringLiteral("format")).toString() !=
        QLatin1String("attune-practice-scenario"))
        top(QStringLiteral("format"),
            tr("must be \"%1\"").arg(QStringLiteral("attune-practice-scenario")));
    if (!root.value(QStringLiteral("version")).isDouble() ||
        root.value(QStringLiteral("version")).toDouble() != 1.0)
        top(QStringLiteral("version"), tr("must be 1"));

    PracticeScenario scenario;
    scenario.id = root.value(QStringLiteral("id")).toString();
    if (!isValidId(scenario.id))
        top(QStringLiteral("id"), tr("must be 1 to 40 lowercase letters, digits or hyphens"));
    else if (!expectedId.isEmpty() && scenario.id != expectedId)
        top(QStringLiteral("id"), tr("must match the file name \"%1\"").arg(expectedId));
    scenario.locale = root.value(QStringLiteral("locale")).toString();
    if (!knownLocales().contains(scenario.locale))
        top(QStringLiteral("locale"),
            tr("must be one of %1").arg(knownLocales().join(QStringLiteral(", "))));
    readText(root, QStringLiteral("title"), &scenario.title, top);
    readText(root, QStringLiteral("summary"), &scenario.summary, top);
    const QJsonValue customer = root.value(QStringLiteral("customer"));
    if (!customer.isObject()) {
        top(QStringLiteral("customer"),
            customer.isUndefined() ? tr("missing") : tr("must be an object"));
    } else {
        const auto inCustomer = [&](const QString& field, const QString& problem) {
            problems.top(QStringLiteral("customer.") + field, problem);
        };
        readText(customer.toObject(), QStringLiteral("name"), &scenario.customerName, inCustomer);
        readText(customer.toObject(), QStringLiteral("addressAs"), &scenario.addressAs, inCustomer);
    }

    const QJsonValue turnsValue = root.value(QStringLiteral("turns"));
    const QJsonObject turns = turnsValue.toObject();
    if (!turnsValue.isObject())
        top(QStringLiteral("turns"),
            turnsValue.isUndefined() ? tr("missing") : tr("must be an object"));
    else if (turns.size() < kMinTurns)
        top(QStringLiteral("turns"), tr("must hold at least %1 turns").arg(kMinTurns));

    scenario.start = root.value(QStringLiteral("start")).toString();
    if (root.value(QStringLiteral("start")).isUndefined())
        top(QStringLiteral("start"), tr("missing"));
    else if (!turns.contains(scenario.start))
        top(QStringLiteral("start"),
            tr("\"%1\" is not a turn of this scenario").arg(scenario.start));

    static const QStringList feelings = {QStringLiteral("frustration"), QStringLiteral("anxiety"),
                                         QStringLiteral("sadness"),     QStringLiteral("confusion"),
                                         QStringLiteral("urgency"),     QStringLiteral("gratitude"),
                                         QStringLiteral("neutral")};
    static const QStringList ends = {QStringLiteral("better"), QStringLiteral("same"),
                                     QStringLiteral("worse")};
    for (auto it = turns.constBegin(); it != turns.constEnd(); ++it) {
        PracticeTurn turn;
        turn.id = it.key();
        if (!isValidId(turn.id)) {
            problems.turnItself(turn.id, tr("its name must be 1 to 40 lowercase letters, digits or "
                                            "hyphens"));
            continue;
        }
        if (!it.value().isObject()) {
            problems.turnItself(turn.id, tr("must be an object"));
            continue;
        }
        const QJsonObject object = it.value().toObject();
        const auto inTurn = [&](const QString& field, const QString& problem) {
            problems.turn(turn.id, field, problem);
        };
        readText(object, QStringLiteral("customer"), &turn.customer, inTurn);
        const QString feeling = object.value(QStringLiteral("feeling")).toString();
        const int feelingIndex = int(feelings.indexOf(feeling));
        if (object.value(QStringLiteral("feeling")).isUndefined())
            inTurn(QStringLiteral("feeling"), tr("missing"));
        else if (feelingIndex < 0)
            inTurn(QStringLiteral("feeling"),
                   tr("must be one of %1").arg(feelings.join(QStringLiteral(", "))));
        else
            turn.feeling = CueTag(feelingIndex);

        const bool hasNext = object.contains(QStringLiteral("next"));
        const bool hasEnd = object.contains(QStringLiteral("end"));
        if (hasNext == hasEnd) {
            problems.turnItself(turn.id, hasNext ? tr("has both \"next\" and \"end\"; a turn "
                                                      "has one or the other")
                                                 : tr("needs \"next\" or \"end\""));
        } else if (hasEnd) {
            const int endIndex = int(ends.indexOf(object.value(QStringLiteral("end")).toString()));
            if (endIndex < 0)
                inTurn(QStringLiteral("end"),
                       tr("must be one of %1").arg(ends.join(QStringLiteral(", "))));
            else
                turn.end = PracticeOutcome(endIndex);
        } else {
            const QJsonArray next = object.value(QStringLiteral("next")).toArray();
            if (next.isEmpty())
                inTurn(QStringLiteral("next"), tr("must be a list with at least one branch"));
            for (qsizetype i = 0; i < next.size(); ++i) {
                const QString where = QStringLiteral("next[%1]").arg(i + 1);
                const QJsonObject branchObject = next.at(i).toObject();
                PracticeBranch branch;
                const bool isLast = i + 1 == next.size();
                const int kinds = int(branchObject.contains(QStringLiteral("when"))) +
                                  int(branchObject.contains(QStringLiteral("whenAny"))) +
                                  int(branchObject.contains(QStringLiteral("otherwise")));
                if (kinds != 1) {
                    inTurn(where, tr("needs exactly one of \"when\", \"whenAny\" or "
                                     "\"otherwise\""));
                    continue;
                }
                if (branchObject.contains(QStringLiteral("otherwise"))) {
                    if (branchObject.value(QStringLiteral("otherwise")) != QJsonValue(true))
                        inTurn(where + QStringLiteral(".otherwise"), tr("must be true"));
                    else if (!isLast)
                        inTurn(where + QStringLiteral(".otherwise"),
                               tr("only the last branch may be \"otherwise\""));
                    branch.kind = PracticeBranch::Kind::Otherwise;
                } else {
                    const bool all = branchObject.contains(QStringLiteral("when"));
                    const QString key = all ? QStringLiteral("when") : QStringLiteral("whenAny");
                    branch.kind = all ? PracticeBranch::Kind::All : PracticeBranch::Kind::Any;
                    const QJsonArray list = branchObject.value(key).toArray();
                    if (list.isEmpty())
                        inTurn(where + QLatin1Char('.') + key,
                               tr("must be a list with at least one behaviour"));
                    for (const QJsonValue& value : list) {
                        PracticeBehaviour behaviour;
                        if (!behaviourFromName(value.toString(), &behaviour))
                            inTurn(where + QLatin1Char('.') + key,
                                   tr("unknown behaviour \"%1\"").arg(value.toString()));
                        else
                            branch.behaviours |= bit(behaviour);
                    }
                    if (isLast)
                        inTurn(QStringLiteral("next"),
                               tr("must end with one \"otherwise\" branch"));
                }
                const QJsonValue target = branchObject.value(QStringLiteral("goto"));
                branch.target = target.toString();
                if (target.isUndefined())
                    inTurn(where + QStringLiteral(".goto"), tr("missing"));
                else if (!turns.contains(branch.target))
                    inTurn(where + QStringLiteral(".goto"),
                           tr("\"%1\" is not a turn of this scenario").arg(branch.target));
                turn.next.append(branch);
            }
        }
        scenario.turns.insert(turn.id, turn);
    }

    // The graph is judged only once every turn and branch is sound.
    if (!problems.any()) {
        QSet<QString> reached{scenario.start};
        QQueue<QString> queue;
        queue.enqueue(scenario.start);
        QSet<int> endsReached;
        while (!queue.isEmpty()) {
            const PracticeTurn& turn = scenario.turns[queue.dequeue()];
            if (turn.isEnd())
                endsReached.insert(int(turn.end));
            for (const PracticeBranch& branch : turn.next) {
                if (!reached.contains(branch.target)) {
                    reached.insert(branch.target);
                    queue.enqueue(branch.target);
                }
            }
        }
        QStringList unreachable;
        for (auto it = scenario.turns.constBegin(); it != scenario.turns.constEnd(); ++it) {
            if (!reached.contains(it.key()))
                unreachable << it.key();
        }
        unreachable.sort();
        for (const QString& turnId : std::as_const(unreachable))
            problems.turnItself(turnId, tr("cannot be reached from \"start\""));
        if (endsReached.size() < 2)
            top(QStringLiteral("turns"),
                tr("at least two different \"end\" values must be reachable"));
    }

    if (problems.any()) {
        *error = problems.report();
        return false;
    }
    *out = scenario;
    return true;
}

QString PracticeScenarioSet::scenarioLocale(const QString& locale)
{
    // "de_DE" is German, "pt_PT" reads the Brazilian scenarios rather than English ones.
    const QString language = locale.section(QLatin1Char('_'), 0, 0);
    for (const QString& candidate :
         {locale, language,
          language == QLatin1String("pt") ? QStringLiteral("pt_BR") : QString()}) {
        if (!candidate.isEmpty() &&
            QFileInfo(QStringLiteral(":/scenarios/practice/%1").arg(candidate)).isDir())
            return candidate;
    }
    return QStringLiteral("en");
}

QString PracticeScenarioSet::builtInFolder(const QString& locale)
{
    const QString folder = QStringLiteral(":/scenarios/practice/%1").arg(locale);
    if (QFileInfo(folder).isDir())
        return folder;
    return QStringLiteral(":/scenarios/practice/en");
}

QList<PracticeScenario>
PracticeScenarioSet::loadFolder(const QString& folder, const QString& locale, QStringList* problems)
{
    QList<PracticeScenario> scenarios;
    QDir dir(folder);
    // A FIFO, a device or a file set where a folder belongs is said for what it is.
    if (const QFileInfo info(folder); info.exists() && !info.isDir()) {
        problems->append(tr("%1: the scenario folder is not a folder").arg(folder));
        return scenarios;
    }
    if (!dir.exists()) {
        problems->append(tr("%1: the scenario folder does not exist").arg(folder));
        return scenarios;
    }
    if (dir.exists(locale) && QFileInfo(dir.filePath(locale)).isDir())
        dir.cd(locale);
    const QStringList files =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    if (files.size() > kMaxFiles)
        problems->append(tr("%1: more than %2 scenario files; only the first %2 are read")
                             .arg(dir.path())
                             .arg(kMaxFiles));
    for (const QString& name : files.mid(0, kMaxFiles)) {
        PracticeScenario scenario;
        QString error;
        if (!PracticeScenario::loadFile(dir.filePath(name), &scenario, &error)) {
            qCWarning(lcScenario) << "practice scenario refused:" << name;
            problems->append(error);
            continue;
        }
        if (scenario.locale != locale) {
            problems->append(tr("%1: the scenario is in \"%2\", this folder is for \"%3\"")
                                 .arg(name, scenario.locale, locale));
            continue;
        }
        scenarios.append(scenario);
    }
    return scenarios;
}

QList<PracticeScenario> PracticeScenarioSet::load(const QString& locale, const QString& itFolder,
                                                  QStringList* problems)
{
    const QString builtIn = builtInFolder(scenarioLocale(locale));
    const QString builtInLocale = builtIn.section(QLatin1Char('/'), -1);
    QList<PracticeScenario> scenarios;
    // The build writes the built-in folder in its compact form (empathy/CompactEngineData.h);
    // without it (a library linked without the services' resources) or should it be refused,
    // the JSON files are read.
    const QString compactForm = compact::compactResourceFor(builtIn);
    QString refusal;
    if (!QFile::exists(compactForm) || !compact::loadScenarios(compactForm, &scenarios, &refusal)) {
        if (!refusal.isEmpty())
            qCWarning(lcScenario, "compact scenarios refused, reading the JSON: %s",
                      qPrintable(refusal));
        scenarios = loadFolder(builtIn, builtInLocale, problems);
    }
    if (itFolder.isEmpty())
        return scenarios;
    for (const PracticeScenario& deployed : loadFolder(itFolder, builtInLocale, problems)) {
        bool replaced = false;
        for (PracticeScenario& scenario : scenarios) {
            if (scenario.id == deployed.id) {
                scenario = deployed;
                replaced = true;
            }
        }
        if (!replaced)
            scenarios.append(deployed);
    }
    return scenarios;
}

} // namespace attune
