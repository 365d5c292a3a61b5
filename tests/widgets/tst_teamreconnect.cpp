// The history's team scope when the team server goes away under it (issue 17): restarted,
// SIGKILLed and brought back, or the session ended by an administrator (pg_terminate_backend).
// Offscreen, against a real PostgreSQL 15 cluster. The supervisor does nothing: the next page,
// filter and detail read as if the server had never gone, the status says what is happening in
// plain words, the GUI thread never waits, and no call is listed twice or missing afterwards.

#include "PostgresCluster.h"
#include "TeamHistorySeed.h"
#include "assessment/Rubric.h"
#include "supervisor/TeamHistoryModel.h"
#include "team/TeamSchema.h"
#include "widgets/history/TeamHistoryView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace attune;

namespace {

struct Listed
{
    QString key;
    QString agent;
    bool operator==(const Listed&) const = default;
};

} // namespace

class TestTeamReconnect : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::PostgresCluster> m_cluster;
    Rubric m_rubric;

    TeamServerLogin sam() const
    {
        TeamServerLogin login;
        login.host = QStringLiteral("127.0.0.1");
        login.port = m_cluster->port();
        login.database = test::PostgresCluster::databaseName();
        login.sslMode = QStringLiteral("disable");
        login.user = QStringLiteral("sam");
        login.password = QStringLiteral("sam-pw");
        return login;
    }

    // Every call the model lists for its filter, scrolled to the end page by page.
    static QList<Listed> everything(TeamHistoryView& view)
    {
        TeamHistoryModel* model = view.model();
        for (int i = 0; i < 50 && model->canFetchMore(QModelIndex()); ++i) {
            view.table()->scrollToBottom();
            model->fetchMore(QModelIndex());
            if (!QTest::qWaitFor([model] { return !model->isLoading(); }, 20000))
                return {};
        }
        QList<Listed> listed;
        for (int row = 0; row < model->rowCount(); ++row) {
            const HistoryRow* call = model->rowAt(row);
            listed.append(call ? Listed{call->key, call->agent} : Listed{});
        }
        return listed;
    }

    static QList<Listed> only(const QList<Listed>& all, const QString& agent)
    {
        QList<Listed> kept;
        for (const Listed& call : all) {
            if (call.agent == agent)
                kept.append(call);
        }
        return kept;
    }

    // Signed in, with the first page shown and every call of sam's team read once.
    bool openTeamScope(TeamHistoryView& view, QList<Listed>* all)
    {
        QSignalSpy signedIn(&view, &TeamHistoryView::signedIn);
        view.resize(1100, 700);
        view.show();
        view.signIn(sam());
        if (!QTest::qWaitFor([&] { return signedIn.count() == 1; }, 20000) ||
            !QTest::qWaitFor([&] { return view.model()->rowCount() > 0; }, 20000))
            return false;
        *all = everything(view);
        return all->size() == 2 * (300 - 300 / 50);
    }

    static bool choose(TeamHistoryView& view, const QString& agent)
    {
        auto* combo = view.findChild<QComboBox*>(QStringLiteral("agent"));
        const int index = combo ? combo->findData(agent) : -1;
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }

    // The detail of the selected row is the one shown, read after the server came back.
    static bool showsDetailOf(TeamHistoryView& view, int row)
    {
        const HistoryRow* call = view.model()->rowAt(row);
        if (!call)
            return false;
        const QString prefix = call->agent + QStringLiteral(" · ") + call->customer;
        return view.detailText().startsWith(prefix) &&
               (view.detailText().contains(QLatin1String("Self-assessment")) ||
                view.detailText().contains(QLatin1String("Not self-assessed")));
    }

    bool endTeamViewSessions(QString* error)
    {
        QSqlDatabase admin =
            m_cluster->connect(QStringLiteral("terminator"), test::PostgresCluster::adminUser(),
                               test::PostgresCluster::adminPassword(), error);
        if (!admin.isOpen())
            return false;
        QSqlQuery query(admin);
        const bool ok = query.exec(QStringLiteral(
                            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                            " WHERE application_name = 'attune-team-view'")) &&
                        query.next() && query.value(0).toInt() >= 1;
        if (!ok)
            *error = QStringLiteral("no team view session to end: ") + query.lastError().text();
        query.finish();
        admin.close();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<test::PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        {
            QSqlDatabase admin =
                m_cluster->connect(QStringLiteral("admin"), test::PostgresCluster::adminUser(),
                                   test::PostgresCluster::adminPassword(), &error);
            QVERIFY2(admin.isOpen(), qPrintable(error));
            int from = 0;
            QVERIFY2(TeamSchema::initialise(admin, &from, &error), qPrintable(error));
            QVERIFY2(test::seedTeamHistory(admin, 300, &error), qPrintable(error));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
    }

    // A clean restart while the supervisor looks at the list: the next filter, the pages after
    // it and a detail are read on a new connection, with nothing for the supervisor to do.
    void aRestartedServerIsReadAgainUnasked()
    {
        TeamHistoryView view(TeamServerLogin{}, m_rubric);
        QList<Listed> all;
        QVERIFY(openTeamScope(view, &all));
        QSignalSpy failed(view.model(), &TeamHistoryModel::failed);

        QString error;
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));
        QVERIFY(choose(view, QStringLiteral("bob")));
        QVERIFY(QTest::qWaitFor(
            [&] { return !view.model()->isLoading() && view.model()->rowCount() > 0; }, 20000));
        QCOMPARE(view.model()->lastError(), QString());
        QCOMPARE(everything(view), only(all, QStringLiteral("bob")));
        QCOMPARE(failed.count(), 0);
        view.table()->selectRow(7);
        QTRY_VERIFY_WITH_TIMEOUT(showsDetailOf(view, 7), 20000);
        QVERIFY2(!view.statusText().contains(QLatin1String("did not answer")),
                 qPrintable(view.statusText()));
    }

    // An administrator ends the team view's session (or an idle timeout does): the same.
    void anEndedSessionIsOpenedAgain()
    {
        TeamHistoryView view(TeamServerLogin{}, m_rubric);
        QList<Listed> all;
        QVERIFY(openTeamScope(view, &all));
        QSignalSpy failed(view.model(), &TeamHistoryModel::failed);
        view.table()->selectRow(3);
        QTRY_VERIFY_WITH_TIMEOUT(showsDetailOf(view, 3), 20000);

        QString error;
        QVERIFY2(endTeamViewSessions(&error), qPrintable(error));
        view.table()->selectRow(11);
        QTRY_VERIFY_WITH_TIMEOUT(showsDetailOf(view, 11), 20000);
        QVERIFY(choose(view, QStringLiteral("alice")));
        QVERIFY(QTest::qWaitFor(
            [&] { return !view.model()->isLoading() && view.model()->rowCount() > 0; }, 20000));
        QCOMPARE(everything(view), only(all, QStringLiteral("alice")));
        QCOMPARE(failed.count(), 0);
    }

    // The server is SIGKILLed and stays down for a while: the status says it is unreachable
    // and retried, the GUI thread never waits, and once the server is back the list, the
    // detail and the status come back on their own, each call listed once.
    void aKilledServerIsRetriedUntilItIsBack()
    {
        TeamHistoryView view(TeamServerLogin{}, m_rubric);
        QList<Listed> all;
        QVERIFY(openTeamScope(view, &all));

        m_cluster->kill();
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
        heartbeat.start();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(choose(view, QStringLiteral("bob")));
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(view.statusText(),
                                  QStringLiteral("Team server unreachable — retrying…"), 20000);
        QCOMPARE(view.model()->rowCount(), 0);
        // Down for a few back-off rounds; the GUI thread keeps its 10 ms timer all along.
        ticks = 0;
        clock.restart();
        QTest::qWait(3000);
        QVERIFY2(ticks > 3000 / 10 / 3, qPrintable(QString::number(ticks)));
        QCOMPARE(view.statusText(), QStringLiteral("Team server unreachable — retrying…"));

        QString error;
        QVERIFY2(m_cluster->restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            view.statusText().startsWith(QLatin1String("The team server answers again")), 40000);
        QVERIFY(QTest::qWaitFor(
            [&] { return !view.model()->isLoading() && view.model()->rowCount() > 0; }, 20000));
        QCOMPARE(view.model()->lastError(), QString());
        QCOMPARE(everything(view), only(all, QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(view.table()->currentIndex().isValid(), 20000);
        const int selected = view.table()->currentIndex().row();
        QTRY_VERIFY_WITH_TIMEOUT(showsDetailOf(view, selected), 20000);
        view.table()->selectRow(selected + 20);
        QTRY_VERIFY_WITH_TIMEOUT(showsDetailOf(view, selected + 20), 20000);
    }
};

QTEST_MAIN(TestTeamReconnect)
#include "tst_teamreconnect.moc"
