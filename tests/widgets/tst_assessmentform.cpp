#include "ServicesFixture.h"
#include "assessment/SelfAssessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "services/AppServices.h"
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
#include <QTest>

using namespace attune;

// The self-assessment in the sidebar, over the services as the app builds them (a real database,
// drafts and saves written on the storage thread) with the real call lifecycle and a fake clock.
class TestAssessmentForm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ThemeManager> m_theme;
    FakeClock m_clock{5000}; // outlives the services that read it
    std::unique_ptr<test::ServicesFixture> m_fixture;
    // The test's own connection, to read what the storage thread wrote.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<SidebarWindow> m_window;

    AppServices& services() { return m_fixture->services(); }

    void makeWindow(std::function<QList<StoredCall>()> recentCalls = {})
    {
        m_window = std::make_unique<SidebarWindow>(services().session(), m_fixture->settings(),
                                                   *m_theme, services().popTrace());
        m_window->setSelfAssessment(*services().selfAssessment(), &services().breathing(),
                                    std::move(recentCalls));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void takeAndEndCall(const QString& id)
    {
        CallStartedEvent start;
        start.callId = id;
        start.caller.displayName = QStringLiteral("Elena Marsh");
        services().bus().callStarted(start);
        services().bus().callAnswered(QString());
        m_clock.advanceMs(95000);
        services().bus().callEnded(QString());
    }

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<ThemeManager>(*qApp); }

    void init()
    {
        m_fixture = std::make_unique<test::ServicesFixture>(m_clock);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->problems().join(QLatin1Char('\n'))));
        QVERIFY(services().selfAssessment());
        m_db = std::make_unique<Database>(m_fixture->paths().databaseFile(false));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<AssessmentStore>(*m_db);
        makeWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_db.reset();
        m_fixture.reset();
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
        services().session().finishWrapUp();
        CallStartedEvent next;
        next.callId = QStringLiteral("call-3");
        services().bus().callStarted(next);
        QTRY_VERIFY(!m_window->isAssessmentShown());
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-2")).has_value(), 1000);
    }

    void aDraftLeftBehindIsOfferedAtTheNextStart()
    {
        takeAndEndCall(QStringLiteral("call-4"));
        QTRY_VERIFY(m_window->isAssessmentShown());
        m_window->assessmentForm()->choose(QStringLiteral("listened"), QStringLiteral("no"));
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-4")).has_value(), 1000);
        services().session().finishWrapUp();
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
            services().breathing().offerChanged.connect([&offered](bool on) { offered = on; });
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
        // Handed to the storage thread at once, and written there.
        QTRY_VERIFY_WITH_TIMEOUT(m_store->draft(QStringLiteral("call-8")).has_value(), 1000);
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
        makeWindow([=] { return QList<StoredCall>{missed, answered}; });
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
        services().selfAssessment()->setPrivateNotesAllowed(false);
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
        QTRY_COMPARE(m_store->count(), 1); // written on the storage thread
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
