#pragma once

#include "settings/ExportPolicy.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QIODevice>

namespace attune {

class CoachingStore;

// The supervisor's exports of the filtered history. Neither ever contains a private note: the
// CSV carries no notes at all, and the report reads notes as a supervisor does. Both ask IT's
// ExportPolicy first and produce nothing when it says no.
class HistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(HistoryExport)

public:
    // Every row the filter matches, in the view's order, streamed a page at a time so a million
    // rows never sit in memory. Returns the number of rows written, or -1 with `error` set.
    static qint64 writeCsv(const ExportPolicy& policy, const HistoryStore& store,
                           const HistoryFilter& filter, const HistoryOrder& order, QIODevice& out,
                           QString* error);

    // A printable coaching report as HTML (for QTextDocument and QPdfWriter): the filter, a
    // summary, the weekly trend and up to `maxCalls` calls with their shareable notes, coaching
    // notes and kudos. Empty, with the reason in `error`, when IT does not allow exports.
    static QString reportHtml(const ExportPolicy& policy, const HistoryStore& store,
                              const CoachingStore& coaching, const HistoryFilter& filter,
                              const HistoryOrder& order, const QList<HistoryWeek>& weeks,
                              const QString& title, QString* error, int maxCalls = 40);
};

} // namespace attune
