#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "widgets/common/Theme.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/sidebar/CallHeaderWidget.h"
#include "widgets/sidebar/SidebarWindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace attune;

class TestSidebarWindow : public QObject
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
    std::unique_ptr<SidebarWindow> m_window;

    void startCallFromAnotherThread(const QString& id, const QString& name)
    {
        std::thread source([this, id, name] {
            CallStartedEvent event;
            event.callId = id;
            event.source = QStringLiteral("test");
            event.caller.displayName = name;
            event.caller.phone = QStringLiteral("+44 20 7946 0321");
            event.caller.customerId = QStringLiteral("C-10482");
            m_bus->callStarted(event);
        });
        source.join();
    }

    static QString nameOf(QObject* object)
    {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
        return iface ? iface->text(QAccessible::Name) : QString();
    }

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<ThemeManager>(*qApp); }

    void init()
    {
        QFile::remove(m_dir.path() + QStringLiteral("/user.conf"));
        m_settings = std::make_unique<Settings>(m_dir.path() + QStringLiteral("/user.conf"),
                                                m_dir.path() + QStringLiteral("/system.conf"));
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_window = std::make_unique<SidebarWindow>(*m_session, *m_settings, *m_theme, m_trace);
        m_window->dockToScreenEdge();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_bus.reset();
        m_settings.reset();
    }

    void idleShowsReadyAndRunsNoTimer()
    {
        QCOMPARE(m_window->callHeader()->stateText(), QStringLiteral("No call"));
        QCOMPARE(m_window->callHeader()->nameText(), QStringLiteral("Ready"));
        QVERIFY(!m_window->isCallTimerRunning());
        QVERIFY(!m_window->readyButton()->isVisible());
    }

    void docksToTheRightEdgeAtFullHeight()
    {
        const QRect available = m_window->screen()->availableGeometry();
        m_window->dockToScreenEdge(); // now that the frame is known
        QCOMPARE(m_window->frameGeometry().right(), available.right());
        QCOMPARE(m_window->frameGeometry().top(), available.top());
        QCOMPARE(m_window->frameGeometry().height(), available.height());
        QVERIFY(m_window->frameGeometry().width() <= 360);
        QVERIFY(m_settings->setValue(SettingKey::DockEdge, QStringLiteral("left")));
        QTRY_COMPARE(m_window->frameGeometry().left(), available.left());
        QCOMPARE(m_window->frameGeometry().height(), available.height());
    }

    void theFirstDockFitsTheFrameWhereThePlatformKnowsIt()
    {
        // Offscreen gives a window its frame before it is shown: the dock at start places the
        // frame at the edge at once, so the dock after the first frame has nothing to change
        // (before, it moved and resized the sidebar, laying it all out again).
        m_window.reset();
        SidebarWindow window(*m_session, *m_settings, *m_theme, m_trace);
        window.restoreOrDock();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        const QRect placed = window.geometry();
        QCOMPARE(window.frameGeometry().right(), available.right());
        QCOMPARE(window.frameGeometry().top(), available.top());
        QCOMPARE(window.frameGeometry().height(), available.height());
        window.dockToScreenEdge();
        QCOMPARE(window.geometry(), placed);
    }

    void aCallFromAnotherThreadPopsWithoutTakingFocus()
    {
        // The agent is typing in another window (their CRM) when the call arrives.
        QWidget crm;
        crm.setWindowTitle(QStringLiteral("CRM"));
        crm.show();
        crm.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&crm));
        QVERIFY(!m_window->isActiveWindow());
        startCallFromAnotherThread(QStringLiteral("w1"), QStringLiteral("Elena Marsh"));
        QTRY_COMPARE(m_window->callHeader()->nameText(), QStringLiteral("Elena Marsh"));
        QCOMPARE(m_window->callHeader()->stateText(), QStringLiteral("Incoming call"));
        QVERIFY(m_window->callHeader()->isAlerting());
        QVERIFY(m_window->callHeader()->isPulsing());
        QVERIFY(m_window->isCallTimerRunning());
        QTRY_COMPARE(m_trace.last().callId, QStringLiteral("w1"));
        QCOMPARE(QApplication::activeWindow(), &crm);
        QVERIFY(!m_window->isActiveWindow());
    }

    void theCallersNameCanBeSelectedToCopy()
    {
        QLabel* name = nullptr;
        for (QLabel* label : m_window->callHeader()->findChildren<QLabel*>()) {
            if (label->accessibleName() == QStringLiteral("Caller"))
                name = label;
        }
        QVERIFY(name);
        // Idle, "Ready" is nothing to copy: a plain label, no text document behind it.
        QVERIFY(!(name->textInteractionFlags() & Qt::TextSelectableByMouse));
        startCallFromAnotherThread(QStringLiteral("w9"), QStringLiteral("Elena Marsh"));
        QTRY_COMPARE(m_window->callHeader()->nameText(), QStringLiteral("Elena Marsh"));
        QVERIFY(name->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseDClick(name, Qt::LeftButton, {}, QPoint(5, name->height() / 2));
        QCOMPARE(name->selectedText(), QStringLiteral("Elena"));
    }

    void kudosAreAnnouncedQuietly()
    {
        QWidget crm;
        crm.show();
        crm.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&crm));
        m_window->announceKudos({QStringLiteral("Stayed calm (the call with Ana Silva)")});
        QVERIFY(m_window->kudosText().contains(QLatin1String("Stayed calm")));
        QVERIFY(m_window->kudosText().contains(QLatin1String("Kudos from your supervisor")));
        QCOMPARE(QApplication::activeWindow(), &crm); // never takes focus
        QPushButton* thanks = nullptr;
        for (QPushButton* button : m_window->findChildren<QPushButton*>()) {
            if (button->accessibleName() == QLatin1String("Dismiss the kudos"))
                thanks = button;
        }
        QVERIFY(thanks);
        thanks->click();
        QVERIFY(m_window->kudosText().isEmpty());
        m_window->announceKudos({});
        QVERIFY(m_window->kudosText().isEmpty()); // nothing new, nothing shown
    }

    void ctrlHOpensTheHistory()
    {
        int opened = 0;
        m_window->setHistoryOpener([&opened] { ++opened; });
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(opened, 1);
    }

    void reducedMotionKeepsTheHighlightSteady()
    {
        QVERIFY(m_settings->setValue(SettingKey::ReducedMotion, true));
        startCallFromAnotherThread(QStringLiteral("w2"), QStringLiteral("Sam"));
        QTRY_VERIFY(m_window->callHeader()->isAlerting());
        QVERIFY(!m_window->callHeader()->isPulsing());
    }

    void answerTalkAndWrapUp()
    {
        startCallFromAnotherThread(QStringLiteral("w3"), QStringLiteral("Elena Marsh"));
        m_bus->callAnswered(QString());
        QTRY_COMPARE(m_window->callHeader()->stateText(), QStringLiteral("On call"));
        QVERIFY(!m_window->callHeader()->isAlerting());

        Utterance line;
        line.text = QStringLiteral("This is the third time I'm calling");
        m_bus->utterance(QString(), line);
        QTRY_COMPARE(m_window->transcriptLines(),
                     QStringList{QStringLiteral("Customer: This is the third time I'm calling")});

        m_clock.advanceMs(65000);
        QTRY_COMPARE(m_window->callHeader()->elapsedText(), QStringLiteral("01:05"));

        m_bus->callEnded(QString());
        QTRY_COMPARE(m_window->callHeader()->stateText(), QStringLiteral("Call ended"));
        QVERIFY(m_window->readyButton()->isVisible());
        QVERIFY(!m_window->isCallTimerRunning());
        QTest::mouseClick(m_window->readyButton(), Qt::LeftButton);
        QCOMPARE(m_session->current().state, CallState::Idle);
        QTRY_COMPARE(m_window->callHeader()->stateText(), QStringLiteral("No call"));
    }

    void keyboardDrivesTheWindow()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(!m_settings->compactMode());
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_settings->compactMode());
        QVERIFY(m_settings->alwaysOnTop());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_settings->alwaysOnTop());
        QTRY_VERIFY(!(m_window->windowFlags() & Qt::WindowStaysOnTopHint));

        // Wrap-up ends from the keyboard too.
        startCallFromAnotherThread(QStringLiteral("w4"), QStringLiteral("Kim"));
        m_bus->callAnswered(QString());
        m_bus->callEnded(QString());
        QTRY_VERIFY(m_window->readyButton()->isVisible());
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_session->current().state, CallState::Idle);

        QSignalSpy opened(m_window.get(), &SidebarWindow::settingsDialogOpened);
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
    }

    void aToggleItLockedCannotBeFlipped()
    {
        cleanup();
        QFile policy(m_dir.path() + QStringLiteral("/system.conf"));
        QVERIFY(policy.open(QIODevice::WriteOnly));
        policy.write("[ui]\nalwaysOnTop=true\n");
        policy.close();
        init();
        QVERIFY(!m_window->alwaysOnTopAction()->isEnabled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_settings->alwaysOnTop());
        QVERIFY(m_window->windowFlags() & Qt::WindowStaysOnTopHint);
        QVERIFY(m_window->compactAction()->isEnabled());
        QVERIFY(QFile::remove(m_dir.path() + QStringLiteral("/system.conf")));
    }

    void alwaysOnTopFollowsTheSetting()
    {
        QVERIFY(m_window->windowFlags() & Qt::WindowStaysOnTopHint);
        QVERIFY(m_settings->setValue(SettingKey::AlwaysOnTop, false));
        QTRY_VERIFY(!(m_window->windowFlags() & Qt::WindowStaysOnTopHint));
        QVERIFY(m_window->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        startCallFromAnotherThread(QStringLiteral("w5"), QStringLiteral("Elena Marsh"));
        m_bus->callAnswered(QString());
        Utterance line;
        line.text = QStringLiteral("hello");
        m_bus->utterance(QString(), line);
        m_bus->callEnded(QString());
        QTRY_VERIFY(m_window->readyButton()->isVisible());
        QStringList unnamed;
        int controls = 0;
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            const bool interactive = qobject_cast<QAbstractButton*>(widget) ||
                                     qobject_cast<QComboBox*>(widget) ||
                                     widget->focusPolicy() != Qt::NoFocus;
            if (!interactive || !widget->isVisibleTo(m_window.get()))
                continue;
            ++controls;
            if (nameOf(widget).isEmpty())
                unnamed << QString::fromLatin1(widget->metaObject()->className());
        }
        QVERIFY(controls >= 4);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void tabReachesEveryButton()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSet<QWidget*> reached;
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                        : m_window.get(),
                            Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached.insert(QApplication::focusWidget());
        }
        for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(m_window.get()) && button->isEnabled())
                QVERIFY2(reached.contains(button), qPrintable(nameOf(button)));
        }
    }
};

QTEST_MAIN(TestSidebarWindow)
#include "tst_sidebarwindow.moc"
