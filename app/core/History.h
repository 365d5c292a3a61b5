#pragma once

// The history's value types: what the history view asks for and gets back. They belong to the
// core, so a view can use them without the store that fills them.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace attune {

// Who is looking. The agent sees everything of their own; a supervisor never receives a private
// note: it is not even read from the database for them.
enum class HistoryViewer
{
    Agent,
    Supervisor
};

// One row of the history: an answered call and (when there is one) its latest self-assessment.
struct HistoryRow
{
    qint64 callRowId = 0;
    QString callId;
    QDateTime at;
    QString customer;
    qint64 talkMs = 0;
    std::optional<double> arcPeak;
    QString arcPeakKind;
    std::optional<bool> calmed;
    qint64 assessmentId = 0; // 0: not assessed
    QString outcome;
    std::optional<double> score;
    std::optional<double> supervisorScore;
    std::optional<int> stressBefore;
    std::optional<int> stressAfter;
    bool breathingTaken = false; // an exercise started after this call and before the next
    int kudos = 0;
    int coachingNotes = 0;
    // The customer's own verdict from a post-call survey (attune import feedback), on the same
    // 0..100 scale as the scores; the latest survey of the call.
    std::optional<double> customerScore;
    bool customerUpset = false; // a survey of the call reads upset (FeedbackImport)
    // On the team server: the call's and the assessment's stable ids (uuids, which take the
    // place of the local row ids: callRowId is 0 there and assessmentId -1 when assessed), and
    // the agent who took the call. Empty for the agent's own local history.
    QString key;
    QString assessmentKey;
    QString agent;
    // Where the next page starts: the value of the sorted column and the row id that breaks ties.
    QVariant sortValue;
    qint64 sortId = 0;
};

// What the history view asks for. Every field becomes indexed SQL.
struct HistoryFilter
{
    QDate from; // inclusive, local days; invalid: no bound
    QDate to;
    QString outcome; // "resolved", "follow_up", "escalated"; empty: any
    std::optional<double> scoreBelow;
    bool hotOnly = false;           // the customer's arc peaked at or above kHotPeak
    bool highStressOnly = false;    // the agent rated their stress after the call 4 or 5
    QString customerContains;       // in the caller's name or number
    bool customerUpsetOnly = false; // a post-call survey of the call reads upset
    // The team scope only (the team server): one agent's role name, or one team's id.
    QString agent;
    QString team;

    static constexpr double kHotPeak = 0.6;
    bool operator==(const HistoryFilter& other) const = default;
};

// The columns the history can be sorted by, each backed by an index that ends in the row id.
// Sorting by score lists assessed calls only: an unassessed call has no score to place.
enum class HistorySort
{
    Time,
    Duration,
    Peak,
    Score
};

struct HistoryOrder
{
    HistorySort by = HistorySort::Time;
    bool descending = true;
    bool operator==(const HistoryOrder& other) const = default;
};

// A customer's answer to a post-call survey, as imported.
struct CustomerFeedback
{
    std::optional<int> csat; // 1..5
    std::optional<int> nps;  // 0..10
    double score = 0;        // 0..100
    QString comment;
    QString commentLanguage; // "en", "es", ...; empty without a comment
    QString commentCue;      // the strongest negative cue the comment showed ("frustration")
    bool upset = false;
};

// Everything the detail pane shows for one call.
struct HistoryDetail
{
    HistoryRow row;
    QString phone;
    QString customerId;
    QString rubricId;
    int rubricVersion = 0;
    QMap<QString, QString> answers;
    QString note;              // empty for a supervisor when the agent kept it private
    bool notePrivate = false;  // for the agent's own view
    bool noteWithheld = false; // a supervisor is told a private note exists, never what it says
    QList<QPair<qint64, double>> arcPoints;
    qint64 arcPeakAfterMs = 0;
    QStringList suggestionsUsed;
    QMap<QString, QString> supervisorAnswers;
    std::optional<CustomerFeedback> feedback; // the latest survey of the call
};

// One agent's share of "yes" (a "partly" is half) on one rubric behaviour in one week: the
// team view's comparison of agents.
struct AgentWeekShare
{
    QString agent;
    QDate monday;
    QString item;
    double share = 0;
    int assessed = 0;
};

// Weekly figures for the trends tab.
struct HistoryWeek
{
    QDate monday;
    int assessed = 0;
    QMap<QString, double> itemShare; // rubric yes/partly/no item -> 0..1 (a "partly" is half)
    int hotCalls = 0;
    int hotCallsCalmed = 0;
    std::optional<double> selfScore;       // over assessments that a supervisor scored too
    std::optional<double> supervisorScore; // the same assessments
    // How the customer felt against how the agent thought it went: the self score and the
    // customer's survey score over the calls that have both.
    int surveyed = 0;
    std::optional<double> selfScoreSurveyed;
    std::optional<double> customerScore;
    int breathingSessions = 0;
    std::optional<double> stressBeforeBreathing;
    std::optional<double> stressAfterBreathing;
};

} // namespace attune
