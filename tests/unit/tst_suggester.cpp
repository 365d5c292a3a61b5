#include "TestConfig.h"
#include "empathy/PhraseLibrary.h"
#include "empathy/Suggester.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace attune;

namespace {

Cue cue(Cue::Kind kind, double intensity, const QStringList& evidence = {})
{
    Cue result;
    result.kind = kind;
    result.intensity = intensity;
    result.evidence = evidence;
    return result;
}

bool isFeelingTechnique(const QString& technique)
{
    return technique == QLatin1String("acknowledge") || technique == QLatin1String("validate") ||
           technique == QLatin1String("apologise") || technique == QLatin1String("de_escalate");
}

bool isPracticalTechnique(const QString& technique)
{
    return technique == QLatin1String("reassure") || technique == QLatin1String("open_question") ||
           technique == QLatin1String("clarify") || technique == QLatin1String("set_expectations");
}

QStringList idsOf(const QList<Suggestion>& suggestions)
{
    QStringList ids;
    for (const Suggestion& suggestion : suggestions)
        ids << suggestion.phraseId;
    return ids;
}

PhraseContext fullContext()
{
    PhraseContext context;
    context.preferredName = QStringLiteral("Ana");
    context.firstName = QStringLiteral("Ana");
    context.lastContactTopic = QStringLiteral("the change to your billing date");
    context.lastContactDate = QStringLiteral("March 3");
    context.openCaseTopic = QStringLiteral("your replacement router");
    context.agentName = QStringLiteral("Sam");
    return context;
}

const QList<Cue> kStrongFrustration{
    cue(Cue::Kind::Frustration, 0.9, {QStringLiteral("third time"), QStringLiteral("again")})};

} // namespace

class TestSuggester : public QObject
{
    Q_OBJECT

private:
    PhraseLibrary m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_library.load(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/phrases/en.json"), &error),
            qPrintable(error));
    }

    void strongFrustrationIsAnsweredWithFeelingFirst()
    {
        Suggester suggester(m_library);
        for (const CallMoment moment : {CallMoment::Discovery, CallMoment::Resolution}) {
            const QList<Suggestion> top = suggester.rank(kStrongFrustration, moment, fullContext());
            QCOMPARE(top.size(), 3);
            QVERIFY2(isFeelingTechnique(top.first().technique), qPrintable(top.first().technique));
            const Phrase* first = m_library.find(top.first().phraseId);
            QVERIFY(first);
            QVERIFY(first->fits(CueTag::Frustration));
            QVERIFY(first->fits(moment));
            QCOMPARE(top.first().why, QStringLiteral("frustrated: \"third time\""));
            // After the feeling, something practical.
            QVERIFY2(
                std::any_of(top.begin() + 1, top.end(),
                            [](const Suggestion& s) { return isPracticalTechnique(s.technique); }),
                qPrintable(idsOf(top).join(QLatin1Char(' '))));
            for (const Suggestion& suggestion : top) {
                QVERIFY(m_library.find(suggestion.phraseId)->fits(CueTag::Frustration));
                QVERIFY(!suggestion.text.isEmpty());
            }
        }
    }

    void theTopThreeMixTechniques_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("intensity");
        QTest::addColumn<int>("moment");
        for (int moment = 0; moment < kCallMomentCount; ++moment) {
            const QByteArray name = momentName(CallMoment(moment)).data();
            QTest::newRow(name + " calm") << 0 << 0.0 << moment;
            for (int kind = 0; kind <= int(Cue::Kind::Gratitude); ++kind) {
                for (const double intensity : {0.3, 0.9}) {
                    QTest::newRow(name + " " + cueTagName(CueTag(kind)).data() + " " +
                                  QByteArray::number(intensity))
                        << kind << intensity << moment;
                }
            }
        }
    }

    void theTopThreeMixTechniques()
    {
        QFETCH(int, kind);
        QFETCH(double, intensity);
        QFETCH(int, moment);
        Suggester suggester(m_library);
        const QList<Cue> cues{cue(Cue::Kind(kind), intensity, {QStringLiteral("word")})};
        for (const PhraseContext& context : {PhraseContext(), fullContext()}) {
            const QList<Suggestion> top = suggester.rank(cues, CallMoment(moment), context);
            QCOMPARE(top.size(), 3);
            QSet<QString> techniques;
            QSet<QString> ids;
            for (const Suggestion& suggestion : top) {
                techniques.insert(suggestion.technique);
                ids.insert(suggestion.phraseId);
                QVERIFY2(!suggestion.text.contains(QLatin1Char('{')), qPrintable(suggestion.text));
                const Phrase* phrase = m_library.find(suggestion.phraseId);
                QVERIFY(phrase);
                QString expected;
                QVERIFY(fillPhrase(*phrase, context, &expected));
                QCOMPARE(suggestion.text, expected);
                QCOMPARE(suggestion.technique, QString(techniqueName(phrase->technique)));
                QVERIFY(!suggestion.why.isEmpty());
            }
            QCOMPARE(ids.size(), 3);
            QCOMPARE(techniques.size(), 3);
            if (intensity >= 0.6) {
                const Phrase* first = m_library.find(top.first().phraseId);
                QVERIFY2(first->fits(CueTag(kind)), qPrintable(top.first().phraseId));
            }
        }
    }

    void withoutCuesNeutralPhrasesForTheMoment()
    {
        Suggester suggester(m_library);
        const QList<Suggestion> top = suggester.rank({}, CallMoment::Opening, fullContext());
        QCOMPARE(top.size(), 3);
        for (const Suggestion& suggestion : top) {
            const Phrase* phrase = m_library.find(suggestion.phraseId);
            QVERIFY2(phrase->fits(CueTag::Neutral), qPrintable(suggestion.phraseId));
            QCOMPARE(suggestion.why, QStringLiteral("opening"));
        }
        QVERIFY(m_library.find(top.first().phraseId)->fits(CallMoment::Opening));

        const QList<Suggestion> closing = suggester.rank({}, CallMoment::Closing, PhraseContext());
        QCOMPARE(closing.first().technique, QStringLiteral("close"));
        QCOMPARE(closing.first().why, QStringLiteral("closing"));
    }

    void theMomentMatters()
    {
        Suggester suggester(m_library);
        const QList<Cue> thanks{cue(Cue::Kind::Gratitude, 0.8, {QStringLiteral("thank you")})};
        const QList<Suggestion> closing =
            suggester.rank(thanks, CallMoment::Closing, fullContext());
        for (const Suggestion& suggestion : closing) {
            QVERIFY2(m_library.find(suggestion.phraseId)->fits(CallMoment::Closing),
                     qPrintable(suggestion.phraseId));
        }
        const QList<Suggestion> opening =
            suggester.rank(thanks, CallMoment::Opening, fullContext());
        QVERIFY(m_library.find(opening.first().phraseId)->fits(CallMoment::Opening));
        QVERIFY(idsOf(opening) != idsOf(closing));
    }

    void aFilledPlaceholderIsABonus()
    {
        Suggester suggester(m_library);
        const QString named = QStringLiteral("ack-frustration-001");
        PhraseContext anonymous;
        const auto withName =
            suggester.score(named, kStrongFrustration, CallMoment::Discovery, fullContext());
        const auto without =
            suggester.score(named, kStrongFrustration, CallMoment::Discovery, anonymous);
        QVERIFY(withName && without);
        QVERIFY(*withName > *without);

        // A history phrase is offered only when the history is there.
        const QString history = QStringLiteral("per-neutral-002");
        QVERIFY(!suggester.score(history, {}, CallMoment::Opening, anonymous));
        QVERIFY(suggester.score(history, {}, CallMoment::Opening, fullContext()));
        for (int i = 0; i < 4; ++i) {
            for (const Suggestion& suggestion : suggester.rank({}, CallMoment(i), anonymous, 10)) {
                const Phrase* phrase = m_library.find(suggestion.phraseId);
                QVERIFY(!(phrase->placeholders & ~anonymous.available()) || phrase->hasFallback());
                QVERIFY(!suggestion.text.contains(QLatin1Char('{')));
            }
        }
    }

    void usedOrDismissedPhrasesAreNotRepeatedThisCall()
    {
        Suggester suggester(m_library);
        suggester.startCall();
        const QList<Suggestion> first =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        suggester.recordUsed(first.at(0).phraseId);
        suggester.recordDismissed(first.at(1).phraseId);
        suggester.recordCopied(first.at(2).phraseId);
        QSet<QString> seen;
        for (int round = 0; round < 5; ++round) {
            const QList<Suggestion> next =
                suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
            QCOMPARE(next.size(), 3);
            for (const Suggestion& suggestion : next) {
                QVERIFY(!idsOf(first).contains(suggestion.phraseId));
                QVERIFY(!seen.contains(suggestion.phraseId));
                seen.insert(suggestion.phraseId);
                suggester.recordUsed(suggestion.phraseId);
            }
        }
        QVERIFY(!suggester.score(first.at(0).phraseId, kStrongFrustration, CallMoment::Discovery,
                                 fullContext()));

        // A new call: they may come back.
        suggester.startCall();
        QVERIFY(suggester.score(first.at(0).phraseId, kStrongFrustration, CallMoment::Discovery,
                                fullContext()));
        // Used (not dismissed) and ranked top before: it is back at the top.
        QCOMPARE(suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext())
                     .first()
                     .phraseId,
                 first.at(0).phraseId);
    }

    void snoozeLastsForTheCall()
    {
        Suggester suggester(m_library);
        suggester.startCall();
        QCOMPARE(suggester.suggest(kStrongFrustration, CallMoment::Discovery, fullContext()).size(),
                 3);
        suggester.setSnoozed(true);
        QVERIFY(suggester.isSnoozed());
        QVERIFY(
            suggester.suggest(kStrongFrustration, CallMoment::Discovery, fullContext()).isEmpty());
        QVERIFY(suggester.suggest({}, CallMoment::Closing, fullContext()).isEmpty());
        // Ranking itself (previews) is unaffected.
        QCOMPARE(suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext()).size(),
                 3);
        suggester.startCall();
        QVERIFY(!suggester.isSnoozed());
        QCOMPARE(suggester.suggest(kStrongFrustration, CallMoment::Discovery, fullContext()).size(),
                 3);
    }

    void aMutedTechniqueIsNeverOffered()
    {
        Suggester suggester(m_library);
        const QList<Suggestion> before =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        const Technique muted = [&] {
            Technique technique = Technique::Acknowledge;
            techniqueFromName(before.first().technique, &technique);
            return technique;
        }();
        suggester.setTechniqueMuted(muted, true);
        QVERIFY(suggester.isTechniqueMuted(muted));
        for (int kind = 0; kind <= int(Cue::Kind::Gratitude); ++kind) {
            for (int moment = 0; moment < kCallMomentCount; ++moment) {
                const QList<Suggestion> top = suggester.rank({cue(Cue::Kind(kind), 0.9)},
                                                             CallMoment(moment), fullContext(), 10);
                for (const Suggestion& suggestion : top)
                    QVERIFY(suggestion.technique != QString(techniqueName(muted)));
            }
        }
        // Muting is a standing choice, not a per-call one.
        suggester.startCall();
        QVERIFY(suggester.isTechniqueMuted(muted));
        const QList<Suggestion> muting =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        QVERIFY(isFeelingTechnique(muting.first().technique));
        suggester.setTechniqueMuted(muted, false);
        QCOMPARE(idsOf(suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext())),
                 idsOf(before));
    }

    void thePromptBudgetStopsPromptsUntilTheNextCall()
    {
        Suggester suggester(m_library);
        QCOMPARE(suggester.promptBudget(), Suggester::kDefaultPromptBudget);
        suggester.setPromptBudget(2);
        suggester.startCall();
        const QList<Cue> worried{cue(Cue::Kind::Anxiety, 0.8)};
        QVERIFY(
            !suggester.suggest(kStrongFrustration, CallMoment::Discovery, fullContext()).isEmpty());
        QCOMPARE(suggester.promptsShown(), 1);
        // The same list again (another customer line, same state) is not a new prompt.
        QVERIFY(
            !suggester.suggest(kStrongFrustration, CallMoment::Discovery, fullContext()).isEmpty());
        QCOMPARE(suggester.promptsShown(), 1);
        QVERIFY(!suggester.suggest(worried, CallMoment::Discovery, fullContext()).isEmpty());
        QCOMPARE(suggester.promptsShown(), 2);
        QVERIFY(suggester.isBudgetSpent());
        QVERIFY(suggester.suggest({}, CallMoment::Closing, fullContext()).isEmpty());
        QVERIFY(suggester.suggest(worried, CallMoment::Discovery, fullContext()).isEmpty());

        suggester.startCall();
        QVERIFY(!suggester.isBudgetSpent());
        QCOMPARE(suggester.promptsShown(), 0);
        QVERIFY(!suggester.suggest(worried, CallMoment::Discovery, fullContext()).isEmpty());

        suggester.setPromptBudget(0); // no limit
        for (int i = 0; i < 50; ++i) {
            const QList<Cue> cues{cue(Cue::Kind(i % 6), 0.3 + (i % 7) * 0.1)};
            QVERIFY(!suggester.suggest(cues, CallMoment(i % 4), fullContext()).isEmpty());
        }
    }

    void dismissedPhrasesSinkAndUsedOnesRise()
    {
        Suggester suggester(m_library);
        const QList<Cue> worried{cue(Cue::Kind::Anxiety, 0.8, {QStringLiteral("worried")})};
        const QList<Suggestion> before =
            suggester.rank(worried, CallMoment::Discovery, fullContext());
        const QString dismissed = before.first().phraseId;
        const double dismissedBefore =
            *suggester.score(dismissed, worried, CallMoment::Discovery, fullContext());

        // A phrase the ranking does not put in the top three at first.
        const QList<Suggestion> longer =
            suggester.rank(worried, CallMoment::Discovery, fullContext(), 8);
        const QString used = longer.at(6).phraseId;
        QVERIFY(!idsOf(before).contains(used));
        const double usedBefore =
            *suggester.score(used, worried, CallMoment::Discovery, fullContext());

        for (int call = 0; call < 6; ++call) {
            suggester.startCall();
            suggester.recordDismissed(dismissed);
            suggester.recordUsed(used);
        }
        suggester.startCall();
        const QList<Suggestion> after =
            suggester.rank(worried, CallMoment::Discovery, fullContext());
        QVERIFY2(!idsOf(after).contains(dismissed), qPrintable(idsOf(after).join(u' ')));
        QVERIFY2(idsOf(after).contains(used), qPrintable(idsOf(after).join(u' ')));
        QVERIFY(*suggester.score(dismissed, worried, CallMoment::Discovery, fullContext()) <
                dismissedBefore);
        QVERIFY(*suggester.score(used, worried, CallMoment::Discovery, fullContext()) > usedBefore);
        QVERIFY(suggester.learning().weight(dismissed) < -0.5);
        QVERIFY(suggester.learning().weight(used) > 0.5);
    }

    void learningIsBoundedAndFades()
    {
        PhraseLearning learning;
        const QString id = QStringLiteral("ack-frustration-001");
        for (int i = 0; i < 200; ++i)
            learning.recordUsed(id);
        QVERIFY(learning.weight(id) <= 1.0);
        QVERIFY(learning.weight(id) > 0.99);
        for (int i = 0; i < 200; ++i)
            learning.recordDismissed(id);
        QVERIFY(learning.weight(id) >= -1.0);
        QVERIFY(learning.weight(id) < -0.99);
        learning.recordCopied(QStringLiteral("other"));
        QVERIFY(learning.weight(QStringLiteral("other")) > 0.0);
        QVERIFY(learning.weight(QStringLiteral("other")) < 0.5);

        const double start = learning.weight(id);
        learning.decay();
        QVERIFY(learning.weight(id) > start);
        QVERIFY(learning.weight(id) < 0.0);
        for (int i = 0; i < 1000; ++i)
            learning.decay();
        // Faded to neutral, and forgotten so the state stays small.
        QCOMPARE(learning.weight(id), 0.0);
        QVERIFY(learning.weights.isEmpty());
    }

    void learningSurvivesJson()
    {
        PhraseLearning learning;
        learning.recordUsed(QStringLiteral("a-1"));
        learning.recordDismissed(QStringLiteral("b-2"));
        const QByteArray json = QJsonDocument(learning.toJson()).toJson();
        const PhraseLearning back =
            PhraseLearning::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(back.weights, learning.weights);

        const PhraseLearning junk = PhraseLearning::fromJson(
            QJsonDocument::fromJson(
                R"({"weights": {"a": 7, "b": -3, "c": "high", "d": null, "e": 0.25}})")
                .object());
        QCOMPARE(junk.weight(QStringLiteral("a")), 1.0);
        QCOMPARE(junk.weight(QStringLiteral("b")), -1.0);
        QVERIFY(!junk.weights.contains(QStringLiteral("c")));
        QVERIFY(!junk.weights.contains(QStringLiteral("d")));
        QCOMPARE(junk.weight(QStringLiteral("e")), 0.25);
        QVERIFY(PhraseLearning::fromJson(QJsonObject()).weights.isEmpty());

        // Handing learning to a suggester changes its ranking at once.
        Suggester suggester(m_library);
        const QList<Suggestion> before =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        PhraseLearning dislikes;
        for (const Suggestion& suggestion : before)
            dislikes.weights.insert(suggestion.phraseId, -1.0);
        suggester.setLearning(dislikes);
        const QList<Suggestion> after =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        QVERIFY(idsOf(after) != idsOf(before));
    }

    void aStarredFavouriteGetsABoost()
    {
        Suggester suggester(m_library);
        const QList<Suggestion> longer =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext(), 10);
        const QString favourite = longer.at(5).phraseId;
        const double before =
            *suggester.score(favourite, kStrongFrustration, CallMoment::Discovery, fullContext());
        suggester.setStarred(favourite, true);
        QVERIFY(suggester.isStarred(favourite));
        const double after =
            *suggester.score(favourite, kStrongFrustration, CallMoment::Discovery, fullContext());
        QVERIFY(after > before);
        suggester.startCall(); // favourites outlive calls
        QVERIFY(suggester.isStarred(favourite));
        suggester.setStarred(favourite, false);
        QCOMPARE(
            *suggester.score(favourite, kStrongFrustration, CallMoment::Discovery, fullContext()),
            before);
    }

    void whyNamesTheCueAndItsEvidence()
    {
        Suggester suggester(m_library);
        QCOMPARE(
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext()).first().why,
            QStringLiteral("frustrated: \"third time\""));
        const QList<Suggestion> hurried = suggester.rank(
            {cue(Cue::Kind::Urgency, 0.9, {QStringLiteral("  "), QStringLiteral("by five")})},
            CallMoment::Resolution, fullContext());
        QCOMPARE(hurried.first().why, QStringLiteral("in a hurry: \"by five\""));
        const QList<Suggestion> noEvidence =
            suggester.rank({cue(Cue::Kind::Sadness, 0.9)}, CallMoment::Discovery, fullContext());
        QCOMPARE(noEvidence.first().why, QStringLiteral("sad"));
        // Two cues: each phrase is explained by the strongest cue it answers.
        const QList<Cue> mixed{cue(Cue::Kind::Confusion, 0.5, {QStringLiteral("don't get it")}),
                               cue(Cue::Kind::Anxiety, 0.9, {QStringLiteral("scared")})};
        for (const Suggestion& suggestion :
             suggester.rank(mixed, CallMoment::Discovery, fullContext(), 6)) {
            const Phrase* phrase = m_library.find(suggestion.phraseId);
            if (phrase->fits(CueTag::Anxiety))
                QCOMPARE(suggestion.why, QStringLiteral("anxious: \"scared\""));
            else if (phrase->fits(CueTag::Confusion))
                QCOMPARE(suggestion.why, QStringLiteral("confused: \"don't get it\""));
        }
        QCOMPARE(suggester.rank({}, CallMoment::Resolution, fullContext()).first().why,
                 QStringLiteral("resolution"));
    }

    void aNewLibraryKeepsTheCallState()
    {
        Suggester suggester(m_library);
        const QList<Suggestion> first =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext());
        suggester.recordDismissed(first.first().phraseId);
        suggester.setLibrary(m_library);
        QVERIFY(!idsOf(suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext()))
                     .contains(first.first().phraseId));
        QVERIFY(
            Suggester().rank(kStrongFrustration, CallMoment::Discovery, fullContext()).isEmpty());
        QVERIFY(
            suggester.rank(kStrongFrustration, CallMoment::Discovery, fullContext(), 0).isEmpty());
    }

    void fiveThousandPhrases()
    {
        const PhraseLibrary big = PhraseLibrary::replicated(m_library, 5000);
        Suggester suggester(big);
        const PhraseContext context = fullContext();
        const QList<Suggestion> top =
            suggester.rank(kStrongFrustration, CallMoment::Discovery, context);
        QCOMPARE(top.size(), 3);
        QVERIFY(isFeelingTechnique(top.first().technique));
        QSet<QString> techniques;
        for (const Suggestion& suggestion : top)
            techniques.insert(suggestion.technique);
        QCOMPARE(techniques.size(), 3);
        // Replicas score the same as their originals, so the top matches the real library's.
        Suggester small(m_library);
        const QList<Suggestion> reference =
            small.rank(kStrongFrustration, CallMoment::Discovery, context);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(top.at(i).text, reference.at(i).text);

        const QList<QList<Cue>> states{
            kStrongFrustration,
            {},
            {cue(Cue::Kind::Anxiety, 0.4, {QStringLiteral("worried")}),
             cue(Cue::Kind::Urgency, 0.7, {QStringLiteral("today")})},
            {cue(Cue::Kind::Confusion, 0.6, {QStringLiteral("lost")})},
        };
        constexpr int kRounds = 2000;
        std::vector<qint64> nanoseconds;
        nanoseconds.reserve(kRounds);
        int results = 0;
        QElapsedTimer timer;
        for (int i = 0; i < kRounds; ++i) {
            const QList<Cue>& cues = states.at(i % states.size());
            timer.start();
            results += int(suggester.rank(cues, CallMoment(i % kCallMomentCount), context).size());
            nanoseconds.push_back(timer.nsecsElapsed());
        }
        QCOMPARE(results, 3 * kRounds);
        std::sort(nanoseconds.begin(), nanoseconds.end());
        qInfo("ranking 5000 phrases: median %.1f us, p90 %.1f us, max %.1f us",
              double(nanoseconds[nanoseconds.size() / 2]) / 1000.0,
              double(nanoseconds[nanoseconds.size() * 9 / 10]) / 1000.0,
              double(nanoseconds.back()) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"
