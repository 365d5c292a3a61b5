#pragma once

#include "core/Empathy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace attune {

struct CustomerProfile;

// The part of the call a phrase fits, in the order a call runs through them: "adjacent" moments
// are neighbours in this order.
enum class CallMoment : quint8
{
    Opening,
    Discovery,
    Resolution,
    Closing
};
inline constexpr int kCallMomentCount = 4;

enum class Technique : quint8
{
    Acknowledge,
    Validate,
    Apologise,
    Reassure,
    OpenQuestion,
    Clarify,
    SetExpectations,
    DeEscalate,
    Personalise,
    Close
};
inline constexpr int kTechniqueCount = 10;

// The cue tags a phrase can carry: every Cue::Kind, in the same order, plus "neutral" for the
// calm stretches where no cue is detected.
enum class CueTag : quint8
{
    Frustration,
    Anxiety,
    Sadness,
    Confusion,
    Urgency,
    Gratitude,
    Neutral
};
inline constexpr int kCueTagCount = 7;

constexpr CueTag cueTag(Cue::Kind kind)
{
    return static_cast<CueTag>(kind);
}

enum class Placeholder : quint8
{
    PreferredName,
    FirstName,
    LastContactTopic,
    LastContactDate,
    OpenCaseTopic,
    AgentName
};
inline constexpr int kPlaceholderCount = 6;

constexpr quint8 bit(CueTag tag)
{
    return quint8(1u << unsigned(tag));
}
constexpr quint8 bit(CallMoment moment)
{
    return quint8(1u << unsigned(moment));
}
constexpr quint8 bit(Placeholder placeholder)
{
    return quint8(1u << unsigned(placeholder));
}
// A phrase built on one of these may go without a fallback: without the history there is
// nothing left to say (docs/phrases.md, "Fallback rule").
inline constexpr quint8 kHistoryPlaceholders = bit(Placeholder::LastContactTopic) |
                                               bit(Placeholder::LastContactDate) |
                                               bit(Placeholder::OpenCaseTopic);

// The identifiers of the library schema ("de_escalate", "{agent.name}" without braces, ...).
QLatin1String techniqueName(Technique technique);
QLatin1String cueTagName(CueTag tag);
QLatin1String momentName(CallMoment moment);
QLatin1String placeholderName(Placeholder placeholder);
bool techniqueFromName(QStringView name, Technique* out);

struct Phrase
{
    QString id;
    QString text;
    QString fallback; // empty when the phrase has none
    Technique technique = Technique::Acknowledge;
    quint8 cues = 0;         // bit(CueTag)
    quint8 moments = 0;      // bit(CallMoment)
    quint8 placeholders = 0; // bit(Placeholder) of every placeholder in `text`

    bool hasFallback() const { return !fallback.isEmpty(); }
    bool fits(CueTag tag) const { return cues & bit(tag); }
    bool fits(CallMoment moment) const { return moments & bit(moment); }
};

// The values placeholders are filled from. An empty (or blank) value counts as missing.
struct PhraseContext
{
    QString preferredName;
    QString firstName;
    QString lastContactTopic;
    QString lastContactDate;
    QString openCaseTopic;
    QString agentName;
    QString language; // the customer's language from their profile ("es", "pt_BR"), or ""

    // The profile has no given-name field, and guessing one from the full name gets many names
    // wrong; the preferred name is how the customer asked to be addressed, so both name
    // placeholders use it and stay empty without it.
    static PhraseContext fromProfile(const CustomerProfile& profile,
                                     const QString& agentName = QString());

    const QString& value(Placeholder placeholder) const;
    // bit(Placeholder) of every placeholder that has a value.
    quint8 available() const;
};

// The text to show for `phrase`: `text` filled in when every placeholder has a value, else the
// fallback. Returns false when neither works (the phrase is not offered: never a hole).
// `personalised` says whether the filled-in text was used.
bool fillPhrase(const Phrase& phrase, const PhraseContext& context, QString* out,
                bool* personalised = nullptr);

// A phrase library (docs/phrases.md), validated as a whole and indexed by cue and moment.
// Copies are cheap (the lists are implicitly shared).
class PhraseLibrary
{
    Q_DECLARE_TR_FUNCTIONS(PhraseLibrary)

public:
    // Reads and validates the whole file. On failure `error` lists the problems as
    // "file:line: phrase "id": field "name": problem", and the library keeps whatever it held
    // before: agents never get a half-loaded library.
    bool load(const QString& path, QString* error);
    // The same as load(); reads better where a library already in use is being replaced.
    bool reload(const QString& path, QString* error) { return load(path, error); }
    bool loadData(const QByteArray& json, const QString& fileName, QString* error);

    // This library with `extra` phrases (the agent's own) after its own; an extra phrase whose id
    // is already taken is left out.
    PhraseLibrary withExtra(const QList<Phrase>& extra) const;
    // Checks a phrase the agent wrote: text of 1 to kMaxPersonalLength characters, only known
    // placeholders, at least one cue and moment. Fills in `phrase->placeholders`.
    static bool checkPersonalPhrase(Phrase* phrase, QString* error);
    static constexpr qsizetype kMaxPersonalLength = 400;

    // A library of phrases that were validated when they were written (the compact engine data,
    // made at build time from a library load() accepted); only the indexes are built.
    static PhraseLibrary fromValidated(QList<Phrase> phrases, QString locale, QString version,
                                       QString name);

    // A library of `count` phrases made by repeating `base` with fresh ids, for benchmarks.
    static PhraseLibrary replicated(const PhraseLibrary& base, qsizetype count);

    bool isEmpty() const { return m_phrases.isEmpty(); }
    qsizetype size() const { return m_phrases.size(); }
    const QList<Phrase>& phrases() const { return m_phrases; }
    const Phrase& at(qsizetype index) const { return m_phrases.at(index); }
    // -1 when there is no such phrase.
    qsizetype indexOf(const QString& id) const { return m_indexById.value(id, -1); }
    const Phrase* find(const QString& id) const;

    // Indexes into phrases(), in library order.
    const QList<qint32>& withCue(CueTag tag) const { return m_byCue[int(tag)]; }
    const QList<qint32>& withCue(CueTag tag, CallMoment moment) const
    {
        return m_byCueMoment[int(tag) * kCallMomentCount + int(moment)];
    }

    QString locale() const { return m_locale; }
    QString version() const { return m_version; }
    QString name() const { return m_name; }

private:
    void buildIndex();

    QList<Phrase> m_phrases;
    QHash<QString, qsizetype> m_indexById;
    std::array<QList<qint32>, kCueTagCount> m_byCue;
    std::array<QList<qint32>, kCueTagCount * kCallMomentCount> m_byCueMoment;
    QString m_locale;
    QString m_version;
    QString m_name;
};

} // namespace attune
