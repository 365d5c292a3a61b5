#include "CueDetector.h"

#include "core/JsonFile.h"
#include "empathy/PhraseFilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace attune {

namespace {

constexpr Cue::Kind kKinds[] = {Cue::Kind::Frustration, Cue::Kind::Anxiety, Cue::Kind::Sadness,
                                Cue::Kind::Confusion,   Cue::Kind::Urgency, Cue::Kind::Gratitude};
constexpr int kKindCount = 6;
// Below this a cue is noise, not worth showing an agent.
constexpr double kReportFloor = 0.2;

bool isNegativeKind(Cue::Kind kind)
{
    return kind == Cue::Kind::Frustration || kind == Cue::Kind::Anxiety ||
           kind == Cue::Kind::Sadness || kind == Cue::Kind::Confusion;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'');
}

QString normalised(QStringView text)
{
    // Plain ASCII, most lines: the same lower case without the Unicode tables.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString lower(text.size(), Qt::Uninitialized);
        QChar* to = lower.data();
        for (const QChar c : text)
            *to++ = c.unicode() >= 'A' && c.unicode() <= 'Z' ? QChar(c.unicode() + 32) : c;
        return lower;
    }
    QString lower = text.toString().toLower();
    lower.replace(QChar(0x2019), QLatin1Char('\'')); // typographic apostrophe, as phones type it
    return lower;
}

} // namespace

QString cueKindName(Cue::Kind kind)
{
    switch (kind) {
    case Cue::Kind::Frustration:
        return QStringLiteral("frustration");
    case Cue::Kind::Anxiety:
        return QStringLiteral("anxiety");
    case Cue::Kind::Sadness:
        return QStringLiteral("sadness");
    case Cue::Kind::Confusion:
        return QStringLiteral("confusion");
    case Cue::Kind::Urgency:
        return QStringLiteral("urgency");
    case Cue::Kind::Gratitude:
        return QStringLiteral("gratitude");
    }
    return {};
}

bool cueKindFromName(QStringView name, Cue::Kind* out)
{
    for (Cue::Kind kind : kKinds) {
        if (name == cueKindName(kind)) {
            *out = kind;
            return true;
        }
    }
    return false;
}

double CueReading::level(Cue::Kind kind) const
{
    for (const Cue& cue : cues) {
        if (cue.kind == kind)
            return cue.intensity;
    }
    return 0.0;
}

bool Lexicon::load(const QByteArray& json, const QString& fileName, Lexicon* out, QString* error)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;
    const auto fail = [&](const QString& field, const QString& problem) {
        // The line of the field's first mention, so the person editing the file lands near it.
        const qsizetype at =
            json.indexOf(QByteArray("\"") + field.section(QLatin1Char('.'), -1).toUtf8() + '"');
        *error = tr("%1:%2: field \"%3\": %4")
                     .arg(fileName)
                     .arg(JsonFile::lineOfOffset(json, at < 0 ? 0 : at))
                     .arg(field, problem);
        return false;
    };
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return fail(QStringLiteral("schema"), tr("must be 1"));
    Lexicon lexicon;
    lexicon.locale = root.value(QStringLiteral("locale")).toString();
    if (lexicon.locale.isEmpty())
        return fail(QStringLiteral("locale"), tr("is missing"));
    const QJsonObject cues = root.value(QStringLiteral("cues")).toObject();
    if (cues.isEmpty())
        return fail(QStringLiteral("cues"), tr("is missing or empty"));
    for (auto it = cues.begin(); it != cues.end(); ++it) {
        Cue::Kind kind;
        if (!cueKindFromName(it.key(), &kind))
            return fail(QStringLiteral("cues.") + it.key(), tr("unknown cue"));
        const QJsonObject words = it.value().toObject();
        for (auto word = words.begin(); word != words.end(); ++word) {
            const double weight = word.value().toDouble(-1);
            if (weight <= 0 || weight > 1)
                return fail(QStringLiteral("cues.%1.%2").arg(it.key(), word.key()),
                            tr("weight must be a number above 0 and at most 1"));
            const QString term = normalised(word.key()).simplified();
            if (term.isEmpty() || term.count(QLatin1Char(' ')) >= kMaxWords)
                return fail(QStringLiteral("cues.%1.%2").arg(it.key(), word.key()),
                            tr("must be 1 to %1 words").arg(kMaxWords));
            const bool symbolic =
                std::none_of(term.begin(), term.end(), [](QChar c) { return c.isLetter(); });
            if (symbolic && !lexicon.symbolTerms.contains(term))
                lexicon.symbolTerms << term;
            lexicon.terms[term].append(Hit{kind, float(weight)});
        }
    }
    const auto strings = [](const QJsonValue& value) {
        QStringList list;
        for (const QJsonValue& item : value.toArray())
            list << normalised(item.toString()).simplified();
        return list;
    };
    const auto factors = [](const QJsonValue& value, QHash<QString, float>* out) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out->insert(normalised(it.key()).simplified(), float(it.value().toDouble(1.0)));
    };
    const auto stringSet = [&strings](const QJsonValue& value) {
        const QStringList list = strings(value);
        return QSet<QString>(list.begin(), list.end());
    };
    // Plain phrases keep words like "emergency" in "emergency contact" from reading as cues; a
    // phrase that is also a cue stays a cue.
    for (const QString& phrase : strings(root.value(QStringLiteral("plainPhrases")))) {
        if (!lexicon.terms.contains(phrase))
            lexicon.terms.insert(phrase, {});
    }
    lexicon.negators = stringSet(root.value(QStringLiteral("negators")));
    lexicon.negationWindow = root.value(QStringLiteral("negationWindow")).toInt(3);
    const QJsonObject past = root.value(QStringLiteral("past")).toObject();
    lexicon.pastMarkers = stringSet(past.value(QStringLiteral("markers")));
    lexicon.pastFactor = float(past.value(QStringLiteral("factor")).toDouble(0.4));
    lexicon.selfWords = stringSet(root.value(QStringLiteral("selfWords")));
    const QJsonObject repetition = root.value(QStringLiteral("repetition")).toObject();
    lexicon.counts = stringSet(repetition.value(QStringLiteral("counts")));
    lexicon.repeatNouns = stringSet(repetition.value(QStringLiteral("nouns")));
    lexicon.repeatWeight = float(repetition.value(QStringLiteral("weight")).toDouble(0.5));
    lexicon.durationUnits = stringSet(repetition.value(QStringLiteral("durationUnits")));
    lexicon.deadlineWords = stringSet(repetition.value(QStringLiteral("deadlineWords")));
    lexicon.waitWeight = float(repetition.value(QStringLiteral("waitWeight")).toDouble(0.3));
    lexicon.deadlineWeight =
        float(repetition.value(QStringLiteral("deadlineWeight")).toDouble(0.5));
    lexicon.choiceQuestionWeight =
        float(root.value(QStringLiteral("choiceQuestionWeight")).toDouble(0.4));
    const QJsonObject need = root.value(QStringLiteral("need")).toObject();
    lexicon.needWords = stringSet(need.value(QStringLiteral("words")));
    lexicon.needFactor = float(need.value(QStringLiteral("urgencyFactor")).toDouble(1.25));
    const QJsonObject negatedPositive =
        root.value(QStringLiteral("negatedPositiveBecomes")).toObject();
    const QStringList positives = strings(negatedPositive.value(QStringLiteral("terms")));
    lexicon.negatedPositives = QSet<QString>(positives.begin(), positives.end());
    Cue::Kind negatedKind = Cue::Kind::Frustration;
    if (!negatedPositive.isEmpty() &&
        !cueKindFromName(negatedPositive.value(QStringLiteral("cue")).toString(), &negatedKind))
        return fail(QStringLiteral("negatedPositiveBecomes.cue"), tr("unknown cue"));
    lexicon.negatedPositiveHit = {
        negatedKind, float(negatedPositive.value(QStringLiteral("weight")).toDouble(0.55))};
    factors(root.value(QStringLiteral("intensifiers")), &lexicon.intensifiers);
    factors(root.value(QStringLiteral("diminishers")), &lexicon.diminishers);
    factors(root.value(QStringLiteral("escalation")), &lexicon.escalation);
    lexicon.sarcasm = strings(root.value(QStringLiteral("sarcasm")));
    // Terms are simplified (one space between words), so a leading part ends at a space; cut
    // there rather than split and join again (2.5 M instructions of every start).
    for (auto it = lexicon.terms.cbegin(); it != lexicon.terms.cend(); ++it) {
        const QString& term = it.key();
        for (qsizetype space = term.indexOf(QLatin1Char(' ')); space > 0;
             space = term.indexOf(QLatin1Char(' '), space + 1))
            lexicon.termPrefixes.insert(term.left(space));
    }
    // Longest symbol first, so ">:(" is read as anger before ":(" can be read as sadness.
    std::sort(lexicon.symbolTerms.begin(), lexicon.symbolTerms.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    lexicon.hedges = strings(root.value(QStringLiteral("hedges")));
    const QJsonObject emphasis = root.value(QStringLiteral("emphasis")).toObject();
    lexicon.capsBoost = float(emphasis.value(QStringLiteral("capsWordBoost")).toDouble(0.12));
    lexicon.exclamationBoost =
        float(emphasis.value(QStringLiteral("exclamationBoost")).toDouble(0.08));
    lexicon.maxBoost = float(emphasis.value(QStringLiteral("maxBoost")).toDouble(0.3));
    const QJsonObject thresholds = root.value(QStringLiteral("thresholds")).toObject();
    lexicon.negativeThreshold = float(thresholds.value(QStringLiteral("negative")).toDouble(0.35));
    lexicon.positiveThreshold = float(thresholds.value(QStringLiteral("positive")).toDouble(0.35));
    *out = std::move(lexicon);
    return true;
}

bool Lexicon::loadFile(const QString& path, Lexicon* out, QString* error)
{
    QByteArray json;
    if (!JsonFile::read(path, path, &json, error))
        return false;
    return load(json, path, out, error);
}

CueDetector::CueDetector(Lexicon lexicon)
    : m_lexicon(std::move(lexicon))
{}

CueReading CueDetector::read(QStringView utterance) const
{
    const Lexicon& lex = m_lexicon;
    const QString text = normalised(utterance);

    // Words in lower case, and how many were shouted in capitals in the original.
    QStringList words;
    QList<int> clauseOf; // negation does not reach across a comma or a full stop
    int clause = 0;
    int capsWords = 0;
    for (qsizetype i = 0; i < utterance.size();) {
        while (i < utterance.size() && !isWordChar(utterance.at(i))) {
            if (QStringView(u",.;:!?").contains(utterance.at(i)))
                ++clause;
            ++i;
        }
        const qsizetype start = i;
        int letters = 0;
        int upper = 0;
        while (i < utterance.size() && isWordChar(utterance.at(i))) {
            if (utterance.at(i).isLetter()) {
                ++letters;
                upper += utterance.at(i).isUpper();
            }
            ++i;
        }
        if (i > start) {
            // A view into text (which outlives words): no allocation per word. Anything kept
            // in the reading is built from it as a new string.
            words << QString::fromRawData(text.constData() + start, i - start);
            clauseOf << clause;
            if (letters >= 3 && upper == letters)
                ++capsWords;
        }
    }

    std::array<double, kKindCount> missing{}; // product of (1 - w): noisy-or of every hit
    missing.fill(1.0);
    QStringList evidence;
    std::array<QStringList, kKindCount> evidenceOf; // per cue, so "why" quotes the right words
    std::array<double, kKindCount> strongestOf{};
    const auto add = [&](Cue::Kind kind, double weight, const QString& why) {
        missing[int(kind)] *= 1.0 - std::clamp(weight, 0.0, 0.95);
        if (!evidence.contains(why))
            evidence << why;
        // The strongest words first, so "why" quotes what mattered most.
        QStringList& mine = evidenceOf[int(kind)];
        if (!mine.contains(why)) {
            if (weight > strongestOf[int(kind)]) {
                mine.prepend(why);
                strongestOf[int(kind)] = weight;
            } else {
                mine << why;
            }
        }
    };
    const auto withinBefore = [&](qsizetype index, const QSet<QString>& set, int window) {
        for (qsizetype j = std::max<qsizetype>(0, index - window); j < index; ++j) {
            if (set.contains(words.at(j)))
                return true;
        }
        return false;
    };
    const auto negatedAt = [&](qsizetype index) {
        for (qsizetype j = std::max<qsizetype>(0, index - lex.negationWindow); j < index; ++j) {
            if (clauseOf.at(j) != clauseOf.at(index))
                continue;
            const QString& word = words.at(j);
            if (lex.negators.contains(word) || word.endsWith(QLatin1String("n't")))
                return true;
        }
        return false;
    };
    const auto pastAt = [&](qsizetype index) {
        if (withinBefore(index, lex.pastMarkers, 2))
            return true;
        // Two-word markers such as "used to".
        for (qsizetype j = std::max<qsizetype>(0, index - 3); j + 1 < index; ++j) {
            if (lex.pastMarkers.contains(words.at(j) + QLatin1Char(' ') + words.at(j + 1)))
                return true;
        }
        return false;
    };
    const auto scaleAt = [&](qsizetype index) {
        double scale = 1.0;
        if (index >= 1) {
            scale *= lex.intensifiers.value(words.at(index - 1), 1.0f);
            scale *= lex.diminishers.value(words.at(index - 1), 1.0f);
        }
        if (index >= 2) {
            scale *= lex.diminishers.value(
                words.at(index - 2) + QLatin1Char(' ') + words.at(index - 1), 1.0f);
            if (lex.intensifiers.contains(words.at(index - 2)) && scale == 1.0)
                scale *= 1.0 + (lex.intensifiers.value(words.at(index - 2)) - 1.0) / 2;
        }
        if (pastAt(index))
            scale *= lex.pastFactor;
        return scale;
    };

    // One pass over the line, then each phrase below is searched for only if it can be there.
    const PhraseFilter filter(text);
    bool sarcastic = false;
    for (const QString& pattern : lex.sarcasm) {
        if (filter.mayContain(pattern) && text.contains(pattern)) {
            sarcastic = true;
            add(Cue::Kind::Frustration, 0.6, pattern);
        }
    }
    // Emoji and emoticons, longest first; a match is blanked so ">:(" is not read again as ":(".
    QString symbols = text;
    for (const QString& symbol : lex.symbolTerms) {
        if (!filter.mayContain(symbol))
            continue;
        const qsizetype at = symbols.indexOf(symbol);
        if (at < 0)
            continue;
        symbols.replace(at, symbol.size(), QString(symbol.size(), QLatin1Char(' ')));
        for (const Lexicon::Hit& hit : lex.terms.value(symbol)) {
            if (hit.kind == Cue::Kind::Frustration && hit.weight >= 0.5)
                sarcastic = true; // 🙄 after "brilliant" means the opposite
            add(hit.kind, hit.weight, symbol);
        }
    }

    // Longest phrase first at each word, so "thank you so much" wins over "thank you".
    QString key;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // The customer counting: "three times", "2nd time", "four calls", "six weeks".
        if (i + 1 < words.size() && lex.counts.contains(words.at(i))) {
            const QString& noun = words.at(i + 1);
            if (lex.repeatNouns.contains(noun)) {
                add(Cue::Kind::Frustration, lex.repeatWeight,
                    words.at(i) + QLatin1Char(' ') + noun);
            } else if (lex.durationUnits.contains(noun)) {
                if (i >= 1 && lex.deadlineWords.contains(words.at(i - 1)))
                    add(Cue::Kind::Urgency, lex.deadlineWeight,
                        words.at(i - 1) + QLatin1Char(' ') + words.at(i) + QLatin1Char(' ') + noun);
                else
                    add(Cue::Kind::Frustration, lex.waitWeight,
                        words.at(i) + QLatin1Char(' ') + noun);
            }
        }
        // The longest term that starts here; the prefix set stops the search as soon as no
        // longer term can match, so most words cost one lookup.
        int matched = 0;
        const QList<Lexicon::Hit>* hits = nullptr;
        // Built in one reused buffer: no allocation per word.
        key.resize(0);
        key.append(words.at(i));
        for (int n = 1; n <= Lexicon::kMaxWords && i + n <= words.size(); ++n) {
            if (n > 1) {
                key += QLatin1Char(' ');
                key += words.at(i + n - 1);
            }
            const auto found = lex.terms.constFind(key);
            if (found != lex.terms.cend()) {
                matched = n;
                hits = &found.value();
            }
            if (!lex.termPrefixes.contains(key))
                break;
        }
        if (matched <= 1 && lex.negatedPositives.contains(words.at(i)) && negatedAt(i)) {
            // "not happy", "wasn't helpful": a positive word turned around, unless it is about
            // the speaker ("I'm not good with computers").
            const bool aboutSelf = i + 1 < words.size() && lex.selfWords.contains(words.at(i + 1));
            if (!aboutSelf)
                add(lex.negatedPositiveHit.kind, lex.negatedPositiveHit.weight * scaleAt(i),
                    words.at(i - 1 >= 0 ? i - 1 : i) + QLatin1Char(' ') + words.at(i));
            continue;
        }
        if (!hits)
            continue;
        QString term; // its own copy: it goes into the reading's evidence
        for (int k = 0; k < matched; ++k) {
            if (k > 0)
                term += QLatin1Char(' ');
            term.append(words.at(i + k).constData(), words.at(i + k).size());
        }
        const bool negated = negatedAt(i) && !term.contains(QLatin1String("not ")) &&
                             !term.contains(QLatin1String("n't"));
        const double scale = scaleAt(i);
        for (const Lexicon::Hit& hit : *hits) {
            if (negated)
                continue; // "not angry at all", "no worries"
            if (sarcastic && hit.kind == Cue::Kind::Gratitude)
                continue; // "oh great, another hour on hold" is not thanks
            add(hit.kind, hit.weight * scale, term);
        }
        i += matched - 1; // a matched phrase is not read again word by word
    }
    // "Paper or online?": weighing two options in a question.
    if (lex.choiceQuestionWeight > 0 && text.contains(QLatin1Char('?'))) {
        const qsizetype question = text.indexOf(QLatin1Char('?'));
        const qsizetype either = text.indexOf(QLatin1String(" or "));
        if (either >= 0 && either < question)
            add(Cue::Kind::Confusion, lex.choiceQuestionWeight, QStringLiteral("… or …?"));
    }

    std::array<double, kKindCount> level{};
    for (int k = 0; k < kKindCount; ++k)
        level[k] = 1.0 - missing[k];

    // A time word is more pressing with a need behind it: "I need it today".
    if (level[int(Cue::Kind::Urgency)] > 0 &&
        std::any_of(words.cbegin(), words.cend(),
                    [&](const QString& w) { return lex.needWords.contains(w); }))
        level[int(Cue::Kind::Urgency)] =
            std::min(1.0, level[int(Cue::Kind::Urgency)] * lex.needFactor);
    // Escalation ("again", "still", "weeks") adds to frustration when the line is already
    // negative: alone, "I'll call again tomorrow" is nothing.
    const double negativeSoFar = std::max({level[0], level[1], level[2], level[3]});
    if (negativeSoFar > 0) {
        double escalation = 0;
        for (const QString& word : words)
            escalation = std::max(escalation, double(lex.escalation.value(word, 0.0f)));
        if (escalation > 0)
            level[0] = 1.0 - (1.0 - level[0]) * (1.0 - escalation * 0.6);
    }
    // Shouting: capitals and exclamation marks raise whatever negative feeling is there.
    const int exclamations = int(utterance.count(QLatin1Char('!')));
    const double boost = std::min<double>(
        lex.maxBoost, capsWords * lex.capsBoost + std::min(exclamations, 3) * lex.exclamationBoost);
    if (boost > 0 && negativeSoFar > 0) {
        const int strongest =
            int(std::max_element(level.begin(), level.begin() + 4) - level.begin());
        level[strongest] = std::min(1.0, level[strongest] + boost);
    }
    // Hedges soften: "maybe it's a bit confusing".
    for (const QString& hedge : lex.hedges) {
        if (filter.mayContain(hedge) && text.contains(hedge)) {
            for (int k = 0; k < 4; ++k)
                level[k] *= 0.85;
            break;
        }
    }

    CueReading reading;
    for (Cue::Kind kind : kKinds) {
        const double value = std::round(level[int(kind)] * 1000.0) / 1000.0;
        if (value < kReportFloor)
            continue;
        Cue cue;
        cue.kind = kind;
        cue.intensity = value;
        cue.evidence = evidenceOf[int(kind)];
        if (cue.evidence.isEmpty())
            cue.evidence = evidence; // raised only by escalation or shouting
        reading.cues.append(cue);
        reading.intensity = std::max(reading.intensity, value);
    }
    std::sort(reading.cues.begin(), reading.cues.end(),
              [](const Cue& a, const Cue& b) { return a.intensity > b.intensity; });
    double negative = 0;
    for (const Cue& cue : reading.cues) {
        if (isNegativeKind(cue.kind))
            negative = std::max(negative, cue.intensity);
    }
    const double gratitude = reading.level(Cue::Kind::Gratitude);
    reading.negative = negative >= lex.negativeThreshold;
    reading.positive = gratitude >= lex.positiveThreshold && gratitude > negative;
    reading.evidence = evidence;
    return reading;
}

void CallArc::add(qint64 atMs, const CueReading& reading)
{
    double negative = 0;
    Cue::Kind kind = Cue::Kind::Frustration;
    for (const Cue& cue : reading.cues) {
        if (isNegativeKind(cue.kind) && cue.intensity > negative) {
            negative = cue.intensity;
            kind = cue.kind;
        }
    }
    // Thanks and relief pull the level down faster than silence does.
    const double level = std::max(0.0, negative - 0.5 * reading.level(Cue::Kind::Gratitude));
    m_smoothed = m_points.isEmpty() ? level : 0.5 * m_smoothed + 0.5 * level;
    m_points.append({atMs, m_smoothed});
    if (negative > m_peak) {
        m_peak = negative;
        m_peakAtMs = atMs;
        m_peakKind = kind;
    }
}

bool CallArc::calmedDown() const
{
    return m_peak >= 0.35 && m_points.size() >= 2 && m_smoothed <= std::max(0.2, m_peak * 0.4);
}

} // namespace attune
