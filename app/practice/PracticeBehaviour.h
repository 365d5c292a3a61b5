#pragma once

#include <QLatin1String>
#include <QStringView>
#include <QtGlobal>

namespace attune {

// What the reply reader recognises in an agent's practice reply (docs/practice.md). The
// identifiers are those of the scenario format and the labelled replies.
enum class PracticeBehaviour : quint8
{
    UsedName,
    AcknowledgedFeeling,
    OpenQuestion,
    Assumption,
    Apology,
    Ownership,
    NextSteps,
    Blame,
    Jargon
};
inline constexpr int kPracticeBehaviourCount = 9;

using PracticeBehaviours = quint16; // bit(PracticeBehaviour)

constexpr PracticeBehaviours bit(PracticeBehaviour behaviour)
{
    return PracticeBehaviours(1u << unsigned(behaviour));
}

// The behaviours a reply should not show: they are what the feedback calls a bad moment.
constexpr bool isUnwanted(PracticeBehaviour behaviour)
{
    return behaviour == PracticeBehaviour::Assumption || behaviour == PracticeBehaviour::Blame ||
           behaviour == PracticeBehaviour::Jargon;
}

QLatin1String behaviourName(PracticeBehaviour behaviour);
bool behaviourFromName(QStringView name, PracticeBehaviour* out);

} // namespace attune
