#include "HistorySeed.h"
#include "HistoryWindowProbes.h"
#include "assessment/Rubric.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryExport.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/history/HistoryCharts.h"
#include "widgets/history/HistoryWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The history window over a seeded database of 600 calls: the agent's own view, the PIN, the
// supervisor's view without private notes, coaching notes, kudos and scores, filters, exports
// and trends.
class TestHistoryWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCalls = 600;
    static inline const QString kPin = QStringLiteral("424242");
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<CoachingStore> m_coaching;
    std::unique_ptr<TrendsLoader> m_trends;
    Rubric m_rubric;
    QString m_pinHash;
    FakeClock m_clock{1000};
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    std::unique_ptr<SupervisorGate> m_gate;
    std::unique_ptr<HistoryWindow> m_window;

    // Selects the first listed call whose note is private (the seed makes every fifth one so).
    int selectPrivateNoteRow()
    {
        HistoryModel* model = m_window->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const HistoryRow* data = model->rowAt(row);
            if (data && data->assessmentId > 0 && data->callRowId % 5 == 0) {
                m_window->table()->selectRow(row);
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("h.sqlite"));
        QVERIFY(test::seedHistory(path, kCalls, 900));
        m_db = std::make_unique<Database>(path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        // One private note says something only the agent may read.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE assessments SET note = 'ONLY-FOR-ME ' || id WHERE note_private = 1")));
        // Every seventh call has a post-call survey; one in three of those left upset.
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO customer_feedback (feedback_key, call_id, csat, score, comment,"
            " comment_language, comment_cue, upset, imported_at)"
            " SELECT call_id || '-survey', call_id, CASE WHEN id % 3 = 0 THEN 1 ELSE 5 END,"
            " CASE WHEN id % 3 = 0 THEN 0 ELSE 100 END,"
            " CASE WHEN id % 3 = 0 THEN 'Still not fixed, I am fed up #' || id ELSE 'Lovely' END,"
            " 'en', CASE WHEN id % 3 = 0 THEN 'frustration' ELSE '' END, id % 3 = 0,"
            " '2026-12-01T00:00:00.000Z' FROM calls WHERE id % 7 = 0")));
        m_store = std::make_unique<HistoryStore>(*m_db);
        m_coaching = std::make_unique<CoachingStore>(*m_db);
        m_trends = std::make_unique<TrendsLoader>(*m_db);
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
        m_pinHash = SupervisorPin::hash(kPin, &error);
        QVERIFY(!m_pinHash.isEmpty());
    }

    void init()
    {
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_gate = std::make_unique<SupervisorGate>(m_clock, m_pinHash);
        m_gate->session().attach(*m_session);
        m_coaching->protect([this](const QByteArray& message) { return m_gate->sign(message); },
                            m_gate->recordPublicKey());
        m_window = std::make_unique<HistoryWindow>(
            *m_store, *m_coaching, *m_trends, m_rubric, *m_gate, ExportPolicy::allowed(),
            [](const QString& id) { return QStringLiteral("Profile of %1").arg(id); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The rows and the first call's detail come from the reader thread.
        QTRY_COMPARE(m_window->model()->rowCount(), HistoryModel::kPageSize);
        QTRY_VERIFY(!m_window->detailText().isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        m_gate.reset();
        m_session.reset();
        m_bus.reset();
    }

    void opensOnTheNewestCallsAndPaintsThem()
    {
        QCOMPARE(m_window->viewer(), HistoryViewer::Agent);
        QCOMPARE(m_window->model()->rowCount(), HistoryModel::kPageSize);
        QCOMPARE(m_window->model()->rowAt(0)->callId, QStringLiteral("seed-%1").arg(kCalls));
        QCOMPARE(m_window->table()->currentIndex().row(), 0);
        QTRY_VERIFY(m_window->detailText().contains(m_window->model()->rowAt(0)->customer));
        // Scrolling to the end fetches the rest, a page at a time.
        QTableView* table = m_window->table();
        for (int i = 0; i < 200 && m_window->model()->canFetchMore(QModelIndex()); ++i) {
            table->scrollToBottom();
            QTest::qWait(10);
        }
        QTRY_COMPARE(m_window->model()->rowCount(), kCalls);
    }

    void theAgentReadsTheirOwnPrivateNote()
    {
        QVERIFY(selectPrivateNoteRow() >= 0);
        QTRY_VERIFY2(m_window->detailText().contains(QLatin1String("ONLY-FOR-ME")),
                     qPrintable(m_window->detailText()));
        QVERIFY(m_window->detailText().contains(QLatin1String("only you see this")));
        // No supervisor actions in the agent's own view.
        QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("supervisor"))->isVisible());
        for (QPushButton* button : m_window->findChildren<QPushButton*>()) {
            if (button->text().startsWith(QLatin1String("Give kudos")))
                QVERIFY(!button->isVisible());
        }
    }

    void withoutAPinTheSupervisorViewIsUnavailable()
    {
        SupervisorGate noPin(m_clock, QString());
        HistoryWindow window(*m_store, *m_coaching, *m_trends, m_rubric, noPin,
                             ExportPolicy::allowed(), {});
        window.show();
        QTRY_VERIFY(window.model()->rowCount() > 0);
        QVERIFY(!noPin.isConfigured());
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("supervisor")),
                          Qt::LeftButton);
        QCOMPARE(window.viewer(), HistoryViewer::Agent);
        bool told = false;
        for (QLabel* label : window.findChildren<QLabel*>())
            told =
                told || (label->isVisible() && label->text().contains(QLatin1String("hash-pin")));
        QVERIFY(told);
    }

    void wrongPinsBackOffAndTheRightOneOpensTheSupervisorView()
    {
        for (int i = 0; i < PinGuard::kFreeAttempts + 1; ++i)
            QVERIFY(!m_window->signIn(QStringLiteral("000000")));
        QCOMPARE(m_window->viewer(), HistoryViewer::Agent);
        // The fourth failure made the next try wait a second: even the right PIN is not checked.
        QVERIFY(!m_window->signIn(kPin));
        QVERIFY(!m_gate->waitText().isEmpty());
        m_clock.advanceMs(1000);
        QVERIFY(m_window->signIn(kPin));
        QCOMPARE(m_window->viewer(), HistoryViewer::Supervisor);
    }

    void aSupervisorNeverSeesAPrivateNote()
    {
        QVERIFY(m_window->signIn(kPin));
        QVERIFY(selectPrivateNoteRow() >= 0);
        QTRY_VERIFY(m_window->detailText().contains(QLatin1String("kept their note private")));
        const QString shown = m_window->detailText();
        QVERIFY2(!shown.contains(QLatin1String("ONLY-FOR-ME")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("kept their note private")));
        // Nor in either export.
        const QString csv = m_dir.filePath(QStringLiteral("rows.csv"));
        QString error;
        QVERIFY2(m_window->exportCsv(csv, &error), qPrintable(error));
        QTRY_VERIFY(test::shownMessage(*m_window).startsWith(QLatin1String("Exported 600 call")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("ONLY-FOR-ME"));
        QCOMPARE(written.count('\n'), kCalls + 1);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(m_window->exportPdf(pdf, &error), qPrintable(error));
        QTRY_VERIFY(test::shownMessage(*m_window).startsWith(QLatin1String("Saved the report")));
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
        QVERIFY(report.size() > 2000);
        QCOMPARE(report.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    // Issue #14, defect 4: with IT's privacy/allowExport=false neither export writes a file, even
    // called directly (as the buttons would), and the buttons say why before anyone clicks.
    void exportsHonourItsPolicy()
    {
        HistoryWindow window(*m_store, *m_coaching, *m_trends, m_rubric, *m_gate,
                             ExportPolicy::forbidden(), {});
        window.show();
        QVERIFY(window.signIn(kPin));
        for (const char* name : {"exportCsv", "exportPdf"}) {
            auto* button = window.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QLatin1String("privacy/allowExport")),
                     qPrintable(button->toolTip()));
        }
        const QString csv = m_dir.filePath(QStringLiteral("refused.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
        QString error;
        QVERIFY(!window.exportCsv(csv, &error));
        QVERIFY2(error.contains(QLatin1String("IT department")), qPrintable(error));
        error.clear();
        QVERIFY(!window.exportPdf(pdf, &error));
        QVERIFY2(error.contains(QLatin1String("IT department")), qPrintable(error));
        QVERIFY(!QFile::exists(csv));
        QVERIFY(!QFile::exists(pdf));
    }

    void coachingNotesKudosAndScoresReachTheAgentsView()
    {
        QVERIFY(m_window->signIn(kPin));
        m_window->table()->selectRow(3);
        const QString callId = m_window->model()->rowAt(3)->callId;
        // Each write reads the rows again; the selected row stays selected meanwhile.
        QVERIFY(m_window->addCoachingNote(QStringLiteral("Lovely pace; name the date sooner.")));
        QVERIFY(m_window->giveKudos(QStringLiteral("I acknowledged how they felt"),
                                    QStringLiteral("great acknowledgement on the refund call")));
        QVERIFY(m_window->scoreSelected({{QStringLiteral("listened"), QStringLiteral("yes")},
                                         {QStringLiteral("used_name"), QStringLiteral("no")}}));
        QTRY_VERIFY(!m_window->model()->isLoading() && m_window->model()->rowAt(3) &&
                    m_window->model()->rowAt(3)->supervisorScore.has_value());
        QCOMPARE(m_window->table()->currentIndex().row(), 3);
        QCOMPARE(m_window->model()->rowAt(3)->callId, callId);
        QCOMPARE(m_window->model()->rowAt(3)->kudos, 1);
        QCOMPARE(m_window->model()->rowAt(3)->supervisorScore.value_or(-1), 50.0);
        QCOMPARE(m_window->model()
                     ->data(m_window->model()->index(3, HistoryModel::SupervisorScore))
                     .toString(),
                 QStringLiteral("50"));
        m_window->signOut();
        QCOMPARE(m_window->viewer(), HistoryViewer::Agent);
        m_window->table()->selectRow(3);
        QTRY_VERIFY(m_window->detailText().contains(QLatin1String("supervisor score 50")));
        const QString shown = m_window->detailText();
        QVERIFY(shown.contains(QLatin1String("Lovely pace")));
        QVERIFY(shown.contains(QLatin1String("great acknowledgement on the refund call")));
        QVERIFY(shown.contains(QLatin1String("supervisor score 50")));
        // In the agent's view nobody can add to it.
        QVERIFY(!m_window->giveKudos(QStringLiteral("x"), QString()));
    }

    void theSessionEndsWhenACallRingsAndWhenIdle()
    {
        QVERIFY(m_window->signIn(kPin));
        CallStartedEvent event;
        event.callId = QStringLiteral("live-1");
        event.source = QStringLiteral("test");
        m_bus->callStarted(event);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewer(), HistoryViewer::Agent, 5000);
        m_bus->callEnded(QStringLiteral("live-1"));

        QVERIFY(m_window->signIn(kPin));
        m_clock.advanceMs(SupervisorSession::kDefaultIdleMs - 1000);
        QTest::qWait(1200);
        QCOMPARE(m_window->viewer(), HistoryViewer::Supervisor);
        m_clock.advanceMs(2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewer(), HistoryViewer::Agent, 5000);
    }

    void filtersChangeTheRows()
    {
        auto* hot = m_window->findChild<QCheckBox*>(QStringLiteral("hotOnly"));
        hot->setChecked(true);
        HistoryModel* model = m_window->model();
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row)->arcPeak.value_or(0) >= HistoryFilter::kHotPeak);
        hot->setChecked(false);
        auto* outcome = m_window->findChild<QComboBox*>(QStringLiteral("outcome"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("escalated")));
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->rowAt(row)->outcome, QStringLiteral("escalated"));
        outcome->setCurrentIndex(0);
        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("Maya Nguyen"));
        QTRY_VERIFY(model->rowCount() > 0 &&
                    model->rowAt(0)->customer.startsWith(QLatin1String("Maya Nguyen")));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row)->customer.contains(QLatin1String("Maya Nguyen")));
        search->clear();
        QTRY_COMPARE(model->rowCount(), HistoryModel::kPageSize);
    }

    void sortingIsDoneBySqlAndOnlyWhereItCanBe()
    {
        QTableView* table = m_window->table();
        table->sortByColumn(HistoryModel::SelfScore, Qt::AscendingOrder);
        HistoryModel* model = m_window->model();
        QCOMPARE(model->order().by, HistorySort::Score);
        QTRY_VERIFY(!model->isLoading() && model->rowCount() > 0);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->rowAt(row - 1)->score <= model->rowAt(row)->score);
        table->sortByColumn(HistoryModel::Customer, Qt::AscendingOrder);
        QCOMPARE(model->order().by, HistorySort::Score);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(HistoryModel::SelfScore));
    }

    void trendsAreDrawnOffTheGuiThread()
    {
        QVERIFY(m_window->signIn(kPin));
        m_window->table()->selectRow(1); // the newest call (row 0) was never assessed
        QVERIFY(m_window->scoreSelected({{QStringLiteral("listened"), QStringLiteral("yes")}}));
        m_window->findChild<QTabWidget*>()->setCurrentIndex(1);
        // Rubric items, calmed share, scores (self, supervisor, gap), stress (before, after) and
        // the customer's verdict (self, customer, gap).
        QTRY_COMPARE_WITH_TIMEOUT(m_window->trends()->seriesCounts(), (QList<int>{6, 1, 3, 2, 3}),
                                  10000);
    }

    void theCustomersVerdictIsBesideTheAgentsOwn()
    {
        HistoryModel* model = m_window->model();
        const QString header =
            model->headerData(HistoryModel::CustomerScore, Qt::Horizontal).toString();
        QCOMPARE(header, QStringLiteral("Customer score"));
        auto* upset = m_window->findChild<QCheckBox*>(QStringLiteral("customerUpsetOnly"));
        QVERIFY(upset);
        upset->setChecked(true);
        // 600 calls: every seventh surveyed, and of those every third (id % 21 == 0) upset.
        QTRY_VERIFY(!model->isLoading() && model->rowCount() == kCalls / 21);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->rowAt(row)->customerUpset);
            QCOMPARE(model->rowAt(row)->callRowId % 21, 0);
            QCOMPARE(
                model->data(model->index(row, HistoryModel::CustomerScore), HistoryModel::kRawRole),
                QVariant(0.0));
        }
        m_window->table()->selectRow(0);
        QTRY_VERIFY(m_window->detailText().contains(QStringLiteral("CSAT 1 of 5")));
        const QString shown = m_window->detailText();
        QVERIFY2(
            shown.contains(
                QStringLiteral("Still not fixed, I am fed up #%1").arg(model->rowAt(0)->callRowId)),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("(reads frustrated)")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The customer left upset.")), qPrintable(shown));
        // The coaching report carries the score and the comment.
        const QString html = HistoryExport::reportHtml(ExportPolicy::allowed(), *m_store,
                                                       *m_coaching, model->filter(), model->order(),
                                                       {}, QStringLiteral("Report"), nullptr);
        QVERIFY(html.contains(QStringLiteral("customer score 0, left upset")));
        QVERIFY(html.contains(QStringLiteral("The customer: “Still not fixed, I am fed up #")));
        upset->setChecked(false);
        QTRY_VERIFY(!model->isLoading() && model->rowCount() == HistoryModel::kPageSize);
        // A call without a survey shows no verdict.
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row)->callRowId % 7 != 0) {
                m_window->table()->selectRow(row);
                break;
            }
        }
        QTRY_VERIFY(!m_window->detailText().contains(QStringLiteral("CSAT")));
    }

    void everyControlHasANameAndEscapeCloses()
    {
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                widget->inherits("QScrollBar") || widget->inherits("QAbstractScrollArea") ||
                widget->parent()->inherits("QComboBox") || widget->inherits("QLineEdit"))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty() ||
                         !qobject_cast<QAbstractButton*>(widget) ||
                         !qobject_cast<QAbstractButton*>(widget)->text().isEmpty(),
                     widget->metaObject()->className());
        }
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
