#pragma once

#include "core/History.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

namespace attune {

class TeamHistoryLoader;

// The team view's table: the history's columns with the agent in front, read a page at a time
// from the team server through TeamHistoryLoader, so the GUI thread never waits on the server.
//
// It keeps one cursor per page, the rows of the most recently used pages, and every other page
// read so far packed into a byte string (about 300 bytes a row), so going back up or jumping to
// any place already scrolled past shows the rows at once instead of waiting for the server.
// Only past kPackedBytes are the longest unused pages dropped; such a page is read again from
// its cursor when the view returns to it (its rows show as "…" meanwhile), together with the
// pages either side of it, so scrolling on from there in either direction finds them.
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
    // The pages scrolled past, packed: about 60 KB a page (measured: 0.3 ms to pack, 0.8 ms to
    // unpack), so some 500 pages, 100,000 calls.
    static constexpr qsizetype kPackedBytes = 32 * 1024 * 1024;
    // How long a page is shown before the next one is read ahead, unless the view is scrolling
    // through them (it asked for the page just shown): then the next ones are read at once, up
    // to kScrollAheadPages (a screenful scrolled can span two pages).
    static constexpr int kReadAheadDelayMs = 300;
    static constexpr int kScrollAheadPages = 2;
    // A read that failed (the server refused it, or could not be reached) is asked again on its
    // own after kFirstRetryMs, the pause doubling up to kLastRetryMs while it keeps failing.
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kLastRetryMs = 30000;

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
    int packedPages() const { return int(m_packed.size()); }
    // Holds the page's rows, as rows or packed, without asking the server for them.
    bool holdsPage(int page) const { return hasPage(page); }
    // The next page is being read or was read ahead.
    bool isReadingAhead() const { return m_prefetching || !m_ahead.isEmpty(); }
    // Pages read ahead, waiting for the view to scroll on.
    int pagesReadAhead() const { return int(m_ahead.size()); }
    // A smaller budget for the packed pages (a test's small server); kPackedBytes by default.
    void setPackedBytesLimit(qsizetype bytes) { m_packedLimit = bytes; }
    qsizetype packedBytes() const { return m_packedBytes; }
    // Rows at the end shown as "…" until the next page arrives.
    int placeholderRows() const { return m_placeholderRows; }
    // The view waits for a page (the first one, or the next one while scrolling); a page read
    // ahead of the view, or either side of a page read again, does not count.
    bool isLoading() const { return m_fetching || !m_wanted.isEmpty(); }
    // Pages asked of the server again (dropped ones), since the last filter, sort or sign-in.
    int pagesReadAgain() const { return m_pagesReadAgain; }
    QString lastError() const { return m_error; }
    // Reads that failed and wait to be asked again: the next page, or pages read again.
    bool hasFailedReads() const { return m_nextFailed || !m_failedPages.isEmpty(); }
    // Asks the server again at once for every read that failed (the server answers again).
    // Nothing already shown is dropped, and the view keeps its place.
    void retryFailed();
    // The next page was read ahead and waits for the view to scroll on.
    bool hasNextPageReady() const { return !m_ahead.isEmpty(); }

Q_SIGNALS:
    // The first page of a new filter, sort or sign-in arrived (possibly empty).
    void firstPageArrived();
    // Any page arrived; `page` is its number.
    void pageArrived(int page);
    void failed(const QString& error);

private:
    void requestNextPage();
    void readFailed(const QString& error);
    void prefetchNextPage();
    void askForNextPage();
    // `scrolling`: the view asked for this page (not the first): read the next one at once.
    void appendPage(const QList<HistoryRow>& rows, const QString& error, bool scrolling);
    // `wanted`: the view waits for it; otherwise it is read beside one the view waits for.
    void requestPage(int page, bool wanted) const;
    void touchPage(int page) const;
    // A page leaving or entering the rows held: packed, or taken back from its packed form.
    void packPage(int page, const QList<HistoryRow>& rows) const;
    bool unpackPage(int page) const;
    bool hasPage(int page) const { return m_cache.contains(page) || m_packed.contains(page); }

    TeamHistoryLoader& m_loader;
    HistoryFilter m_filter;
    HistoryOrder m_order;
    bool m_active = false;
    int m_rows = 0;
    bool m_exhausted = true;
    bool m_fetching = false; // the view waits for the next page
    // The next pages are read ahead (see appendPage); they wait here, not yet shown, until the
    // view scrolls to the end of what it has. One is read at a time.
    bool m_prefetching = false;
    QList<QList<HistoryRow>> m_ahead;
    bool m_scrolling = false; // the view has asked for a page since the first

    QTimer m_readAhead;
    QTimer m_retry;
    int m_retryMs = kFirstRetryMs;
    // The next page's read failed: not the end of the list; asked again by retryFailed().
    bool m_nextFailed = false;
    bool m_nextFailedWanted = false; // and the view was waiting for it
    // Rows at the end shown as "…" for the next page while it is read (see fetchMore).
    int m_placeholderRows = 0;
    quint64 m_generation = 0;
    QString m_error;
    QList<HistoryRow> m_cursors;
    mutable QHash<int, QList<HistoryRow>> m_cache;
    mutable QList<int> m_recentPages;
    mutable QHash<int, QByteArray> m_packed;
    mutable QList<int> m_packedOrder; // least recently packed first
    mutable qsizetype m_packedBytes = 0;
    qsizetype m_packedLimit = kPackedBytes;
    // Coaching saved since a page was packed, by call key: applied when it is unpacked.
    struct Coaching
    {
        int kudos = 0;
        int notes = 0;
        std::optional<double> supervisorScore;
    };
    QHash<QString, Coaching> m_coachingSincePacked;
    mutable QSet<int> m_pending; // asked of the loader, not answered yet
    mutable QSet<int> m_wanted;  // of those, the ones the view waits for
    mutable int m_pagesReadAgain = 0;
    mutable QSet<int> m_failedPages; // read again, and that read failed
};

} // namespace attune
