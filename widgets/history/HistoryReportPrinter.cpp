#include "history/HistoryReportPrinter.h"

#include "core/OwnFiles.h"
#include "services/HistoryService.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>

namespace attune {

HistoryReportPrinter::HistoryReportPrinter(const HistoryService& history, ExportPolicy exports)
    : m_history(history)
    , m_exports(exports)
{}

bool HistoryReportPrinter::writeCsv(const QString& path, const HistoryFilter& filter,
                                    const HistoryOrder& order, QObject* context, CsvDone done,
                                    QString* error) const
{
    if (!m_exports.check(error))
        return false; // before the file is created: a refused export leaves nothing behind
    if (!OutputFile::checkTarget(path, error))
        return false;
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file->errorString());
        return false;
    }
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Written whole or not at all: a file never committed (the window closed first) is dropped.
    m_history.writeCsvOffThread(
        m_exports, filter, order, file, context,
        [file, path, done = std::move(done)](qint64 rows, const QString& failure) {
            if (rows < 0 || !file->commit()) {
                done(-1, tr("Cannot write %1: %2")
                             .arg(path, failure.isEmpty() ? file->errorString() : failure));
                return;
            }
            done(rows, QString());
        });
    return true;
}

bool HistoryReportPrinter::writePdf(const QString& path, const HistoryFilter& filter,
                                    const HistoryOrder& order, QObject* context, PdfDone done,
                                    QString* error) const
{
    if (!m_exports.check(error))
        return false;
    // Checked before anything is read: opening a FIFO to write waits for a reader (on the GUI
    // thread), and opening the database with truncation would empty it under the running app.
    if (!OutputFile::checkTarget(path, error))
        return false;
    m_history.requestReportHtml(
        m_exports, filter, order, tr("Attune coaching report"), context,
        [path, done = std::move(done)](const QString& html, const QString& failure) {
            if (html.isEmpty()) {
                done(false, failure);
                return;
            }
            QString reason;
            const bool ok = print(html, path, &reason);
            done(ok, reason);
        });
    return true;
}

bool HistoryReportPrinter::print(const QString& html, const QString& path, QString* error)
{
    // Again once the report is read: the target may have changed while it was.
    if (!OutputFile::checkTarget(path, error))
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
