// Practice in the sidebar (issue #19): offered only between calls, a run from the picker to the
// feedback, branching on the reply, a ringing call pausing the run with the draft kept, and
// `attune practice` opening it without taking the keyboard from another application.
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "empathy/PhraseLibrary.h"
#include "services/BreathingService.h"
#include "services/PracticeService.h"
#include "widgets/common/Theme.h"
#include "widgets/history/PracticeHistoryList.h"
#include "widgets/practice/PracticePanel.h"
#include "widgets/sidebar/SidebarWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <thread>

using namespace attune;

namespace {

const QString kKind = QStringLiteral(
    "Ms Whitfield, I'm so sorry. I can hear how fed up you are, and I will take care of this "
    "myself.");
const QString kBlaming = QStringLiteral(
    "Well, the last agent should have booked an engineer, so that's not really on me.");

} // namespace

class TestPracticePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<Settings> m_settings;
    FakeClock m_clock{5000};
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    PopTrace m_trace;
    PhraseLibrary m_library;
    ReplyReader m_reader;
    std::unique_ptr<PracticeService> m_practice;
    std::unique_ptr<SidebarWindow> m_window;

    PracticePanel* panel() const { return m_window->practicePanel(); }
    bool practiceShown() const { return panel()->isVisibleTo(m_window.get()); }

    // The widgets that take focus, in the window's focus chain from `from` up to `to` (both
    // included).
    static QList<QWidget*> focusChain(QWidget* from, QWidget* to)
    {
        QList<QWidget*> chain{from};
        for (QWidget* w = from->nextInFocusChain(); w != from; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                chain << w;
            if (w == to)
                break;
        }
        return chain;
    }
    // The nearest widget that takes focus outside the panel, before or after `w` in the chain.
    QWidget* outsideThePanel(QWidget* w, bool forward) const
    {
        do
            w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || panel()->isAncestorOf(w));
        return w;
    }

    void publishFromAnotherThread(const std::function<void()>& publish)
    {
        std::thread source(publish);
        source.join();
    }

    void ring()
    {
        publishFromAnotherThread([this] {
            CallStartedEvent event;
            event.callId = QStringLiteral("c-1");
            event.source = QStringLiteral("test");
            event.caller.displayName = QStringLiteral("Pat Caller");
            m_bus->callStarted(event);
        });
    }

    // The picker, the scenario chosen in it, Start.
    void startFromThePicker(const QString& id)
    {
        QTest::mouseClick(panel()->practiseButton(), Qt::LeftButton);
        QCOMPARE(panel()->page(), PracticePanel::Page::Choose);
        const QList<QListWidgetItem*> items =
            panel()->scenarioList()->findItems(m_practice->scenario(id)->title, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        panel()->scenarioList()->setCurrentItem(items.first());
        QTest::mouseClick(panel()->startButton(), Qt::LeftButton);
        QCOMPARE(panel()->page(), PracticePanel::Page::Run);
    }

    void typeAndSend(const QString& text)
    {
        panel()->replyBox()->setPlainText(text);
        QTest::mouseClick(panel()->sendButton(), Qt::LeftButton);
    }

    // The line the scenario says follows `reply` on the turn the run is on.
    QString expectedNextLine(const QString& reply) const
    {
        const PracticeScenario& scenario = m_practice->run()->scenario();
        const PracticeTurn& turn = m_practice->run()->currentTurn();
        const ReplyReading reading =
            m_reader.read(reply, scenario.addressAs, scenario.customerName);
        for (const PracticeBranch& branch : turn.next) {
            if (branch.takenFor(reading.shown))
                return scenario.turn(branch.target)->customer;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_theme = std::make_unique<ThemeManager>(*qApp);
        QString error;
        QVERIFY2(m_library.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
        QVERIFY2(m_reader.loadFile(ReplyReader::builtInPath(QStringLiteral("en")), &error),
                 qPrintable(error));
    }

    void init()
    {
        QFile::remove(m_dir.path() + QStringLiteral("/user.conf"));
        m_settings = std::make_unique<Settings>(m_dir.path() + QStringLiteral("/user.conf"),
                                                m_dir.path() + QStringLiteral("/system.conf"));
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_practice = std::make_unique<PracticeService>(*m_session, m_clock);
        QVERIFY(m_practice->load(QStringLiteral("en"), QString()).isEmpty());
        m_practice->setPhraseLibrary(m_library);
        m_window = std::make_unique<SidebarWindow>(*m_session, *m_settings, *m_theme, m_trace);
        m_window->setPracticeService(*m_practice);
        m_window->dockToScreenEdge();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_practice.reset();
        m_session.reset();
        m_bus.reset();
        m_settings.reset();
    }

    void offeredBetweenCallsWithEveryScenario()
    {
        QVERIFY(practiceShown());
        QCOMPARE(panel()->page(), PracticePanel::Page::Offer);
        QVERIFY(panel()->practiseButton()->isEnabled());
        // Between calls it is a line and a button, not the height of a whole run.
        QTRY_VERIFY2(panel()->height() < panel()->conversation()->minimumHeight(),
                     qPrintable(QString::number(panel()->height())));
        QTest::mouseClick(panel()->practiseButton(), Qt::LeftButton);
        QCOMPARE(panel()->page(), PracticePanel::Page::Choose);
        QCOMPARE(panel()->scenarioList()->count(), 8);
        // The summary of the chosen scenario is shown with its title.
        panel()->scenarioList()->setCurrentRow(2);
        const QString id = panel()->scenarioList()->currentItem()->data(Qt::UserRole).toString();
        bool summaryShown = false;
        for (const QLabel* label : panel()->findChildren<QLabel*>())
            summaryShown = summaryShown || (label->isVisibleTo(panel()) &&
                                            label->text() == m_practice->scenario(id)->summary);
        QVERIFY(summaryShown);
    }

    void notOfferedWhileACallIsLive()
    {
        ring();
        QTRY_VERIFY(!practiceShown());
        QString error;
        QVERIFY(!m_practice->start(QStringLiteral("bereavement"), &error));
        QCOMPARE(error, QStringLiteral("Practice waits while a call is live."));
        QCOMPARE(m_practice->requestOpen(QString()), error);
        QVERIFY(!m_practice->run());
        // The shortcut does nothing either: the panel is hidden.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panel()->page(), PracticePanel::Page::Offer);

        publishFromAnotherThread([this] { m_bus->callEnded(QString()); });
        QTRY_VERIFY(practiceShown());
    }

    void aReplyBranchesAndTheFeedbackQuotesTheAgent()
    {
        startFromThePicker(QStringLiteral("repeat-failure"));
        const PracticeScenario& scenario = m_practice->run()->scenario();
        QCOMPARE(panel()->customerLines(), QStringList{scenario.turn(scenario.start)->customer});
        QVERIFY(panel()->conversation()->toPlainText().contains(
            scenario.turn(scenario.start)->customer));
        QCOMPARE(QApplication::focusWidget(), panel()->replyBox());

        // The blaming reply and the kind one lead to different lines, as the scenario says.
        const QString afterBlame = expectedNextLine(kBlaming);
        const QString afterKindness = expectedNextLine(kKind);
        QVERIFY(!afterBlame.isEmpty());
        QVERIFY(afterBlame != afterKindness);
        typeAndSend(kBlaming);
        QCOMPARE(panel()->customerLines().size(), 2);
        QCOMPARE(panel()->customerLines().last(), afterBlame);
        QVERIFY(panel()->replyBox()->toPlainText().isEmpty());
        QVERIFY(panel()->conversation()->toPlainText().contains(kBlaming));

        // Replies until the customer's last line; the feedback replaces the conversation.
        int sent = 1;
        while (panel()->page() == PracticePanel::Page::Run && sent < 12) {
            const QString next = expectedNextLine(kKind);
            typeAndSend(kKind);
            ++sent;
            QCOMPARE(panel()->customerLines().at(sent), next);
        }
        QCOMPARE(panel()->page(), PracticePanel::Page::Feedback);
        const QString feedback = panel()->feedbackView()->toPlainText();
        // The agent's own lines, under the behaviours they showed.
        QVERIFY2(feedback.contains(QStringLiteral("“%1”").arg(kBlaming)), qPrintable(feedback));
        QVERIFY(feedback.contains(PracticePanel::behaviourLabel(PracticeBehaviour::Blame)));
        QVERIFY(feedback.contains(
            PracticePanel::behaviourLabel(PracticeBehaviour::AcknowledgedFeeling)));
        // The blaming moment with better phrasings from the phrase library.
        const PracticeFeedback& result = m_practice->feedback();
        QVERIFY(!result.moments.isEmpty());
        QVERIFY(!result.moments.first().phrasings.isEmpty());
        QVERIFY(feedback.contains(result.moments.first().phrasings.first().text));
        QCOMPARE(QApplication::focusWidget(), panel()->closeButton());

        QTest::mouseClick(panel()->closeButton(), Qt::LeftButton);
        QCOMPARE(panel()->page(), PracticePanel::Page::Offer);
        QVERIFY(!m_practice->run());
    }

    void enterSendsShiftEnterBreaksTheLine()
    {
        startFromThePicker(QStringLiteral("bereavement"));
        panel()->replyBox()->setFocus();
        QTest::keyClicks(panel()->replyBox(), QStringLiteral("I'm so sorry"));
        QTest::keyClick(panel()->replyBox(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(panel()->customerLines().size(), 1);
        QTest::keyClicks(panel()->replyBox(), QStringLiteral("for your loss."));
        QTest::keyClick(panel()->replyBox(), Qt::Key_Return);
        QCOMPARE(panel()->customerLines().size(), 2);
        QCOMPARE(m_practice->run()->transcript().first().reply,
                 QStringLiteral("I'm so sorry\nfor your loss."));
    }

    void aRingingCallPausesAndTheDraftComesBackAfterIt()
    {
        startFromThePicker(QStringLiteral("billing-shock"));
        const QStringList before = panel()->customerLines();
        const QString draft = QStringLiteral("Mr Osei, I can see why that bill was a shock");
        panel()->replyBox()->setPlainText(draft);

        ring();
        QTRY_VERIFY(!practiceShown());
        QVERIFY(m_practice->isPaused());
        QString error;
        QVERIFY(!m_practice->reply(QStringLiteral("anything"), &error));
        QCOMPARE(error, QStringLiteral("Practice is paused while a call rings."));
        // The agent's typing during the call does not reach the paused draft.
        panel()->replyBox()->clear();

        publishFromAnotherThread([this] { m_bus->callAnswered(QString()); });
        QTest::qWait(20);
        QVERIFY(!practiceShown());
        publishFromAnotherThread([this] { m_bus->callEnded(QString()); });
        QTRY_VERIFY(practiceShown());
        QVERIFY(!m_practice->isPaused());
        QCOMPARE(panel()->page(), PracticePanel::Page::Run);
        QCOMPARE(panel()->replyBox()->toPlainText(), draft);
        QCOMPARE(panel()->customerLines(), before);
        QTest::mouseClick(panel()->sendButton(), Qt::LeftButton);
        QCOMPARE(panel()->customerLines().size(), before.size() + 1);
        QCOMPARE(m_practice->run()->transcript().first().reply, draft);
    }

    void theCommandLineOpensItWithoutTakingTheKeyboard()
    {
        QWidget elsewhere;
        elsewhere.setWindowTitle(QStringLiteral("The agent's CRM"));
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!m_window->isActiveWindow());

        QCOMPARE(m_practice->requestOpen(QStringLiteral("data-breach")), QString());
        QCOMPARE(panel()->page(), PracticePanel::Page::Run);
        QCOMPARE(m_practice->run()->scenario().id, QStringLiteral("data-breach"));
        QTest::qWait(50);
        QCOMPARE(QApplication::activeWindow(), &elsewhere);
        QVERIFY(!m_window->isActiveWindow());

        // An unknown scenario is refused with the ids there are; the run on screen goes on.
        const QString refusal = m_practice->requestOpen(QStringLiteral("no-such-thing"));
        QVERIFY(refusal.contains(QStringLiteral("\"no-such-thing\"")));
        for (const QString& id : m_practice->scenarioIds())
            QVERIFY2(refusal.contains(id), qPrintable(refusal));
        QCOMPARE(m_practice->run()->scenario().id, QStringLiteral("data-breach"));
    }

    // The picker, the run and the feedback are built the first time they are shown, in the
    // focus chain where they would be had they been built with the sidebar, and work from the
    // keyboard alone.
    void pagesAreBuiltWhenFirstShownAndWorkFromTheKeyboard()
    {
        // A part attached after practice: its controls follow the panel's in the focus chain,
        // so pages built later must not simply go last.
        BreathingCoach coach(m_clock);
        BreathingService breathing(coach);
        m_window->setBreathingCoach(breathing);
        const auto closeFirst = qScopeGuard([this] { m_window.reset(); });
        for (const auto page :
             {PracticePanel::Page::Choose, PracticePanel::Page::Run, PracticePanel::Page::Feedback})
            QVERIFY(!panel()->isPageBuilt(page));
        QVERIFY(panel()->findChildren<QListWidget*>().isEmpty());
        QVERIFY(panel()->findChildren<QTextBrowser*>().isEmpty());
        QVERIFY(panel()->findChildren<QPlainTextEdit*>().isEmpty());
        QWidget* practise = panel()->practiseButton();
        QWidget* before = outsideThePanel(practise, false);
        QWidget* after = outsideThePanel(practise, true);
        QCOMPARE(focusChain(before, after), (QList<QWidget*>{before, practise, after}));

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(panel()->page(), PracticePanel::Page::Choose);
        QVERIFY(panel()->isPageBuilt(PracticePanel::Page::Choose));
        QVERIFY(!panel()->isPageBuilt(PracticePanel::Page::Run));
        QVERIFY(!panel()->isPageBuilt(PracticePanel::Page::Feedback));
        auto* list = panel()->findChild<QListWidget*>();
        QVERIFY(list);
        QCOMPARE(list->count(), 8);
        QCOMPARE(QApplication::focusWidget(), list);
        QWidget* start = panel()->startButton();
        QWidget* cancel = nullptr;
        for (QPushButton* button : panel()->findChildren<QPushButton*>())
            cancel =
                button->accessibleName() == QStringLiteral("Cancel practice") ? button : cancel;
        QVERIFY(cancel);
        QCOMPARE(focusChain(before, after),
                 (QList<QWidget*>{before, practise, list, start, cancel, after}));
        QTest::keyClick(list, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(start, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), list);

        // Down to the third scenario, Enter starts it: the run page, the reply box focused.
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        const QString id = list->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(panel()->page(), PracticePanel::Page::Run);
        QCOMPARE(m_practice->run()->scenario().id, id);
        QVERIFY(!panel()->isPageBuilt(PracticePanel::Page::Feedback));
        auto* reply = panel()->findChild<QPlainTextEdit*>();
        QVERIFY(reply);
        QCOMPARE(QApplication::focusWidget(), reply);
        auto* conversation = panel()->findChild<QTextBrowser*>();
        QCOMPARE(focusChain(before, after),
                 (QList<QWidget*>{before, practise, list, start, cancel, conversation, reply,
                                  panel()->sendButton(), panel()->stopButton(), after}));
        QTest::keyClicks(reply, kKind);
        QTest::keyClick(reply, Qt::Key_Return);
        QCOMPARE(m_practice->run()->transcript().first().reply, kKind);
        QCOMPARE(panel()->customerLines().size(), 2);
    }

    void theStopButtonEndsTheRunAndKeepsItWhenTheAgentReplied()
    {
        int recorded = 0;
        QString outcome;
        m_practice->setRecorder([&](const PracticeSession& run, const PracticeFeedback&) {
            ++recorded;
            outcome = outcomeName(run.outcome());
        });
        startFromThePicker(QStringLiteral("confused-caller"));
        QTest::mouseClick(panel()->stopButton(), Qt::LeftButton);
        QCOMPARE(panel()->page(), PracticePanel::Page::Offer);
        QCOMPARE(recorded, 0); // nothing said, nothing kept

        startFromThePicker(QStringLiteral("confused-caller"));
        typeAndSend(kKind);
        QTest::mouseClick(panel()->stopButton(), Qt::LeftButton);
        QCOMPARE(recorded, 1);
        QCOMPARE(outcome, QStringLiteral("abandoned"));
    }

    void theCustomersNextLineIsPaintedAfterAReply()
    {
        startFromThePicker(QStringLiteral("urgent-deadline"));
        QSignalSpy painted(panel(), &PracticePanel::replyAnswerPainted);
        typeAndSend(kKind);
        QVERIFY(painted.wait(2000));
        QCOMPARE(painted.size(), 1);
    }

    void theHistoryListsPracticeRunsApartFromCalls()
    {
        QList<PracticeRun> stored;
        int asked = 0;
        m_practice->setRunsLoader(
            [&](int limit, QObject* context, std::function<void(QList<PracticeRun>)> deliver) {
                ++asked;
                QVERIFY(limit > 0);
                QMetaObject::invokeMethod(
                    context, [deliver, runs = stored] { deliver(runs); }, Qt::QueuedConnection);
            });
        PracticeHistoryList list(*m_practice);
        QSignalSpy refreshed(&list, &PracticeHistoryList::refreshed);
        list.show();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(list.table()->rowCount(), 0);
        QVERIFY(!list.table()->isVisible());

        const QDateTime at =
            QDateTime::fromString(QStringLiteral("2026-03-02T10:15:00Z"), Qt::ISODate);
        stored = {PracticeRun{QStringLiteral("bereavement"),
                              QString(),
                              at,
                              at.addSecs(300),
                              5,
                              QStringLiteral("better"),
                              {{QStringLiteral("used_name"), 2}, {QStringLiteral("blame"), 0}}},
                  PracticeRun{QStringLiteral("gone-scenario"),
                              QString(),
                              at.addDays(-1),
                              at.addDays(-1),
                              2,
                              QStringLiteral("abandoned"),
                              {}}};
        list.refresh();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(asked, 2);
        QCOMPARE(list.table()->rowCount(), 2);
        QCOMPARE(list.table()->item(0, 1)->text(),
                 m_practice->scenario(QStringLiteral("bereavement"))->title);
        QCOMPARE(list.table()->item(0, 2)->text(), QStringLiteral("5"));
        QCOMPARE(list.table()->item(0, 3)->text(),
                 PracticePanel::outcomeLabel(PracticeOutcome::Better));
        QCOMPARE(list.table()->item(0, 4)->text(), QStringLiteral("Used the customer's name ×2"));
        // A scenario IT has since removed is listed by its id.
        QCOMPARE(list.table()->item(1, 1)->text(), QStringLiteral("gone-scenario"));
        QCOMPARE(list.table()->item(1, 4)->text(), QStringLiteral("nothing recognised"));
    }
};

QTEST_MAIN(TestPracticePanel)
#include "tst_practicepanel.moc"
