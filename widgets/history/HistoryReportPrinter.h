#pragma once

#include "core/History.h"
#include "settings/ExportPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace attune {

class HistoryService;

// Writes what the history lists to a file the agent chose: the calls as CSV, or a coaching
// report as PDF. Both ask the export policy first and leave a 0600 file, or none.
class HistoryReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReportPrinter)

public:
    HistoryReportPrinter(const HistoryService& history, ExportPolicy exports);

    // Both read on the history's reader thread. Refused at once (IT's policy, a file that cannot
    // be made): false with the reason in `error`. Otherwise true, and `done` follows on this
    // thread (unless `context` is gone): the number of calls written, or -1 with the reason.
    using CsvDone = std::function<void(qint64 rows, const QString& error)>;
    bool writeCsv(const QString& path, const HistoryFilter& filter, const HistoryOrder& order,
                  QObject* context, CsvDone done, QString* error) const;
    // A report over the filter's weeks (the last 12 when it has no dates): read off this thread,
    // then laid out and printed here (CPU work, no database); `done(ok, error)`.
    using PdfDone = std::function<void(bool ok, const QString& error)>;
    bool writePdf(const QString& path, const HistoryFilter& filter, const HistoryOrder& order,
                  QObject* context, PdfDone done, QString* error) const;

private:
    static bool print(const QString& html, const QString& path, QString* error);

    const HistoryService& m_history;
    ExportPolicy m_exports;
};

} // namespace attune
