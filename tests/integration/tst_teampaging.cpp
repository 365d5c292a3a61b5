// The team view's pages over the real loader and a real PostgreSQL 15 (issue 17): going back
// up, or jumping to a place already scrolled past, shows the rows at once and as they were read;
// pages dropped past the memory budget are read again from their cursors with the pages either
// side; and a view scrolling through pages has the next one read without the idle delay.
#include "PostgresCluster.h"
#include "TeamHistorySeed.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/TeamHistoryLoader.h"
#include "supervisor/TeamHistoryModel.h"
#include "team/TeamSchema.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace attune;
using namespace attune::test;

namespace {

constexpr int kCallsPerAgent = 2000;

// Every field the view shows or pages on.
QString describe(const HistoryRow& row)
{
    const auto number = [](const auto& value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    return QStringList{row.key,
                       row.callId,
                       row.agent,
                       row.at.toUTC().toString(Qt::ISODateWithMs),
                       row.customer,
                       QString::number(row.talkMs),
                       number(row.arcPeak),
                       row.arcPeakKind,
                       row.calmed ? QString::number(*row.calmed) : QStringLiteral("-"),
                       QString::number(row.assessmentId),
                       row.assessmentKey,
                       row.outcome,
                       number(row.score),
                       number(row.supervisorScore),
                       number(row.stressBefore),
                       number(row.stressAfter),
                       QString::number(row.kudos),
                       QString::number(row.coachingNotes),
                       number(row.customerScore),
                       QString::number(row.customerUpset),
                       row.sortValue.toString()}
        .join(QLatin1Char('|'));
}

} // namespace

class TestTeamPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    std::unique_ptr<TeamHistoryLoader> m_loader;
    // Every row as it arrived while scrolling down, in order (sam's team: alice and bob).
    QStringList m_seen;
    int m_expectedRows = 0;

    // Scrolls `model` to its end the way a view does, recording each page's rows as they come.
    bool scrollToTheEnd(TeamHistoryModel& model, QStringList* seen)
    {
        seen->clear();
        for (int guard = 0; guard < 1000; ++guard) {
            if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
                return false;
            for (int row = int(seen->size()); row < model.rowCount(); ++row) {
                const HistoryRow* read = model.rowAt(row);
                if (!read)
                    return false;
                seen->append(describe(*read));
            }
            if (!model.canFetchMore(QModelIndex()))
                return true;
            model.fetchMore(QModelIndex());
        }
        return false;
    }

    // The server refuses every page read while the table is away (a read that fails on a live
    // connection, so the loader hands the error on instead of reconnecting).
    bool pageReadsFail(bool fail)
    {
        QSqlQuery rename(QSqlDatabase::database(QStringLiteral("admin")));
        return rename.exec(fail ? QStringLiteral("ALTER TABLE attune.call_facts RENAME TO"
                                                 " call_facts_away")
                                : QStringLiteral("ALTER TABLE attune.call_facts_away RENAME TO"
                                                 " call_facts"));
    }

    bool refreshed(TeamHistoryModel& model)
    {
        model.refresh();
        return QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QSqlDatabase admin =
            m_cluster->connect(QStringLiteral("admin"), PostgresCluster::adminUser(),
                               PostgresCluster::adminPassword(), &error);
        QVERIFY2(admin.isOpen(), qPrintable(error));
        int from = 0;
        QVERIFY2(TeamSchema::initialise(admin, &from, &error), qPrintable(error));
        QVERIFY2(seedTeamHistory(admin, kCallsPerAgent, &error), qPrintable(error));
        QSqlQuery count(admin);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM attune.calls WHERE agent IN"
                                          " ('alice', 'bob') AND ended_at IS NOT NULL")) &&
                count.next());
        m_expectedRows = count.value(0).toInt();
        // Enough pages that most are dropped from the rows held.
        QVERIFY(m_expectedRows >
                3 * TeamHistoryModel::kCachedPages * TeamHistoryModel::kPageSize / 2);

        TeamServerLogin login;
        login.host = QStringLiteral("127.0.0.1");
        login.port = m_cluster->port();
        login.database = PostgresCluster::databaseName();
        login.user = QStringLiteral("sam");
        login.password = QStringLiteral("sam-pw");
        login.sslMode = QStringLiteral("disable");
        m_loader = std::make_unique<TeamHistoryLoader>();
        bool signedIn = false;
        m_loader->signIn(login, [&](const TeamSignInResult& result) {
            QVERIFY2(result.ok, qPrintable(result.error));
            signedIn = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn, 20000);
        // The rows as a view scrolling down first shows them; every case compares with these.
        TeamHistoryModel model(*m_loader);
        QVERIFY(refreshed(model));
        QVERIFY(scrollToTheEnd(model, &m_seen));
        QCOMPARE(int(m_seen.size()), m_expectedRows);
        QCOMPARE(int(QSet<QString>(m_seen.begin(), m_seen.end()).size()), m_expectedRows);
    }

    // Up from the end, or straight back to the middle and the top: every page already scrolled
    // past is shown at once, with the rows it had, and the server is not asked again.
    void pagesScrolledPastShowAtOnce()
    {
        TeamHistoryModel model(*m_loader);
        QVERIFY(refreshed(model));
        QStringList seen;
        QVERIFY(scrollToTheEnd(model, &seen));
        QCOMPARE(seen, m_seen);
        QCOMPARE(model.rowCount(), m_expectedRows);
        QCOMPARE(model.cachedPages(), TeamHistoryModel::kCachedPages);
        const int pages =
            (m_expectedRows + TeamHistoryModel::kPageSize - 1) / TeamHistoryModel::kPageSize;
        QCOMPARE(model.packedPages(), pages - TeamHistoryModel::kCachedPages);
        QVERIFY(model.packedBytes() > 0);

        // A note given on a call whose page is packed shows when the page comes back.
        const int coachedRow = TeamHistoryModel::kPageSize + 3;
        const QString coachedKey = m_seen.at(coachedRow).section(QLatin1Char('|'), 0, 0);
        model.updateCoaching(coachedKey, 7, 5, std::nullopt);

        for (const int row : {m_expectedRows / 2, 0, m_expectedRows - 1}) {
            const HistoryRow* shown = model.rowAt(row);
            QVERIFY2(shown, qPrintable(QStringLiteral("row %1 not held").arg(row)));
            QVERIFY(!model.isLoading());
            QCOMPARE(describe(*shown), m_seen.at(row));
        }
        // Every row, going back up from the end.
        for (int row = m_expectedRows - 1; row >= 0; --row) {
            const HistoryRow* shown = model.rowAt(row);
            QVERIFY2(shown, qPrintable(QStringLiteral("row %1 not held").arg(row)));
            if (row == coachedRow) {
                QCOMPARE(shown->kudos, 7);
                QCOMPARE(shown->coachingNotes, 5);
                continue;
            }
            QCOMPARE(describe(*shown), m_seen.at(row));
        }
        QVERIFY(!model.isLoading());
        QCOMPARE(model.pagesReadAgain(), 0);
        QCOMPARE(model.cachedPages(), TeamHistoryModel::kCachedPages);
    }

    // Past the budget, a page dropped from memory is read again from its cursor; the pages
    // either side come with it, so going on up (or down) from there does not wait again, and
    // every row read back is the row first shown there.
    void pagesDroppedPastTheBudgetAreReadAgainWithTheirNeighbours()
    {
        TeamHistoryModel model(*m_loader);
        model.setPackedBytesLimit(0);
        QVERIFY(refreshed(model));
        QStringList seen;
        QVERIFY(scrollToTheEnd(model, &seen));
        QCOMPARE(seen, m_seen);
        QCOMPARE(model.packedPages(), 0);

        // A page half way between the top and the pages still held as rows.
        const int pages =
            (m_expectedRows + TeamHistoryModel::kPageSize - 1) / TeamHistoryModel::kPageSize;
        const int middle = (pages - TeamHistoryModel::kCachedPages) / 2;
        QVERIFY(middle >= 2);
        for (const int page : {middle - 1, middle, middle + 1})
            QVERIFY(!model.holdsPage(page));
        QVERIFY(!model.rowAt(middle * TeamHistoryModel::kPageSize));
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.holdsPage(middle - 1) && model.holdsPage(middle + 1), 20000);
        QCOMPARE(model.pagesReadAgain(), 3);
        // Up from the middle to the top, a row at a time, as a view scrolling back does.
        for (int row = (middle + 2) * TeamHistoryModel::kPageSize - 1; row >= 0; --row) {
            const HistoryRow* shown = model.rowAt(row);
            if (!shown) {
                QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
                shown = model.rowAt(row);
            }
            QVERIFY2(shown, qPrintable(QStringLiteral("row %1").arg(row)));
            QCOMPARE(describe(*shown), m_seen.at(row));
        }
        QVERIFY(model.pagesReadAgain() <= middle + 3);
    }

    // The first page of a filter is read ahead of after a moment only (a supervisor clicking
    // through filters would wait behind it), but a view that asked for the page it now shows
    // is scrolling through them: the next ones are read at once.
    void aViewScrollingThroughHasTheNextPageReadAtOnce()
    {
        TeamHistoryModel model(*m_loader);
        QVERIFY(refreshed(model));
        QVERIFY(!model.isReadingAhead());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasNextPageReady(), 20000);
        model.fetchMore(QModelIndex()); // shown at once, from the page read ahead
        QCOMPARE(model.rowCount(), 2 * TeamHistoryModel::kPageSize);
        QVERIFY(model.isReadingAhead());
        QTRY_VERIFY_WITH_TIMEOUT(model.hasNextPageReady(), 20000);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 3 * TeamHistoryModel::kPageSize);
        QVERIFY(model.isReadingAhead());
        // A screenful scrolled can span two pages: that many are read ahead, one after the
        // other, and shown without a wait.
        QVERIFY(TeamHistoryModel::kScrollAheadPages >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(model.pagesReadAhead(), TeamHistoryModel::kScrollAheadPages,
                                  20000);
        QTest::qWait(100);
        QCOMPARE(model.pagesReadAhead(), TeamHistoryModel::kScrollAheadPages);
        for (int page = 4; page < 4 + TeamHistoryModel::kScrollAheadPages; ++page) {
            model.fetchMore(QModelIndex());
            QCOMPARE(model.rowCount(), page * TeamHistoryModel::kPageSize);
            QVERIFY(!model.isLoading());
        }
        // Every row shown once, in the order first seen.
        for (int row = 0; row < model.rowCount(); ++row) {
            const HistoryRow* shown = model.rowAt(row);
            QVERIFY(shown);
            QCOMPARE(describe(*shown), m_seen.at(row));
        }
    }

    // A view scrolled past the rows read does not stop there: the next page's rows show at once
    // as "…" and take its rows when it arrives; at the list's end those it does not fill go.
    void aViewScrollingPastWhatIsReadSeesThePageAsPlaceholders()
    {
        TeamHistoryModel model(*m_loader);
        QVERIFY(refreshed(model));
        // Before the read ahead (after an idle delay) has anything: the view asks for more.
        QVERIFY(!model.hasNextPageReady());
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 2 * TeamHistoryModel::kPageSize);
        QCOMPARE(model.placeholderRows(), TeamHistoryModel::kPageSize);
        QVERIFY(model.isLoading());
        const int waiting = TeamHistoryModel::kPageSize + 5;
        QVERIFY(!model.rowAt(waiting));
        QCOMPARE(model.data(model.index(waiting, TeamHistoryModel::Agent)).toString(),
                 QStringLiteral("…"));
        QSignalSpy filled(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
        QCOMPARE(model.placeholderRows(), 0);
        QCOMPARE(model.rowCount(), 2 * TeamHistoryModel::kPageSize);
        QVERIFY(!filled.isEmpty());
        for (int row = 0; row < model.rowCount(); ++row) {
            const HistoryRow* shown = model.rowAt(row);
            QVERIFY2(shown, qPrintable(QStringLiteral("row %1").arg(row)));
            QCOMPARE(describe(*shown), m_seen.at(row));
        }
        // A list of between one and two pages: the second page fills only part of its "…"
        // rows, and the rest go.
        QSqlQuery count(QSqlDatabase::database(QStringLiteral("admin")));
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM attune.call_facts"
                                          " WHERE agent = 'alice' AND search ILIKE '%Lee 1%'")) &&
                count.next());
        const int expected = count.value(0).toInt();
        QVERIFY(expected > TeamHistoryModel::kPageSize &&
                expected < 2 * TeamHistoryModel::kPageSize);
        TeamHistoryModel shortList(*m_loader);
        HistoryFilter filter;
        filter.agent = QStringLiteral("alice");
        filter.customerContains = QStringLiteral("Lee 1");
        shortList.setFilter(filter);
        QVERIFY(refreshed(shortList));
        QVERIFY(!shortList.hasNextPageReady());
        shortList.fetchMore(QModelIndex());
        QCOMPARE(shortList.rowCount(), 2 * TeamHistoryModel::kPageSize);
        QSignalSpy removed(&shortList, &QAbstractItemModel::rowsRemoved);
        QVERIFY(QTest::qWaitFor([&] { return !shortList.isLoading(); }, 20000));
        QCOMPARE(shortList.rowCount(), expected);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(shortList.placeholderRows(), 0);
        QVERIFY(!shortList.canFetchMore(QModelIndex()));
        for (int row = 0; row < expected; ++row)
            QVERIFY2(shortList.rowAt(row), qPrintable(QStringLiteral("row %1").arg(row)));
    }

    // A search is read either by walking each agent's calls in the list's order (a term on many
    // of them, migration 0009) or from the trigram keys (a rare one), chosen per agent by the
    // share of matches among its newest calls. Whichever way, the rows and their order are a
    // plain scan's, page after page, both ways round.
    void searchesMatchAPlainScanWhicheverWayTheyAreRead_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("hotOnly");
        QTest::addColumn<bool>("descending");
        // A quarter of the calls; about one in seven; a few; one.
        for (const char* term : {"marsh", "Ann Lee 1", "Lee 19", "Tom Brennan 1201"}) {
            QTest::addRow("%s, newest first", term) << QString::fromUtf8(term) << false << true;
            QTest::addRow("%s, oldest first", term) << QString::fromUtf8(term) << false << false;
            QTest::addRow("%s, hot only", term) << QString::fromUtf8(term) << true << true;
        }
    }
    void searchesMatchAPlainScanWhicheverWayTheyAreRead()
    {
        QFETCH(QString, term);
        QFETCH(bool, hotOnly);
        QFETCH(bool, descending);
        QSqlQuery plain(QSqlDatabase::database(QStringLiteral("admin")));
        plain.prepare(QStringLiteral("SELECT call_id::text FROM attune.call_facts"
                                     " WHERE agent IN ('alice', 'bob') AND search ILIKE ?"
                                     " AND (NOT ? OR peak >= ?)"
                                     " ORDER BY started_at %1, call_id %1")
                          .arg(descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        plain.addBindValue(QStringLiteral("%") + term + QStringLiteral("%"));
        plain.addBindValue(hotOnly);
        plain.addBindValue(HistoryFilter::kHotPeak);
        QVERIFY(plain.exec());
        QStringList expected;
        while (plain.next())
            expected << plain.value(0).toString();
        QVERIFY(!expected.isEmpty() || hotOnly);

        TeamHistoryModel model(*m_loader);
        HistoryFilter filter;
        filter.customerContains = term;
        filter.hotOnly = hotOnly;
        model.setFilter(filter);
        model.sort(1 + HistoryModel::When, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        model.refresh();
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
        QStringList seen;
        QVERIFY(scrollToTheEnd(model, &seen));
        QVERIFY(model.lastError().isEmpty());
        QStringList got;
        for (const QString& row : seen)
            got << row.section(QLatin1Char('|'), 0, 0);
        QCOMPARE(got, expected);
    }

    // A next page whose read fails is not the end of the list, and a page read again whose read
    // fails is not an empty page: both are asked for again, and every row comes back as it was.
    void aFailedNextPageIsAskedAgainNotTakenForTheEnd()
    {
        TeamHistoryModel model(*m_loader);
        QVERIFY(refreshed(model));
        QTest::qWait(TeamHistoryModel::kReadAheadDelayMs + 200); // the read ahead, if any, is in
        QTRY_VERIFY_WITH_TIMEOUT(!model.isReadingAhead() || model.hasNextPageReady(), 20000);
        QVERIFY(pageReadsFail(true));
        // Scroll on until a read fails (pages read ahead before it are shown first).
        for (int guard = 0; guard < 5 && model.lastError().isEmpty(); ++guard) {
            model.fetchMore(QModelIndex());
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
        }
        QVERIFY(!model.lastError().isEmpty());
        const int shown = model.rowCount();
        QCOMPARE(shown % TeamHistoryModel::kPageSize, 0);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(model.hasFailedReads());
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), shown);
        QVERIFY(pageReadsFail(false));
        // Asked again on its own, after the back-off.
        QTRY_VERIFY_WITH_TIMEOUT(!model.hasFailedReads() && model.lastError().isEmpty(),
                                 3 * TeamHistoryModel::kFirstRetryMs + 5000);
        QStringList seen;
        QVERIFY(scrollToTheEnd(model, &seen));
        QCOMPARE(seen, m_seen);
    }

    void aFailedReadAgainIsAskedAgainNotCachedEmpty()
    {
        TeamHistoryModel model(*m_loader);
        model.setPackedBytesLimit(0);
        QVERIFY(refreshed(model));
        QStringList seen;
        QVERIFY(scrollToTheEnd(model, &seen));
        QCOMPARE(seen, m_seen);
        const int pages =
            (m_expectedRows + TeamHistoryModel::kPageSize - 1) / TeamHistoryModel::kPageSize;
        const int middle = (pages - TeamHistoryModel::kCachedPages) / 2;
        const int row = middle * TeamHistoryModel::kPageSize + 5;
        QVERIFY(!model.holdsPage(middle));

        QVERIFY(pageReadsFail(true));
        QVERIFY(!model.rowAt(row));
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasFailedReads(), 20000);
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(!model.holdsPage(middle));
        QVERIFY(!model.rowAt(row));
        QCOMPARE(model.rowCount(), m_expectedRows);
        QVERIFY(pageReadsFail(false));
        // Shown again as soon as a read succeeds, by the model's own retry.
        QTRY_VERIFY_WITH_TIMEOUT(model.holdsPage(middle),
                                 3 * TeamHistoryModel::kFirstRetryMs + 5000);
        for (int at = (middle - 1) * TeamHistoryModel::kPageSize;
             at < (middle + 2) * TeamHistoryModel::kPageSize; ++at) {
            const HistoryRow* shown = model.rowAt(at);
            if (!shown) {
                QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
                shown = model.rowAt(at);
            }
            QVERIFY2(shown, qPrintable(QStringLiteral("row %1").arg(at)));
            QCOMPARE(describe(*shown), m_seen.at(at));
        }
        QVERIFY(!model.hasFailedReads());
    }

    // A case that failed half way leaves the table where the next one finds it.
    void cleanup()
    {
        QSqlQuery(QSqlDatabase::database(QStringLiteral("admin")))
            .exec(QStringLiteral("ALTER TABLE IF EXISTS attune.call_facts_away RENAME TO"
                                 " call_facts"));
    }

    void cleanupTestCase()
    {
        m_loader.reset();
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TestTeamPaging)
#include "tst_teampaging.moc"
