#include "HistoryExport.h"

#include "HistoryModel.h"
#include "assessment/AssessmentExport.h"
#include "storage/CoachingStore.h"

#include <QLocale>

namespace attune {

namespace {

QByteArray optionalNumber(const std::optional<double>& value)
{
    return value ? QByteArray::number(*value, 'f', 1) : QByteArray();
}

QByteArray optionalNumber(const std::optional<int>& value)
{
    return value ? QByteArray::number(*value) : QByteArray();
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

qint64 HistoryExport::writeCsv(const ExportPolicy& policy, const HistoryStore& store,
                               const HistoryFilter& filter, const HistoryOrder& order,
                               QIODevice& out, QString* error)
{
    if (!policy.check(error))
        return -1;
    const auto field = &AssessmentExport::csvField;
    const QByteArray header = "when,customer,talk_seconds,peak_feeling,peak_level,calmed,outcome,"
                              "self_score,supervisor_score,stress_before,stress_after,breathing,"
                              "kudos,customer_score,customer_upset\r\n";
    if (out.write(header) != header.size()) {
        if (error)
            *error = out.errorString();
        return -1;
    }
    qint64 written = 0;
    QList<HistoryRow> page = store.page(filter, order, nullptr, 1000);
    while (!page.isEmpty()) {
        QByteArray chunk;
        for (const HistoryRow& row : page) {
            const QList<QByteArray> cells = {
                row.at.toUTC().toString(Qt::ISODate).toUtf8(),
                field(row.customer),
                QByteArray::number((row.talkMs + 500) / 1000),
                field(row.arcPeak ? row.arcPeakKind : QString()),
                row.arcPeak ? QByteArray::number(*row.arcPeak, 'f', 2) : QByteArray(),
                row.calmed ? QByteArray(*row.calmed ? "yes" : "no") : QByteArray(),
                field(row.outcome),
                optionalNumber(row.score),
                optionalNumber(row.supervisorScore),
                optionalNumber(row.stressBefore),
                optionalNumber(row.stressAfter),
                row.breathingTaken ? "yes" : "no",
                QByteArray::number(row.kudos),
                // The customer's survey score, never their comment: like the notes, free text
                // stays out of the CSV.
                optionalNumber(row.customerScore),
                row.customerScore ? QByteArray(row.customerUpset ? "yes" : "no") : QByteArray(),
            };
            chunk += cells.join(',') + "\r\n";
        }
        if (out.write(chunk) != chunk.size()) {
            if (error)
                *error = out.errorString();
            return -1;
        }
        written += page.size();
        const HistoryRow last = page.last();
        page = store.page(filter, order, &last, 1000);
    }
    return written;
}

QString HistoryExport::reportHtml(const ExportPolicy& policy, const HistoryStore& store,
                                  const CoachingStore& coaching, const HistoryFilter& filter,
                                  const HistoryOrder& order, const QList<HistoryWeek>& weeks,
                                  const QString& title, QString* error, int maxCalls)
{
    if (!policy.check(error))
        return {};
    const QLocale locale;
    QString html =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                       "body { font-family: sans-serif; font-size: 10pt; }"
                       "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
                       "td, th { padding: 2pt 6pt; border-bottom: 1px solid #ccc; }"
                       "th { text-align: left; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    QStringList applied;
    if (filter.from.isValid() || filter.to.isValid())
        applied << tr("from %1 to %2")
                       .arg(filter.from.isValid()
                                ? locale.toString(filter.from, QLocale::ShortFormat)
                                : tr("the first call"),
                            filter.to.isValid() ? locale.toString(filter.to, QLocale::ShortFormat)
                                                : tr("today"));
    if (!filter.outcome.isEmpty())
        applied << tr("outcome: %1").arg(HistoryModel::outcomeName(filter.outcome));
    if (filter.scoreBelow)
        applied << tr("self score below %1").arg(locale.toString(*filter.scoreBelow));
    if (filter.hotOnly)
        applied << tr("hot calls only");
    if (filter.highStressOnly)
        applied << tr("stress 4 or 5 after the call");
    if (!filter.customerContains.isEmpty())
        applied << tr("customer contains \"%1\"").arg(filter.customerContains);
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(applied.isEmpty() ? tr("All calls.")
                                               : tr("Calls %1.").arg(applied.join(tr("; ")))));

    if (!weeks.isEmpty()) {
        html +=
            // Printed, QTextDocument sizes columns to their text and drops the CSS padding, so the
            // columns ran together ("14 Sep 20260" for the week of 14 Sep 2026 with 0 assessed):
            // each column gets its share of the page instead.
            QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th width=\"20%\">%2</th><th width=\"14%\">%3</th>"
                           "<th width=\"20%\">%4</th><th width=\"22%\">%5</th>"
                           "<th width=\"24%\">%6</th></tr>")
                .arg(escaped(tr("Week by week")), escaped(tr("Week of")), escaped(tr("Assessed")),
                     escaped(tr("Hot calls that calmed")), escaped(tr("Self / supervisor score")),
                     escaped(tr("Stress before / after breathing")));
        for (const HistoryWeek& week : weeks) {
            const QString calmed = week.hotCalls > 0
                                       ? tr("%1 of %2").arg(week.hotCallsCalmed).arg(week.hotCalls)
                                       : QStringLiteral("–");
            const QString scores =
                week.selfScore && week.supervisorScore
                    ? tr("%1 / %2").arg(qRound(*week.selfScore)).arg(qRound(*week.supervisorScore))
                    : QStringLiteral("–");
            const QString stress =
                week.stressBeforeBreathing && week.stressAfterBreathing
                    ? tr("%1 / %2").arg(locale.toString(*week.stressBeforeBreathing, 'f', 1),
                                        locale.toString(*week.stressAfterBreathing, 'f', 1))
                    : QStringLiteral("–");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                   "</tr>")
                        .arg(escaped(locale.toString(week.monday, QLocale::ShortFormat)))
                        .arg(week.assessed)
                        .arg(escaped(calmed), escaped(scores), escaped(stress));
        }
        html += QStringLiteral("</table>");
    }

    const QList<HistoryRow> rows = store.page(filter, order, nullptr, maxCalls);
    html += QStringLiteral("<h2>%1</h2>")
                .arg(escaped(rows.size() < maxCalls
                                 ? tr("The calls")
                                 : tr("The first %1 calls in the view's order").arg(maxCalls)));
    if (rows.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No call matches.")));
    for (const HistoryRow& row : rows) {
        // Read as a supervisor: a private note is withheld by the query itself.
        const std::optional<HistoryDetail> detail =
            store.detail(row.callRowId, HistoryViewer::Supervisor);
        QStringList facts;
        facts << tr("talk time %1").arg(HistoryModel::durationText(row.talkMs));
        if (row.arcPeak && *row.arcPeak >= 0.35) {
            facts << tr("peak: %1").arg(HistoryModel::feelingName(row.arcPeakKind));
            if (row.calmed)
                facts << (*row.calmed ? tr("calmed") : tr("did not calm"));
        }
        if (!row.outcome.isEmpty())
            facts << tr("outcome: %1").arg(HistoryModel::outcomeName(row.outcome));
        if (row.score)
            facts << tr("self score %1").arg(qRound(*row.score));
        if (row.supervisorScore)
            facts << tr("supervisor score %1").arg(qRound(*row.supervisorScore));
        if (row.customerScore)
            facts << (row.customerUpset
                          ? tr("customer score %1, left upset").arg(qRound(*row.customerScore))
                          : tr("customer score %1").arg(qRound(*row.customerScore)));
        html += QStringLiteral("<p><b>%1 · %2</b><br>%3")
                    .arg(escaped(locale.toString(row.at.toLocalTime(), QLocale::ShortFormat)),
                         escaped(row.customer.isEmpty() ? tr("Unknown caller") : row.customer),
                         escaped(facts.join(QStringLiteral(" · "))));
        if (detail && !detail->note.isEmpty())
            html += QStringLiteral("<br>%1").arg(escaped(tr("Next time: %1").arg(detail->note)));
        if (detail && detail->feedback && !detail->feedback->comment.isEmpty())
            html += QStringLiteral("<br>%1").arg(
                escaped(tr("The customer: “%1”").arg(detail->feedback->comment)));
        for (const CoachingNote& note : coaching.notes(row.callId))
            html += QStringLiteral("<br>%1").arg(escaped(tr("Coaching: %1").arg(note.text)));
        for (const Kudos& kudos : coaching.kudos(row.callId)) {
            html += QStringLiteral("<br>%1").arg(escaped(
                kudos.text.isEmpty() ? tr("Kudos: %1").arg(kudos.behaviour)
                                     : tr("Kudos: %1 – %2").arg(kudos.behaviour, kudos.text)));
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace attune
