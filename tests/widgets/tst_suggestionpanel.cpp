#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "empathy/EmpathyEngine.h"
#include "services/PhraseService.h"
#include "services/SuggestionService.h"
#include "storage/Database.h"
#include "storage/PhraseStore.h"
#include "storage/StorageQueue.h"
#include "widgets/common/Prompts.h"
#include "widgets/phrases/MyPhrasesDialog.h"
#include "widgets/sidebar/SuggestionPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QEnterEvent>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace attune;

class TestSuggestionPanel : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock{1000};
    std::unique_ptr<CueDetector> m_detector;
    PhraseLibrary m_library;
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<EmpathyEngine> m_engine;
    std::unique_ptr<SuggestionService> m_suggestions;
    std::unique_ptr<SuggestionPanel> m_panel;

    void customerSays(const QString& text)
    {
        Utterance line;
        line.text = text;
        m_bus->utterance(QString(), line);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Lexicon lexicon;
        QString error;
        QVERIFY2(Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error),
                 qPrintable(error));
        m_detector = std::make_unique<CueDetector>(std::move(lexicon));
        QVERIFY2(m_library.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
    }

    void init()
    {
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_engine = std::make_unique<EmpathyEngine>(*m_detector, m_library);
        m_engine->attach(*m_session);
        m_suggestions = std::make_unique<SuggestionService>(*m_engine);
        m_panel = std::make_unique<SuggestionPanel>(*m_suggestions);
        m_panel->resize(340, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        // The offscreen platform's pointer starts inside the window; move it off so the panel
        // is not "under the mouse" unless a test says so.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(m_panel.get(), &leave);
        CallStartedEvent start;
        start.callId = QStringLiteral("p1");
        start.caller.displayName = QStringLiteral("Maria Lopez");
        m_bus->callStarted(start);
        m_bus->callAnswered(QString());
    }

    void cleanup()
    {
        m_panel.reset();
        m_suggestions.reset();
        m_engine.reset();
        m_session.reset();
        m_bus.reset();
    }

    void aFrustratedLineBringsThreeSuggestionsThatSayWhy()
    {
        customerSays(QStringLiteral("Hi, I need help with my bill"));
        customerSays(
            QStringLiteral("This is the THIRD time I'm calling and it's still not fixed!"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        QVERIFY2(m_panel->cueSummary().contains(QStringLiteral("frustrated")),
                 qPrintable(m_panel->cueSummary()));
        for (const QString& text : m_panel->shownTexts())
            QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text)); // never a hole
        const EmpathySnapshot snapshot = m_engine->snapshot();
        QVERIFY(snapshot.suggestions.first().why.contains(QStringLiteral("frustrat")));
    }

    void copyingPutsTheFilledTextOnTheClipboard()
    {
        customerSays(QStringLiteral("I'm so worried my account was hacked"));
        QTRY_VERIFY(!m_panel->shownTexts().isEmpty());
        QVERIFY(m_panel->copySuggestion(0));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_panel->shownTexts().first());
        QVERIFY(!m_panel->copySuggestion(7));
    }

    void dismissingReplacesTheSuggestion()
    {
        customerSays(QStringLiteral("This is ridiculous, nothing works!"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        const QString dismissed = m_engine->snapshot().suggestions.first().phraseId;
        const QList<QAbstractButton*> buttons = m_panel->findChildren<QAbstractButton*>();
        auto dismiss = std::find_if(buttons.begin(), buttons.end(), [](QAbstractButton* b) {
            return b->accessibleName() == QStringLiteral("Dismiss suggestion 1");
        });
        QVERIFY(dismiss != buttons.end());
        (*dismiss)->click();
        QTRY_VERIFY(m_engine->snapshot().suggestions.first().phraseId != dismissed);
        for (const Suggestion& s : m_engine->snapshot().suggestions)
            QVERIFY(s.phraseId != dismissed);
    }

    void theRowsMadeWithTheFirstSuggestionComeRightAfterSnoozeForTab()
    {
        // A panel made between calls (init's call has suggestions from its start), in a sidebar
        // part with a control made after it, as the sections below the suggestions are.
        CallEvents bus;
        CallSession session(m_clock);
        session.attach(bus);
        EmpathyEngine engine(*m_detector, m_library);
        engine.attach(session);
        SuggestionService suggestions(engine);
        QWidget host;
        auto* column = new QVBoxLayout(&host);
        auto* panel = new SuggestionPanel(suggestions, &host);
        column->addWidget(panel);
        auto* later = new QPushButton(QStringLiteral("Made after the panel"), &host);
        later->setAccessibleName(later->text());
        column->addWidget(later);
        host.resize(340, 600);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(panel, &leave);
        // No suggestion yet: the rows are not made, Snooze is the panel's only button.
        QCOMPARE(panel->findChildren<QAbstractButton*>().size(), 1);
        QWidget* snooze = panel->findChildren<QAbstractButton*>().first();
        QCOMPARE(snooze->accessibleName(), QStringLiteral("Snooze suggestions for this call"));

        CallStartedEvent start;
        start.callId = QStringLiteral("p2");
        bus.callStarted(start);
        bus.callAnswered(QString());
        Utterance line;
        line.text = QStringLiteral("This is the THIRD time I'm calling and it's still not fixed!");
        bus.utterance(QString(), line);
        QTRY_COMPARE(panel->shownTexts().size(), 3);
        QStringList expected;
        for (int row = 1; row <= SuggestionPanel::kRows; ++row)
            expected << QStringLiteral("Copy suggestion %1 (Ctrl+%1)").arg(row)
                     << QStringLiteral("Star suggestion %1").arg(row)
                     << QStringLiteral("Dismiss suggestion %1").arg(row)
                     << QStringLiteral("More like suggestion %1").arg(row);
        expected << later->accessibleName();
        // Tab's order after Snooze: the rows where they were when the panel made them with
        // itself, then what came after the panel.
        QStringList order;
        for (QWidget* w = snooze->nextInFocusChain(); w != snooze; w = w->nextInFocusChain()) {
            if ((w->focusPolicy() & Qt::TabFocus) && host.isAncestorOf(w))
                order << w->accessibleName();
        }
        QCOMPARE(order, expected);
        QWidget* focused = snooze;
        snooze->show();
        snooze->setFocus(Qt::TabFocusReason);
        host.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&host));
        for (const QString& name : std::as_const(expected)) {
            QTest::keyClick(focused, Qt::Key_Tab);
            focused = QApplication::focusWidget();
            QVERIFY(focused);
            QCOMPARE(focused->accessibleName(), name);
        }
    }

    void snoozeHidesSuggestionsForTheCall()
    {
        customerSays(QStringLiteral("I am really upset about this"));
        QTRY_VERIFY(!m_panel->shownTexts().isEmpty());
        m_engine->setSnoozed(true);
        QTRY_VERIFY(m_panel->shownTexts().isEmpty());
        customerSays(QStringLiteral("And another thing, this is unacceptable"));
        QTest::qWait(50);
        QVERIFY(m_panel->shownTexts().isEmpty());
    }

    void updatesWaitWhileTheMouseIsOverThePanel()
    {
        customerSays(QStringLiteral("I'm confused, which bill do I pay?"));
        QTRY_VERIFY(!m_panel->shownTexts().isEmpty());
        const QStringList before = m_panel->shownTexts();
        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5));
        QApplication::sendEvent(m_panel.get(), &enter);
        customerSays(QStringLiteral("This is the third time, I am furious!!"));
        QTRY_VERIFY(m_panel->hasPendingUpdate());
        QCOMPARE(m_panel->shownTexts(), before);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(m_panel.get(), &leave);
        QVERIFY(!m_panel->hasPendingUpdate());
        QVERIFY(m_panel->shownTexts() != before);
    }

    void theAgentsLinesAreNeverReadForEmotion()
    {
        Utterance agent;
        agent.speaker = Utterance::Speaker::Agent;
        agent.text = QStringLiteral("I am so frustrated and angry!!!");
        m_bus->utterance(QString(), agent);
        QTest::qWait(20);
        QCOMPARE(m_engine->snapshot().latest.intensity, 0.0);
        QVERIFY(m_engine->snapshot().activeCues.isEmpty());
    }

    void moreLikeThisListsAlternativesAndCopiesOne()
    {
        customerSays(QStringLiteral("This is ridiculous, I'm furious"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        QMenu* menu = m_panel->moreMenuFor(0);
        QVERIFY(menu);
        QStringList alternatives;
        QAction* first = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                break;
            if (!first)
                first = action;
            alternatives << action->toolTip();
        }
        QVERIFY2(alternatives.size() >= 3, qPrintable(alternatives.join(QLatin1Char('|'))));
        for (const QString& text : alternatives) {
            QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text));
            QVERIFY(text != m_panel->shownTexts().first()); // never the phrase itself
        }
        first->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), alternatives.first());
        QVERIFY(!m_panel->moreMenuFor(7));
    }

    void stopSuggestingATechniqueAsksTheWindowAndTheEngineObeys()
    {
        customerSays(QStringLiteral("I'm so worried, what happens if the payment bounces?"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        const QString technique = m_engine->snapshot().suggestions.first().technique;
        QSignalSpy asked(m_panel.get(), &SuggestionPanel::muteTechniqueRequested);
        QMenu* menu = m_panel->moreMenuFor(0);
        const QList<QAction*> actions = menu->actions();
        auto mute = std::find_if(actions.begin(), actions.end(), [](QAction* action) {
            return action->text().startsWith(QStringLiteral("Stop suggesting"));
        });
        QVERIFY(mute != actions.end());
        (*mute)->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), technique);
        m_engine->setMutedTechniques({technique});
        QTRY_VERIFY(!m_engine->snapshot().suggestions.isEmpty());
        for (const Suggestion& suggestion : m_engine->snapshot().suggestions)
            QVERIFY(suggestion.technique != technique);
    }

    void starsAndLearningAreReportedForTheStore()
    {
        customerSays(QStringLiteral("I'm confused, which bill do I pay?"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        QStringList starred;
        int learned = 0;
        boost::signals2::scoped_connection stars = m_engine->starredChanged.connect(
            [&](const QString& id, bool on) { starred << (on ? id : QStringLiteral("-") + id); });
        boost::signals2::scoped_connection learning =
            m_engine->learningChanged.connect([&](const PhraseLearning&) { ++learned; });
        const QString id = m_engine->snapshot().suggestions.first().phraseId;
        const QList<QAbstractButton*> buttons = m_panel->findChildren<QAbstractButton*>();
        auto star = std::find_if(buttons.begin(), buttons.end(), [](QAbstractButton* b) {
            return b->accessibleName() == QStringLiteral("Star suggestion 1");
        });
        (*star)->click();
        QCOMPARE(starred, QStringList{id});
        QVERIFY(m_engine->isStarred(id));
        QVERIFY(m_panel->copySuggestion(1));
        QCOMPARE(learned, 1);
    }

    // Saying most of a suggestion counts as using it: it is not offered again in this call.
    void anAgentLineThatSaysASuggestionMarksItUsed()
    {
        customerSays(QStringLiteral("This is the third time I'm calling, it's ridiculous"));
        QTRY_COMPARE(m_panel->shownTexts().size(), 3);
        const Suggestion said = m_engine->snapshot().suggestions.first();
        Utterance agent;
        agent.speaker = Utterance::Speaker::Agent;
        agent.text = QStringLiteral("Okay. ") + said.text;
        m_bus->utterance(QString(), agent);
        customerSays(QStringLiteral("Yes and it's still not fixed, I'm fed up"));
        QTRY_VERIFY(m_engine->snapshot().latest.evidence.contains(QStringLiteral("fed up")));
        for (const Suggestion& suggestion : m_engine->snapshot().suggestions)
            QVERIFY(suggestion.phraseId != said.phraseId);
    }

    // Between calls the panel stays empty, even when settings or restored choices change.
    void nothingIsSuggestedBetweenCalls()
    {
        m_bus->callEnded(QString());
        QTRY_VERIFY(m_panel->shownTexts().isEmpty());
        m_engine->setMutedTechniques({QStringLiteral("apologise")});
        m_engine->restore({}, PhraseLearning(), {});
        QTest::qWait(20);
        QVERIFY(m_panel->shownTexts().isEmpty());
        EmpathyEngine idle(*m_detector, m_library);
        idle.restore({}, PhraseLearning(), {});
        QVERIFY(idle.snapshot().suggestions.isEmpty());
    }

    // "My phrases" says why a phrase was refused, through the prompts seam: at once for what
    // needs no database, and once the write failed for what the database refused (written on
    // the storage thread, as in the running app).
    void myPhrasesSaysWhyAPhraseWasRefused()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("attune.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        PhraseStore store(db);
        StorageQueue queue(db);
        queue.start();
        PhraseService phrases(*m_engine, &store, &queue);
        ScriptedPrompts prompts;
        MyPhrasesDialog dialog(phrases, nullptr, &prompts);
        Phrase empty;
        empty.text = QStringLiteral("   ");
        empty.technique = Technique::Reassure;
        empty.cues = bit(CueTag::Frustration);
        QVERIFY(!dialog.add(empty));
        QCOMPARE(prompts.notices().size(), 1);
        QVERIFY(prompts.notices().first().warning);
        QVERIFY(
            prompts.notices().first().text.startsWith(QStringLiteral("The phrase was not saved")));

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE personal_phrases RENAME TO away")));
        Phrase mine = empty;
        mine.text = QStringLiteral("I have got this.");
        mine.moments = bit(CallMoment::Discovery);
        QVERIFY(dialog.add(mine)); // accepted: it is the write that fails
        QTRY_COMPARE(prompts.notices().size(), 2);
        QVERIFY(
            prompts.notices().last().text.startsWith(QStringLiteral("The phrase was not saved")));
        QCOMPARE(dialog.phraseCount(), 0);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE away RENAME TO personal_phrases")));
        QVERIFY(dialog.add(mine));
        QTRY_COMPARE(dialog.phraseCount(), 1);
        QCOMPARE(prompts.notices().size(), 2);
    }

    // The agent's own phrase is offered, listed in "My phrases", and gone from both once removed.
    void myOwnPhraseIsOfferedListedAndRemovable()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(QStringLiteral("attune.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        PhraseStore store(db);
        PhraseService phrases(*m_engine, &store, nullptr);
        Phrase mine;
        mine.text =
            QStringLiteral("Zebra test phrase: {customer.preferred_name}, I have got this.");
        mine.technique = Technique::Reassure;
        mine.cues = bit(CueTag::Frustration);
        mine.moments = bit(CallMoment::Discovery);
        QSignalSpy changed(&phrases, &PhraseService::personalPhrasesChanged);
        QVERIFY2(phrases.addPersonalPhrase(&mine, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.personalPhrases().size(), 1);
        // Starred, so it ranks first among reassurances for a frustrated customer; the star is
        // kept for the next start.
        m_engine->setStarred(mine.id, true);
        QVERIFY(store.starred().contains(mine.id));
        customerSays(QStringLiteral("Hello"));
        customerSays(QStringLiteral("I'm furious, this is the third time"));
        QTRY_VERIFY(m_panel->shownTexts().contains(
            QStringLiteral("Zebra test phrase: Maria, I have got this.")));

        MyPhrasesDialog dialog(phrases);
        QCOMPARE(dialog.phraseCount(), 1);
        QVERIFY(!dialog.removeSelected()); // nothing selected yet
        dialog.findChild<QListWidget*>()->setCurrentRow(0);
        QVERIFY(dialog.removeSelected());
        QCOMPARE(dialog.phraseCount(), 0);
        QVERIFY(store.personalPhrases().isEmpty());
        QVERIFY(m_engine->personalPhrases().isEmpty());
        QTRY_VERIFY(
            !m_panel->shownTexts().join(QLatin1Char('|')).contains(QStringLiteral("Zebra")));
    }

    void everyButtonHasAnAccessibleName()
    {
        customerSays(QStringLiteral("thank you so much, that's a relief"));
        QTRY_VERIFY(!m_panel->shownTexts().isEmpty());
        for (QAbstractButton* button : m_panel->findChildren<QAbstractButton*>()) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface && !iface->text(QAccessible::Name).isEmpty());
        }
    }
};

QTEST_MAIN(TestSuggestionPanel)
#include "tst_suggestionpanel.moc"
