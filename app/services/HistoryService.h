#pragma once

#include "core/History.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace attune {

class CoachingStore;
class ExportPolicy;
class HistoryLoader;
class HistoryStore;
class TrendsLoader;
struct CallDetail;

// The agent's history as the views use it: the reader the list pages through and the detail of
// one call comes from (both off the GUI thread, HistoryLoader), the weekly trends (worked out off
// the GUI thread, delivered here as a Qt signal) and the two exports, each of which asks the
// export policy before it writes a byte.
class HistoryService final : public QObject
{
    Q_OBJECT

public:
    HistoryService(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                   QObject* parent = nullptr);
    ~HistoryService() override;

    // For the list model, which reads a page at a time as the agent scrolls.
    HistoryLoader& loader() { return *m_loader; }

    // The detail of one call for `viewer` with its coaching notes and kudos, read on the
    // loader's thread; `done` runs here with it (nothing when the call is gone or the read
    // failed), unless `context` is gone by then. `profileOf`, when given, is called on the
    // loader's thread too, with the call's customer id, for CallDetail::profileSummary.
    void requestCallDetail(qint64 callRowId, HistoryViewer viewer, QObject* context,
                           std::function<void(const std::optional<CallDetail>&)> done,
                           std::function<QString(const QString&)> profileOf = {});

    // The weeks overlapping [from, to]; `trendsReady` follows for the latest request only.
    void requestTrends(const QDate& from, const QDate& to);

    // The listed calls as CSV into `out`, read and written on the loader's thread (`out` is not
    // to be touched meanwhile); `done(rows, error)` runs here afterwards, unless `context` is gone:
    // the number written, or -1 with the reason.
    void writeCsvOffThread(const ExportPolicy& policy, const HistoryFilter& filter,
                           const HistoryOrder& order, std::shared_ptr<QIODevice> out,
                           QObject* context,
                           std::function<void(qint64 rows, const QString& error)> done) const;
    // The coaching report's HTML (see reportHtml), read on the loader's thread; `done(html,
    // error)` here.
    void
    requestReportHtml(const ExportPolicy& policy, const HistoryFilter& filter,
                      const HistoryOrder& order, const QString& title, QObject* context,
                      std::function<void(const QString& html, const QString& error)> done) const;

    // The same on the calling thread (tools and tests; not for the GUI thread).
    // The listed calls as CSV into `out`; the number written, or -1 with the reason.
    qint64 writeCsv(const ExportPolicy& policy, const HistoryFilter& filter,
                    const HistoryOrder& order, QIODevice& out, QString* error) const;
    // A printable coaching report (HTML) over the filter's weeks, or the last 12 when it has no
    // dates; empty with the reason when refused or unreadable. An explicit, one-off wait.
    QString reportHtml(const ExportPolicy& policy, const HistoryFilter& filter,
                       const HistoryOrder& order, const QString& title, QString* error) const;

Q_SIGNALS:
    void trendsReady(const QDate& from, const QDate& to, const QList<attune::HistoryWeek>& weeks);

private:
    HistoryStore& m_store;
    CoachingStore& m_coaching;
    TrendsLoader& m_trends;
    std::unique_ptr<HistoryLoader> m_loader;
};

} // namespace attune
