#include "history/HistoryReportPrinter.h"

#include "core/OwnFiles.h"
#include "services/HistoryService.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace attune {

HistoryReportPrinter::HistoryReportPrinter(const HistoryService& history, ExportPolicy exports)
    : m_history(history)
    , m_exports(exports)
{}

qint64 HistoryReportPrinter::writeCsv(const QString& path, const HistoryFilter& filter,
                                      const HistoryOrder& order, QString* error) const
{
    if (!m_exports.check(error))
        return -1; // before the file is created: a refused export leaves nothing behind
    if (!OutputFile::checkTarget(path, error))
        return -1;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString failure;
    const qint64 rows = m_history.writeCsv(m_exports, filter, order, file, &failure);
    if (rows < 0 || !file.commit()) {
        *error =
            tr("Cannot write %1: %2").arg(path, failure.isEmpty() ? file.errorString() : failure);
        return -1;
    }
    return rows;
}

bool HistoryReportPrinter::writePdf(const QString& path, const HistoryFilter& filter,
                                    const HistoryOrder& order, QString* error) const
{
    // Checked first: opening a FIFO to write waits for a reader (on the GUI thread), and opening
    // the database with truncation would empty it under the running app.
    if (!OutputFile::checkTarget(path, error))
        return false;
    // Read as it is printed; a report is an explicit, one-off wait.
    const QString html =
        m_history.reportHtml(m_exports, filter, order, tr("Attune coaching report"), error);
    if (html.isEmpty())
        return false;
    QTextDocument document;
    document.setHtml(html);
    {
        // Made 0600 before a byte is written: QPdfWriter keeps the mode of a file that exists.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Attune coaching report"));
    writer.setCreator(QStringLiteral("Attune"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace attune
