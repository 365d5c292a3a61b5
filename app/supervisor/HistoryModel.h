#pragma once

#include "storage/HistoryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>

namespace attune {

class HistoryLoader;

// The history table: read-only, fetched a page at a time as the view scrolls.
//
// Every page is read on HistoryLoader's thread and arrives here as a value, so the GUI thread
// never waits on the database. A new filter, sort or refresh empties the table at once and shows
// the first page of the new query when it comes; an answer to an older query is dropped (each
// query has a generation number), so rows of a filter no longer asked for are never shown.
//
// Memory stays flat however far the view scrolls: the model keeps one cursor per page (the last
// row's sort value and id, a few dozen bytes) and the rows of the most recently used pages only.
// A page that was dropped is asked for again from its cursor when the view returns to it (its
// rows show "…" meanwhile); keyset paging makes that as cheap as the first time.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Customer,
        Duration,
        Peak,
        Calmed,
        Outcome,
        SelfScore,
        SupervisorScore,
        CustomerScore,
        Stress,
        Breathing,
        KudosCount,
        ColumnCount
    };
    // The raw value behind a cell (a number for scores, the QDateTime for When).
    static constexpr int kRawRole = Qt::UserRole + 1;

    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 12;

    // Reads through `loader` (HistoryService's, shared with the detail pane).
    explicit HistoryModel(HistoryLoader& loader, QObject* parent = nullptr);
    // With a loader of its own over `store` (tests and tools that wire the stores by hand).
    explicit HistoryModel(HistoryStore& store, QObject* parent = nullptr);
    ~HistoryModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts in SQL. Only When, Duration, Peak and SelfScore can be sorted; the others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    // What data() and headerData() answer for a row and a column; the team view's model shows
    // the same cells.
    static QVariant cellData(const HistoryRow& row, int column, int role);
    static QVariant columnHeader(int section, int role);

    // Shared wording for the detail pane and the exports.
    static QString durationText(qint64 ms);
    static QString whenText(const QDateTime& at);
    static QString feelingName(const QString& kind); // "frustration" -> "frustrated"
    static QString outcomeName(const QString& outcome);

    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    const HistoryOrder& order() const { return m_order; }
    // Reads everything again, e.g. after a coaching note or kudos changed a row; the rows held
    // stay until the new ones arrive.
    void refresh();

    // The row behind a table row, or null while its page is being read (it is asked for).
    const HistoryRow* rowAt(int row) const;
    // How many pages' rows are held right now (for the memory test and the benchmark).
    int cachedPages() const { return int(m_cache.size()); }
    // The view waits for rows: the first page of the current query, the next one while
    // scrolling, or a page read again.
    bool isLoading() const { return m_fetching || !m_pending.isEmpty(); }
    // Why the last page could not be read (plain words), empty once one was.
    QString lastError() const { return m_error; }

Q_SIGNALS:
    // The first page of a new filter, sort or refresh arrived (possibly empty).
    void firstPageArrived();
    void loadingChanged(bool loading);
    void failed(const QString& reason);

private:
    void restart();
    void requestNextPage();
    void appendPage(const QList<HistoryRow>& rows, const QString& error);
    void requestPage(int page) const;
    void touchPage(int page) const;
    void reportLoading(bool wasLoading) const;

    std::unique_ptr<HistoryLoader> m_ownedLoader;
    HistoryLoader& m_loader;
    HistoryFilter m_filter;
    HistoryOrder m_order;
    bool m_started = false; // a query was asked for since construction
    // The query's number, shared with the loader so that it skips pages asked for under an
    // older one (a burst of keystrokes reads the last filter only).
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    int m_rows = 0;
    bool m_exhausted = false;
    bool m_fetching = false;  // the next page (or the first) is on its way
    bool m_replacing = false; // refresh(): the first page on its way replaces every row held
    QString m_error;
    // m_cursors[k] is the last row of page k, where page k + 1 starts.
    QList<HistoryRow> m_cursors;
    mutable QHash<int, QList<HistoryRow>> m_cache;
    mutable QList<int> m_recentPages; // most recently used last
    mutable QSet<int> m_pending;      // dropped pages asked for again
};

} // namespace attune
