#include "HistoryStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace attune {

HistoryStore::HistoryStore(Database& database)
    : m_database(database)
{}

QList<HistoryRow> HistoryStore::page(const HistoryFilter& filter, const HistoryRow* after,
                                     int size) const
{
    QStringList where;
    if (filter.from.isValid())
        where << QStringLiteral("c.ringing_at >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("c.ringing_at < :to");
    if (!filter.outcome.isEmpty())
        where << QStringLiteral("a.outcome = :outcome");
    if (filter.scoreBelow)
        where << QStringLiteral("a.score < :score");
    if (filter.hotOnly)
        where << QStringLiteral("c.arc_peak >= :hot");
    if (filter.highStressOnly)
        where << QStringLiteral("a.stress_after >= 4");
    if (!filter.customerContains.isEmpty())
        where << QStringLiteral("c.display_name LIKE :customer ESCAPE '\\'");
    if (after)
        where << QStringLiteral(
            "(c.ringing_at, c.id) < (:afterAt, :afterId)"); // row value: indexed
    // A filter on the assessment needs one; otherwise unassessed calls are listed too.
    const bool needsAssessment =
        !filter.outcome.isEmpty() || filter.scoreBelow || filter.highStressOnly;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
                      "SELECT c.id, c.call_id, c.ringing_at, c.display_name, c.talk_ms, c.arc_peak,"
                      " c.arc_peak_kind, c.arc_calmed, a.id, a.outcome, a.score, a.stress_before,"
                      " a.stress_after"
                      " FROM calls c %1 JOIN assessments a ON a.call_id = c.call_id"
                      " %2 ORDER BY c.ringing_at DESC, c.id DESC LIMIT :size")
                      .arg(needsAssessment ? QString() : QStringLiteral("LEFT"),
                           where.isEmpty()
                               ? QString()
                               : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    const auto isoDay = [](const QDate& day) {
        return day.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    };
    if (filter.from.isValid())
        query.bindValue(QStringLiteral(":from"), isoDay(filter.from));
    if (filter.to.isValid())
        query.bindValue(QStringLiteral(":to"), isoDay(filter.to.addDays(1)));
    if (!filter.outcome.isEmpty())
        query.bindValue(QStringLiteral(":outcome"), filter.outcome);
    if (filter.scoreBelow)
        query.bindValue(QStringLiteral(":score"), *filter.scoreBelow);
    if (filter.hotOnly)
        query.bindValue(QStringLiteral(":hot"), HistoryFilter::kHotPeak);
    if (!filter.customerContains.isEmpty()) {
        QString pattern = filter.customerContains;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.bindValue(QStringLiteral(":customer"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (after) {
        query.bindValue(QStringLiteral(":afterAt"), after->at.toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":afterId"), after->callRowId);
    }
    query.bindValue(QStringLiteral(":size"), size);
    QList<HistoryRow> rows;
    if (!Database::runQuery(query, nullptr))
        return rows;
    const auto optionalDouble = [](const QVariant& value) {
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    };
    const auto optionalInt = [](const QVariant& value) {
        return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
    };
    while (query.next()) {
        HistoryRow row;
        row.callRowId = query.value(0).toLongLong();
        row.callId = query.value(1).toString();
        row.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        row.customer = query.value(3).toString();
        row.talkMs = query.value(4).toLongLong();
        row.arcPeak = optionalDouble(query.value(5));
        row.arcPeakKind = query.value(6).toString();
        if (!query.value(7).isNull())
            row.calmed = query.value(7).toInt() == 1;
        row.assessmentId = query.value(8).toLongLong();
        row.outcome = query.value(9).toString();
        row.score = optionalDouble(query.value(10));
        row.stressBefore = optionalInt(query.value(11));
        row.stressAfter = optionalInt(query.value(12));
        rows.append(row);
    }
    return rows;
}

} // namespace attune
