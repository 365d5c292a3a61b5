#pragma once

// What a supervisor leaves on a team member's call from the history's team scope, as the
// service, the store and the view pass it around (TeamCoachingService, TeamCoachingStore).

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace attune {

// One thing a supervisor leaves on a team member's call from the team scope. `id` is made once,
// when the supervisor presses OK, and goes with every sending of it: the server applies each id
// once, so a double click, a retry after a lost reply or a re-send never adds a second row.
struct TeamCoachingAction
{
    enum class Kind
    {
        Note,
        Kudos,
        Score
    };
    Kind kind = Kind::Note;
    QString id;            // a uuid, without braces
    QString callKey;       // attune.calls.id
    QString assessmentKey; // attune.assessments.id (a score only)
    QString agent;         // whose call it is; the server checks that this supervisor leads them
    QString text;          // the note, or the kudos' words
    QString behaviour;     // kudos
    QMap<QString, QString> answers; // a score: the items scored
    std::optional<double> score;    // a score: the rubric's score over `answers`
    // When the supervisor gave it (UTC, made with the id): the server keeps a supervisor's
    // latest score by this time, so an older one sent again late never replaces a newer one.
    QDateTime givenAt;
};

// A note or kudos on a call as the team scope lists it.
struct TeamCoachingEntry
{
    TeamCoachingAction::Kind kind = TeamCoachingAction::Kind::Note;
    QString author;
    QDateTime at;
    QString behaviour;
    QString text;
};

// What the server holds about one call's coaching, read as the signed-in supervisor.
struct TeamCallCoaching
{
    QString callKey;
    QList<TeamCoachingEntry> entries; // oldest first
    int notes = 0;
    int kudos = 0;
    std::optional<double> supervisorScore; // the mean over supervisors, as the list shows it
    QMap<QString, QString> myAnswers;      // this supervisor's own score of the assessment
};

struct TeamCoachingOutcome
{
    bool ok = false;
    // False when the server already had this action's id (sent before): nothing more was added.
    bool applied = false;
    QString error; // plain words, for the supervisor
    TeamCallCoaching after;
};

} // namespace attune
