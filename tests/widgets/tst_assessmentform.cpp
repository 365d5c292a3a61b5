#include "assessment/SelfAssessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "storage/AssessmentStore.h"
#include "storage/Database.h"
#include "widgets/common/Theme.h"
#include "widgets/sidebar/AssessmentForm.h"
#include "widgets/sidebar/SidebarWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The self-assessment in the sidebar, with the real call lifecycle and a real database.
class TestAssessmentForm : public QObject
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
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<SelfAssessment> m_assessments;
    std::unique_ptr<BreathingCoach> m_coach;
    std::unique_ptr<SidebarWindow> m_window;

    void makeWindow()
    {
        m_window = std::make_unique<SidebarWindow>(*m_session, *m_settings, *m_theme, m_trace);
        m_window->setSelfAssessment(*m_assessments, m_coach.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void takeAndEndCall(const QString& id)
    {
        CallStartedEvent start;
        start.callId = id;
        start.caller.displayName = QStringLiteral("Elena Marsh");
        m_bus->callStarted(start);
        m_bus->callAnswered(QString());
        m_clock.advanceMs(95000);
        m_bus->callEnded(QString());
    }

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<ThemeManager>(*qApp); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("user.conf")));
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("user.conf")),
                                                m_dir.filePath(QStringLiteral("system.conf")));
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY(m_db->open(&error));
        m_store = std::make_unique<AssessmentStore>(*m_db);
        Rubric rubric;
        QVERIFY(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &rubric, &error));
        m_assessments = std::make_unique<SelfAssessment>(*m_store, rubric);
        m_coach = std::make_unique<BreathingCoach>(m_clock);
        makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_coach.reset();
        m_assessments.reset();
        m_store.reset();
        m_db.reset();
        m_session.reset();
        m_bus.reset();
    }

    void opensInWrapUpAndEveryChangeBecomesADraft()
    {
        QVERIFY(!m_window->isAssessmentShown());
        takeAndEndCall(QStringLiteral("call-1"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        AssessmentForm* form = m_window->assessmentForm();
        QCOMPARE(form->callId(), QStringLiteral("call-1"));
        QVERIFY(form->choose(QStringLiteral("used_name"), QStringLiteral("yes")));
        QVERIFY(form->choose(QStringLiteral("outcome"), QStringLiteral("escalated")));
        form->setNote(QStringLiteral("Offer the callback earlier"), true);
        // Written within the debounce, without pressing anything.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-1")).has_value(), 1000);
        const Assessment draft = *m_store->draft(QStringLiteral("call-1"));
        QCOMPARE(draft.answers.value(QStringLiteral("outcome")), QStringLiteral("escalated"));
        QCOMPARE(draft.note, QStringLiteral("Offer the callback earlier"));
        QVERIFY(draft.notePrivate);
    }

    void aRingingCallHidesItAndTheDraftWaits()
    {
        takeAndEndCall(QStringLiteral("call-2"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        m_window->assessmentForm()->choose(QStringLiteral("stayed_calm"), QStringLiteral("partly"));
        m_session->finishWrapUp();
        CallStartedEvent next;
        next.callId = QStringLiteral("call-3");
        m_bus->callStarted(next);
        QTRY_VERIFY(!m_window->isAssessmentShown());
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-2")).has_value(), 1000);
    }

    void aDraftLeftBehindIsOfferedAtTheNextStart()
    {
        takeAndEndCall(QStringLiteral("call-4"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        m_window->assessmentForm()->choose(QStringLiteral("listened"), QStringLiteral("no"));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-4")).has_value(), 1000);
        m_session->finishWrapUp();
        // As if Attune had crashed: a new window on the same database.
        m_window.reset();
        makeWindow();
        QVERIFY(m_window->isAssessmentShown());
        QCOMPARE(m_window->assessmentForm()->callId(), QStringLiteral("call-4"));
        QCOMPARE(m_window->assessmentForm()->current().answers.value(QStringLiteral("listened")),
                 QStringLiteral("no"));
    }

    void savingStoresItWholeAndAStressfulRatingOffersBreathing()
    {
        bool offered = false;
        boost::signals2::scoped_connection offer =
            m_coach->offerChanged.connect([&offered](bool on) { offered = on; });
        takeAndEndCall(QStringLiteral("call-5"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        AssessmentForm* form = m_window->assessmentForm();
        form->choose(QStringLiteral("stress_after"), QStringLiteral("5"));
        form->choose(QStringLiteral("customer_at_end"), QStringLiteral("better"));
        // The agent clicked into the form (Attune never takes focus itself), then Ctrl+S.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        form->findChild<QLineEdit*>()->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence::Save);
        QTRY_VERIFY(!m_window->isAssessmentShown());
        QCOMPARE(m_store->count(), 1);
        QVERIFY(!m_store->draft(QStringLiteral("call-5")));
        const Assessment saved = m_store->assessments().first();
        QCOMPARE(saved.answers.value(QStringLiteral("stress_after")), QStringLiteral("5"));
        QCOMPARE(saved.rubricVersion, 1);
        QVERIFY(offered);
    }

    // Tab reaches a question, the arrow keys choose within it.
    void theKeyboardAnswersAQuestion()
    {
        takeAndEndCall(QStringLiteral("call-6"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        AssessmentForm* form = m_window->assessmentForm();
        QList<QRadioButton*> radios = form->findChildren<QRadioButton*>();
        QVERIFY(radios.size() >= 30);
        m_window->activateWindow();
        radios.first()->setFocus();
        QTest::keyClick(radios.first(), Qt::Key_Space);
        QVERIFY(radios.first()->isChecked()); // "Yes" for the first question
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(radios.at(1)->isChecked()); // "Partly"
        QVERIFY(!radios.first()->isChecked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != radios.at(1)); // on to the next question
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-6")).has_value(), 1000);
        QCOMPARE(
            m_store->draft(QStringLiteral("call-6"))->answers.value(QStringLiteral("used_name")),
            QStringLiteral("partly"));
    }

    // Switching to another call straight after a change keeps that change.
    void switchingCallsLosesNoRecentChange()
    {
        takeAndEndCall(QStringLiteral("call-8"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        m_window->assessmentForm()->choose(QStringLiteral("next_steps"), QStringLiteral("no"));
        AssessmentContext other;
        other.callId = QStringLiteral("call-9");
        m_window->assessmentForm()->openFor(other); // at once, inside the debounce
        QVERIFY(m_store->draft(QStringLiteral("call-8")).has_value());
        QCOMPARE(
            m_store->draft(QStringLiteral("call-8"))->answers.value(QStringLiteral("next_steps")),
            QStringLiteral("no"));
    }

    void anEarlierCallCanBeAssessedLater()
    {
        StoredCall answered;
        answered.callId = QStringLiteral("old-1");
        answered.displayName = QStringLiteral("Jonas Berg");
        answered.ringingAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        answered.answered = true;
        answered.talkMs = 185000;
        answered.outcome = QStringLiteral("completed");
        StoredCall missed = answered;
        missed.callId = QStringLiteral("old-2");
        missed.answered = false;
        missed.outcome = QStringLiteral("missed");
        m_window.reset();
        m_window = std::make_unique<SidebarWindow>(*m_session, *m_settings, *m_theme, m_trace);
        m_window->setSelfAssessment(*m_assessments, m_coach.get(), [=] {
            return QList<StoredCall>{missed, answered};
        });
        m_window->show();
        QMenu* menu = m_window->earlierCallsMenu();
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1); // the missed call is not offered
        QVERIFY(menu->actions().first()->text().startsWith(QStringLiteral("Jonas Berg")));
        menu->actions().first()->trigger();
        QVERIFY(m_window->isAssessmentShown());
        QCOMPARE(m_window->assessmentForm()->callId(), QStringLiteral("old-1"));
    }

    // IT's privacy/allowPrivateNotes=false: the box stays in view, greyed out, and says who
    // turned it off; a note saved then is one a supervisor may read.
    void privateNotesTurnedOffByItAreExplainedAndNeverSaved()
    {
        m_window.reset();
        m_assessments->setPrivateNotesAllowed(false);
        makeWindow();
        takeAndEndCall(QStringLiteral("call-9"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        AssessmentForm* form = m_window->assessmentForm();
        QCheckBox* box = nullptr;
        for (QCheckBox* candidate : form->findChildren<QCheckBox*>()) {
            if (candidate->text() == QStringLiteral("Private note"))
                box = candidate;
        }
        QVERIFY(box);
        QVERIFY(!box->isEnabled());
        QVERIFY2(box->accessibleDescription().contains(QStringLiteral("IT department")),
                 qPrintable(box->accessibleDescription()));
        auto* hint = form->findChild<QLabel*>(QStringLiteral("privateNoteHint"));
        QVERIFY(hint && hint->isVisible() && hint->text().contains(QStringLiteral("turned off")));
        form->setNote(QStringLiteral("I rushed the ending"), true);
        QVERIFY(form->choose(QStringLiteral("outcome"), QStringLiteral("resolved")));
        QVERIFY(form->save());
        const QList<Assessment> saved = m_store->assessments();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().note, QStringLiteral("I rushed the ending"));
        QVERIFY(!saved.first().notePrivate);
    }

    void everyControlHasAnAccessibleName()
    {
        takeAndEndCall(QStringLiteral("call-7"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        for (QWidget* widget : m_window->assessmentForm()->findChildren<QWidget*>()) {
            if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestAssessmentForm)
#include "tst_assessmentform.moc"
