#include "HistoryModel.h"

#include "HistoryLoader.h"
#include "core/DisplayLabels.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace attune {

namespace {

QString scoreText(const std::optional<double>& score)
{
    return score ? QLocale().toString(qRound(*score)) : QString();
}

} // namespace

HistoryModel::HistoryModel(HistoryLoader& loader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(loader)
{}

HistoryModel::HistoryModel(HistoryStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ownedLoader(std::make_unique<HistoryLoader>(store))
    , m_loader(*m_ownedLoader)
{}

HistoryModel::~HistoryModel() = default;

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_started && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    // The view asks again and again while it sits at the bottom: one request is on its way.
    if (parent.isValid() || !m_started || m_exhausted || m_fetching)
        return;
    requestNextPage();
}

void HistoryModel::reportLoading(bool wasLoading) const
{
    if (wasLoading != isLoading())
        Q_EMIT const_cast<HistoryModel*>(this)->loadingChanged(isLoading());
}

void HistoryModel::requestNextPage()
{
    const bool wasLoading = isLoading();
    m_fetching = true;
    std::optional<HistoryRow> after;
    if (!m_cursors.isEmpty())
        after = m_cursors.last();
    // The loader checks the generation before reading and before delivering.
    m_loader.page(
        m_filter, m_order, after, kPageSize, this, m_generation,
        [this](const QList<HistoryRow>& rows, const QString& error) { appendPage(rows, error); });
    reportLoading(wasLoading);
}

void HistoryModel::appendPage(const QList<HistoryRow>& rows, const QString& error)
{
    const bool wasLoading = isLoading();
    if (std::exchange(m_replacing, false)) {
        beginResetModel();
        m_rows = 0;
        m_cursors.clear();
        m_cache.clear();
        m_recentPages.clear();
        m_pending.clear();
        endResetModel();
    }
    const int page = int(m_cursors.size());
    m_error = error;
    // A failed read ends the paging: asking again would fail the same way until the query
    // changes, and the view asks for more at every scroll.
    if (rows.size() < kPageSize || !error.isEmpty())
        m_exhausted = true;
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), m_rows, m_rows + int(rows.size()) - 1);
        m_cursors.append(rows.last());
        m_rows += int(rows.size());
        m_cache.insert(page, rows);
        touchPage(page);
        endInsertRows();
    }
    // Only now: a view asking for more while it hears of these rows (or of the reset) would
    // otherwise ask for this page again.
    m_fetching = false;
    reportLoading(wasLoading);
    if (!error.isEmpty())
        Q_EMIT failed(error);
    if (page == 0)
        Q_EMIT firstPageArrived();
}

void HistoryModel::requestPage(int page) const
{
    if (m_pending.contains(page))
        return;
    const bool wasLoading = isLoading();
    m_pending.insert(page);
    std::optional<HistoryRow> after;
    if (page > 0)
        after = m_cursors.at(page - 1);
    auto* self = const_cast<HistoryModel*>(this);
    m_loader.page(m_filter, m_order, after, kPageSize, self, m_generation,
                  [self, page](const QList<HistoryRow>& rows, const QString& error) {
                      const bool wasLoading = self->isLoading();
                      self->m_pending.remove(page);
                      // A failed read leaves the rows as "…"; the view asks again when it
                      // shows them next.
                      if (error.isEmpty()) {
                          self->m_cache.insert(page, rows);
                          self->touchPage(page);
                          const int first = page * kPageSize;
                          const int last = std::min(self->m_rows, first + kPageSize) - 1;
                          if (last >= first)
                              Q_EMIT self->dataChanged(self->index(first, 0),
                                                       self->index(last, ColumnCount - 1));
                      }
                      self->reportLoading(wasLoading);
                      if (!error.isEmpty())
                          Q_EMIT self->failed(error);
                  });
    reportLoading(wasLoading);
}

void HistoryModel::touchPage(int page) const
{
    // Least recently used pages go first; the view only ever shows a page or two at a time.
    m_recentPages.removeOne(page);
    m_recentPages.append(page);
    while (m_recentPages.size() > kCachedPages)
        m_cache.remove(m_recentPages.takeFirst());
}

const HistoryRow* HistoryModel::rowAt(int row) const
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
    // A page read again can come back shorter when rows were deleted meanwhile (retention).
    return offset < cached->size() ? &cached->at(offset) : nullptr;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const HistoryRow* row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == When ? QStringLiteral("…") : QVariant();
    return cellData(*row, index.column(), role);
}

QVariant HistoryModel::cellData(const HistoryRow& rowValue, int column, int role)
{
    const HistoryRow* row = &rowValue;
    const QLocale locale;
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Duration:
        case SelfScore:
        case SupervisorScore:
        case CustomerScore:
        case KudosCount:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == kRawRole) {
        switch (column) {
        case When:
            return row->at;
        case Duration:
            return row->talkMs;
        case Peak:
            return row->arcPeak ? QVariant(*row->arcPeak) : QVariant();
        case SelfScore:
            return row->score ? QVariant(*row->score) : QVariant();
        case SupervisorScore:
            return row->supervisorScore ? QVariant(*row->supervisorScore) : QVariant();
        case CustomerScore:
            return row->customerScore ? QVariant(*row->customerScore) : QVariant();
        case KudosCount:
            return row->kudos;
        default:
            return cellData(rowValue, column, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case When:
        return whenText(row->at);
    case Customer:
        return row->customer.isEmpty() ? tr("Unknown caller") : row->customer;
    case Duration:
        return durationText(row->talkMs);
    case Peak:
        if (!row->arcPeak || *row->arcPeak < 0.35)
            return role == Qt::DisplayRole ? tr("calm") : tr("The customer stayed calm");
        return tr("%1 (%2)").arg(feelingName(row->arcPeakKind),
                                 *row->arcPeak >= HistoryFilter::kHotPeak ? tr("hot") : tr("warm"));
    case Calmed:
        if (!row->calmed || !row->arcPeak || *row->arcPeak < 0.35)
            return QString();
        return *row->calmed ? tr("calmed") : tr("did not calm");
    case Outcome:
        return outcomeName(row->outcome);
    case SelfScore:
        return scoreText(row->score);
    case SupervisorScore:
        return scoreText(row->supervisorScore);
    case CustomerScore:
        if (!row->customerScore)
            return QString();
        // The number, and a mark when the customer left upset (told in words to a reader).
        if (row->customerUpset)
            return role == Qt::DisplayRole
                       ? tr("%1 ☹").arg(scoreText(row->customerScore))
                       : tr("%1, the customer left upset").arg(scoreText(row->customerScore));
        return scoreText(row->customerScore);
    case Stress:
        if (!row->stressBefore && !row->stressAfter)
            return QString();
        // "4 → 2": before, then after; a missing tap shows as a dash.
        return tr("%1 → %2").arg(
            row->stressBefore ? locale.toString(*row->stressBefore) : QStringLiteral("–"),
            row->stressAfter ? locale.toString(*row->stressAfter) : QStringLiteral("–"));
    case Breathing:
        return row->breathingTaken ? tr("yes") : QString();
    case KudosCount:
        return row->kudos > 0 ? locale.toString(row->kudos) : QString();
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    return columnHeader(section, role);
}

QVariant HistoryModel::columnHeader(int section, int role)
{
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Peak:
            return tr("The strongest feeling the customer's words showed on the call");
        case SelfScore:
            return tr("The agent's own rubric score, 0 to 100");
        case SupervisorScore:
            return tr("A supervisor's rubric score of the same call, 0 to 100");
        case CustomerScore:
            return tr("The customer's own post-call survey, 0 to 100 (CSAT 1 to 5 or NPS 0 to 10)");
        case Stress:
            return tr("The agent's own stress before and after the call, 1 (calm) to 5");
        case Breathing:
            return tr("A breathing exercise was taken after this call");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Customer:
        return tr("Customer");
    case Duration:
        return tr("Talk time");
    case Peak:
        return tr("Peak feeling");
    case Calmed:
        return tr("Calmed");
    case Outcome:
        return tr("Outcome");
    case SelfScore:
        return tr("Self score");
    case SupervisorScore:
        return tr("Supervisor score");
    case CustomerScore:
        return tr("Customer score");
    case Stress:
        return tr("Stress");
    case Breathing:
        return tr("Breathing");
    case KudosCount:
        return tr("Kudos");
    default:
        return {};
    }
}

bool HistoryModel::isSortable(int column)
{
    return column == When || column == Duration || column == Peak || column == SelfScore;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    HistoryOrder wanted;
    wanted.by = column == Duration    ? HistorySort::Duration
                : column == Peak      ? HistorySort::Peak
                : column == SelfScore ? HistorySort::Score
                                      : HistorySort::Time;
    wanted.descending = order == Qt::DescendingOrder;
    if (wanted == m_order && m_started)
        return;
    m_order = wanted;
    restart();
}

void HistoryModel::setFilter(const HistoryFilter& filter)
{
    if (filter == m_filter && m_started)
        return;
    m_filter = filter;
    restart();
}

void HistoryModel::refresh()
{
    if (!m_started) {
        restart();
        return;
    }
    // The same query read again (a coaching note changed a count): the rows held stay on show,
    // and the selection with them, until the new first page replaces them in one reset.
    const bool wasLoading = isLoading();
    ++*m_generation;
    m_pending.clear();
    m_replacing = true;
    m_exhausted = false;
    m_fetching = true;
    m_loader.page(
        m_filter, m_order, std::nullopt, kPageSize, this, m_generation,
        [this](const QList<HistoryRow>& rows, const QString& error) { appendPage(rows, error); });
    reportLoading(wasLoading);
}

void HistoryModel::restart()
{
    const bool wasLoading = isLoading();
    beginResetModel();
    // Whatever is still on its way belongs to the query before: not read, or dropped on arrival.
    ++*m_generation;
    m_replacing = false;
    m_started = true;
    m_rows = 0;
    m_exhausted = false;
    m_fetching = false;
    m_error.clear();
    m_cursors.clear();
    m_cache.clear();
    m_recentPages.clear();
    m_pending.clear();
    // Asked for within the reset: a view (or Qt's model tester) that asks for more on hearing
    // the reset finds the first page on its way already, not a second request for it.
    requestNextPage();
    endResetModel();
    reportLoading(wasLoading);
}

QString HistoryModel::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString HistoryModel::whenText(const QDateTime& at)
{
    // The locale's short date and time, without seconds nobody needs in a history.
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                            locale.toString(local.time(), QLocale::ShortFormat));
}

QString HistoryModel::feelingName(const QString& kind)
{
    return DisplayLabels::feeling(kind);
}

QString HistoryModel::outcomeName(const QString& outcome)
{
    return DisplayLabels::outcome(outcome);
}

} // namespace attune
