#include "TeamHistoryModel.h"

#include "HistoryModel.h"
#include "TeamHistoryLoader.h"

#include <QPointer>

#include <utility>

namespace attune {

// Every column of the agent's own history (the customer's score too) after the agent's.
static_assert(TeamHistoryModel::ColumnCount == 1 + HistoryModel::ColumnCount);

TeamHistoryModel::TeamHistoryModel(TeamHistoryLoader& loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{
    m_readAhead.setSingleShot(true);
    m_readAhead.setInterval(kReadAheadDelayMs);
    connect(&m_readAhead, &QTimer::timeout, this, &TeamHistoryModel::prefetchNextPage);
}

int TeamHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TeamHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TeamHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_active && !m_exhausted;
}

void TeamHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_active || m_exhausted || m_fetching)
        return;
    if (m_prefetched) {
        // Read while the view was still showing the rows before it: no wait at all.
        const QList<HistoryRow> rows = *std::exchange(m_prefetched, std::nullopt);
        appendPage(rows, QString());
    } else if (m_prefetching) {
        m_fetching = true; // the page on its way is the one the view wants
    } else {
        requestNextPage();
    }
}

void TeamHistoryModel::requestNextPage()
{
    m_fetching = true;
    m_prefetching = true;
    askForNextPage();
}

void TeamHistoryModel::prefetchNextPage()
{
    if (m_exhausted || m_prefetching || m_prefetched)
        return;
    m_prefetching = true;
    askForNextPage();
}

void TeamHistoryModel::askForNextPage()
{
    std::optional<HistoryRow> after;
    if (!m_cursors.isEmpty())
        after = m_cursors.last();
    const quint64 generation = m_generation;
    QPointer<TeamHistoryModel> self(this);
    m_loader.page(m_filter, m_order, after, kPageSize,
                  [self, generation](const QList<HistoryRow>& rows, const QString& error) {
                      if (!self || self->m_generation != generation)
                          return;
                      self->m_prefetching = false;
                      if (self->m_fetching || !error.isEmpty())
                          self->appendPage(rows, error);
                      else
                          self->m_prefetched = rows;
                  });
}

void TeamHistoryModel::appendPage(const QList<HistoryRow>& rows, const QString& error)
{
    const int page = int(m_cursors.size());
    m_fetching = false;
    m_error = error;
    if (rows.size() < kPageSize)
        m_exhausted = true;
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + int(rows.size()) - 1);
        m_cursors.append(rows.last());
        m_rows += int(rows.size());
        m_cache.insert(page, rows);
        touchPage(page);
        endInsertRows();
    }
    if (!error.isEmpty())
        Q_EMIT failed(error);
    if (page == 0)
        Q_EMIT firstPageArrived();
    Q_EMIT pageArrived(page);
    // The next page is read while the supervisor looks at this one, so scrolling on finds it
    // here rather than waiting for the server. Not at once: the loader reads one thing at a
    // time, and a supervisor clicking through filters would wait behind each read-ahead.
    if (error.isEmpty() && !m_exhausted)
        m_readAhead.start();
}

void TeamHistoryModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    std::optional<HistoryRow> after;
    if (page > 0)
        after = m_cursors.at(page - 1);
    const quint64 generation = m_generation;
    QPointer<TeamHistoryModel> self(const_cast<TeamHistoryModel*>(this));
    m_loader.page(m_filter, m_order, after, kPageSize,
                  [self, generation, page](const QList<HistoryRow>& rows, const QString&) {
                      if (!self || self->m_generation != generation)
                          return;
                      self->m_pending.remove(page);
                      self->m_cache.insert(page, rows);
                      self->touchPage(page);
                      const int first = page * kPageSize;
                      const int last = std::min(self->m_rows, first + kPageSize) - 1;
                      if (last >= first)
                          Q_EMIT self->dataChanged(self->index(first, 0),
                                                   self->index(last, ColumnCount - 1));
                      Q_EMIT self->pageArrived(page);
                  });
}

void TeamHistoryModel::touchPage(int page) const
{
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    while (m_recentPages.size() > kCachedPages)
        m_cache.remove(m_recentPages.takeFirst());
}

void TeamHistoryModel::updateCoaching(const QString& key, int kudos, int notes,
                                      std::optional<double> supervisorScore)
{
    for (auto page = m_cache.begin(); page != m_cache.end(); ++page) {
        for (int offset = 0; offset < page->size(); ++offset) {
            HistoryRow& row = (*page)[offset];
            if (row.key != key)
                continue;
            row.kudos = kudos;
            row.coachingNotes = notes;
            if (row.assessmentId != 0)
                row.supervisorScore = supervisorScore;
            const int at = page.key() * kPageSize + offset;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
    }
}

const HistoryRow* TeamHistoryModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / kPageSize;
    const auto cached = m_cache.constFind(page);
    if (cached == m_cache.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    touchPage(page);
    const int offset = row % kPageSize;
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

QVariant TeamHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const HistoryRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == Agent ? QStringLiteral("…")
                                                                  : QVariant();
    if (index.column() == Agent) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole ||
            role == HistoryModel::kRawRole)
            return row->agent;
        return {};
    }
    return HistoryModel::cellData(*row, historyColumn(index.column()), role);
}

QVariant TeamHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == Agent)
        return role == Qt::DisplayRole ? QVariant(tr("Agent")) : QVariant();
    return HistoryModel::columnHeader(historyColumn(section), role);
}

bool TeamHistoryModel::isSortable(int column)
{
    return column > Agent && HistoryModel::isSortable(historyColumn(column));
}

void TeamHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const int history = historyColumn(column);
    HistoryOrder wanted;
    wanted.by = history == HistoryModel::Duration    ? HistorySort::Duration
                : history == HistoryModel::Peak      ? HistorySort::Peak
                : history == HistoryModel::SelfScore ? HistorySort::Score
                                                     : HistorySort::Time;
    wanted.descending = order == Qt::DescendingOrder;
    if (wanted == m_order)
        return;
    m_order = wanted;
    if (m_active)
        refresh();
}

void TeamHistoryModel::setFilter(const HistoryFilter& filter)
{
    if (filter == m_filter && m_active)
        return;
    m_filter = filter;
    if (m_active)
        refresh();
}

void TeamHistoryModel::clear()
{
    beginResetModel();
    ++m_generation;
    m_loader.dropQueuedPages();
    m_active = false;
    m_rows = 0;
    m_exhausted = true;
    m_fetching = false;
    m_prefetching = false;
    m_prefetched.reset();
    m_readAhead.stop();
    m_error.clear();
    m_cursors.clear();
    m_cache.clear();
    m_recentPages.clear();
    m_pending.clear();
    endResetModel();
}

void TeamHistoryModel::refresh()
{
    clear();
    m_active = true;
    m_exhausted = false;
    requestNextPage();
}

} // namespace attune
