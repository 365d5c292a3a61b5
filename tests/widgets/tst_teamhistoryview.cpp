// The history window's team scope, offscreen, against a real PostgreSQL 15 cluster: the
// "My calls / My team" switch, signing in as a supervisor, the agent and team filters, the
// detail pane and coaching from it, the trends and the comparison of agents. With
// ATTUNE_SCREENSHOT_DIR set it also saves history-team.png, history-team-compare.png and
// history-team-coaching.png there (docs/screenshots/regenerate.sh).

#include "HistorySeed.h"
#include "PostgresCluster.h"
#include "TeamHistorySeed.h"
#include "assessment/Rubric.h"
#include "core/Clock.h"
#include "services/TeamCoachingService.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TeamHistoryModel.h"
#include "supervisor/TrendsLoader.h"
#include "team/TeamSchema.h"
#include "widgets/history/AgentComparison.h"
#include "widgets/history/HistoryWindow.h"
#include "widgets/history/TeamCoachingPanel.h"
#include "widgets/history/TeamHistoryView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attune;

class TestTeamHistoryView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::PostgresCluster> m_cluster;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<CoachingStore> m_coaching;
    std::unique_ptr<TrendsLoader> m_trends;
    Rubric m_rubric;
    FakeClock m_clock{1000};
    std::unique_ptr<SupervisorGate> m_gate;

    TeamServerLogin defaults() const
    {
        TeamServerLogin login;
        login.host = QStringLiteral("127.0.0.1");
        login.port = m_cluster->port();
        login.database = test::PostgresCluster::databaseName();
        login.sslMode = QStringLiteral("disable");
        return login;
    }
    std::unique_ptr<HistoryWindow> makeWindow()
    {
        return std::make_unique<HistoryWindow>(*m_store, *m_coaching, *m_trends, m_rubric, *m_gate,
                                               ExportPolicy::allowed(),
                                               [](const QString&) { return QString(); });
    }
    static QSet<QString> listedAgents(TeamHistoryView* view)
    {
        QSet<QString> agents;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            agents.insert(view->model()->index(row, TeamHistoryModel::Agent).data().toString());
        return agents;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QSqlDatabase admin =
            m_cluster->connect(QStringLiteral("admin"), test::PostgresCluster::adminUser(),
                               test::PostgresCluster::adminPassword(), &error);
        QVERIFY2(admin.isOpen(), qPrintable(error));
        int from = 0;
        QVERIFY2(TeamSchema::initialise(admin, &from, &error), qPrintable(error));
        QVERIFY2(test::seedTeamHistory(admin, 300, &error), qPrintable(error));
        // The supervisor's own history on this computer, behind "My calls".
        const QString path = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(test::seedHistory(path, 300, 900));
        m_db = std::make_unique<Database>(path);
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<HistoryStore>(*m_db);
        m_coaching = std::make_unique<CoachingStore>(*m_db);
        m_trends = std::make_unique<TrendsLoader>(*m_db);
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
        m_gate = std::make_unique<SupervisorGate>(m_clock, QString());
    }

    // No team server set: the window is exactly as before, with no switch.
    void noServerNoScope()
    {
        auto window = makeWindow();
        QCOMPARE(window->addTeamScope(TeamServerLogin()), nullptr);
        QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("scopeTeam")));
        QVERIFY(!window->findChild<QStackedWidget*>(QStringLiteral("historyScopes")));
    }

    void supervisorReadsTheTeam()
    {
        auto window = makeWindow();
        TeamHistoryView* team = window->addTeamScope(defaults());
        QVERIFY(team);
        window->resize(1100, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* scopeTeam = window->findChild<QPushButton*>(QStringLiteral("scopeTeam"));
        QVERIFY(scopeTeam);
        QVERIFY(!team->isVisible());
        scopeTeam->click();
        QVERIFY(team->isVisible());
        // The agent's own history is still there, one click away.
        QTRY_VERIFY(window->model()->rowCount() > 0); // read on its own thread
        QVERIFY(!team->isSignedIn());

        QSignalSpy signedIn(team, &TeamHistoryView::signedIn);
        TeamServerLogin sam = defaults();
        sam.user = QStringLiteral("sam");
        sam.password = QStringLiteral("sam-pw");
        team->signIn(sam);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(team->model()->rowCount(), TeamHistoryModel::kPageSize, 20000);
        QCOMPARE(listedAgents(team),
                 (QSet<QString>{QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(team->statusText().contains(QLatin1String("sam")));
        // The first row is selected and its detail read in the background.
        QTRY_VERIFY_WITH_TIMEOUT(team->detailText().contains(QLatin1String("Self-assessment")) ||
                                     team->detailText().contains(QLatin1String("Not self")),
                                 20000);

        auto* agent = team->findChild<QComboBox*>(QStringLiteral("agent"));
        QCOMPARE(agent->count(), 3); // all, alice, bob: never carol of another team
        agent->setCurrentIndex(agent->findData(QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(!team->model()->isLoading() && team->model()->rowCount() > 0 &&
                                     listedAgents(team) == QSet<QString>{QStringLiteral("bob")},
                                 20000);
        // Scrolling to the end reads every one of bob's finished calls, page by page.
        for (int i = 0; i < 50 && team->model()->canFetchMore(QModelIndex()); ++i) {
            team->table()->scrollToBottom();
            QTRY_VERIFY_WITH_TIMEOUT(!team->model()->isLoading(), 20000);
        }
        QCOMPARE(team->model()->rowCount(), 300 - 300 / 50);

        // Sorting by self score (column 1 + SelfScore), lowest first.
        team->table()->sortByColumn(1 + HistoryModel::SelfScore, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!team->model()->isLoading() && team->model()->rowCount() > 1,
                                 20000);
        QVERIFY(*team->model()->rowAt(0)->score <= *team->model()->rowAt(1)->score);

        // The comparison of agents: one line each, a column per week and one for the period.
        agent->setCurrentIndex(0);
        auto* tabs = team->findChild<QTabWidget*>();
        QSignalSpy trends(team, &TeamHistoryView::trendsShown);
        tabs->setCurrentIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(trends.count() >= 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(team->comparison()->table()->rowCount(), 2, 20000);
        QVERIFY(team->comparison()->table()->columnCount() > 2);
        QCOMPARE(team->comparison()->table()->verticalHeaderItem(0)->text(),
                 QStringLiteral("alice"));

        if (const QString dir = qEnvironmentVariable("ATTUNE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            tabs->setCurrentIndex(0);
            team->table()->sortByColumn(1 + HistoryModel::When, Qt::DescendingOrder);
            QTRY_VERIFY_WITH_TIMEOUT(!team->model()->isLoading(), 20000);
            team->table()->selectRow(2);
            QTRY_VERIFY_WITH_TIMEOUT(team->detailText().contains(QLatin1String("Self")), 20000);
            QTest::qWait(300);
            QVERIFY(window->grab().save(QDir(dir).filePath(QStringLiteral("history-team.png"))));
            tabs->setCurrentIndex(2);
            QTest::qWait(300);
            QVERIFY(window->grab().save(
                QDir(dir).filePath(QStringLiteral("history-team-compare.png"))));
        }

        team->signOut();
        QCOMPARE(team->model()->rowCount(), 0);
        QVERIFY(!team->isSignedIn());
    }

    // The detail pane's coaching buttons: named for a screen reader, reached with Tab from the
    // call's notes, enabled for a listed call; a note written through the real form is saved
    // in the background ("Saving…", then "Saved"), listed, and counted in its row.
    void supervisorCoachesFromTheDetailPane()
    {
        auto window = makeWindow();
        TeamHistoryView* team = window->addTeamScope(defaults());
        QVERIFY(team);
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->findChild<QPushButton*>(QStringLiteral("scopeTeam"))->click();
        TeamCoachingPanel* panel = team->coachingPanel();
        QVERIFY(panel);
        auto* note = panel->findChild<QPushButton*>(QStringLiteral("teamNote"));
        auto* kudos = panel->findChild<QPushButton*>(QStringLiteral("teamKudos"));
        auto* score = panel->findChild<QPushButton*>(QStringLiteral("teamScore"));
        auto* retry = panel->findChild<QPushButton*>(QStringLiteral("teamRetry"));
        QVERIFY(note && kudos && score && retry);
        QCOMPARE(note->accessibleName(), QStringLiteral("Coaching note"));
        QCOMPARE(kudos->accessibleName(), QStringLiteral("Give kudos"));
        QCOMPARE(score->accessibleName(), QStringLiteral("Score this call"));
        QCOMPARE(retry->accessibleName(), QStringLiteral("Try again"));
        // Nothing selected while signed out: nothing to coach.
        QVERIFY(!note->isEnabled() && !kudos->isEnabled() && !score->isEnabled());

        QSignalSpy signedIn(team, &TeamHistoryView::signedIn);
        TeamServerLogin sam = defaults();
        sam.user = QStringLiteral("sam");
        sam.password = QStringLiteral("sam-pw");
        team->signIn(sam);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
        // The first assessed call of the list, selected.
        QTRY_VERIFY_WITH_TIMEOUT(team->model()->rowCount() > 0 && !team->model()->isLoading(),
                                 20000);
        int assessed = -1;
        for (int row = 0; row < team->model()->rowCount() && assessed < 0; ++row) {
            if (team->model()->rowAt(row) && !team->model()->rowAt(row)->assessmentKey.isEmpty())
                assessed = row;
        }
        QVERIFY(assessed >= 0);
        team->table()->selectRow(assessed);
        const HistoryRow row = *team->model()->rowAt(assessed);
        QTRY_VERIFY_WITH_TIMEOUT(note->isEnabled() && kudos->isEnabled() && score->isEnabled(),
                                 20000);

        // Keyboard: from the call's notes, Tab reaches each button in turn.
        auto* list = panel->findChild<QWidget*>(QStringLiteral("teamCoachingList"));
        QVERIFY(list);
        window->activateWindow();
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        for (QPushButton* button : {note, kudos, score}) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(button));
        }

        // The real form, opened with the keyboard from the focused button.
        note->setFocus(Qt::TabFocusReason);
        const QString text = QStringLiteral("Great calm on the refund – keep the recap");
        QTimer::singleShot(0, this, [text] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* edit = dialog->findChild<QPlainTextEdit*>();
            QVERIFY(edit);
            QCOMPARE(edit->accessibleName(), QStringLiteral("Coaching note"));
            edit->setPlainText(text);
            dialog->accept();
        });
        QSignalSpy saving(&team->coaching(), &TeamCoachingService::saving);
        QSignalSpy saved(&team->coaching(), &TeamCoachingService::saved);
        QTest::keyClick(note, Qt::Key_Space);
        QCOMPARE(saving.count(), 1);
        // While it saves, the buttons wait and the pane says so.
        QCOMPARE(panel->statusText(), QStringLiteral("Saving…"));
        QVERIFY(!note->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY(panel->statusText().startsWith(QLatin1String("Saved.")));
        QVERIFY(panel->text().contains(text));
        QVERIFY(note->isEnabled());
        QCOMPARE(team->model()->rowAt(assessed)->coachingNotes, row.coachingNotes + 1);

        if (const QString dir = qEnvironmentVariable("ATTUNE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window->grab().save(
                QDir(dir).filePath(QStringLiteral("history-team-coaching.png"))));
        }
        team->signOut();
        QVERIFY(!note->isEnabled());
        QVERIFY(panel->text().trimmed().isEmpty());
    }

    // The server goes away while the supervisor writes: the pane says so in plain words, the
    // form opened again holds what they wrote, and "Try again" saves it once the server is back.
    void aNoteThatCannotBeSavedIsOfferedAgain()
    {
        auto window = makeWindow();
        TeamHistoryView* team = window->addTeamScope(defaults());
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->findChild<QPushButton*>(QStringLiteral("scopeTeam"))->click();
        QSignalSpy signedIn(team, &TeamHistoryView::signedIn);
        TeamServerLogin sam = defaults();
        sam.user = QStringLiteral("sam");
        sam.password = QStringLiteral("sam-pw");
        team->signIn(sam);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 20000);
        TeamCoachingPanel* panel = team->coachingPanel();
        auto* note = panel->findChild<QPushButton*>(QStringLiteral("teamNote"));
        auto* retry = panel->findChild<QPushButton*>(QStringLiteral("teamRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(note->isEnabled(), 20000);
        const int notesBefore = team->model()->rowAt(0)->coachingNotes;

        const QString text = QStringLiteral("Slow down the recap next time");
        QString offered = QStringLiteral("<not opened>");
        const auto answerForm = [](const QString& typed, QString* seen, bool accept) {
            QTimer::singleShot(0, [=] {
                QTRY_VERIFY(QApplication::activeModalWidget());
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto* edit = dialog->findChild<QPlainTextEdit*>();
                QVERIFY(edit);
                if (seen)
                    *seen = edit->toPlainText();
                if (!typed.isEmpty())
                    edit->setPlainText(typed);
                accept ? dialog->accept() : dialog->reject();
            });
        };
        QSignalSpy failed(&team->coaching(), &TeamCoachingService::failed);
        QSignalSpy saved(&team->coaching(), &TeamCoachingService::saved);
        // Nothing typed: said at once, and nothing to send again as it is.
        answerForm(QStringLiteral("   "), nullptr, true);
        note->click();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(panel->statusText(), QStringLiteral("A coaching note needs some text."));
        QVERIFY(!retry->isVisible());

        m_cluster->kill();
        answerForm(text, nullptr, true);
        note->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 30000);
        QVERIFY2(panel->statusText().contains(QLatin1String("What you wrote is kept")),
                 qPrintable(panel->statusText()));
        QVERIFY(retry->isVisible() && retry->isEnabled());
        QCOMPARE(saved.count(), 0);

        // Opened again, the form holds the note; cancelled, it is still kept.
        answerForm(QString(), &offered, false);
        note->click();
        QCOMPARE(offered, text);

        QString error;
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));
        retry->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QVERIFY(panel->statusText().startsWith(QLatin1String("Saved.")));
        QVERIFY(!retry->isVisible());
        // The call's coaching is read again once the save is confirmed, on the loader's thread
        // (after the restart its connection is reopened first): it shows within a moment.
        QTRY_VERIFY2_WITH_TIMEOUT(panel->text().contains(text), qPrintable(panel->text()), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(team->model()->rowAt(0)->coachingNotes, notesBefore + 1, 5000);
        team->signOut();
    }

    // The next page is read ahead while the first is looked at, so scrolling on shows it at once;
    // the "customer left upset" box lists only calls a survey reads upset, with their score.
    void readAheadAndTheUpsetFilter()
    {
        auto window = makeWindow();
        TeamHistoryView* team = window->addTeamScope(defaults());
        QVERIFY(team);
        window->resize(1100, 700);
        window->show();
        window->findChild<QPushButton*>(QStringLiteral("scopeTeam"))->click();
        TeamServerLogin sam = defaults();
        sam.user = QStringLiteral("sam");
        sam.password = QStringLiteral("sam-pw");
        team->signIn(sam);
        TeamHistoryModel* model = team->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), TeamHistoryModel::kPageSize, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model->hasNextPageReady(), 20000);
        QVERIFY(!model->isLoading());
        model->fetchMore(QModelIndex());
        // In the same call: nothing to wait for.
        QCOMPARE(model->rowCount(), 2 * TeamHistoryModel::kPageSize);
        QVERIFY(!model->isLoading());
        QVERIFY(model->rowAt(2 * TeamHistoryModel::kPageSize - 1));

        QCOMPARE(model->columnCount(), 1 + int(HistoryModel::ColumnCount));
        auto* upset = team->findChild<QCheckBox*>(QStringLiteral("teamUpsetOnly"));
        QVERIFY(upset);
        upset->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0 &&
                                     model->rowCount() < TeamHistoryModel::kPageSize,
                                 20000);
        for (int row = 0; row < model->rowCount(); ++row) {
            const HistoryRow* call = model->rowAt(row);
            QVERIFY(call);
            QVERIFY(call->customerUpset);
            QVERIFY(call->customerScore.has_value());
            QVERIFY(!model->data(model->index(row, 1 + HistoryModel::CustomerScore))
                         .toString()
                         .isEmpty());
        }
    }

    // An agent's role is refused with the reason, and nothing is listed.
    void agentIsRefused()
    {
        TeamHistoryView team(defaults(), m_rubric);
        QSignalSpy failed(&team, &TeamHistoryView::signInFailed);
        TeamServerLogin alice = defaults();
        alice.user = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-pw");
        team.signIn(alice);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(team.statusText().contains(QLatin1String("not a supervisor")));
        QCOMPARE(team.model()->rowCount(), 0);
        QVERIFY(!team.isSignedIn());
    }
};

QTEST_MAIN(TestTeamHistoryView)
#include "tst_teamhistoryview.moc"
