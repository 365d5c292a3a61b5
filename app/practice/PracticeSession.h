#pragma once

#include "empathy/PhraseLibrary.h"
#include "practice/PracticeScenario.h"
#include "practice/ReplyReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace attune {

class Clock;
class Suggester;

// One customer line and the agent's answer to it.
struct PracticeExchange
{
    QString turnId;
    QString customerLine;
    CueTag feeling = CueTag::Neutral;
    QString reply;        // empty for the closing line, which nobody answers
    ReplyReading reading; // what the reader found in `reply`
    QString branchTarget; // the turn it led to
};

// A better way to say it, from the phrase library.
struct BetterPhrasing
{
    QString phraseId;
    QString text;
};

// A moment of the run that went badly, with what would have helped.
struct PracticeMoment
{
    enum class Problem : quint8
    {
        Blame,
        Jargon,
        Assumption,
        FeelingNotAcknowledged
    };
    int exchange = 0; // index into the transcript
    Problem problem = Problem::FeelingNotAcknowledged;
    QString agentLine;
    QStringList evidence; // the agent's words behind it (empty for a missing acknowledgement)
    Technique technique = Technique::Acknowledge; // what was missing
    QList<BetterPhrasing> phrasings;
};

struct PracticeFeedback
{
    struct Quote
    {
        int exchange = 0;
        QString agentLine;
        QStringList evidence;
    };
    struct PerBehaviour
    {
        PracticeBehaviour behaviour = PracticeBehaviour::UsedName;
        bool shown = false;
        QList<Quote> quotes; // every reply that showed it, the agent's own words
    };

    QString scenarioId;
    PracticeOutcome outcome = PracticeOutcome::Abandoned;
    int customerTurns = 0;
    std::array<PerBehaviour, kPracticeBehaviourCount> behaviours;
    QList<PracticeMoment> moments;

    // How many replies showed each behaviour, by name: what the practice record keeps.
    QJsonObject summary() const;
};

// A practice run over one scenario: the customer's line, the agent's reply, the behaviours read
// in it, the branch taken and the next line, until an end turn or kMaxTurns customer turns.
// Core only: the sidebar drives it and paints the lines; it never touches a live call.
class PracticeSession
{
    Q_DECLARE_TR_FUNCTIONS(PracticeSession)

public:
    enum class State : quint8
    {
        AwaitingReply,
        Paused, // a call is ringing: the draft waits
        Ended
    };

    // `reader` and `clock` are borrowed: they must outlive the session.
    PracticeSession(PracticeScenario scenario, const ReplyReader& reader, const Clock& clock);

    const PracticeScenario& scenario() const { return m_scenario; }
    State state() const { return m_state; }
    bool isEnded() const { return m_state == State::Ended; }
    // The turn the customer is on: the line to show, its feeling.
    const PracticeTurn& currentTurn() const { return *m_scenario.turn(m_current); }
    int customerTurns() const { return m_customerTurns; }
    PracticeOutcome outcome() const { return m_outcome; }
    const QList<PracticeExchange>& transcript() const { return m_transcript; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime endedAt() const { return m_endedAt; }

    // The agent's reply to the current line. Refused (with the reason) when it is empty or too
    // long, or the run is paused or over; otherwise the customer moves on.
    bool reply(const QString& text, QString* error);
    // A call is ringing: replies wait until resume(), which hands back the draft kept here.
    void pause(const QString& draft);
    QString resume();
    // The agent stops before the end.
    void abandon();

    // Per behaviour, whether it was shown and where; for each moment that went badly, better
    // phrasings for that turn's feeling and the missing technique, as `suggester` ranks them.
    PracticeFeedback feedback(const Suggester& suggester, int phrasingsPerMoment = 2) const;

private:
    void finish(PracticeOutcome outcome);

    PracticeScenario m_scenario;
    const ReplyReader& m_reader;
    const Clock& m_clock;
    QString m_current;
    State m_state = State::AwaitingReply;
    State m_stateBeforePause = State::AwaitingReply;
    QString m_draft;
    int m_customerTurns = 1;
    PracticeOutcome m_outcome = PracticeOutcome::Abandoned;
    QList<PracticeExchange> m_transcript;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
};

} // namespace attune
