#include "Suggester.h"

#include <QJsonValue>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace attune {

namespace {

// Below this a cue is noise: the detector is unsure, and reacting to it would be a false alarm.
constexpr float kMinIntensity = 0.05f;
// Calm phrases stay in play while the cues are mild (a mild cue may be a misreading), and drop
// out once a cue is clearly there: their level is kNeutralBase minus the strongest cue.
constexpr float kNeutralBase = 0.5f;
constexpr float kMinNeutralLevel = 0.1f;
// A phrase that fits two present cues beats one that fits only the stronger, but only a little;
// a phrase tagged for a cue that is absent fits this moment less.
constexpr float kOtherCueShare = 0.25f;
constexpr float kAbsentCuePenalty = 0.1f;
// A phrase written for the neighbouring moment is a fallback, not a peer.
constexpr float kExactMoment = 0.5f;
constexpr float kAdjacentMoment = 0.0f;
// Using the customer's name or history is the point of personalisation, so a phrase that can
// be filled in beats its own fallback-only twin.
constexpr float kPersonalBonus = 0.15f;
constexpr float kLearningWeight = 0.3f;
constexpr float kStarBonus = 0.25f;
// Technique mix: a second phrase of the same technique is offered only when nothing else is
// left; a second of the same family must be clearly better; with a strong negative cue the
// first phrase answers the feeling before anything practical.
constexpr float kRepeatTechniquePenalty = 1.0f;
constexpr float kSameFamilyPenalty = 0.2f;
constexpr float kFeelingFirstPenalty = 1.0f;
constexpr float kStrongNegative = 0.5f;

constexpr float kNotOffered = -std::numeric_limits<float>::infinity();

// Learning rates: a use or copy pulls toward +1, a dismissal toward -1, each only part way.
constexpr double kUsedRate = 0.2;
constexpr double kCopiedRate = 0.15;
constexpr double kDismissedRate = 0.25;
// About half of a weight is left after 23 calls, so a habit fades over a few days of work.
constexpr double kDecayPerCall = 0.97;
constexpr double kForgetBelow = 0.01;

enum Family
{
    Feeling,   // acknowledge, validate, apologise, de_escalate
    Practical, // reassure, open_question, clarify, set_expectations
    Relation,  // personalise, close
    kFamilyCount
};

constexpr std::array<Family, kTechniqueCount> kFamilyOf{Feeling,   Feeling,   Feeling,   Practical,
                                                        Practical, Practical, Practical, Feeling,
                                                        Relation,  Relation};

// How well each technique answers each cue, per unit of intensity. Rows: CueTag; columns:
// acknowledge, validate, apologise, reassure, open_question, clarify, set_expectations,
// de_escalate, personalise, close.
constexpr float kCueAffinity[kCueTagCount][kTechniqueCount] = {
    {0.30f, 0.30f, 0.25f, 0.10f, 0.05f, 0.05f, 0.10f, 0.30f, 0.00f, 0.00f}, // frustration
    {0.30f, 0.25f, 0.10f, 0.25f, 0.05f, 0.05f, 0.15f, 0.10f, 0.00f, 0.00f}, // anxiety
    {0.30f, 0.25f, 0.20f, 0.20f, 0.05f, 0.00f, 0.05f, 0.00f, 0.00f, 0.00f}, // sadness
    {0.15f, 0.10f, 0.05f, 0.15f, 0.15f, 0.30f, 0.15f, 0.05f, 0.00f, 0.00f}, // confusion
    {0.20f, 0.10f, 0.05f, 0.20f, 0.10f, 0.10f, 0.30f, 0.05f, 0.00f, 0.00f}, // urgency
    {0.20f, 0.10f, 0.00f, 0.15f, 0.05f, 0.00f, 0.05f, 0.00f, 0.10f, 0.20f}, // gratitude
    {0.05f, 0.00f, 0.00f, 0.10f, 0.20f, 0.10f, 0.10f, 0.00f, 0.15f, 0.10f}, // neutral
};

// What each moment of the call asks for, whatever the cues.
constexpr float kMomentAffinity[kCallMomentCount][kTechniqueCount] = {
    {0.05f, 0.00f, 0.00f, 0.05f, 0.15f, 0.00f, 0.00f, 0.00f, 0.10f, 0.00f}, // opening
    {0.05f, 0.00f, 0.00f, 0.00f, 0.10f, 0.10f, 0.00f, 0.00f, 0.00f, 0.00f}, // discovery
    {0.00f, 0.00f, 0.00f, 0.10f, 0.00f, 0.05f, 0.15f, 0.00f, 0.00f, 0.00f}, // resolution
    {0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.00f, 0.05f, 0.30f}, // closing
};

quint8 adjacentMoments(CallMoment moment)
{
    const int m = int(moment);
    quint8 bits = 0;
    if (m > 0)
        bits |= bit(CallMoment(m - 1));
    if (m + 1 < kCallMomentCount)
        bits |= bit(CallMoment(m + 1));
    return bits;
}

void pull(QHash<QString, double>& weights, const QString& phraseId, double target, double rate)
{
    double& weight = weights[phraseId];
    weight = std::clamp(weight + rate * (target - weight), -1.0, 1.0);
}

bool better(const float scoreA, const qint32 indexA, const float scoreB, const qint32 indexB)
{
    // Ties go to library order, so the same input always gives the same list.
    return scoreA > scoreB || (scoreA == scoreB && indexA < indexB);
}

} // namespace

void PhraseLearning::recordUsed(const QString& phraseId)
{
    pull(weights, phraseId, 1.0, kUsedRate);
}

void PhraseLearning::recordCopied(const QString& phraseId)
{
    pull(weights, phraseId, 1.0, kCopiedRate);
}

void PhraseLearning::recordDismissed(const QString& phraseId)
{
    pull(weights, phraseId, -1.0, kDismissedRate);
}

void PhraseLearning::decay()
{
    for (auto it = weights.begin(); it != weights.end();) {
        it.value() *= kDecayPerCall;
        if (std::abs(it.value()) < kForgetBelow)
            it = weights.erase(it);
        else
            ++it;
    }
}

QJsonObject PhraseLearning::toJson() const
{
    QJsonObject values;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject json;
    json.insert(QStringLiteral("schema"), 1);
    json.insert(QStringLiteral("weights"), values);
    return json;
}

PhraseLearning PhraseLearning::fromJson(const QJsonObject& json)
{
    PhraseLearning learning;
    const QJsonObject values = json.value(QStringLiteral("weights")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!it.value().isDouble() || !std::isfinite(it.value().toDouble()))
            continue;
        learning.weights.insert(it.key(), std::clamp(it.value().toDouble(), -1.0, 1.0));
    }
    return learning;
}

void Suggester::setLibrary(const PhraseLibrary& library)
{
    m_library = library;
    const qsizetype size = m_library.size();
    m_entries.assign(std::size_t(size), Entry());
    std::array<std::size_t, kTechniqueCount> perTechnique{};
    for (qsizetype i = 0; i < size; ++i) {
        refreshEntry(i);
        ++perTechnique[m_entries[std::size_t(i)].technique];
    }
    m_seen.assign(std::size_t(size), 0);
    m_generation = 0;
    for (int t = 0; t < kTechniqueCount; ++t) {
        m_buckets[t].clear();
        m_buckets[t].reserve(perTechnique[t]);
    }
}

void Suggester::refreshEntry(qsizetype index)
{
    const Phrase& phrase = m_library.at(index);
    Entry& entry = m_entries[std::size_t(index)];
    entry.cues = phrase.cues;
    entry.moments = phrase.moments;
    entry.placeholders = phrase.placeholders;
    entry.technique = quint8(phrase.technique);
    entry.hasFallback = phrase.hasFallback();
    entry.blocked = m_blockedThisCall.contains(phrase.id);
    entry.bias = kLearningWeight * float(m_learning.weight(phrase.id)) +
                 (m_starred.contains(phrase.id) ? kStarBonus : 0.0f);
}

Suggester::Tables Suggester::tablesFor(const QList<Cue>& cues, CallMoment moment,
                                       const PhraseContext& context) const
{
    Tables tables;
    tables.strongestCue.fill(-1);
    float strongest = 0.0f;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const float intensity = std::clamp(float(cues.at(i).intensity), 0.0f, 1.0f);
        if (intensity < kMinIntensity)
            continue;
        const int tag = int(cueTag(cues.at(i).kind));
        if (intensity > tables.level[tag]) {
            tables.level[tag] = intensity;
            tables.strongestCue[tag] = int(i);
        }
        strongest = std::max(strongest, intensity);
    }
    const float neutral = strongest < kMinIntensity ? 1.0f : kNeutralBase - strongest;
    tables.level[int(CueTag::Neutral)] = neutral < kMinNeutralLevel ? 0.0f : neutral;
    tables.strongNegative =
        std::max({tables.level[int(CueTag::Frustration)], tables.level[int(CueTag::Anxiety)],
                  tables.level[int(CueTag::Sadness)]}) >= kStrongNegative;

    for (std::size_t mask = 0; mask < tables.cue.size(); ++mask) {
        float best = 0.0f;
        float sum = 0.0f;
        int absent = 0;
        for (int tag = 0; tag < kCueTagCount; ++tag) {
            if (!(mask & (1u << tag)))
                continue;
            const float level = tables.level[tag];
            best = std::max(best, level);
            sum += level;
            absent += level <= 0.0f && tag != int(CueTag::Neutral);
        }
        tables.cue[mask] =
            best <= 0.0f ? kNotOffered
                         : best + kOtherCueShare * (sum - best) - kAbsentCuePenalty * float(absent);
    }

    const quint8 adjacent = adjacentMoments(moment);
    for (std::size_t mask = 0; mask < tables.moment.size(); ++mask) {
        tables.moment[mask] = (mask & bit(moment)) ? kExactMoment
                              : (mask & adjacent)  ? kAdjacentMoment
                                                   : kNotOffered;
    }

    for (int technique = 0; technique < kTechniqueCount; ++technique) {
        if (m_mutedTechniques & (1u << technique)) {
            tables.technique[technique] = kNotOffered;
            continue;
        }
        float fit = kMomentAffinity[int(moment)][technique];
        for (int tag = 0; tag < kCueTagCount; ++tag)
            fit += tables.level[tag] * kCueAffinity[tag][technique];
        tables.technique[technique] = fit;
    }
    tables.available = context.available();
    return tables;
}

std::optional<float> Suggester::scoreOf(const Entry& entry, const Tables& tables) const
{
    if (entry.blocked)
        return std::nullopt;
    float score =
        tables.cue[entry.cues] + tables.moment[entry.moments] + tables.technique[entry.technique];
    if (score == kNotOffered)
        return std::nullopt;
    if (entry.placeholders) {
        if (!(entry.placeholders & ~tables.available))
            score += kPersonalBonus;
        else if (!entry.hasFallback)
            return std::nullopt;
    }
    return score + entry.bias;
}

QList<Suggestion> Suggester::rank(const QList<Cue>& cues, CallMoment moment,
                                  const PhraseContext& context, int count) const
{
    QList<Suggestion> result;
    if (count <= 0 || m_entries.empty())
        return result;
    const Tables tables = tablesFor(cues, moment, context);

    // A phrase tagged for two present cues sits in two index lists; the generation stamp
    // scores it once without clearing a "seen" array per call.
    if (++m_generation == 0) {
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_generation = 1;
    }
    for (std::vector<Candidate>& bucket : m_buckets)
        bucket.clear();
    for (int tag = 0; tag < kCueTagCount; ++tag) {
        if (tables.level[tag] <= 0.0f)
            continue;
        for (const qint32 index : m_library.withCue(CueTag(tag))) {
            quint32& seen = m_seen[std::size_t(index)];
            if (seen == m_generation)
                continue;
            seen = m_generation;
            const Entry& entry = m_entries[std::size_t(index)];
            if (const std::optional<float> score = scoreOf(entry, tables))
                m_buckets[entry.technique].push_back({*score, index});
        }
    }

    // The best few of each technique are all the mix below can ever pick.
    std::array<std::size_t, kTechniqueCount> next{};
    for (std::vector<Candidate>& bucket : m_buckets) {
        const auto keep = bucket.begin() + std::min<std::ptrdiff_t>(count, bucket.size());
        std::partial_sort(bucket.begin(), keep, bucket.end(),
                          [](const Candidate& a, const Candidate& b) {
                              return better(a.score, a.index, b.score, b.index);
                          });
    }

    std::array<int, kTechniqueCount> techniqueTaken{};
    std::array<int, kFamilyCount> familyTaken{};
    for (int slot = 0; slot < count; ++slot) {
        int pick = -1;
        float pickScore = 0.0f;
        qint32 pickIndex = 0;
        for (int technique = 0; technique < kTechniqueCount; ++technique) {
            const std::vector<Candidate>& bucket = m_buckets[technique];
            if (next[technique] >= bucket.size() || next[technique] >= std::size_t(count))
                continue;
            const Candidate& candidate = bucket[next[technique]];
            const Family family = kFamilyOf[technique];
            float score = candidate.score -
                          kRepeatTechniquePenalty * float(techniqueTaken[technique]) -
                          kSameFamilyPenalty * float(familyTaken[family]);
            if (slot == 0 && tables.strongNegative && family != Feeling)
                score -= kFeelingFirstPenalty;
            if (pick < 0 || better(score, candidate.index, pickScore, pickIndex)) {
                pick = technique;
                pickScore = score;
                pickIndex = candidate.index;
            }
        }
        if (pick < 0)
            break;
        ++next[pick];
        ++techniqueTaken[pick];
        ++familyTaken[kFamilyOf[pick]];

        const Phrase& phrase = m_library.at(pickIndex);
        Suggestion suggestion;
        suggestion.phraseId = phrase.id;
        suggestion.technique = techniqueName(phrase.technique);
        fillPhrase(phrase, context, &suggestion.text);
        suggestion.why = whyFor(phrase, cues, moment, tables);
        result.append(suggestion);
    }
    return result;
}

QString Suggester::whyFor(const Phrase& phrase, const QList<Cue>& cues, CallMoment moment,
                          const Tables& tables) const
{
    int bestTag = -1;
    for (int tag = 0; tag < kCueTagCount; ++tag) {
        if (tag == int(CueTag::Neutral) || !phrase.fits(CueTag(tag)) ||
            tables.strongestCue[tag] < 0)
            continue;
        if (bestTag < 0 || tables.level[tag] > tables.level[bestTag])
            bestTag = tag;
    }
    if (bestTag < 0) {
        switch (moment) {
        case CallMoment::Opening:
            return tr("opening");
        case CallMoment::Discovery:
            return tr("discovery");
        case CallMoment::Resolution:
            return tr("resolution");
        case CallMoment::Closing:
            break;
        }
        return tr("closing");
    }
    QString state;
    switch (Cue::Kind(bestTag)) {
    case Cue::Kind::Frustration:
        state = tr("frustrated");
        break;
    case Cue::Kind::Anxiety:
        state = tr("anxious");
        break;
    case Cue::Kind::Sadness:
        state = tr("sad");
        break;
    case Cue::Kind::Confusion:
        state = tr("confused");
        break;
    case Cue::Kind::Urgency:
        state = tr("in a hurry");
        break;
    case Cue::Kind::Gratitude:
        state = tr("grateful");
        break;
    }
    const Cue& cue = cues.at(tables.strongestCue[bestTag]);
    for (const QString& word : cue.evidence) {
        if (!word.trimmed().isEmpty())
            return tr("%1: \"%2\"").arg(state, word.trimmed());
    }
    return state;
}

QList<Suggestion> Suggester::similar(const QString& phraseId, const PhraseContext& context,
                                     int count) const
{
    QList<Suggestion> result;
    const qsizetype targetIndex = m_library.indexOf(phraseId);
    if (targetIndex < 0 || count <= 0)
        return result;
    const Phrase& target = m_library.at(targetIndex);
    std::vector<Candidate> candidates;
    for (qsizetype i = 0; i < m_library.size(); ++i) {
        const Phrase& phrase = m_library.at(i);
        const Entry& entry = m_entries[std::size_t(i)];
        const int sharedCues = std::popcount(unsigned(phrase.cues & target.cues));
        if (i == targetIndex || entry.blocked || sharedCues == 0 ||
            (m_mutedTechniques & (1u << entry.technique)))
            continue;
        const float score =
            (phrase.technique == target.technique ? 2.0f : 0.0f) + float(sharedCues) +
            0.5f * float(std::popcount(unsigned(phrase.moments & target.moments))) + entry.bias;
        candidates.push_back({score, qint32(i)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return better(a.score, a.index, b.score, b.index);
    });
    for (const Candidate& candidate : candidates) {
        const Phrase& phrase = m_library.at(candidate.index);
        Suggestion suggestion;
        if (!fillPhrase(phrase, context, &suggestion.text))
            continue; // never a hole
        suggestion.phraseId = phrase.id;
        suggestion.technique = techniqueName(phrase.technique);
        suggestion.why = phrase.technique == target.technique ? tr("same technique")
                                                              : tr("fits the same feeling");
        result.append(suggestion);
        if (result.size() == count)
            break;
    }
    return result;
}

QList<Suggestion> Suggester::suggest(const QList<Cue>& cues, CallMoment moment,
                                     const PhraseContext& context, int count)
{
    if (m_snoozed || isBudgetSpent())
        return {};
    const QList<Suggestion> suggestions = rank(cues, moment, context, count);
    QStringList ids;
    ids.reserve(suggestions.size());
    for (const Suggestion& suggestion : suggestions)
        ids << suggestion.phraseId;
    // Re-showing the same list after every customer line is not a new prompt.
    if (!ids.isEmpty() && ids != m_lastShown) {
        ++m_promptsShown;
        m_lastShown = ids;
    }
    return suggestions;
}

std::optional<double> Suggester::score(const QString& phraseId, const QList<Cue>& cues,
                                       CallMoment moment, const PhraseContext& context) const
{
    const qsizetype index = m_library.indexOf(phraseId);
    if (index < 0)
        return std::nullopt;
    const Tables tables = tablesFor(cues, moment, context);
    const Entry& entry = m_entries[std::size_t(index)];
    // Only phrases reached through a present cue are ranked; mirror that here.
    bool reachable = false;
    for (int tag = 0; tag < kCueTagCount; ++tag)
        reachable = reachable || (tables.level[tag] > 0.0f && (entry.cues & (1u << tag)));
    if (!reachable)
        return std::nullopt;
    if (const std::optional<float> value = scoreOf(entry, tables))
        return double(*value);
    return std::nullopt;
}

void Suggester::startCall()
{
    m_blockedThisCall.clear();
    m_snoozed = false;
    m_promptsShown = 0;
    m_lastShown.clear();
    m_learning.decay();
    for (qsizetype i = 0; i < m_library.size(); ++i)
        refreshEntry(i);
}

void Suggester::setTechniqueMuted(Technique technique, bool muted)
{
    const quint16 mask = quint16(1u << unsigned(technique));
    m_mutedTechniques = muted ? (m_mutedTechniques | mask) : (m_mutedTechniques & ~mask);
}

bool Suggester::isTechniqueMuted(Technique technique) const
{
    return m_mutedTechniques & (1u << unsigned(technique));
}

void Suggester::setStarred(const QString& phraseId, bool starred)
{
    if (starred)
        m_starred.insert(phraseId);
    else
        m_starred.remove(phraseId);
    const qsizetype index = m_library.indexOf(phraseId);
    if (index >= 0)
        refreshEntry(index);
}

void Suggester::recordUsed(const QString& phraseId)
{
    m_learning.recordUsed(phraseId);
    recordFeedback(phraseId);
}

void Suggester::recordCopied(const QString& phraseId)
{
    m_learning.recordCopied(phraseId);
    recordFeedback(phraseId);
}

void Suggester::recordDismissed(const QString& phraseId)
{
    m_learning.recordDismissed(phraseId);
    recordFeedback(phraseId);
}

void Suggester::recordFeedback(const QString& phraseId)
{
    m_blockedThisCall.insert(phraseId);
    const qsizetype index = m_library.indexOf(phraseId);
    if (index >= 0)
        refreshEntry(index);
}

void Suggester::setLearning(const PhraseLearning& learning)
{
    m_learning = learning;
    for (qsizetype i = 0; i < m_library.size(); ++i)
        refreshEntry(i);
}

} // namespace attune
