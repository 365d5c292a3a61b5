#include "TestEnvironment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "services/BreathingService.h"
#include "settings/Settings.h"
#include "storage/BreathingStore.h"
#include "storage/Database.h"
#include "widgets/sidebar/BreathingPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The breathing panel and coach with the real call lifecycle and a fake clock: the exercise is
// driven by time, the offer by how the call went.
class TestBreathingPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{100000};
    double m_peak = 0.0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<BreathingCoach> m_coach;
    std::unique_ptr<BreathingService> m_breathing;
    std::unique_ptr<BreathingPanel> m_panel;

    QPushButton* button(const QString& accessibleName) const
    {
        for (QPushButton* candidate : m_panel->findChildren<QPushButton*>()) {
            if (candidate->accessibleName() == accessibleName)
                return candidate;
        }
        return nullptr;
    }

    void hardCallEnds(double peak)
    {
        m_peak = peak;
        CallStartedEvent start;
        start.callId = QStringLiteral("c1");
        m_bus->callStarted(start);
        m_bus->callAnswered(QString());
        m_bus->callEnded(QString());
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("user.conf")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("user.conf")),
                                                m_dir.filePath(QStringLiteral("system.conf")));
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_coach = std::make_unique<BreathingCoach>(m_clock);
        m_coach->attach(*m_session, [this] { return m_peak; });
        m_breathing = std::make_unique<BreathingService>(*m_coach);
        m_panel = std::make_unique<BreathingPanel>(*m_breathing, *m_settings);
        m_panel->resize(340, 420);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_breathing.reset();
        m_coach.reset();
        m_session.reset();
        m_bus.reset();
        m_settings.reset();
    }

    void aRunningExerciseFollowsTheClockAndThenStopsItsTimer()
    {
        auto* pattern = m_panel->findChild<QComboBox*>();
        QVERIFY(pattern);
        QCOMPARE(pattern->count(), 4);
        QVERIFY(!m_panel->isAnimating());
        QVERIFY(m_panel->startExercise());
        QVERIFY(m_panel->isAnimating());
        QCOMPARE(m_panel->phaseText(), QStringLiteral("Breathe in"));
        m_clock.advanceMs(4500); // box: into the hold
        QTRY_COMPARE(m_panel->phaseText(), QStringLiteral("Hold"));
        m_clock.advanceMs(60000);
        QTRY_VERIFY(!m_panel->isAnimating()); // completed: no timer left
        QVERIFY(button(QStringLiteral("Tension after: 3 of 5"))->isVisible());
    }

    void hiddenMeansNoTimerAndShownAgainCarriesOn()
    {
        QVERIFY(m_panel->startExercise());
        m_panel->hide();
        QVERIFY(!m_panel->isAnimating());
        m_clock.advanceMs(9000);
        m_panel->show();
        QVERIFY(m_panel->isAnimating());
        QCOMPARE(m_panel->phaseText(), QStringLiteral("Breathe out slowly"));
    }

    void reducedMotionShowsAStillGuide()
    {
        m_panel->setReducedMotion(true);
        QVERIFY(m_panel->startExercise());
        auto* bar = m_panel->findChild<QProgressBar*>();
        QVERIFY(bar->isVisible());
        QVERIFY(!m_panel->findChild<BreathingGuide*>()->isVisible());
        m_clock.advanceMs(2000);
        QTRY_COMPARE(bar->value(), 500);
        m_panel->setReducedMotion(false);
        QVERIFY(!bar->isVisible());
        QVERIFY(m_panel->findChild<BreathingGuide*>()->isVisible());
    }

    void aHotCallIsFollowedByAQuietOffer()
    {
        hardCallEnds(0.3);
        QTest::qWait(20);
        QVERIFY(!m_panel->isOfferShown()); // an ordinary call: nothing offered
        m_session->finishWrapUp();
        hardCallEnds(0.85);
        QTRY_VERIFY(m_panel->isOfferShown());
        button(QStringLiteral("Not now, no breathing exercise"))->click();
        QTRY_VERIFY(!m_panel->isOfferShown());
    }

    void aStressfulSelfRatingBringsTheOfferButNotDuringACall()
    {
        m_coach->stressReported(3);
        QTest::qWait(20);
        QVERIFY(!m_panel->isOfferShown());
        m_coach->stressReported(4);
        QTRY_VERIFY(m_panel->isOfferShown());
        m_coach->declineOffer();
        QTRY_VERIFY(!m_panel->isOfferShown());
        CallStartedEvent ringing;
        ringing.callId = QStringLiteral("c9");
        m_bus->callStarted(ringing);
        m_coach->stressReported(5);
        QTest::qWait(20);
        QVERIFY(!m_panel->isOfferShown());
    }

    void aRingingCallWithdrawsTheOfferAndPausesTheExercise()
    {
        hardCallEnds(0.9);
        QTRY_VERIFY(m_panel->isOfferShown());
        button(QStringLiteral("Breathe now"))->click();
        QVERIFY(!m_panel->isOfferShown());
        m_clock.advanceMs(3000);
        m_session->finishWrapUp();
        CallStartedEvent next;
        next.callId = QStringLiteral("c2");
        m_bus->callStarted(next);
        QTRY_COMPARE(m_panel->phaseText(), QStringLiteral("Paused"));
        QVERIFY(!m_panel->isAnimating());
        QCOMPARE(m_coach->session().state().breathedMs, 3000);
        // And nothing starts while the call is live.
        QVERIFY(!m_panel->startExercise());
    }

    void aSessionIsRecordedWithTheAgentsOwnRatings()
    {
        Database db(m_dir.filePath(QStringLiteral("attune.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        BreathingStore store(db);
        boost::signals2::scoped_connection saving = m_coach->recorded.connect(
            [&store](const BreathingRecord& record) { store.save(record); });
        QVERIFY(m_panel->startExercise());
        button(QStringLiteral("Tension before: 4 of 5"))->click();
        m_clock.advanceMs(20000);
        button(QStringLiteral("Stop the exercise"))->click();
        QTRY_VERIFY(button(QStringLiteral("Tension after: 2 of 5"))->isVisible());
        button(QStringLiteral("Tension after: 2 of 5"))->click();
        const QList<BreathingRecord> records = store.recent(5);
        QCOMPARE(records.size(), 1); // the after-rating updated the same row
        QCOMPARE(records.first().patternId, QStringLiteral("box"));
        QCOMPARE(records.first().breathedMs, 20000);
        QVERIFY(!records.first().completed);
        QCOMPARE(records.first().stressBefore.value_or(0), 4);
        QCOMPARE(records.first().stressAfter.value_or(0), 2);
    }

    void agentsOwnPatternsAppearAndABadListIsRefused()
    {
        QString error;
        QVERIFY(m_settings->setValue(SettingKey::MyBreathingPatterns,
                                     QStringLiteral("Calm: in 4, out 6"), &error));
        m_panel->reloadPatterns();
        auto* pattern = m_panel->findChild<QComboBox*>();
        QCOMPARE(pattern->count(), 5);
        QCOMPARE(pattern->itemText(4), QStringLiteral("Calm"));
        QVERIFY(!m_settings->setValue(SettingKey::MyBreathingPatterns,
                                      QStringLiteral("Calm: in 4, out 6; Oops: in 4, out 0"),
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("pattern 2")), qPrintable(error));
        QCOMPARE(m_settings->extraBreathingPatterns().size(), 1); // the good list stays
    }

    // The running and summary pages are built the first time they are shown, and work from
    // the keyboard: Tab reaches their controls in order, Space presses them.
    void pagesAreBuiltWhenFirstShownAndWorkFromTheKeyboard()
    {
        QVERIFY(!m_panel->findChild<BreathingGuide*>());
        QVERIFY(!m_panel->findChild<QProgressBar*>());
        QVERIFY(!button(QStringLiteral("Pause or resume the exercise")));
        QVERIFY(!button(QStringLiteral("Close the breathing summary")));

        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        auto* pattern = m_panel->findChild<QComboBox*>();
        pattern->setFocus();
        QTest::keyClick(pattern, Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QPushButton* start = button(QStringLiteral("Start the breathing exercise (Ctrl+B)"));
        QCOMPARE(QApplication::focusWidget(), start);
        QTest::keyClick(start, Qt::Key_Space);
        QVERIFY(m_panel->isAnimating());
        QVERIFY(m_panel->findChild<BreathingGuide*>()->isVisible());
        QVERIFY(!button(QStringLiteral("Close the breathing summary"))->isVisible());

        // Tension before, 1 to 5, then pause and stop, in that order.
        QPushButton* first = button(QStringLiteral("Tension before: 1 of 5"));
        first->setFocus();
        QStringList reached{first->accessibleName()};
        for (int i = 0; i < 6; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget()->accessibleName();
        }
        QCOMPARE(reached, (QStringList{QStringLiteral("Tension before: 1 of 5"),
                                       QStringLiteral("Tension before: 2 of 5"),
                                       QStringLiteral("Tension before: 3 of 5"),
                                       QStringLiteral("Tension before: 4 of 5"),
                                       QStringLiteral("Tension before: 5 of 5"),
                                       QStringLiteral("Pause or resume the exercise"),
                                       QStringLiteral("Stop the exercise")}));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(!m_panel->isAnimating());
        QPushButton* close = button(QStringLiteral("Close the breathing summary"));
        QTRY_VERIFY(close->isVisible());
        close->setFocus();
        QTest::keyClick(close, Qt::Key_Space);
        QTRY_VERIFY(start->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        // Every page built: the running and summary pages come with the first exercise.
        QVERIFY(m_panel->startExercise());
        QVERIFY(button(QStringLiteral("Close the breathing summary")));
        for (QWidget* widget : m_panel->findChildren<QWidget*>()) {
            if (qobject_cast<QPushButton*>(widget) || qobject_cast<QComboBox*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestBreathingPanel)
#include "tst_breathingpanel.moc"
