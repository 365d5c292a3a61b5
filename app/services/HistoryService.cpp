#include "HistoryService.h"

#include "supervisor/HistoryExport.h"
#include "supervisor/TrendsLoader.h"

namespace attune {

HistoryService::HistoryService(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_coaching(coaching)
    , m_trends(trends)
{
    // The loader delivers on its owner's thread (the GUI thread) already.
    connect(&m_trends, &TrendsLoader::ready, this, &HistoryService::trendsReady);
}

HistoryService::~HistoryService() = default;

void HistoryService::requestTrends(const QDate& from, const QDate& to)
{
    m_trends.request(from, to);
}

qint64 HistoryService::writeCsv(const ExportPolicy& policy, const HistoryFilter& filter,
                                const HistoryOrder& order, QIODevice& out, QString* error) const
{
    return HistoryExport::writeCsv(policy, m_store, filter, order, out, error);
}

QString HistoryService::reportHtml(const ExportPolicy& policy, const HistoryFilter& filter,
                                   const HistoryOrder& order, const QString& title,
                                   QString* error) const
{
    const QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
    const QDate from = filter.from.isValid() ? filter.from : to.addDays(-83);
    const QList<HistoryWeek> weeks = m_store.weeks(from, to);
    return HistoryExport::reportHtml(policy, m_store, m_coaching, filter, order, weeks, title,
                                     error);
}

} // namespace attune
