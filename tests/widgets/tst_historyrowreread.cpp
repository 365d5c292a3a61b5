// A supervisor's action on a call whose row the history model dropped from memory (the view
// scrolled far away) and is reading again: it used to be refused without a word, because the
// window found no row behind the selection until the page was back, although the detail pane
// still showed the call. Now it acts on the call the pane shows; a call selected while its row
// is still on its way says so, and is shown as soon as it arrives.

#include "HistorySeed.h"
#include "HistoryWindowProbes.h"
#include "assessment/Rubric.h"
#include "core/Clock.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/history/HistoryWindow.h"

#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace attune;
using attune::test::shownMessage;

namespace {

// Fifteen pages of 200: more than the model holds (HistoryModel::kCachedPages).
constexpr int kCalls = 3000;

} // namespace

class TestHistoryRowReread : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Rubric m_rubric;
    static inline const QString kPin = QStringLiteral("424242");
    FakeClock m_clock{1000};
    std::unique_ptr<SupervisorGate> m_gate;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<CoachingStore> m_coaching;
    std::unique_ptr<TrendsLoader> m_trends;
    std::unique_ptr<HistoryWindow> m_window;

    HistoryModel* model() const { return m_window->model(); }

    // Reads every page, then touches more pages than the model holds with the view at the end
    // of the list, so that page 0 is dropped from memory.
    bool dropFirstPage()
    {
        while (model()->canFetchMore({})) {
            model()->fetchMore({});
            if (!QTest::qWaitFor([this] { return !model()->isLoading(); }, 20000))
                return false;
        }
        m_window->table()->scrollToBottom();
        for (int page = 1; page < kCalls / HistoryModel::kPageSize; ++page) {
            model()->rowAt(page * HistoryModel::kPageSize);
            if (!QTest::qWaitFor([this] { return !model()->isLoading(); }, 20000))
                return false;
        }
        return model()->rowCount() == kCalls;
    }

    // Which call the notes with `text` were written about (the agent's own database).
    QStringList notedCalls(const QString& text)
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QStringList calls;
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT call_id FROM coaching_notes WHERE text = ?"));
            query.addBindValue(text);
            query.exec();
            while (query.next())
                calls << query.value(0).toString();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return calls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
        const QString hash = SupervisorPin::hash(kPin, &error);
        QVERIFY(!hash.isEmpty());
        m_gate = std::make_unique<SupervisorGate>(m_clock, hash);
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(test::seedHistory(m_path, kCalls, 60));
    }

    void init()
    {
        m_db = std::make_unique<Database>(m_path);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<HistoryStore>(*m_db);
        m_coaching = std::make_unique<CoachingStore>(*m_db);
        m_coaching->protect([this](const QByteArray& message) { return m_gate->sign(message); },
                            m_gate->recordPublicKey());
        m_trends = std::make_unique<TrendsLoader>(*m_db);
        m_window = std::make_unique<HistoryWindow>(*m_store, *m_coaching, *m_trends, m_rubric,
                                                   *m_gate, ExportPolicy::allowed(),
                                                   [](const QString&) { return QString(); });
        m_window->resize(1100, 700);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && !model()->isLoading(), 20000);
        QVERIFY(m_window->signIn(kPin));
    }

    void cleanup()
    {
        m_window.reset();
        m_trends.reset();
        m_coaching.reset();
        m_store.reset();
        m_db.reset();
    }

    // The supervisor selected a call, scrolled far down, and writes a note and kudos from the
    // detail pane, which still shows that call, while its row is read again.
    void anActionReachesTheShownCallWhileItsRowIsReadAgain()
    {
        m_window->table()->selectRow(5);
        const HistoryRow shown = *model()->rowAt(5);
        QTRY_VERIFY(m_window->detailText().contains(shown.customer));
        QVERIFY(dropFirstPage());
        QCOMPARE(model()->rowAt(5), nullptr); // dropped, and now asked for again
        QVERIFY(model()->isLoading());

        const QString note = QStringLiteral("Kind words while the row was read again");
        QVERIFY2(m_window->addCoachingNote(note), qPrintable(shownMessage(*m_window)));
        QVERIFY2(m_window->giveKudos(QStringLiteral("I acknowledged how they felt"),
                                     QStringLiteral("On the shown call")),
                 qPrintable(shownMessage(*m_window)));
        QTRY_COMPARE_WITH_TIMEOUT(notedCalls(note), QStringList{shown.callId}, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowAt(5) &&
                                     model()->rowAt(5)->kudos == shown.kudos + 1,
                                 20000);
        QCOMPARE(model()->rowAt(5)->callId, shown.callId);
    }

    // A call selected while its row is still on its way: the pane says it is loading, an action
    // says so instead of doing nothing, and the call is shown once its row arrives.
    void aCallSelectedWhileItsRowIsReadSaysSoAndFollows()
    {
        QVERIFY(dropFirstPage());
        m_window->table()->setCurrentIndex(model()->index(7, 0)); // asks for page 0 again
        QVERIFY(model()->isLoading());
        QVERIFY2(m_window->detailText().startsWith(QLatin1String("This call is still loading")),
                 qPrintable(m_window->detailText()));
        const QString note = QStringLiteral("Written before the row came");
        QVERIFY(!m_window->addCoachingNote(note));
        QCOMPARE(shownMessage(*m_window),
                 QStringLiteral("This call is still loading. Try again in a moment."));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowAt(7) &&
                                     m_window->detailText().contains(model()->rowAt(7)->customer),
                                 20000);
        const QString callId = model()->rowAt(7)->callId;
        QVERIFY(m_window->addCoachingNote(note));
        QTRY_COMPARE_WITH_TIMEOUT(notedCalls(note), QStringList{callId}, 20000);
    }
};

QTEST_MAIN(TestHistoryRowReread)
#include "tst_historyrowreread.moc"
