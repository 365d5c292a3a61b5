#include "HistorySeed.h"
#include "assessment/Rubric.h"
#include "assessment/SelfAssessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "empathy/CueDetector.h"
#include "empathy/EmpathyEngine.h"
#include "empathy/PhraseLibrary.h"
#include "profile/ProfileService.h"
#include "services/BreathingService.h"
#include "services/PhraseService.h"
#include "services/PracticeService.h"
#include "services/SuggestionService.h"
#include "settings/Settings.h"
#include "storage/AssessmentStore.h"
#include "storage/CoachingStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/PhraseStore.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/common/Theme.h"
#include "widgets/history/HistoryWindow.h"
#include "widgets/history/PracticeHistoryList.h"
#include "widgets/practice/PracticePanel.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/sidebar/SidebarWindow.h"
#include "widgets/sidebar/SuggestionPanel.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <private/qguiapplication_p.h>

using namespace attune;

// Walks Attune's windows the way a screen reader and a keyboard user meet them: every control a
// user can reach has a role and a name, Tab reaches every one of them, Escape and Enter do what a
// dialog promises; and the high-contrast palette really is high contrast.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The controls of `root` a user can reach: visible, enabled, taking Tab focus; the inner line
    // edit of a spin box or combo box belongs to its owner.
    static QList<QWidget*> reachable(QWidget* root)
    {
        QList<QWidget*> controls;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!widget->isVisibleTo(root) || !widget->isEnabled() ||
                !(widget->focusPolicy() & Qt::TabFocus) || widget->window() != root)
                continue;
            QWidget* parent = widget->parentWidget();
            if (parent &&
                (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent)))
                continue;
            controls << widget;
        }
        return controls;
    }

    static QString describe(QWidget* widget)
    {
        return QStringLiteral("%1 \"%2\" in %3")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                 widget->parentWidget()
                     ? QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                     : QString());
    }

    static void everyControlHasARoleAndAName(QWidget* root, int atLeast)
    {
        const QList<QWidget*> controls = reachable(root);
        QVERIFY2(controls.size() >= atLeast, qPrintable(QString::number(controls.size())));
        QStringList unnamed;
        for (QWidget* widget : controls) {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
            if (!iface || iface->role() == QAccessible::NoRole ||
                iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(widget);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    static void tabReachesEveryControl(QWidget* root)
    {
        root->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(root));
        const QList<QWidget*> controls = reachable(root);
        QSet<QWidget*> reached;
        for (int i = 0; i < controls.size() * 3 + 10; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (focus)
                reached.insert(focus);
            QTest::keyClick(focus ? focus : root, Qt::Key_Tab);
        }
        // A set of radio buttons is one stop for Tab; the arrow keys choose inside it.
        const auto radioGroup = [](QWidget* widget) -> QObject* {
            auto* radio = qobject_cast<QRadioButton*>(widget);
            if (!radio)
                return nullptr;
            if (radio->group())
                return radio->group();
            return radio->autoExclusive() ? radio->parent() : nullptr;
        };
        QSet<QObject*> reachedGroups;
        for (QWidget* widget : reached) {
            if (QObject* group = radioGroup(widget))
                reachedGroups.insert(group);
        }
        QStringList missed;
        for (QWidget* widget : controls) {
            if (reached.contains(widget) || reached.contains(widget->focusProxy()))
                continue;
            if (QObject* group = radioGroup(widget); group && reachedGroups.contains(group))
                continue;
            missed << describe(widget);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1String(", "))));
    }

private Q_SLOTS:
    // Practice in the sidebar, page by page: the offer, the picker, a run and its feedback. Every
    // control is named and on the Tab chain, in the order a keyboard user works through it.
    void sidebarPractice()
    {
        Settings settings(m_dir.filePath(QStringLiteral("p.conf")),
                          m_dir.filePath(QStringLiteral("p-system.conf")));
        ThemeManager theme(*qApp);
        FakeClock clock(5000);
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        PopTrace trace;
        PracticeService practice(session, clock);
        QVERIFY(practice.load(QStringLiteral("en"), QString()).isEmpty());
        SidebarWindow window(session, settings, theme, trace);
        window.setPracticeService(practice);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PracticePanel* panel = window.practicePanel();
        everyControlHasARoleAndAName(&window, 4);
        tabReachesEveryControl(&window);

        // The offer, then the picker, by keyboard alone.
        panel->practiseButton()->setFocus();
        QTest::keyClick(panel->practiseButton(), Qt::Key_Space);
        QCOMPARE(panel->page(), PracticePanel::Page::Choose);
        QCOMPARE(QApplication::focusWidget(), panel->scenarioList());
        everyControlHasARoleAndAName(&window, 6);
        tabReachesEveryControl(&window);
        panel->scenarioList()->setFocus();
        QTest::keyClick(panel->scenarioList(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->startButton());
        QTest::keyClick(panel->startButton(), Qt::Key_Space);
        QCOMPARE(panel->page(), PracticePanel::Page::Run);

        // The run: the reply box, then Send, then Stop.
        QCOMPARE(QApplication::focusWidget(), panel->replyBox());
        everyControlHasARoleAndAName(&window, 7);
        tabReachesEveryControl(&window);
        panel->replyBox()->setFocus();
        QTest::keyClick(panel->replyBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->sendButton());
        QTest::keyClick(panel->sendButton(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), panel->stopButton());

        // The feedback, once the run is over.
        QString error;
        while (practice.isRunning())
            QVERIFY2(practice.reply(QStringLiteral("Ms Whitfield, I am so sorry, I will sort "
                                                   "this out and call you back by 6 pm."),
                                    &error),
                     qPrintable(error));
        QCOMPARE(panel->page(), PracticePanel::Page::Feedback);
        QCOMPARE(QApplication::focusWidget(), panel->closeButton());
        everyControlHasARoleAndAName(&window, 5);
        tabReachesEveryControl(&window);
        QTest::keyClick(panel->closeButton(), Qt::Key_Space);
        QCOMPARE(panel->page(), PracticePanel::Page::Offer);

        PracticeHistoryList runs(practice);
        runs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runs));
        QVERIFY(!runs.accessibleName().isEmpty());
        QVERIFY(!runs.table()->accessibleName().isEmpty());
    }

    void settingsDialog()
    {
        Settings settings(m_dir.filePath(QStringLiteral("user.conf")),
                          m_dir.filePath(QStringLiteral("system.conf")));
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>();
        QVERIFY(tabs && tabs->count() >= 4);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            everyControlHasARoleAndAName(&dialog, 4);
            tabReachesEveryControl(&dialog);
        }
        // On a 768-line laptop screen the dialog still fits.
        QVERIFY2(dialog.sizeHint().height() < 700,
                 qPrintable(QString::number(dialog.sizeHint().height())));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void historyWindowAndPinDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(test::seedHistory(path, 300, 600));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HistoryStore store(db);
        CoachingStore coaching(db);
        TrendsLoader trends(db);
        Rubric rubric;
        QVERIFY(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error));
        FakeClock clock(1000);
        const QString pin = QStringLiteral("135790");
        SupervisorGate gate(clock, SupervisorPin::hash(pin, &error));
        HistoryWindow window(store, coaching, trends, rubric, gate, ExportPolicy::allowed(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        everyControlHasARoleAndAName(&window, 10);
        tabReachesEveryControl(&window);
        QVERIFY(window.signIn(pin)); // the supervisor's buttons appear
        everyControlHasARoleAndAName(&window, 13);
        tabReachesEveryControl(&window);

        SupervisorPinDialog dialog(gate, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        everyControlHasARoleAndAName(&dialog, 3);
        auto* field = dialog.findChild<QLineEdit*>();
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setFocus();
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return); // Enter signs in
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        SupervisorPinDialog again(gate, &window);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTest::keyClick(&again, Qt::Key_Escape);
        QTRY_VERIFY(!again.isVisible());
        QCOMPARE(again.result(), int(QDialog::Rejected));
    }

    // The sidebar with everything attached, through a call: live with suggestions, then wrap-up
    // with the self-assessment and the breathing offer.
    void sidebarThroughACall()
    {
        Settings settings(m_dir.filePath(QStringLiteral("s.conf")),
                          m_dir.filePath(QStringLiteral("s-system.conf")));
        ThemeManager theme(*qApp);
        FakeClock clock(5000);
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        PopTrace trace;
        Database db(m_dir.filePath(QStringLiteral("sidebar.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        AssessmentStore assessmentStore(db);
        CustomerStore customers(db);
        PhraseStore phrases(db);
        Rubric rubric;
        QVERIFY(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error));
        SelfAssessment assessments(assessmentStore, rubric);
        BreathingCoach coach(clock);
        ProfileService profiles(customers, QStringLiteral("GB"));
        profiles.attach(session);
        Lexicon lexicon;
        QVERIFY(Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error));
        CueDetector detector(std::move(lexicon));
        PhraseLibrary library;
        QVERIFY(library.load(QStringLiteral(":/phrases/en.json"), &error));
        EmpathyEngine engine(detector, library);
        engine.attach(session);

        SidebarWindow window(session, settings, theme, trace);
        PhraseService phraseService(engine, &phrases, nullptr);
        SuggestionService suggestions(engine);
        window.setEmpathyEngine(suggestions, &phraseService);
        BreathingService breathing(coach);
        window.setBreathingCoach(breathing);
        window.setSelfAssessment(assessments, &coach);
        window.setProfileService(profiles);
        window.setHistoryOpener([] {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        everyControlHasARoleAndAName(&window, 6);

        // New suggestions are announced to assistive technology while focus stays elsewhere.
        static QList<QAccessible::Event> seen;
        seen.clear();
        // As when a screen reader is running: Qt delivers accessibility events only then, and the
        // offscreen platform has no screen reader to switch it on.
        QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(true);
        QAccessible::installUpdateHandler([](QAccessibleEvent* event) { seen << event->type(); });
        QWidget crm;
        crm.show();
        crm.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&crm));
        CallStartedEvent start;
        start.callId = QStringLiteral("a11y-1");
        start.caller.displayName = QStringLiteral("Elena Marsh");
        bus.callStarted(start);
        bus.callAnswered(QString());
        Utterance line;
        line.text = QStringLiteral("This is the third time I'm calling and I am furious.");
        bus.utterance(QString(), line);
        QTRY_VERIFY(!window.suggestionPanel()->shownTexts().isEmpty());
        QTRY_VERIFY(seen.contains(QAccessible::NameChanged));
        QCOMPARE(QApplication::activeWindow(), &crm);
        QAccessible::installUpdateHandler(nullptr);
        everyControlHasARoleAndAName(&window, 8);
        tabReachesEveryControl(&window);

        clock.advanceMs(120000);
        bus.callEnded(QString());
        QTRY_VERIFY(window.isAssessmentShown());
        everyControlHasARoleAndAName(&window, 20);
        tabReachesEveryControl(&window);
    }

    // WCAG's contrast ratio of text on its background: at least 7:1 (AAA) in high contrast.
    void highContrastIsHighContrast()
    {
        const QPalette palette = ThemeManager::highContrastPalette();
        const auto luminance = [](const QColor& color) {
            const auto channel = [](double c) {
                return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
                   0.0722 * channel(color.blueF());
        };
        const auto ratio = [&](const QColor& a, const QColor& b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        for (const auto& [text, background] : {std::pair{QPalette::WindowText, QPalette::Window},
                                               {QPalette::Text, QPalette::Base},
                                               {QPalette::ButtonText, QPalette::Button},
                                               {QPalette::HighlightedText, QPalette::Highlight}}) {
            QVERIFY2(ratio(palette.color(text), palette.color(background)) >= 7.0,
                     qPrintable(QString::number(int(text))));
        }
        QVERIFY(ratio(palette.color(QPalette::Disabled, QPalette::Text),
                      palette.color(QPalette::Base)) >= 4.5);
        const ThemeColors colors = themeColors(palette);
        for (const QColor& accent :
             {colors.ringing, colors.active, colors.wrapUp, colors.subtleText})
            QVERIFY(ratio(accent, palette.color(QPalette::Window)) >= 7.0);
        Settings settings(m_dir.filePath(QStringLiteral("user2.conf")),
                          m_dir.filePath(QStringLiteral("system2.conf")));
        QVERIFY(settings.setValue(SettingKey::Theme, QStringLiteral("contrast")));
        QCOMPARE(settings.theme(), Theme::HighContrast);
        ThemeManager theme(*qApp);
        theme.apply(Theme::HighContrast);
        QCOMPARE(qApp->palette().color(QPalette::Window), QColor(Qt::black));
        theme.apply(Theme::Light);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
