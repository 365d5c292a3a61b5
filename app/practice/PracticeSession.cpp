#include "PracticeSession.h"

#include "core/Clock.h"
#include "empathy/Suggester.h"

#include <algorithm>

namespace attune {

namespace {

// How strongly the turn's feeling is put to the suggester: a scenario's feeling is meant, not a
// guess from a few words, so it counts as clearly there.
constexpr double kScenarioFeelingIntensity = 0.8;

bool needsAcknowledging(CueTag feeling)
{
    return feeling != CueTag::Neutral && feeling != CueTag::Gratitude;
}

} // namespace

QJsonObject PracticeFeedback::summary() const
{
    QJsonObject json;
    for (const PerBehaviour& entry : behaviours)
        json.insert(behaviourName(entry.behaviour), int(entry.quotes.size()));
    return json;
}

PracticeSession::PracticeSession(PracticeScenario scenario, const ReplyReader& reader,
                                 const Clock& clock)
    : m_scenario(std::move(scenario))
    , m_reader(reader)
    , m_clock(clock)
    , m_current(m_scenario.start)
    , m_startedAt(clock.wallNow())
{
    // A validated scenario never starts on an end turn; a hand-made one may.
    if (currentTurn().isEnd()) {
        m_transcript.append({m_current, currentTurn().customer, currentTurn().feeling, {}, {}, {}});
        finish(currentTurn().end);
    }
}

bool PracticeSession::reply(const QString& text, QString* error)
{
    if (m_state == State::Paused) {
        *error = tr("Practice is paused while a call rings.");
        return false;
    }
    if (m_state == State::Ended) {
        *error = tr("This practice run is over.");
        return false;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Write a reply first.");
        return false;
    }
    if (trimmed.size() > ReplyReader::kMaxReplyLength) {
        *error = tr("The reply is longer than %1 characters.").arg(ReplyReader::kMaxReplyLength);
        return false;
    }
    const PracticeTurn& turn = currentTurn();
    PracticeExchange exchange{turn.id, turn.customer, turn.feeling, trimmed, {}, {}};
    exchange.reading = m_reader.read(trimmed, m_scenario.addressAs, m_scenario.customerName);
    for (const PracticeBranch& branch : turn.next) {
        if (branch.takenFor(exchange.reading.shown)) {
            exchange.branchTarget = branch.target;
            break;
        }
    }
    m_transcript.append(exchange);
    if (exchange.branchTarget.isEmpty() || !m_scenario.turn(exchange.branchTarget)) {
        // Only a hand-made scenario without an "otherwise" can get here.
        finish(PracticeOutcome::Same);
        return true;
    }
    if (m_customerTurns >= PracticeScenario::kMaxTurns) {
        finish(PracticeOutcome::TurnLimit);
        return true;
    }
    m_current = exchange.branchTarget;
    ++m_customerTurns;
    const PracticeTurn& next = currentTurn();
    if (next.isEnd()) {
        m_transcript.append({next.id, next.customer, next.feeling, {}, {}, {}});
        finish(next.end);
    }
    return true;
}

void PracticeSession::pause(const QString& draft)
{
    if (m_state == State::Paused)
        return;
    m_stateBeforePause = m_state;
    m_state = State::Paused;
    m_draft = draft;
}

QString PracticeSession::resume()
{
    if (m_state != State::Paused)
        return QString();
    m_state = m_stateBeforePause;
    return std::exchange(m_draft, QString());
}

void PracticeSession::abandon()
{
    if (m_state != State::Ended)
        finish(PracticeOutcome::Abandoned);
}

void PracticeSession::finish(PracticeOutcome outcome)
{
    m_outcome = outcome;
    m_state = State::Ended;
    m_endedAt = m_clock.wallNow();
}

PracticeFeedback PracticeSession::feedback(const Suggester& suggester, int phrasingsPerMoment) const
{
    PracticeFeedback feedback;
    feedback.scenarioId = m_scenario.id;
    feedback.outcome = m_outcome;
    feedback.customerTurns = m_customerTurns;
    for (int b = 0; b < kPracticeBehaviourCount; ++b)
        feedback.behaviours[std::size_t(b)].behaviour = PracticeBehaviour(b);

    const PhraseLibrary& library = suggester.library();
    PhraseContext context;
    context.preferredName = m_scenario.addressAs;
    context.firstName = m_scenario.addressAs;
    const auto phrasingsFor = [&](CueTag feeling, Technique technique, CallMoment moment) {
        QList<Cue> cues;
        if (feeling != CueTag::Neutral)
            cues.append({Cue::Kind(int(feeling)), kScenarioFeelingIntensity, {}});
        QList<QPair<double, qint32>> ranked;
        for (const qint32 index : library.withCue(feeling)) {
            const Phrase& phrase = library.at(index);
            if (phrase.technique != technique)
                continue;
            if (const std::optional<double> score =
                    suggester.score(phrase.id, cues, moment, context))
                ranked.append({*score, index});
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        QList<BetterPhrasing> phrasings;
        for (const auto& [score, index] : ranked) {
            if (phrasings.size() >= phrasingsPerMoment)
                break;
            QString text;
            if (fillPhrase(library.at(index), context, &text))
                phrasings.append({library.at(index).id, text});
        }
        return phrasings;
    };

    for (qsizetype i = 0; i < m_transcript.size(); ++i) {
        const PracticeExchange& exchange = m_transcript.at(i);
        if (exchange.reply.isEmpty())
            continue;
        for (int b = 0; b < kPracticeBehaviourCount; ++b) {
            const auto behaviour = PracticeBehaviour(b);
            if (!exchange.reading.has(behaviour))
                continue;
            PracticeFeedback::PerBehaviour& entry = feedback.behaviours[std::size_t(b)];
            entry.shown = true;
            entry.quotes.append({int(i), exchange.reply, exchange.reading.evidenceFor(behaviour)});
        }
        const CallMoment moment = i == 0 ? CallMoment::Opening : CallMoment::Discovery;
        const auto addMoment = [&](PracticeMoment::Problem problem, Technique technique,
                                   const QStringList& evidence) {
            PracticeMoment entry;
            entry.exchange = int(i);
            entry.problem = problem;
            entry.agentLine = exchange.reply;
            entry.evidence = evidence;
            entry.technique = technique;
            entry.phrasings = phrasingsFor(exchange.feeling, technique, moment);
            feedback.moments.append(entry);
        };
        // Blaming answers nothing an apology would not answer better; jargon needs plain
        // words; an assumption needs the question that was not asked.
        if (exchange.reading.has(PracticeBehaviour::Blame))
            addMoment(PracticeMoment::Problem::Blame, Technique::Apologise,
                      exchange.reading.evidenceFor(PracticeBehaviour::Blame));
        if (exchange.reading.has(PracticeBehaviour::Jargon))
            addMoment(PracticeMoment::Problem::Jargon, Technique::Clarify,
                      exchange.reading.evidenceFor(PracticeBehaviour::Jargon));
        if (exchange.reading.has(PracticeBehaviour::Assumption))
            addMoment(PracticeMoment::Problem::Assumption, Technique::OpenQuestion,
                      exchange.reading.evidenceFor(PracticeBehaviour::Assumption));
        if (needsAcknowledging(exchange.feeling) &&
            !exchange.reading.has(PracticeBehaviour::AcknowledgedFeeling))
            addMoment(PracticeMoment::Problem::FeelingNotAcknowledged, Technique::Acknowledge, {});
    }
    return feedback;
}

} // namespace attune
