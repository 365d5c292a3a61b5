#pragma once

#include <QString>
#include <QStringList>

namespace attune {

// An emotional cue read from the customer's words (never from the agent, never from voice).
struct Cue
{
    enum class Kind
    {
        Frustration,
        Anxiety,
        Sadness,
        Confusion,
        Urgency,
        Gratitude
    };

    Kind kind = Kind::Frustration;
    double intensity = 0.0; // 0..1
    QStringList evidence;   // the words that triggered it, so the agent can see why
};

// One phrasing offered to the agent, already filled in for this customer.
struct Suggestion
{
    QString phraseId;
    QString technique; // acknowledge, validate, reassure, ...
    QString text;
    QString why; // a few words: "frustrated: 'third time'"
};

} // namespace attune
