#pragma once

#include "storage/HistoryStore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace attune {

// The history table: read-only, fetched a page at a time as the view scrolls.
//
// Memory stays flat however far the view scrolls: the model keeps one cursor per page (the last
// row's sort value and id, a few dozen bytes) and the rows of the most recently used pages only.
// A page that was dropped is read again from its cursor when the view returns to it; keyset
// paging makes that as cheap as the first time.
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

    explicit HistoryModel(HistoryStore& store, QObject* parent = nullptr);

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
    // Reads everything again, e.g. after a coaching note or kudos changed a row.
    void refresh();

    // The row behind a table row, or null while it cannot be read.
    const HistoryRow* rowAt(int row) const;
    // How many pages' rows are held right now (for the memory test and the benchmark).
    int cachedPages() const { return int(m_cache.size()); }

private:
    void restart();
    // The page after the last one read (and whether it was the last), then adding it.
    QList<HistoryRow> readNextPage();
    void addPage(QList<HistoryRow> rows);
    const QList<HistoryRow>* loadPage(int page) const;
    void touchPage(int page) const;

    HistoryStore& m_store;
    HistoryFilter m_filter;
    HistoryOrder m_order;
    int m_rows = 0;
    bool m_exhausted = false;
    // m_cursors[k] is the last row of page k, where page k + 1 starts.
    QList<HistoryRow> m_cursors;
    mutable QHash<int, QList<HistoryRow>> m_cache;
    mutable QList<int> m_recentPages; // most recently used last
};

} // namespace attune
