#pragma once

#include "core/Empathy.h"
#include "empathy/PhraseLibrary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace attune {

// What the agent's choices taught us about each phrase, over many calls. Kept apart from the
// suggester so storage can persist it as it is.
struct PhraseLearning
{
    // Per phrase id, in [-1, 1]; a missing id is neutral (0). Each update moves a weight only
    // part of the way to its bound, so no single click decides anything.
    QHash<QString, double> weights;

    double weight(const QString& phraseId) const { return weights.value(phraseId, 0.0); }
    void recordUsed(const QString& phraseId);
    void recordCopied(const QString& phraseId);
    void recordDismissed(const QString& phraseId);
    // Moves every weight a step toward neutral, so habits the agent has dropped fade out.
    // The suggester calls it once per call.
    void decay();

    QJsonObject toJson() const;
    // Lenient: unknown keys and non-numbers are skipped, values are clamped to [-1, 1].
    static PhraseLearning fromJson(const QJsonObject& json);
};

// Ranks the phrasings to show the agent for the customer's current cues and the call moment,
// and paces them: no repeats, snooze, muted techniques and a prompt budget per call.
//
// Not thread-safe: ranking reuses scratch buffers so the hot path does not allocate.
class Suggester
{
    Q_DECLARE_TR_FUNCTIONS(Suggester)

public:
    static constexpr int kDefaultCount = 3;
    static constexpr int kDefaultPromptBudget = 20;

    Suggester() = default;
    explicit Suggester(const PhraseLibrary& library) { setLibrary(library); }

    // Keeps the per-call state and the learning, which are keyed by phrase id.
    void setLibrary(const PhraseLibrary& library);
    const PhraseLibrary& library() const { return m_library; }

    // The best `count` phrasings, best first. Leaves out phrases used or dismissed in this call,
    // muted techniques and phrases that cannot be filled in, but ignores snooze and the budget
    // and spends nothing: for previews and tests.
    QList<Suggestion> rank(const QList<Cue>& cues, CallMoment moment, const PhraseContext& context,
                           int count = kDefaultCount) const;
    // What the sidebar shows: rank() unless snoozed or out of budget. Each list that differs
    // from the one shown before counts as one refresh against the budget.
    QList<Suggestion> suggest(const QList<Cue>& cues, CallMoment moment,
                              const PhraseContext& context, int count = kDefaultCount);
    // "More like this": up to `count` other phrasings close to `phraseId` (same technique first,
    // then shared cues and moments), with the same exclusions as rank().
    QList<Suggestion> similar(const QString& phraseId, const PhraseContext& context,
                              int count = 5) const;
    // One phrase's ranking score before the technique mix; nullopt when it would not be
    // offered at all. For tests and tuning.
    std::optional<double> score(const QString& phraseId, const QList<Cue>& cues, CallMoment moment,
                                const PhraseContext& context) const;

    // A new call: forgets used and dismissed phrases, snooze and refreshes shown, and lets the
    // learned weights decay one step.
    void startCall();
    void setSnoozed(bool snoozed) { m_snoozed = snoozed; }
    bool isSnoozed() const { return m_snoozed; }
    // Refreshes per call; 0 or less means no limit.
    void setPromptBudget(int refreshes) { m_promptBudget = refreshes; }
    int promptBudget() const { return m_promptBudget; }
    int promptsShown() const { return m_promptsShown; }
    bool isBudgetSpent() const { return m_promptBudget > 0 && m_promptsShown >= m_promptBudget; }

    // Standing choices of the agent; they outlive calls.
    void setTechniqueMuted(Technique technique, bool muted);
    bool isTechniqueMuted(Technique technique) const;
    void setStarred(const QString& phraseId, bool starred);
    bool isStarred(const QString& phraseId) const { return m_starred.contains(phraseId); }
    const QSet<QString>& starred() const { return m_starred; }

    // The agent's reaction to a suggestion. Each one also keeps the phrase out for the rest of
    // the call: said (or pasted) once is enough, and dismissed means not now.
    void recordUsed(const QString& phraseId);
    void recordCopied(const QString& phraseId);
    void recordDismissed(const QString& phraseId);

    const PhraseLearning& learning() const { return m_learning; }
    void setLearning(const PhraseLearning& learning);

private:
    // The part of a phrase the ranking loop reads, packed so 5,000 of them stay in cache.
    struct Entry
    {
        float bias = 0.0f; // learning and favourite
        quint8 cues = 0;
        quint8 moments = 0;
        quint8 placeholders = 0;
        quint8 technique = 0;
        bool hasFallback = false;
        bool blocked = false; // used or dismissed in this call
    };
    struct Candidate
    {
        float score;
        qint32 index;
    };
    // Score parts that depend only on the request, looked up per phrase by its bits.
    struct Tables
    {
        std::array<float, kCueTagCount> level{};
        std::array<int, kCueTagCount> strongestCue{}; // index into the cues, -1 for none
        std::array<float, 1 << kCueTagCount> cue{};
        std::array<float, 1 << kCallMomentCount> moment{};
        std::array<float, kTechniqueCount> technique{};
        quint8 available = 0;
        bool strongNegative = false;
    };

    Tables tablesFor(const QList<Cue>& cues, CallMoment moment, const PhraseContext& context) const;
    std::optional<float> scoreOf(const Entry& entry, const Tables& tables) const;
    QString whyFor(const Phrase& phrase, const QList<Cue>& cues, CallMoment moment,
                   const Tables& tables) const;
    void refreshEntry(qsizetype index);
    void recordFeedback(const QString& phraseId);

    PhraseLibrary m_library;
    std::vector<Entry> m_entries;
    PhraseLearning m_learning;
    QSet<QString> m_starred;
    QSet<QString> m_blockedThisCall;
    quint16 m_mutedTechniques = 0;
    bool m_snoozed = false;
    int m_promptBudget = kDefaultPromptBudget;
    int m_promptsShown = 0;
    QStringList m_lastShown;

    // Scratch for rank(): sized once, reused, so ranking does not allocate.
    mutable std::vector<quint32> m_seen;
    mutable quint32 m_generation = 0;
    mutable std::array<std::vector<Candidate>, kTechniqueCount> m_buckets;
};

} // namespace attune
