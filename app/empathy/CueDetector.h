#pragma once

#include "core/Empathy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace attune {

QString cueKindName(Cue::Kind kind);
bool cueKindFromName(QStringView name, Cue::Kind* out);

// What one customer line shows.
struct CueReading
{
    QList<Cue> cues;       // cues above the reporting floor, strongest first
    double intensity = 0;  // the strongest cue, 0..1
    bool negative = false; // frustration, anxiety, sadness or confusion strong enough to answer
    bool positive = false; // gratitude or relief that outweighs anything negative
    QStringList evidence;  // the words that were read as cues
    QString language;      // the language the line was read in ("en", "es", ...)

    double level(Cue::Kind kind) const;
};

// Words and rules for one language, loaded from resources/lexicons/<locale>.json (the schema is
// in docs/lexicon.md), so another locale is a data file, not code.
class Lexicon
{
    Q_DECLARE_TR_FUNCTIONS(Lexicon)

public:
    static bool load(const QByteArray& json, const QString& fileName, Lexicon* out, QString* error);
    static bool loadFile(const QString& path, Lexicon* out, QString* error);

    struct Hit
    {
        Cue::Kind kind;
        float weight;
    };

    QString locale;
    QHash<QString, QList<Hit>> terms; // lower-case words or phrases of up to kMaxWords words;
                                      // an empty list is a plain phrase ("no rush") that only
                                      // keeps its words from being read as cues
    QSet<QString> termPrefixes; // every leading part of a multi-word term, to stop looking early
    QStringList symbolTerms;    // emoticons and emoji, longest first, matched as substrings
    QSet<QString> negators;
    int negationWindow = 3;
    // "I used to get frustrated": a feeling placed in the past counts for less.
    QSet<QString> pastMarkers;
    float pastFactor = 0.4f;
    // "not good with computers" is about the speaker, not the service.
    QSet<QString> selfWords;
    // "three times", "2nd time", "four calls": the customer counting failures.
    QSet<QString> counts;
    QSet<QString> repeatNouns;
    float repeatWeight = 0.5f;
    // "for six weeks", "three months!": a long wait; "in 40 minutes": a deadline.
    QSet<QString> durationUnits;
    QSet<QString> deadlineWords;
    float waitWeight = 0.3f;
    float deadlineWeight = 0.5f;
    // "paper or online?": a question weighing two options is usually someone unsure.
    float choiceQuestionWeight = 0.4f;
    // "need", "have to": a time word with a need behind it is more pressing.
    QSet<QString> needWords;
    float needFactor = 1.25f;
    QSet<QString> negatedPositives;
    Hit negatedPositiveHit{Cue::Kind::Frustration, 0.55f};
    QHash<QString, float> intensifiers;
    QHash<QString, float> diminishers; // one or two words
    QHash<QString, float> escalation;
    QStringList sarcasm;
    QStringList hedges;
    float capsBoost = 0.12f;
    float exclamationBoost = 0.08f;
    float maxBoost = 0.3f;
    float negativeThreshold = 0.35f;
    float positiveThreshold = 0.35f;

    static constexpr int kMaxWords = 5;
};

// Reads emotional cues from a customer's words, on the device: a lexicon plus rules for
// negation, intensifiers and diminishers, escalation ("third time", "still"), sarcasm, capitals
// and exclamation marks, hedges and emoji. It reads customer text only; Attune never infers the
// agent's emotions.
class CueDetector
{
public:
    explicit CueDetector(Lexicon lexicon);

    CueReading read(QStringView utterance) const;
    const Lexicon& lexicon() const { return m_lexicon; }

private:
    Lexicon m_lexicon;
};

// The emotional arc of one call: how strongly negative the customer sounded over time, its
// peak, and whether the call calmed down by the end.
class CallArc
{
public:
    void add(qint64 atMs, const CueReading& reading);

    double peakIntensity() const { return m_peak; }
    qint64 peakAtMs() const { return m_peakAtMs; }
    Cue::Kind peakKind() const { return m_peakKind; }
    // True when the call ran hot (peak at or above the negative threshold) and the last
    // readings, smoothed, are well below the peak.
    bool calmedDown() const;
    double current() const { return m_smoothed; }
    const QList<QPair<qint64, double>>& points() const { return m_points; }

private:
    QList<QPair<qint64, double>> m_points; // smoothed negative level after each line
    double m_smoothed = 0;
    double m_peak = 0;
    qint64 m_peakAtMs = 0;
    Cue::Kind m_peakKind = Cue::Kind::Frustration;
};

} // namespace attune
