// Issue #15's rule for the local history: the GUI thread never waits on the database. The
// history window's pages, the detail of a call and the supervisor view are read on a reader
// thread; these cases hold the database the ways another program can and check that the window
// keeps answering, shows only the rows of the filter last asked for, and closes cleanly.
#include "DatabaseProbes.h"
#include "HistorySeed.h"
#include "HistoryWindowProbes.h"
#include "assessment/Rubric.h"
#include "core/Clock.h"
#include "services/CoachingService.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"
#include "storage/StorageQueue.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"
#include "widgets/history/HistoryCharts.h"
#include "widgets/history/HistoryWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace attune;
using attune::test::GuiPulse;
using attune::test::LockHolder;
using attune::test::shownMessage;

namespace {

constexpr int kCalls = 600;
constexpr int kLargeCalls = 100000;
// Signed supervisor kudos on the newest calls, all on the first page: thousands of checks.
constexpr int kSignedCalls = 150;
constexpr int kSignedPerCall = 30;
// Far below the lock, far above one busy event loop turn on a loaded two-core machine.
constexpr int kGapBoundMs = 400;

// The threads of this process with `name` (QThread names them through prctl).
int threadsNamed(const QByteArray& name)
{
    int found = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            ++found;
    }
    return found;
}

} // namespace

class TestHistoryReads : public QObject
{
    Q_OBJECT

private:
    struct Opened
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<HistoryStore> store;
        std::unique_ptr<CoachingStore> coaching;
        std::unique_ptr<TrendsLoader> trends;
    };

    QTemporaryDir m_dir;
    Rubric m_rubric;
    QString m_pinHash;
    static inline const QString kPin = QStringLiteral("424242");
    FakeClock m_clock{1000};
    std::unique_ptr<SupervisorGate> m_gate;

    bool open(Opened& opened, const QString& path)
    {
        opened.db = std::make_unique<Database>(path);
        QString error;
        if (!opened.db->open(&error)) {
            qWarning() << error;
            return false;
        }
        opened.store = std::make_unique<HistoryStore>(*opened.db);
        opened.coaching = std::make_unique<CoachingStore>(*opened.db);
        opened.coaching->protect(
            [this](const QByteArray& message) { return m_gate->sign(message); },
            m_gate->recordPublicKey());
        opened.trends = std::make_unique<TrendsLoader>(*opened.db);
        return true;
    }

    std::unique_ptr<HistoryWindow> makeWindow(Opened& opened)
    {
        auto window = std::make_unique<HistoryWindow>(
            *opened.store, *opened.coaching, *opened.trends, m_rubric, *m_gate,
            ExportPolicy::allowed(),
            [](const QString& id) { return QStringLiteral("Profile of %1").arg(id); });
        window->show();
        return window;
    }

    // Signs `perCall` kudos on each of the newest `calls` calls with the supervisor's key, through
    // a Database of its own, so the window's Database checks every signature afresh.
    bool signRecords(const QString& path, int calls, int perCall)
    {
        Database db(path);
        QString error;
        if (!db.open(&error))
            return false;
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        CoachingStore store(db);
        store.protect([this](const QByteArray& message) { return m_gate->sign(message); },
                      m_gate->recordPublicKey());
        if (m_gate->signIn(kPin) != PinGuard::Outcome::Accepted)
            return false;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (int call = kCalls; call > kCalls - calls; --call) {
            for (int k = 0; k < perCall; ++k) {
                if (store.giveKudos(QStringLiteral("seed-%1").arg(call),
                                    QStringLiteral("I acknowledged how they felt"),
                                    QStringLiteral("Well done %1").arg(k), at, &error) == 0) {
                    qWarning() << error;
                    return false;
                }
            }
        }
        m_gate->signOut();
        return true;
    }

    QString seeded(const QString& name, int calls)
    {
        const QString path = m_dir.filePath(name);
        return test::seedHistory(path, calls, 60) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &m_rubric, &error),
                 qPrintable(error));
        m_pinHash = SupervisorPin::hash(kPin, &error);
        QVERIFY(!m_pinHash.isEmpty());
        m_gate = std::make_unique<SupervisorGate>(m_clock, m_pinHash);
    }

    void cleanup() { Database::watchGuiThread(false); }

    // The instrument: every connection the GUI thread takes while the window opens, pages,
    // filters, sorts, shows a call's detail and the supervisor view is counted.
    void noReadRunsOnTheGuiThread()
    {
        const QString path = seeded(QStringLiteral("watched.sqlite"), kCalls);
        QVERIFY(!path.isEmpty());
        Opened opened;
        QVERIFY(open(opened, path));
        const int before = Database::guiThreadConnections();
        Database::watchGuiThread(true);

        auto window = makeWindow(opened);
        HistoryModel* model = window->model();
        QTRY_COMPARE(model->rowCount(), HistoryModel::kPageSize);
        QTRY_VERIFY(model->rowAt(0) && window->detailText().contains(model->rowAt(0)->customer));
        while (model->canFetchMore(QModelIndex())) {
            const int had = model->rowCount();
            model->fetchMore(QModelIndex());
            QTRY_VERIFY(model->rowCount() > had || !model->canFetchMore(QModelIndex()));
        }
        QCOMPARE(model->rowCount(), kCalls);
        window->table()->selectRow(kCalls - 1);
        QTRY_VERIFY(window->detailText().contains(model->rowAt(kCalls - 1)->customer));

        window->findChild<QCheckBox*>(QStringLiteral("hotOnly"))->setChecked(true);
        QTRY_VERIFY(model->rowCount() > 0 &&
                    model->rowAt(0)->arcPeak.value_or(0) >= HistoryFilter::kHotPeak);
        window->table()->sortByColumn(HistoryModel::SelfScore, Qt::AscendingOrder);
        QTRY_VERIFY(model->order().by == HistorySort::Score && model->rowCount() > 1 &&
                    model->rowAt(0)->score <= model->rowAt(1)->score);

        QVERIFY(window->signIn(kPin));
        window->table()->selectRow(1);
        QTRY_VERIFY(window->detailText().contains(model->rowAt(1)->customer));
        window->findChild<QTabWidget*>()->setCurrentIndex(1);
        QTRY_VERIFY(!window->trends()->seriesCounts().isEmpty());
        // Both exports read there too; only the PDF's layout is done here (no database).
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("watched.csv"));
        QVERIFY2(window->exportCsv(csv, &error), qPrintable(error));
        QTRY_VERIFY(shownMessage(*window).contains(csv));
        QVERIFY(QFile(csv).size() > 0);
        const QString pdf = m_dir.filePath(QStringLiteral("watched.pdf"));
        QVERIFY2(window->exportPdf(pdf, &error), qPrintable(error));
        QTRY_VERIFY(shownMessage(*window).contains(pdf));
        QVERIFY(QFile(pdf).size() > 0);
        window->signOut();

        Database::watchGuiThread(false);
        QCOMPARE(Database::guiThreadConnections() - before, 0);
    }

    // A slow read: the first page of a history whose newest calls carry thousands of signed
    // supervisor records, none checked yet by this run (about 0.8 ms each). The window says it is
    // loading, its GUI thread keeps answering, and the rows come when the checks are done.
    void aSlowReadNeverFreezesTheWindow()
    {
        const QString path = seeded(QStringLiteral("slow.sqlite"), kCalls);
        QVERIFY(!path.isEmpty());
        QVERIFY(signRecords(path, kSignedCalls, kSignedPerCall));
        Opened opened;
        QVERIFY(open(opened, path));
        GuiPulse pulse;
        QElapsedTimer clock;
        clock.start();
        auto window = makeWindow(opened);
        HistoryModel* model = window->model();
        bool sawLoading = false;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            const auto* loading = window->findChild<QLabel*>(QStringLiteral("historyLoading"));
            sawLoading |= loading && loading->isVisible();
        });
        watch.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 60000);
        const qint64 readMs = clock.elapsed();
        QVERIFY2(pulse.longestGapMs() < kGapBoundMs,
                 qPrintable(QStringLiteral("the GUI thread stalled %1 ms during a %2 ms read")
                                .arg(pulse.longestGapMs())
                                .arg(readMs)));
        QVERIFY2(readMs >= kGapBoundMs, qPrintable(QStringLiteral("the read took only %1 ms, too "
                                                                  "fast to show anything")
                                                       .arg(readMs)));
        QVERIFY(sawLoading);
        QTRY_VERIFY(!window->findChild<QLabel*>(QStringLiteral("historyLoading"))->isVisible());
        QCOMPARE(model->rowAt(0)->kudos, kSignedPerCall); // every signature checked, and good
        QVERIFY(shownMessage(*window).isEmpty());
    }

    // A writer's BEGIN IMMEDIATE or another program's long read does not hold a WAL reader up.
    void aWriterOrALongReadElsewhereDoesNotHoldTheHistory()
    {
        const QString path = seeded(QStringLiteral("shared.sqlite"), kCalls);
        QVERIFY(!path.isEmpty());
        Opened opened;
        QVERIFY(open(opened, path));
        auto window = makeWindow(opened);
        HistoryModel* model = window->model();
        QTRY_COMPARE(model->rowCount(), HistoryModel::kPageSize);
        for (const LockHolder::Kind kind : {LockHolder::Kind::Writer, LockHolder::Kind::LongRead}) {
            LockHolder other;
            QVERIFY(other.hold(path, kind, 10000));
            GuiPulse pulse;
            auto* hot = window->findChild<QCheckBox*>(QStringLiteral("hotOnly"));
            hot->setChecked(!hot->isChecked());
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && model->rowAt(0) &&
                                         (model->rowAt(0)->arcPeak.value_or(0) >=
                                          HistoryFilter::kHotPeak) == hot->isChecked(),
                                     3000);
            QVERIFY(pulse.longestGapMs() < kGapBoundMs);
            other.release();
        }
    }

    // Ten filter changes in 100 ms over 100,000 calls: no row of an earlier filter is ever shown
    // once a later one is set, and what stays is exactly the store's answer to the last one.
    void typingFastShowsOnlyTheLastFiltersRows()
    {
        const QString path = seeded(QStringLiteral("large.sqlite"), kLargeCalls);
        QVERIFY(!path.isEmpty());
        Opened opened;
        QVERIFY(open(opened, path));
        auto window = makeWindow(opened);
        HistoryModel* model = window->model();
        QTRY_COMPARE(model->rowCount(), HistoryModel::kPageSize);

        const QString typed = QStringLiteral("Maya Nguyen");
        QStringList stale;
        bool burst = false;
        const auto check = [&] {
            if (!burst)
                return;
            // Checked against the filter in force when the rows are shown: a page of "Maya"
            // that arrives while "Maya" is still the filter is right to show (a slow machine
            // lets a read finish between two keys); one that arrives after it is not.
            const QString current = model->filter().customerContains;
            for (int row = 0; row < std::min(model->rowCount(), 50); ++row) {
                const HistoryRow* shown = model->rowAt(row);
                if (shown && !shown->customer.contains(current, Qt::CaseInsensitive))
                    stale << shown->customer + QStringLiteral(" (filter \"%1\")").arg(current);
            }
        };
        connect(model, &QAbstractItemModel::modelReset, this, check);
        connect(model, &QAbstractItemModel::rowsInserted, this, check);
        connect(model, &QAbstractItemModel::dataChanged, this, check);
        burst = true;
        GuiPulse pulse;
        for (int length = 2; length <= typed.size(); ++length) {
            HistoryFilter filter;
            filter.customerContains = typed.left(length);
            model->setFilter(filter);
            QTest::qWait(10);
        }
        HistoryFilter last;
        last.customerContains = typed;
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        QTest::qWait(300); // anything still on its way would arrive now
        QVERIFY2(stale.isEmpty(), qPrintable(stale.mid(0, 5).join(QLatin1String(", "))));
        const QList<HistoryRow> expected =
            opened.store->page(last, nullptr, HistoryModel::kPageSize);
        QCOMPARE(model->rowCount(), int(expected.size()));
        for (int row = 0; row < int(expected.size()); ++row)
            QCOMPARE(model->rowAt(row)->callRowId, expected.at(row).callRowId);
        QVERIFY2(pulse.longestGapMs() < kGapBoundMs * 2,
                 qPrintable(QStringLiteral("stalled %1 ms").arg(pulse.longestGapMs())));
    }

    // The window is closed while its first (slow) page is being read: nothing crashes, closing
    // does not wait for the read, and the reader thread is gone afterwards.
    void closingWhileAPageIsInFlight()
    {
        const QString path = seeded(QStringLiteral("closing.sqlite"), kCalls);
        QVERIFY(!path.isEmpty());
        QVERIFY(signRecords(path, kSignedCalls, kSignedPerCall));
        Opened opened;
        QVERIFY(open(opened, path));
        const int readersBefore = threadsNamed("attune-history");
        GuiPulse pulse;
        auto window = makeWindow(opened);
        QTest::qWait(100);
        QCOMPARE(window->model()->rowCount(), 0); // still on its way
        QCOMPARE(threadsNamed("attune-history"), readersBefore + 1);
        QElapsedTimer closing;
        closing.start();
        window->close();
        window.reset();
        QVERIFY2(closing.elapsed() < kGapBoundMs,
                 qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
        // Joined: QThread::wait() returned; the system thread itself ends a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(threadsNamed("attune-history"), readersBefore, 1000);
        QTest::qWait(100); // an answer still queued would arrive now, to nobody
        QVERIFY2(pulse.longestGapMs() < kGapBoundMs,
                 qPrintable(QStringLiteral("stalled %1 ms").arg(pulse.longestGapMs())));
        // The database is still fine for the next window.
        auto again = makeWindow(opened);
        QTRY_COMPARE_WITH_TIMEOUT(again->model()->rowCount(), HistoryModel::kPageSize, 60000);
    }

    // The sidebar's kudos strip: the kudos waiting (each signature checked) are read on the
    // storage thread, handed out once even when asked twice at once, and marked there.
    void kudosForTheStripAreReadOffTheGuiThread()
    {
        const QString path = seeded(QStringLiteral("kudos.sqlite"), kCalls);
        QVERIFY(!path.isEmpty());
        QVERIFY(signRecords(path, 3, 2));
        Opened opened;
        QVERIFY(open(opened, path));
        const int waiting = int(opened.coaching->kudosToAnnounce().size());
        QVERIFY(waiting >= 6);
        StorageQueue queue(*opened.db);
        queue.start();
        CoachingService coaching(*opened.store, *opened.coaching, &queue);
        const int before = Database::guiThreadConnections();
        Database::watchGuiThread(true);
        QList<QStringList> handedOut;
        for (int ask = 0; ask < 2; ++ask)
            coaching.requestKudosToAnnounce(
                this, [&handedOut](const QStringList& lines) { handedOut << lines; });
        QTRY_COMPARE(handedOut.size(), 2);
        QCOMPARE(handedOut.at(0).size(), waiting);
        QVERIFY(handedOut.at(1).isEmpty());
        Database::watchGuiThread(false);
        QCOMPARE(Database::guiThreadConnections() - before, 0);
        // Marked on the storage thread: a later run has nothing left to announce.
        QTRY_VERIFY(opened.coaching->kudosToAnnounce().isEmpty());
    }

    void aDeletedOrReplacedFileIsSaid_data()
    {
        QTest::addColumn<bool>("replaced");
        QTest::newRow("deleted") << false;
        QTest::newRow("replaced") << true;
    }
    void aDeletedOrReplacedFileIsSaid()
    {
        QFETCH(bool, replaced);
        const QString path = seeded(QStringLiteral("vanishing-%1.sqlite").arg(replaced), kCalls);
        QVERIFY(!path.isEmpty());
        const QString stranger = seeded(QStringLiteral("stranger.sqlite"), 50);
        QVERIFY(!stranger.isEmpty());
        Opened opened;
        QVERIFY(open(opened, path));
        auto window = makeWindow(opened);
        HistoryModel* model = window->model();
        QTRY_COMPARE(model->rowCount(), HistoryModel::kPageSize);
        QVERIFY(shownMessage(*window).isEmpty());

        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (replaced)
            QVERIFY(QFile::copy(stranger, path));
        window->findChild<QCheckBox*>(QStringLiteral("hotOnly"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(shownMessage(*window).contains(path), 5000);
        QVERIFY(window->isVisible());
    }
};

QTEST_MAIN(TestHistoryReads)
#include "tst_historyreads.moc"
