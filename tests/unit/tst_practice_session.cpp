// A practice run: branching on what the reply shows, the 12-turn limit, pause and resume for a
// ringing call, feedback quoting the agent's own lines with better phrasings, and the store.
#include "core/Clock.h"
#include "empathy/Suggester.h"
#include "practice/PracticeScenario.h"
#include "practice/PracticeSession.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/PracticeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

const QString kAcknowledging =
    QStringLiteral("Ms Whitfield, I'm so sorry. I can hear how fed up you are.");
const QString kBlaming = QStringLiteral("Well, the last agent should have booked an engineer, so "
                                        "that's not really on me.");
const QString kPlain = QStringLiteral("Can I take your account number please?");

// Two turns that send each other back and forth unless the agent apologises; the ends are only
// reached by an apology, so a run of plain replies meets the turn limit.
PracticeScenario loopingScenario()
{
    PracticeScenario scenario;
    scenario.id = QStringLiteral("loop");
    scenario.locale = QStringLiteral("en");
    scenario.addressAs = QStringLiteral("Mr Loop");
    scenario.start = QStringLiteral("a");
    const auto looping = [](const QString& id, const QString& other) {
        PracticeTurn turn;
        turn.id = id;
        turn.customer = QStringLiteral("Line ") + id;
        turn.feeling = CueTag::Frustration;
        PracticeBranch apology;
        apology.kind = PracticeBranch::Kind::Any;
        apology.behaviours = bit(PracticeBehaviour::Apology);
        apology.target = QStringLiteral("end");
        PracticeBranch otherwise;
        otherwise.target = other;
        turn.next = {apology, otherwise};
        return turn;
    };
    scenario.turns.insert(QStringLiteral("a"), looping(QStringLiteral("a"), QStringLiteral("b")));
    scenario.turns.insert(QStringLiteral("b"), looping(QStringLiteral("b"), QStringLiteral("a")));
    PracticeTurn end;
    end.id = QStringLiteral("end");
    end.customer = QStringLiteral("Fine.");
    end.end = PracticeOutcome::Better;
    scenario.turns.insert(end.id, end);
    return scenario;
}

} // namespace

class TestPracticeSession : public QObject
{
    Q_OBJECT

private:
    ReplyReader m_reader;
    PracticeScenario m_repeatFailure;
    PhraseLibrary m_library;
    FakeClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_reader.loadFile(ReplyReader::builtInPath(QStringLiteral("en")), &error),
                 qPrintable(error));
        QVERIFY2(PracticeScenario::loadFile(
                     QStringLiteral(":/scenarios/practice/en/repeat-failure.json"),
                     &m_repeatFailure, &error),
                 qPrintable(error));
        QVERIFY2(m_library.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
    }

    void startsOnTheScenarioStart()
    {
        const PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QCOMPARE(session.currentTurn().id, QStringLiteral("open"));
        QCOMPARE(session.customerTurns(), 1);
        QCOMPARE(session.state(), PracticeSession::State::AwaitingReply);
        QCOMPARE(session.startedAt(), m_clock.wallNow());
    }

    void anAcknowledgingReplyGoesOneWayABlamingOneTheOther()
    {
        PracticeSession kind(m_repeatFailure, m_reader, m_clock);
        QString error;
        QVERIFY(kind.reply(kAcknowledging, &error));
        QCOMPARE(kind.currentTurn().id, QStringLiteral("heard"));

        PracticeSession blaming(m_repeatFailure, m_reader, m_clock);
        QVERIFY(blaming.reply(kBlaming, &error));
        QCOMPARE(blaming.currentTurn().id, QStringLiteral("angrier"));
        QVERIFY(blaming.transcript().first().reading.has(PracticeBehaviour::Blame));

        PracticeSession plain(m_repeatFailure, m_reader, m_clock);
        QVERIFY(plain.reply(kPlain, &error));
        QCOMPARE(plain.currentTurn().id, QStringLiteral("pressing"));
    }

    void aRunEndsOnAnEndTurnWithItsOutcome()
    {
        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QString error;
        QVERIFY(session.reply(kBlaming, &error)); // -> angrier
        m_clock.advanceMs(30000);
        QVERIFY(session.reply(QStringLiteral("Okay."), &error)); // -> closing-bad
        QVERIFY(session.isEnded());
        QCOMPARE(session.outcome(), PracticeOutcome::Worse);
        QCOMPARE(session.customerTurns(), 3);
        QCOMPARE(session.transcript().size(), 3);
        QCOMPARE(session.transcript().last().turnId, QStringLiteral("closing-bad"));
        QVERIFY(session.transcript().last().reply.isEmpty());
        QCOMPARE(session.endedAt(), session.startedAt().addSecs(30));
        QVERIFY(!session.reply(QStringLiteral("Hello?"), &error));
        QCOMPARE(error, QStringLiteral("This practice run is over."));
    }

    void aRunStopsAfterTwelveCustomerTurns()
    {
        PracticeSession session(loopingScenario(), m_reader, m_clock);
        QString error;
        int replies = 0;
        while (!session.isEnded() && replies < 50) {
            QVERIFY(session.reply(QStringLiteral("Right."), &error));
            ++replies;
        }
        QCOMPARE(replies, PracticeScenario::kMaxTurns);
        QCOMPARE(session.customerTurns(), PracticeScenario::kMaxTurns);
        QCOMPARE(session.outcome(), PracticeOutcome::TurnLimit);
        QCOMPARE(session.transcript().size(), PracticeScenario::kMaxTurns);

        // An apology on the twelfth line still cannot open a thirteenth.
        PracticeSession late(loopingScenario(), m_reader, m_clock);
        for (int i = 0; i < PracticeScenario::kMaxTurns - 1; ++i)
            QVERIFY(late.reply(QStringLiteral("Right."), &error));
        QVERIFY(late.reply(QStringLiteral("I'm sorry."), &error));
        QCOMPARE(late.outcome(), PracticeOutcome::TurnLimit);
        QCOMPARE(late.customerTurns(), PracticeScenario::kMaxTurns);
    }

    void aRingingCallPausesAndTheDraftWaits()
    {
        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        session.pause(QStringLiteral("Ms Whitfield, I'm so"));
        QCOMPARE(session.state(), PracticeSession::State::Paused);
        QString error;
        QVERIFY(!session.reply(kAcknowledging, &error));
        QCOMPARE(error, QStringLiteral("Practice is paused while a call rings."));
        QCOMPARE(session.currentTurn().id, QStringLiteral("open"));
        QVERIFY(session.transcript().isEmpty());
        // A second ring while paused keeps the first draft.
        session.pause(QString());
        QCOMPARE(session.resume(), QStringLiteral("Ms Whitfield, I'm so"));
        QCOMPARE(session.state(), PracticeSession::State::AwaitingReply);
        QCOMPARE(session.resume(), QString());
        QVERIFY(session.reply(kAcknowledging, &error));
        QCOMPARE(session.currentTurn().id, QStringLiteral("heard"));
    }

    void emptyAndOversizedRepliesAreRefused()
    {
        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QString error;
        QVERIFY(!session.reply(QStringLiteral("  \n "), &error));
        QCOMPARE(error, QStringLiteral("Write a reply first."));
        QVERIFY(
            !session.reply(QString(ReplyReader::kMaxReplyLength + 1, QLatin1Char('a')), &error));
        QCOMPARE(error, QStringLiteral("The reply is longer than 2000 characters."));
        QVERIFY(session.transcript().isEmpty());
    }

    void feedbackQuotesTheAgentsLinesAndOffersBetterPhrasings()
    {
        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QString error;
        QVERIFY(session.reply(kBlaming, &error)); // open -> angrier
        QVERIFY(session.reply(QStringLiteral("I'm sorry. Let me fix it properly now."), &error));
        const Suggester suggester(m_library);
        const PracticeFeedback feedback = session.feedback(suggester);

        QCOMPARE(feedback.scenarioId, QStringLiteral("repeat-failure"));
        const auto& blame = feedback.behaviours[std::size_t(PracticeBehaviour::Blame)];
        QVERIFY(blame.shown);
        QCOMPARE(blame.quotes.size(), 1);
        QCOMPARE(blame.quotes.first().agentLine, kBlaming);
        QCOMPARE(blame.quotes.first().exchange, 0);
        QVERIFY(!blame.quotes.first().evidence.isEmpty());
        QVERIFY(kBlaming.contains(blame.quotes.first().evidence.first(), Qt::CaseInsensitive));
        const auto& apology = feedback.behaviours[std::size_t(PracticeBehaviour::Apology)];
        QCOMPARE(apology.quotes.size(), 1);
        QCOMPARE(apology.quotes.first().agentLine,
                 QStringLiteral("I'm sorry. Let me fix it properly now."));
        QVERIFY(!feedback.behaviours[std::size_t(PracticeBehaviour::Jargon)].shown);

        // The blaming line: a blame moment and an unacknowledged frustration, each with phrasings
        // of the missing technique that fit the turn's feeling.
        QList<PracticeMoment::Problem> problems;
        for (const PracticeMoment& moment : feedback.moments) {
            problems << moment.problem;
            QCOMPARE(moment.agentLine, session.transcript().at(moment.exchange).reply);
            QVERIFY(!moment.phrasings.isEmpty());
            for (const BetterPhrasing& phrasing : moment.phrasings) {
                const Phrase* phrase = m_library.find(phrasing.phraseId);
                QVERIFY(phrase);
                QCOMPARE(phrase->technique, moment.technique);
                QVERIFY(phrase->fits(session.transcript().at(moment.exchange).feeling));
                QVERIFY(!phrasing.text.isEmpty());
                QVERIFY(!phrasing.text.contains(QLatin1Char('{')));
            }
        }
        QVERIFY(problems.contains(PracticeMoment::Problem::Blame));
        QCOMPARE(feedback.moments.first().technique, Technique::Apologise);
        QCOMPARE(feedback.moments.first().exchange, 0);
        QVERIFY(problems.contains(PracticeMoment::Problem::FeelingNotAcknowledged));
        QCOMPARE(feedback.summary().value(QStringLiteral("blame")).toInt(), 1);
        QCOMPARE(feedback.summary().value(QStringLiteral("ownership")).toInt(), 1);
        QCOMPARE(feedback.summary().size(), kPracticeBehaviourCount);
    }

    void aWellHandledRunHasNoBadMoments()
    {
        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QString error;
        QVERIFY(session.reply(kAcknowledging, &error)); // -> heard (frustration)
        QVERIFY(session.reply(QStringLiteral("That's completely understandable. I'll book an "
                                             "engineer for Thursday and call you on Friday."),
                              &error));
        QVERIFY(session.isEnded());
        QCOMPARE(session.outcome(), PracticeOutcome::Better);
        const PracticeFeedback feedback = session.feedback(Suggester(m_library));
        QVERIFY(feedback.moments.isEmpty());
    }

    void theStoreKeepsPracticeApartFromCalls()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune.db")));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        PracticeStore store(database);

        PracticeSession unfinished(m_repeatFailure, m_reader, m_clock);
        PracticeRecord notYet = PracticeRecord::of(unfinished, unfinished.feedback(Suggester()));
        QVERIFY(!store.save(&notYet, &error));

        PracticeSession session(m_repeatFailure, m_reader, m_clock);
        QVERIFY(session.reply(kBlaming, &error));
        m_clock.advanceMs(45000);
        session.abandon();
        PracticeRecord record = PracticeRecord::of(session, session.feedback(Suggester(m_library)));
        QVERIFY2(store.save(&record, &error), qPrintable(error));
        QVERIFY(record.id > 0);

        const QList<PracticeRecord> recent = store.recent(10);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.first().scenarioId, QStringLiteral("repeat-failure"));
        QCOMPARE(recent.first().locale, QStringLiteral("en"));
        QCOMPARE(recent.first().outcome, QStringLiteral("abandoned"));
        QCOMPARE(recent.first().turns, 2);
        QCOMPARE(recent.first().startedAt, session.startedAt());
        QCOMPARE(recent.first().endedAt, session.startedAt().addSecs(45));
        QCOMPARE(recent.first().behaviours.value(QStringLiteral("blame")).toInt(), 1);

        // The history of real calls does not see it.
        QSqlQuery calls(database.connection());
        QVERIFY(calls.exec(QStringLiteral("SELECT count(*) FROM calls")) && calls.next());
        QCOMPARE(calls.value(0).toInt(), 0);
        const HistoryStore history(database);
        QVERIFY(history.page(HistoryFilter(), nullptr, 50).isEmpty());

        // The table refuses what the engine never produces.
        record.outcome = QStringLiteral("great");
        QVERIFY(!store.save(&record, &error));
    }
};

QTEST_GUILESS_MAIN(TestPracticeSession)
#include "tst_practice_session.moc"
