#include "HistorySeed.h"
#include "assessment/Rubric.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "integration/Localization.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/history/HistoryWindow.h"
#include "widgets/history/SupervisorDialogs.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace attune;

// The supervisor PIN is checked off the GUI thread (PBKDF2 at the real iteration count takes
// 0.1-1 s): the window keeps turning, a second Enter is not a second check, a burst of PINs
// cannot outrun the back-off, and closing the dialog or the history mid-check opens nothing.
class TestSupervisorPinCheck : public QObject
{
    Q_OBJECT

private:
    static inline const QString kPin = QStringLiteral("correct horse battery");
    static inline const QString kWrong = QStringLiteral("wrong horse battery");
    QString m_hash;
    QTemporaryDir m_dir;

    // The back-off as the database would keep it, read back to see what each attempt cost.
    struct Kept
    {
        QMap<QString, QString> values;
        int failures() const
        {
            return values.value(QStringLiteral("supervisor/failuresInARow")).toInt();
        }
    };

    static PinGuard::Memory memoryOf(const std::shared_ptr<Kept>& kept)
    {
        return {[kept](const QString& key) { return kept->values.value(key); },
                [kept](const QString& key, const QString& value) { kept->values[key] = value; }};
    }

    static QLabel* statusOf(SupervisorPinDialog& dialog)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Sign-in status"))
                return label;
        }
        return nullptr;
    }

    static QPushButton* signInButtonOf(SupervisorPinDialog& dialog)
    {
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text() == QLatin1String("Sign in"))
                return button;
        }
        return nullptr;
    }

    // Every check that was started has answered and its answer was delivered here.
    static void settle()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // Shown and exposed, its PIN field holding the keyboard, as the history window opens it.
    static void showFocused(SupervisorPinDialog& dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit*>()->setFocus();
    }

    static void submit(SupervisorPinDialog& dialog, const QString& pin)
    {
        if (!dialog.isVisible()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        }
        auto* field = dialog.findChild<QLineEdit*>();
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        // Twice IT's minimum, so the check surely outlasts a frame on a fast machine.
        m_hash = SupervisorPin::hash(kPin, &error, SupervisorPin::kIterations * 2);
        QVERIFY2(!m_hash.isEmpty(), qPrintable(error));
    }

    void cleanup() { settle(); }

    void theWindowKeepsTurningWhileThePinIsChecked()
    {
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        SupervisorPinDialog dialog(gate);
        showFocused(dialog);

        QElapsedTimer sincePulse;
        qint64 maxGapMs = 0;
        QTimer pulse;
        pulse.setInterval(10);
        connect(&pulse, &QTimer::timeout, this,
                [&] { maxGapMs = std::max(maxGapMs, sincePulse.restart()); });
        sincePulse.start();
        pulse.start();
        QTest::qWait(50);
        maxGapMs = 0;

        QElapsedTimer check;
        check.start();
        submit(dialog, kPin);
        // The dialog says it is checking, and Sign in waits for the answer.
        if (dialog.result() != QDialog::Accepted) {
            QCOMPARE(statusOf(dialog)->text(), QStringLiteral("Checking the PIN…"));
            QCOMPARE(statusOf(dialog)->accessibleDescription(),
                     QStringLiteral("Checking the PIN…"));
            QVERIFY(!signInButtonOf(dialog)->isEnabled());
        }
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        const qint64 checkMs = check.elapsed();
        QTest::qWait(50); // the pulse after the answer measures a stall that ended with it
        pulse.stop();
        QVERIFY(gate.isOpen());
        qInfo("the check took %lld ms; the longest gap between two 10 ms pulses was %lld ms",
              checkMs, maxGapMs);
        // The check itself is long enough that standing still for it would show.
        QVERIFY2(checkMs > 300, qPrintable(QString::number(checkMs)));
        QVERIFY2(maxGapMs < 250, qPrintable(QString::number(maxGapMs)));
    }

    void enterPressedAgainWhileCheckingSendsNothingMore()
    {
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        auto kept = std::make_shared<Kept>();
        gate.keepBackOffIn(memoryOf(kept));
        SupervisorPinDialog dialog(gate);
        showFocused(dialog);
        auto* field = dialog.findChild<QLineEdit*>();
        submit(dialog, kWrong);
        // The keyboard still works while the first is checked; Enter sends nothing more.
        for (int i = 0; i < 5; ++i)
            submit(dialog, kWrong);
        QVERIFY(!field->text().isEmpty());
        settle();
        QCOMPARE(kept->failures(), 1);
        QCOMPARE(statusOf(dialog)->text(), QStringLiteral("That PIN is not right."));
        QVERIFY(signInButtonOf(dialog)->isEnabled());
        QVERIFY(!gate.isOpen());
        // What was typed meanwhile is sent by the next Enter, and the right PIN still opens.
        field->clear();
        submit(dialog, kPin);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QCOMPARE(kept->failures(), 0);
    }

    void twoDialogsAtOnceCheckOnePinAtATime()
    {
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        auto kept = std::make_shared<Kept>();
        gate.keepBackOffIn(memoryOf(kept));
        SupervisorPinDialog first(gate);
        SupervisorPinDialog second(gate);
        submit(first, kWrong);
        submit(second, kPin);
        QCOMPARE(statusOf(second)->text(),
                 QStringLiteral("Another PIN is being checked; try again when it is answered."));
        settle();
        QCOMPARE(kept->failures(), 1);
        QVERIFY(!gate.isOpen());
        QCOMPARE(second.result(), int(QDialog::Rejected));
    }

    // An attacker at the keyboard (or a script driving the gate) fires PINs as fast as it can:
    // one is checked at a time, each costs a try the moment it is asked, and the back-off and
    // the lock come exactly as for PINs typed one by one.
    void aBurstOfPinsCannotOutrunTheBackOff()
    {
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        auto kept = std::make_shared<Kept>();
        gate.keepBackOffIn(memoryOf(kept));
        int checked = 0;
        int busy = 0;
        int waiting = 0;
        const auto burst = [&] {
            for (int i = 0; i < 50; ++i) {
                // The right PIN comes last in every burst: it is never the one checked.
                const QString guess = i == 49 ? kPin : QStringLiteral("guess %1").arg(i);
                gate.checkPin(guess, [&](PinGuard::Outcome outcome) {
                    if (outcome == PinGuard::Outcome::Busy)
                        ++busy;
                    else if (outcome == PinGuard::Outcome::Waiting)
                        ++waiting;
                    else
                        ++checked;
                });
            }
        };
        int roundsThatWaited = 0;
        for (int round = 0; round < PinGuard::kLockAfter; ++round) {
            burst();
            // The first guess of the burst is being checked, and already counts.
            QVERIFY(gate.isChecking());
            QCOMPARE(kept->failures(), round + 1);
            settle();
            if (!gate.waitText().isEmpty()) {
                ++roundsThatWaited;
                burst(); // fired again at once: nothing is checked
                QVERIFY(!gate.isChecking());
            }
            if (round + 1 < PinGuard::kLockAfter)
                clock.advanceMs(10 * 60 * 1000);
        }
        QCOMPARE(checked, PinGuard::kLockAfter);
        QCOMPARE(busy, PinGuard::kLockAfter * 49);
        QCOMPARE(roundsThatWaited, PinGuard::kLockAfter - PinGuard::kFreeAttempts);
        QCOMPARE(waiting, roundsThatWaited * 50);
        QCOMPARE(kept->failures(), PinGuard::kLockAfter);
        QVERIFY(gate.waitText().startsWith(QLatin1String("Locked for 5 minutes")));
        // Locked: even the right PIN is not checked.
        PinGuard::Outcome last = PinGuard::Outcome::Accepted;
        gate.checkPin(kPin, [&](PinGuard::Outcome outcome) { last = outcome; });
        QCOMPARE(last, PinGuard::Outcome::Waiting);
        QVERIFY(!gate.isChecking());
        QVERIFY(!gate.isOpen());
    }

    // An answer that never arrives (Attune killed, the gate gone mid-check) still cost a try.
    void aCheckWhoseAnswerNeverArrivesStillCounts()
    {
        FakeClock clock(1000);
        auto kept = std::make_shared<Kept>();
        kept->values[QStringLiteral("supervisor/failuresInARow")] = QStringLiteral("3");
        bool answered = false;
        {
            SupervisorGate gate(clock, m_hash);
            gate.keepBackOffIn(memoryOf(kept));
            gate.checkPin(kWrong, [&](PinGuard::Outcome) { answered = true; });
            QVERIFY(gate.isChecking());
        } // gone while the worker still derives
        QCOMPARE(kept->failures(), 4);
        settle();
        QVERIFY(!answered);
        // A restart reads the fourth failure and its wait.
        SupervisorGate restarted(clock, m_hash);
        restarted.keepBackOffIn(memoryOf(kept));
        QVERIFY(!restarted.waitText().isEmpty());
    }

    void closingTheDialogMidCheckOpensNothing()
    {
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        {
            SupervisorPinDialog dialog(gate);
            showFocused(dialog);
            submit(dialog, kPin);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            settle();
            QVERIFY(!gate.isOpen());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
        {
            auto dialog = std::make_unique<SupervisorPinDialog>(gate);
            submit(*dialog, kPin);
            dialog.reset(); // deleted while the worker derives
            settle();
            QVERIFY(!gate.isOpen());
        }
        // The gate is free again and the right PIN opens it.
        SupervisorPinDialog dialog(gate);
        submit(dialog, kPin);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 60000);
        QVERIFY(gate.isOpen());
    }

    // The history put away (AppServices signs the supervisor out) or a call ringing while the
    // right PIN is checked: nothing opens, and the dialog says so. The window deleted mid-check
    // takes its dialog with it without a crash.
    void theHistoryPutAwayOrACallRingingMidCheckOpensNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(test::seedHistory(path, 20));
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        HistoryStore store(db);
        CoachingStore coaching(db);
        TrendsLoader trends(db);
        Rubric rubric;
        QVERIFY(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error));
        FakeClock clock(1000);
        SupervisorGate gate(clock, m_hash);
        CallSession session(clock);
        gate.session().attach(session);
        const auto openDialog = [](HistoryWindow& window) -> SupervisorPinDialog* {
            QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("supervisor")),
                              Qt::LeftButton);
            return window.findChild<SupervisorPinDialog*>();
        };
        const QString interrupted = QStringLiteral(
            "The sign-in was interrupted (a call rang or the history was put away); nothing was "
            "opened. Sign in again.");

        HistoryWindow window(store, coaching, trends, rubric, gate, ExportPolicy::allowed(), {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SupervisorPinDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        submit(*dialog, kPin);
        gate.signOut(); // what closing the history does
        window.close();
        settle();
        QVERIFY(!gate.isOpen());
        QCOMPARE(window.viewer(), HistoryViewer::Agent);
        QCOMPARE(statusOf(*dialog)->text(), interrupted);

        CallStartedEvent ring;
        ring.callId = QStringLiteral("c1");
        ring.source = QStringLiteral("test");
        ring.caller.phone = QStringLiteral("+15551230000");
        submit(*dialog, kPin);
        QVERIFY(session.ring(ring));
        settle();
        QVERIFY(!gate.isOpen());
        QCOMPARE(statusOf(*dialog)->text(), interrupted);

        auto doomed = std::make_unique<HistoryWindow>(store, coaching, trends, rubric, gate,
                                                      ExportPolicy::allowed(), nullptr);
        doomed->show();
        QVERIFY(QTest::qWaitForWindowExposed(doomed.get()));
        SupervisorPinDialog* doomedDialog = openDialog(*doomed);
        QVERIFY(doomedDialog && doomedDialog != dialog);
        submit(*doomedDialog, kPin);
        doomed.reset();
        settle();
        QVERIFY(!gate.isOpen());
    }
};

QTEST_MAIN(TestSupervisorPinCheck)
#include "tst_supervisorpincheck.moc"
