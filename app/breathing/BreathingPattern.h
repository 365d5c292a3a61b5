#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attune {

// One step of a breathing pattern.
struct BreathPhase
{
    enum class Kind
    {
        Inhale,
        TopUp, // the short second inhale of a cyclic sigh
        Hold,
        Exhale
    };

    Kind kind = Kind::Inhale;
    qint64 ms = 0;

    static QString kindWord(Kind kind); // "in", "top-up", "hold", "out": the spec words
};

// A named sequence of phases repeated for the length of an exercise. Built-ins follow
// ../shared/guide/DOMAIN.md; IT and agents add their own as text (see parseList).
struct BreathingPattern
{
    Q_DECLARE_TR_FUNCTIONS(BreathingPattern)

public:
    QString id;   // "box", "4-7-8", ...; for patterns from settings, derived from the name
    QString name; // shown to the agent (built-ins are translated)
    QList<BreathPhase> phases;

    qint64 cycleMs() const;
    // "in 4, hold 4, out 4, hold 4"
    QString specification() const;

    static QList<BreathingPattern> builtIns();

    // Limits that keep a pattern breathable: no phase over 20 s, a breath of 3 to 60 s, and at
    // least one inhale and one exhale.
    static constexpr qint64 kMaxPhaseMs = 20000;
    static constexpr qint64 kMinCycleMs = 3000;
    static constexpr qint64 kMaxCycleMs = 60000;

    // Reads "Name: in 4, hold 7, out 8" (seconds, decimals allowed). On failure `error` says
    // what is wrong and where, e.g. "pattern 2 ("Calm"): phase 3 "out 0": the length must be
    // above 0 seconds".
    static bool parse(const QString& text, BreathingPattern* out, QString* error);
    // Several patterns separated by ";". All or nothing: one bad pattern refuses the list.
    static bool parseList(const QString& text, QList<BreathingPattern>* out, QString* error);
};

} // namespace attune
