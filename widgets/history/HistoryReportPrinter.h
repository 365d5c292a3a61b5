#pragma once

#include "core/History.h"
#include "settings/ExportPolicy.h"

#include <QCoreApplication>
#include <QString>

namespace attune {

class HistoryService;

// Writes what the history lists to a file the agent chose: the calls as CSV, or a coaching
// report as PDF. Both ask the export policy first and leave a 0600 file, or none.
class HistoryReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryReportPrinter)

public:
    HistoryReportPrinter(const HistoryService& history, ExportPolicy exports);

    // The number of calls written, or -1 with the reason in `error`.
    qint64 writeCsv(const QString& path, const HistoryFilter& filter, const HistoryOrder& order,
                    QString* error) const;
    // A report over the filter's weeks (the last 12 when it has no dates).
    bool writePdf(const QString& path, const HistoryFilter& filter, const HistoryOrder& order,
                  QString* error) const;

private:
    const HistoryService& m_history;
    ExportPolicy m_exports;
};

} // namespace attune
