#include "TeamHistoryModel.h"

#include "HistoryModel.h"
#include "TeamHistoryLoader.h"

#include <QDataStream>
#include <QIODevice>
#include <QPointer>

#include <utility>

namespace attune {

namespace {

// Packing format version, in case a page is ever kept longer than the process.
constexpr quint8 kPackFormat = 1;

template <typename T>
void writeOptional(QDataStream& out, const std::optional<T>& value)
{
    out << bool(value.has_value()) << (value ? *value : T{});
}

template <typename T>
void readOptional(QDataStream& in, std::optional<T>& value)
{
    bool present = false;
    T read{};
    in >> present >> read;
    value = present ? std::optional<T>(read) : std::nullopt;
}

// Text as UTF-8: the names, ids and words of a row are nearly all ASCII, half their QString size.
void writeText(QDataStream& out, const QString& text)
{
    out << text.toUtf8();
}

QString readText(QDataStream& in)
{
    QByteArray utf8;
    in >> utf8;
    return QString::fromUtf8(utf8);
}

QByteArray pack(const QList<HistoryRow>& rows)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << kPackFormat << qint32(rows.size());
    for (const HistoryRow& row : rows) {
        out << row.callRowId;
        writeText(out, row.callId);
        out << row.at;
        writeText(out, row.customer);
        out << row.talkMs;
        writeOptional(out, row.arcPeak);
        writeText(out, row.arcPeakKind);
        writeOptional(out, row.calmed);
        out << row.assessmentId;
        writeText(out, row.outcome);
        writeOptional(out, row.score);
        writeOptional(out, row.supervisorScore);
        writeOptional(out, row.stressBefore);
        writeOptional(out, row.stressAfter);
        out << row.breathingTaken << qint32(row.kudos) << qint32(row.coachingNotes);
        writeOptional(out, row.customerScore);
        out << row.customerUpset;
        writeText(out, row.key);
        writeText(out, row.assessmentKey);
        writeText(out, row.agent);
        out << row.sortValue << row.sortId;
    }
    return bytes;
}

std::optional<QList<HistoryRow>> unpack(const QByteArray& bytes)
{
    QDataStream in(bytes);
    quint8 format = 0;
    qint32 count = 0;
    in >> format >> count;
    if (format != kPackFormat || count < 0)
        return std::nullopt;
    QList<HistoryRow> rows;
    rows.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        HistoryRow row;
        in >> row.callRowId;
        row.callId = readText(in);
        in >> row.at;
        row.customer = readText(in);
        in >> row.talkMs;
        readOptional(in, row.arcPeak);
        row.arcPeakKind = readText(in);
        readOptional(in, row.calmed);
        in >> row.assessmentId;
        row.outcome = readText(in);
        readOptional(in, row.score);
        readOptional(in, row.supervisorScore);
        readOptional(in, row.stressBefore);
        readOptional(in, row.stressAfter);
        qint32 kudos = 0;
        qint32 notes = 0;
        in >> row.breathingTaken >> kudos >> notes;
        row.kudos = kudos;
        row.coachingNotes = notes;
        readOptional(in, row.customerScore);
        in >> row.customerUpset;
        row.key = readText(in);
        row.assessmentKey = readText(in);
        row.agent = readText(in);
        in >> row.sortValue >> row.sortId;
        rows.append(std::move(row));
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return rows;
}

} // namespace

// Every column of the agent's own history (the customer's score too) after the agent's.
static_assert(TeamHistoryModel::ColumnCount == 1 + HistoryModel::ColumnCount);

TeamHistoryModel::TeamHistoryModel(TeamHistoryLoader& loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{
    m_readAhead.setSingleShot(true);
    m_readAhead.setInterval(kReadAheadDelayMs);
    connect(&m_readAhead, &QTimer::timeout, this, &TeamHistoryModel::prefetchNextPage);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TeamHistoryModel::retryFailed);
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
    m_nextFailed = false;
    if (!m_ahead.isEmpty()) {
        // Read while the view was still showing the rows before it: no wait at all.
        appendPage(m_ahead.takeFirst(), QString(), true);
        return;
    }
    if (m_prefetching)
        m_fetching = true; // the page on its way is the one the view wants
    else
        requestNextPage();
    // The view scrolls on at once, into rows shown as "…" until the page arrives, instead of
    // stopping at the last row read. Not for a first page: an empty list shows as such.
    if (!m_cursors.isEmpty() && m_placeholderRows == 0) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + kPageSize - 1);
        m_rows += kPageSize;
        m_placeholderRows = kPageSize;
        endInsertRows();
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
    const int depth = m_scrolling ? kScrollAheadPages : 1;
    if (m_exhausted || m_prefetching || m_ahead.size() >= depth)
        return;
    if (!m_ahead.isEmpty() && m_ahead.last().size() < kPageSize)
        return; // the last page is read already
    m_prefetching = true;
    askForNextPage();
}

void TeamHistoryModel::askForNextPage()
{
    std::optional<HistoryRow> after;
    if (!m_ahead.isEmpty())
        after = m_ahead.last().last(); // never empty: an empty page ends the reading ahead
    else if (!m_cursors.isEmpty())
        after = m_cursors.last();
    const quint64 generation = m_generation;
    QPointer<TeamHistoryModel> self(this);
    m_loader.page(m_filter, m_order, after, kPageSize,
                  [self, generation](const QList<HistoryRow>& rows, const QString& error) {
                      if (!self || self->m_generation != generation)
                          return;
                      self->m_prefetching = false;
                      if (self->m_fetching) {
                          // The view waits for this one (so none was read ahead of it).
                          self->appendPage(rows, error, !self->m_cursors.isEmpty());
                      } else if (!error.isEmpty()) {
                          // Said at once unless pages before it wait to be shown; the view
                          // asks again once it has scrolled through those.
                          if (self->m_ahead.isEmpty())
                              self->appendPage(rows, error, false);
                      } else {
                          self->m_ahead.append(rows);
                          self->prefetchNextPage();
                      }
                  });
}

void TeamHistoryModel::readFailed(const QString& error)
{
    m_error = error;
    Q_EMIT failed(error);
    if (!m_retry.isActive()) {
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, kLastRetryMs);
    }
}

void TeamHistoryModel::retryFailed()
{
    m_retry.stop();
    if (!m_active)
        return;
    if (m_nextFailed && !m_fetching && !m_prefetching) {
        m_nextFailed = false;
        if (m_nextFailedWanted || m_cursors.isEmpty())
            requestNextPage();
        else
            prefetchNextPage();
    }
    const QSet<int> failedPages = std::exchange(m_failedPages, {});
    for (const int page : failedPages)
        if (!hasPage(page))
            requestPage(page, false);
}

void TeamHistoryModel::appendPage(const QList<HistoryRow>& rows, const QString& error,
                                  bool scrolling)
{
    const int page = int(m_cursors.size());
    if (!error.isEmpty()) {
        // A failed read says nothing about where the list ends: the rows shown stay, the view
        // can still fetch more, and the page is asked for again.
        m_nextFailedWanted = m_fetching || page == 0;
        m_fetching = false;
        m_nextFailed = true;
        readFailed(error);
        if (page == 0)
            Q_EMIT firstPageArrived();
        return;
    }
    m_fetching = false;
    if (scrolling)
        m_scrolling = true;
    m_error.clear();
    m_retryMs = kFirstRetryMs;
    if (rows.size() < kPageSize)
        m_exhausted = true;
    if (m_placeholderRows > 0) {
        // The page takes the place of its "…" rows; those it does not fill (the list's end)
        // go.
        const int first = m_rows - m_placeholderRows;
        const int filled = int(rows.size());
        if (filled < m_placeholderRows) {
            beginRemoveRows(QModelIndex(), first + filled, m_rows - 1);
            m_rows = first + filled;
            m_placeholderRows = 0;
            endRemoveRows();
        }
        m_placeholderRows = 0;
        if (!rows.isEmpty()) {
            m_cursors.append(rows.last());
            m_cache.insert(page, rows);
            touchPage(page);
            Q_EMIT dataChanged(index(first, 0), index(first + filled - 1, ColumnCount - 1));
        }
    } else if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + int(rows.size()) - 1);
        m_cursors.append(rows.last());
        m_rows += int(rows.size());
        m_cache.insert(page, rows);
        touchPage(page);
        endInsertRows();
    }
    if (page == 0)
        Q_EMIT firstPageArrived();
    Q_EMIT pageArrived(page);
    // The next page is read while the supervisor looks at this one, so scrolling on finds it
    // here rather than waiting for the server. Not at once after a first page: the loader
    // reads one thing at a time, and a supervisor clicking through filters would wait behind
    // each read-ahead. But a view that asked for this page is scrolling through them, and the
    // time it takes to paint this one is better spent reading the next.
    if (error.isEmpty() && !m_exhausted) {
        if (m_scrolling)
            prefetchNextPage();
        else
            m_readAhead.start();
    }
}

void TeamHistoryModel::requestPage(int page, bool wanted) const
{
    if (page < 0 || page >= int(m_cursors.size()))
        return;
    if (wanted)
        m_wanted.insert(page);
    if (m_pending.contains(page))
        return;
    m_pending.insert(page);
    ++m_pagesReadAgain;
    std::optional<HistoryRow> after;
    if (page > 0)
        after = m_cursors.at(page - 1);
    const quint64 generation = m_generation;
    QPointer<TeamHistoryModel> self(const_cast<TeamHistoryModel*>(this));
    m_loader.page(m_filter, m_order, after, kPageSize,
                  [self, generation, page](const QList<HistoryRow>& rows, const QString& error) {
                      if (!self || self->m_generation != generation)
                          return;
                      self->m_pending.remove(page);
                      self->m_wanted.remove(page);
                      if (!error.isEmpty()) {
                          // Not an empty page: its rows stay "…" until a read succeeds.
                          self->m_failedPages.insert(page);
                          self->readFailed(error);
                          return;
                      }
                      self->m_failedPages.remove(page);
                      // Unpacked or read again meanwhile: the rows held are as new.
                      if (self->hasPage(page))
                          return;
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
    while (m_recentPages.size() > kCachedPages) {
        const int oldest = m_recentPages.takeFirst();
        packPage(oldest, m_cache.take(oldest));
    }
}

void TeamHistoryModel::packPage(int page, const QList<HistoryRow>& rows) const
{
    if (rows.isEmpty())
        return;
    QByteArray bytes = pack(rows);
    m_packedBytes += bytes.size();
    m_packed.insert(page, std::move(bytes));
    m_packedOrder.append(page);
    // Past the budget, the pages unused the longest go; their cursors stay, so each can be read
    // again from where it starts.
    while (m_packedBytes > m_packedLimit && !m_packedOrder.isEmpty())
        m_packedBytes -= m_packed.take(m_packedOrder.takeFirst()).size();
}

bool TeamHistoryModel::unpackPage(int page) const
{
    const auto packed = m_packed.constFind(page);
    if (packed == m_packed.constEnd())
        return false;
    std::optional<QList<HistoryRow>> rows = unpack(*packed);
    m_packedBytes -= packed->size();
    m_packed.erase(packed);
    m_packedOrder.removeOne(page);
    if (!rows)
        return false;
    for (HistoryRow& row : *rows) {
        const auto coached = m_coachingSincePacked.constFind(row.key);
        if (coached == m_coachingSincePacked.constEnd())
            continue;
        row.kudos = coached->kudos;
        row.coachingNotes = coached->notes;
        if (row.assessmentId != 0)
            row.supervisorScore = coached->supervisorScore;
    }
    m_cache.insert(page, std::move(*rows));
    touchPage(page);
    return true;
}

void TeamHistoryModel::updateCoaching(const QString& key, int kudos, int notes,
                                      std::optional<double> supervisorScore)
{
    // The call may be on a packed page too; looking through every one would take a while.
    if (!m_packed.isEmpty())
        m_coachingSincePacked.insert(key, Coaching{kudos, notes, supervisorScore});
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
    auto cached = m_cache.constFind(page);
    if (cached == m_cache.constEnd() && unpackPage(page))
        cached = m_cache.constFind(page);
    if (cached == m_cache.constEnd()) {
        requestPage(page, true);
        // Dropped pages come in runs: the view goes on up or down from here, and finds the
        // next one read meanwhile.
        for (const int beside : {page - 1, page + 1})
            if (!hasPage(beside))
                requestPage(beside, false);
        return nullptr;
    }
    if (m_recentPages.isEmpty() || m_recentPages.last() != page)
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
    m_ahead.clear();
    m_scrolling = false;
    m_readAhead.stop();
    m_error.clear();
    m_cursors.clear();
    m_cache.clear();
    m_recentPages.clear();
    m_packed.clear();
    m_packedOrder.clear();
    m_packedBytes = 0;
    m_coachingSincePacked.clear();
    m_pending.clear();
    m_wanted.clear();
    m_pagesReadAgain = 0;
    m_retry.stop();
    m_retryMs = kFirstRetryMs;
    m_nextFailed = false;
    m_nextFailedWanted = false;
    m_failedPages.clear();
    m_placeholderRows = 0;
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
