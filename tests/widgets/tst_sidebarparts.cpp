// The sidebar's first frame shows only what it is built with; the live parts (profile,
// self-assessment, history, suggestions, breathing, practice) are attached right after it, as the
// app does once its services are up. Attaching them must not move or resize the docked sidebar,
// open any window of its own, or take the keyboard; afterwards every part is reachable by
// keyboard with its accessible name.

#include "ServicesFixture.h"
#include "common/Theme.h"
#include "core/CallEvents.h"
#include "practice/PracticePanel.h"
#include "services/AppServices.h"
#include "sidebar/AssessmentForm.h"
#include "sidebar/BreathingPanel.h"
#include "sidebar/ProfilePanel.h"
#include "sidebar/SidebarWindow.h"
#include "sidebar/SuggestionPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace attune;
using namespace attune::test;

namespace {

// Counts what the window system would see while the parts are attached.
class WindowWatch : public QObject
{
public:
    explicit WindowWatch(QWidget& sidebar)
        : m_sidebar(sidebar)
    {
        qApp->installEventFilter(this);
    }
    ~WindowWatch() override { qApp->removeEventFilter(this); }

    int otherWindowsShown = 0;
    int sidebarMoves = 0;
    int sidebarResizes = 0;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && event->type() == QEvent::Show && widget->isWindow() && widget != &m_sidebar)
            ++otherWindowsShown;
        if (widget == &m_sidebar && event->type() == QEvent::Move)
            ++sidebarMoves;
        if (widget == &m_sidebar && event->type() == QEvent::Resize)
            ++sidebarResizes;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget& m_sidebar;
};

QString nameOf(QObject* object)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Every text the agent can see (or hear from a screen reader) under `root`.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        texts << nameOf(widget);
    }
    texts.removeAll(QString());
    return texts;
}

QStringList textsSaying(const QStringList& texts, const QString& words)
{
    QStringList found;
    for (const QString& text : texts) {
        if (text.contains(words, Qt::CaseInsensitive))
            found << text;
    }
    return found;
}

} // namespace

class TestSidebarParts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ThemeManager> m_theme;

    // The live parts, attached as the app attaches them after its first frame (RunApp).
    static void attachParts(SidebarWindow& window, AppServices& services, int* historyOpened)
    {
        window.setProfileService(*services.profiles());
        window.setSelfAssessment(*services.selfAssessment(), &services.breathing(),
                                 [&services] { return services.recentCalls(30); });
        window.setHistoryOpener([historyOpened] { ++*historyOpened; });
        window.setEmpathyEngine(*services.suggestions(), services.phrases());
        window.setBreathingCoach(services.breathingService());
        window.setPracticeService(*services.practice());
    }

    // Docks and shows the window as RunApp does, and waits for its first painted frame.
    static bool showUntilFirstFrame(SidebarWindow& window)
    {
        QSignalSpy firstFrame(&window, &SidebarWindow::firstFramePainted);
        window.restoreOrDock();
        window.show();
        return firstFrame.wait();
    }

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<ThemeManager>(*qApp); }

    void theFirstFrameSaysNothingThatIsNotTrue()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        // The profile, suggestions and breathing exist; they are only not attached yet. Their
        // sections show their headings over an empty body, never a promise of a future feature.
        const QStringList first = visibleTexts(&window);
        QVERIFY(first.contains(QStringLiteral("Customer profile")));
        QVERIFY(first.contains(QStringLiteral("Suggested phrasings")));
        QVERIFY(first.contains(QStringLiteral("Take a breath")));
        QVERIFY2(textsSaying(first, QStringLiteral("coming soon")).isEmpty(),
                 qPrintable(textsSaying(first, QStringLiteral("coming soon")).join(u'\n')));
        QVERIFY2(textsSaying(first, QStringLiteral("not available")).isEmpty(),
                 qPrintable(first.join(u'\n')));

        // Nor later, once the parts are there and the sidebar has checked they all came.
        int historyOpened = 0;
        attachParts(window, services, &historyOpened);
        window.sayWhichPartsDidNotStart();
        QCoreApplication::processEvents();
        const QStringList attached = visibleTexts(&window);
        QVERIFY2(textsSaying(attached, QStringLiteral("coming soon")).isEmpty(),
                 qPrintable(attached.join(u'\n')));
        QVERIFY2(textsSaying(attached, QStringLiteral("not available")).isEmpty(),
                 qPrintable(attached.join(u'\n')));
        // The profile's own idle line, now the part is there.
        QVERIFY(
            !textsSaying(attached, QStringLiteral("The caller's profile appears here")).isEmpty());
    }

    void aSectionWhosePartCannotStartSaysSo()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        // As RunApp does when the database and the phrase library failed: only the breathing
        // coach (which needs neither) attaches.
        window.setBreathingCoach(services.breathingService());
        window.sayWhichPartsDidNotStart();
        QCoreApplication::processEvents();
        const QStringList texts = visibleTexts(&window);
        QCOMPARE(textsSaying(texts, QStringLiteral("not available")),
                 QStringList({QStringLiteral("The customer profile is not available: Attune could "
                                             "not open its database."),
                              QStringLiteral("The customer profile is not available: Attune could "
                                             "not open its database."),
                              QStringLiteral("Suggested phrasings are not available: Attune could "
                                             "not load its phrase library."),
                              QStringLiteral("Suggested phrasings are not available: Attune could "
                                             "not load its phrase library.")}));
        QVERIFY(window.breathingPanel() && window.breathingPanel()->isVisible());
        QVERIFY(!window.profilePanel());
        QVERIFY(!window.suggestionPanel());
        // Said once: asking again adds nothing.
        window.sayWhichPartsDidNotStart();
        QCOMPARE(textsSaying(visibleTexts(&window), QStringLiteral("not available")).size(), 4);
    }

    // RunApp builds the profile's panel while the database opens; when the open then fails,
    // the panel (which could never show a caller) gives way to the sentence saying why.
    void aProfilePreparedBeforeItsDatabaseFailedSaysItIsNotAvailable()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        WindowWatch watch(window);
        window.prepareProfilePanel();
        QCoreApplication::processEvents();
        QVERIFY(window.profilePanel() && window.profilePanel()->isVisible());
        QVERIFY(!textsSaying(visibleTexts(&window), QStringLiteral("The caller's profile appears "
                                                                   "here"))
                     .isEmpty());
        window.sayWhichPartsDidNotStart();
        QCoreApplication::processEvents();
        QVERIFY(!window.profilePanel());
        const QStringList texts = visibleTexts(&window);
        QCOMPARE(textsSaying(texts, QStringLiteral("customer profile is not available")).size(), 2);
        QVERIFY(textsSaying(texts, QStringLiteral("The caller's profile appears here")).isEmpty());
        QCOMPARE(watch.otherWindowsShown, 0);

        // With its service it stays, and is the panel that was prepared.
        SidebarWindow second(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(second));
        second.prepareProfilePanel();
        ProfilePanel* prepared = second.profilePanel();
        second.setProfileService(*services.profiles());
        second.sayWhichPartsDidNotStart();
        QCOMPARE(second.profilePanel(), prepared);
        QVERIFY(prepared->hasService());
        QVERIFY(
            textsSaying(visibleTexts(&second), QStringLiteral("customer profile is not available"))
                .isEmpty());
    }

    // RunApp's answer to AppServices::outsideCallsUnavailable (attune_net.so not loaded).
    void withoutTheNetworkModuleTheSidebarSaysCallsCannotArrive()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        const QString cannotArrive = QStringLiteral("cannot work");
        QVERIFY(textsSaying(visibleTexts(&window), cannotArrive).isEmpty());
        window.sayOutsideCallsCannotArrive();
        QCoreApplication::processEvents();
        const QString sentence = QStringLiteral(
            "The softphone connector and the WebSocket API cannot work: Attune could not load its "
            "network module. Reinstall Attune, or ask IT.");
        QCOMPARE(textsSaying(visibleTexts(&window), cannotArrive),
                 QStringList({sentence, sentence})); // the text and its accessible name
        window.sayOutsideCallsCannotArrive();
        QCOMPARE(textsSaying(visibleTexts(&window), cannotArrive).size(), 2);
    }

    void thePartsAttachedAfterTheFirstFrameLeaveTheWindowAlone()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        QCoreApplication::processEvents(); // the dock after the first frame
        const QRect placed = window.geometry();
        const QRect framed = window.frameGeometry();
        // Offscreen activates a shown window whatever it asks for; what counts is that attaching
        // the parts moves neither the keyboard nor the activation.
        QWidget* const activeBefore = QApplication::activeWindow();
        QWidget* const focusBefore = QApplication::focusWidget();

        int historyOpened = 0;
        {
            WindowWatch watch(window);
            attachParts(window, services, &historyOpened);
            QCoreApplication::processEvents();
            QTest::qWait(50);
            // A part shown before it was in the sidebar opened as a window of its own for a
            // moment (a flash on a real screen, and a window created and destroyed).
            QCOMPARE(watch.otherWindowsShown, 0);
            QCOMPARE(watch.sidebarMoves, 0);
            QCOMPARE(watch.sidebarResizes, 0);
        }
        QCOMPARE(window.geometry(), placed);
        QCOMPARE(window.frameGeometry(), framed);
        QCOMPARE(QApplication::activeWindow(), activeBefore);
        QCOMPARE(QApplication::focusWidget(), focusBefore);

        QVERIFY(window.profilePanel() && window.profilePanel()->isVisible());
        QVERIFY(window.suggestionPanel() && window.suggestionPanel()->isVisible());
        QVERIFY(window.breathingPanel() && window.breathingPanel()->isVisible());
        QVERIFY(window.practicePanel() && window.practicePanel()->isVisible());
    }

    void thePartsAttachedAfterTheFirstFrameAreReachedByKeyboard()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        int historyOpened = 0;
        attachParts(window, services, &historyOpened);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Tab reaches every button of the attached parts, each with its name.
        QSet<QWidget*> reached;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                            Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached.insert(QApplication::focusWidget());
        }
        QStringList missed;
        for (QWidget* part : {static_cast<QWidget*>(window.practicePanel()),
                              static_cast<QWidget*>(window.breathingPanel()),
                              static_cast<QWidget*>(window.suggestionPanel()),
                              static_cast<QWidget*>(window.profilePanel())}) {
            for (QAbstractButton* button : part->findChildren<QAbstractButton*>()) {
                if (!button->isVisibleTo(&window) || !button->isEnabled())
                    continue;
                QVERIFY2(!nameOf(button).isEmpty(), qPrintable(button->text()));
                if (!reached.contains(button))
                    missed << nameOf(button);
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1String(", "))));
        QVERIFY(reached.contains(window.practicePanel()->practiseButton()));

        // And their shortcuts: history (Ctrl+H) and practice (Ctrl+Shift+P).
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(historyOpened, 1);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.practicePanel()->page(), PracticePanel::Page::Choose);
        QCOMPARE(QApplication::focusWidget(), window.practicePanel()->scenarioList());
    }

    void theSelfAssessmentIsBuiltWhenFirstOpenedWhereTabFoundItBefore()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        QVERIFY(showUntilFirstFrame(window));
        int historyOpened = 0;
        attachParts(window, services, &historyOpened);
        QCoreApplication::processEvents();
        // Hidden most of the day: its questions are not built until a call ends.
        QVERIFY(window.findChildren<AssessmentForm*>().isEmpty());
        const QRect placed = window.geometry();

        CallStartedEvent start;
        start.callId = QStringLiteral("parts-1");
        start.caller.displayName = QStringLiteral("Elena Marsh");
        services.bus().callStarted(start);
        services.bus().callAnswered(QString());
        services.bus().callEnded(QString());
        QTRY_VERIFY(window.isAssessmentShown());
        AssessmentForm* form = window.assessmentForm();
        QVERIFY(form && form->isVisible());
        QCOMPARE(window.findChildren<AssessmentForm*>().size(), 1);
        QCOMPARE(window.geometry(), placed);

        // In the focus chain where it was when the sidebar built it with the profile: after the
        // profile panel's controls, before the suggestions', the breathing's and practice's.
        QList<QWidget*> chain; // the stops Tab makes
        for (QWidget* w = window.nextInFocusChain(); w && w != &window; w = w->nextInFocusChain()) {
            if (w->focusPolicy() & Qt::TabFocus)
                chain << w;
        }
        const auto lastIndexIn = [&chain](QWidget* part) {
            int last = -1;
            for (int i = 0; i < chain.size(); ++i) {
                if (part->isAncestorOf(chain.at(i)))
                    last = i;
            }
            return last;
        };
        const auto firstIndexIn = [&chain](QWidget* part) {
            for (int i = 0; i < chain.size(); ++i) {
                if (part->isAncestorOf(chain.at(i)))
                    return i;
            }
            return int(chain.size());
        };
        QVERIFY(firstIndexIn(form) < chain.size());
        QVERIFY(lastIndexIn(window.profilePanel()) < firstIndexIn(form));
        for (QWidget* later : {static_cast<QWidget*>(window.suggestionPanel()),
                               static_cast<QWidget*>(window.breathingPanel()),
                               static_cast<QWidget*>(window.practicePanel())})
            QVERIFY(lastIndexIn(form) < firstIndexIn(later));

        // And Tab reaches its answers.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool reachedAnAnswer = false;
        for (int i = 0; i < 80 && !reachedAnAnswer; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                            Qt::Key_Tab);
            reachedAnAnswer = qobject_cast<QRadioButton*>(QApplication::focusWidget()) &&
                              form->isAncestorOf(QApplication::focusWidget());
        }
        QVERIFY(reachedAnAnswer);
    }
};

QTEST_MAIN(TestSidebarParts)
#include "tst_sidebarparts.moc"
