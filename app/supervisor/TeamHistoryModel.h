#pragma once

#include "core/History.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace attune {

class TeamHistoryLoader;

// The team view's table: the history's columns with the agent in front, read a page at a time
// from the team server through TeamHistoryLoader, so the GUI thread never waits on the server.
//
// Like the local HistoryModel it keeps one cursor per page and the rows of the most recently
// used pages only; a page dropped from memory is asked for again when the view returns to it,
// and its rows show as "…" for the moment that takes.
class TeamHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Agent,
        // then HistoryModel's columns, shifted by one
        ColumnCount = 13
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 12;
    // How long a page is shown before the next one is read ahead.
    static constexpr int kReadAheadDelayMs = 300;

    explicit TeamHistoryModel(TeamHistoryLoader& loader, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    // HistoryModel's column for one of ours (-1 for the agent).
    static int historyColumn(int column) { return column - 1; }

    void setFilter(const HistoryFilter& filter);
    const HistoryFilter& filter() const { return m_filter; }
    const HistoryOrder& order() const { return m_order; }
    // Forgets everything (sign-out) or reads it all again (sign-in, refresh).
    void clear();
    void refresh();

    const HistoryRow* rowAt(int row) const;
    // A supervisor's note, kudos or score was saved on the call `key`: its counts and score as
    // the server now has them, in the rows held (a page read later has them anyway).
    void updateCoaching(const QString& key, int kudos, int notes,
                        std::optional<double> supervisorScore);
    int cachedPages() const { return int(m_cache.size()); }
    // The view waits for a page (the first one, or the next one while scrolling); a page read
    // ahead of the view does not count.
    bool isLoading() const { return m_fetching || !m_pending.isEmpty(); }
    QString lastError() const { return m_error; }
    // The next page was read ahead and waits for the view to scroll on.
    bool hasNextPageReady() const { return m_prefetched.has_value(); }

Q_SIGNALS:
    // The first page of a new filter, sort or sign-in arrived (possibly empty).
    void firstPageArrived();
    // Any page arrived; `page` is its number.
    void pageArrived(int page);
    void failed(const QString& error);

private:
    void requestNextPage();
    void prefetchNextPage();
    void askForNextPage();
    void appendPage(const QList<HistoryRow>& rows, const QString& error);
    void requestPage(int page) const;
    void touchPage(int page) const;

    TeamHistoryLoader& m_loader;
    HistoryFilter m_filter;
    HistoryOrder m_order;
    bool m_active = false;
    int m_rows = 0;
    bool m_exhausted = true;
    bool m_fetching = false; // the view waits for the next page
    // The next page is asked for as soon as one arrives (see appendPage); it waits here, not yet
    // shown, until the view scrolls to the end of what it has.
    bool m_prefetching = false;
    std::optional<QList<HistoryRow>> m_prefetched;
    QTimer m_readAhead;
    quint64 m_generation = 0;
    QString m_error;
    QList<HistoryRow> m_cursors;
    mutable QHash<int, QList<HistoryRow>> m_cache;
    mutable QList<int> m_recentPages;
    mutable QSet<int> m_pending;
};

} // namespace attune
