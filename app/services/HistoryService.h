#pragma once

#include "core/History.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

class QIODevice;

namespace attune {

class CoachingStore;
class ExportPolicy;
class HistoryStore;
class TrendsLoader;

// The agent's history as the views use it: the store the list pages through, the weekly trends
// (worked out off the GUI thread, delivered here as a Qt signal) and the two exports, each of
// which asks the export policy before it writes a byte.
class HistoryService final : public QObject
{
    Q_OBJECT

public:
    HistoryService(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                   QObject* parent = nullptr);
    ~HistoryService() override;

    // For the list model, which reads a page at a time as the agent scrolls.
    HistoryStore& store() { return m_store; }

    // The weeks overlapping [from, to]; `trendsReady` follows for the latest request only.
    void requestTrends(const QDate& from, const QDate& to);

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
};

} // namespace attune
