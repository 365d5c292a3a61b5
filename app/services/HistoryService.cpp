#include "HistoryService.h"

#include "CoachingService.h"
#include "core/Logging.h"
#include "storage/CoachingStore.h"
#include "storage/HistoryStore.h"
#include "supervisor/HistoryExport.h"
#include "supervisor/HistoryLoader.h"
#include "supervisor/TrendsLoader.h"

namespace attune {

HistoryService::HistoryService(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_coaching(coaching)
    , m_trends(trends)
    , m_loader(std::make_unique<HistoryLoader>(store))
{
    // The loader delivers on its owner's thread (the GUI thread) already.
    connect(&m_trends, &TrendsLoader::ready, this, &HistoryService::trendsReady);
}

HistoryService::~HistoryService() = default;

namespace {

// The loader thread's own store with the wellbeing rule as it was when the read was asked for.
struct ThreadStores
{
    explicit ThreadStores(const HistoryLoader::Reading& reading)
        : history(reading.database)
        , coaching(reading.database)
    {
        if (reading.wellbeingHidden)
            history.hideWellbeingWhile([] { return true; });
    }
    HistoryStore history;
    CoachingStore coaching;
};

struct CsvOutcome
{
    qint64 rows = -1;
    QString error;
};

struct ReportOutcome
{
    QString html;
    QString error;
};

} // namespace

void HistoryService::requestCallDetail(qint64 callRowId, HistoryViewer viewer, QObject* context,
                                       std::function<void(const std::optional<CallDetail>&)> done,
                                       std::function<QString(const QString&)> profileOf)
{
    m_loader->read<std::optional<CallDetail>>(
        [callRowId, viewer, profileOf = std::move(profileOf)](
            const HistoryLoader::Reading& reading) -> std::optional<CallDetail> {
            // Stores of this thread's own over its connection; supervisor records are checked
            // here too (RecordTrust's SQL function), not on the GUI thread.
            const ThreadStores stores(reading);
            std::optional<HistoryDetail> detail = stores.history.detail(callRowId, viewer);
            if (!detail) {
                // The row was listed a moment ago: gone since (retention), or the read failed.
                if (!reading.stopping)
                    qCWarning(lcStorage)
                        << "history: the detail of call row" << callRowId << "could not be read";
                return std::nullopt;
            }
            CallDetail call;
            call.notes = stores.coaching.notes(detail->row.callId);
            call.kudos = stores.coaching.kudos(detail->row.callId);
            if (profileOf && !detail->customerId.isEmpty())
                call.profileSummary = profileOf(detail->customerId);
            call.detail = std::move(*detail);
            return call;
        },
        context, std::move(done));
}

void HistoryService::requestTrends(const QDate& from, const QDate& to)
{
    m_trends.request(from, to);
}

void HistoryService::writeCsvOffThread(const ExportPolicy& policy, const HistoryFilter& filter,
                                       const HistoryOrder& order, std::shared_ptr<QIODevice> out,
                                       QObject* context,
                                       std::function<void(qint64, const QString&)> done) const
{
    m_loader->read<CsvOutcome>(
        [policy, filter, order, out](const HistoryLoader::Reading& reading) {
            ThreadStores stores(reading);
            CsvOutcome outcome;
            outcome.rows = HistoryExport::writeCsv(policy, stores.history, filter, order, *out,
                                                   &outcome.error);
            return outcome;
        },
        context,
        // `out` is kept until the answer is handled here, so it is let go on this thread.
        [out, done = std::move(done)](const CsvOutcome& outcome) {
            done(outcome.rows, outcome.error);
        });
}

void HistoryService::requestReportHtml(
    const ExportPolicy& policy, const HistoryFilter& filter, const HistoryOrder& order,
    const QString& title, QObject* context,
    std::function<void(const QString&, const QString&)> done) const
{
    m_loader->read<ReportOutcome>(
        [policy, filter, order, title](const HistoryLoader::Reading& reading) {
            ThreadStores stores(reading);
            const QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
            const QDate from = filter.from.isValid() ? filter.from : to.addDays(-83);
            ReportOutcome outcome;
            outcome.html =
                HistoryExport::reportHtml(policy, stores.history, stores.coaching, filter, order,
                                          stores.history.weeks(from, to), title, &outcome.error);
            return outcome;
        },
        context,
        [done = std::move(done)](const ReportOutcome& outcome) {
            done(outcome.html, outcome.error);
        });
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
