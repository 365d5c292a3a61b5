#include "CallStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace attune {

namespace {

bool run(QSqlQuery& query, QString* error)
{
    return Database::runQuery(query, error);
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

CallStore::CallStore(Database& database)
    : m_database(database)
{}

qint64 CallStore::insertRinging(const Call& call, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO calls (call_id, source, phone, customer_id, display_name, ringing_at)"
        " VALUES (:call_id, :source, :phone, :customer_id, :display_name, :ringing_at)"));
    query.bindValue(QStringLiteral(":call_id"), call.id);
    query.bindValue(QStringLiteral(":source"), call.source);
    query.bindValue(QStringLiteral(":phone"), orNull(call.caller.phone));
    query.bindValue(QStringLiteral(":customer_id"), orNull(call.caller.customerId));
    query.bindValue(QStringLiteral(":display_name"), orNull(call.caller.displayName));
    query.bindValue(QStringLiteral(":ringing_at"),
                    call.ringingAtWall.toUTC().toString(Qt::ISODateWithMs));
    if (!run(query, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool CallStore::markAnswered(qint64 rowId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calls SET answered = 1 WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), rowId);
    return run(query, error);
}

bool CallStore::markEnded(qint64 rowId, const Call& call, const QDateTime& endedAt, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calls SET answered = :answered, talk_ms = :talk_ms,"
                                 " ended_at = :ended_at, outcome = :outcome WHERE id = :id"));
    query.bindValue(QStringLiteral(":answered"), call.wasAnswered() ? 1 : 0);
    query.bindValue(QStringLiteral(":talk_ms"), call.talkDurationMs(call.endedAtMonotonicMs));
    query.bindValue(QStringLiteral(":ended_at"), endedAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":outcome"),
                    call.wasAnswered() ? QStringLiteral("completed") : QStringLiteral("missed"));
    query.bindValue(QStringLiteral(":id"), rowId);
    return run(query, error);
}

bool CallStore::recordArc(const QString& callId, const StoredArc& arc, QString* error)
{
    // A long call is thinned to evenly spaced points; the peak itself is always kept.
    QJsonArray points;
    const qsizetype count = arc.points.size();
    const double step = count > StoredArc::kMaxPoints ? double(count) / StoredArc::kMaxPoints : 1.0;
    qsizetype peakIndex = 0;
    for (qsizetype i = 1; i < count; ++i) {
        if (arc.points.at(i).second > arc.points.at(peakIndex).second)
            peakIndex = i;
    }
    qsizetype previous = -1;
    for (double position = 0; qsizetype(position) < count; position += step) {
        qsizetype index = qsizetype(position);
        const qsizetype next = qsizetype(position + step);
        if (peakIndex >= index && peakIndex < next)
            index = peakIndex;
        if (index == previous)
            continue;
        previous = index;
        const auto& [atMs, level] = arc.points.at(index);
        points.append(
            QJsonArray{qint64(atMs), std::round(std::clamp(level, 0.0, 1.0) * 1000) / 1000});
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE calls SET arc_peak = :peak, arc_peak_kind = :kind, arc_peak_after_ms = :after,"
        " arc_calmed = :calmed, arc_points = :points, suggestions_used = :used"
        " WHERE id = (SELECT MAX(id) FROM calls WHERE call_id = :call_id)"));
    query.bindValue(QStringLiteral(":peak"), std::clamp(arc.peak, 0.0, 1.0));
    query.bindValue(QStringLiteral(":kind"), arc.peakKind);
    query.bindValue(QStringLiteral(":after"), std::max<qint64>(0, arc.peakAfterMs));
    query.bindValue(QStringLiteral(":calmed"), arc.calmed ? 1 : 0);
    query.bindValue(QStringLiteral(":points"),
                    QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":used"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(arc.suggestionsUsed))
                                          .toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":call_id"), callId);
    return run(query, error);
}

bool CallStore::updateCaller(qint64 rowId, const CallerInfo& caller, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calls SET phone = :phone, customer_id = :customer_id,"
                                 " display_name = :display_name WHERE id = :id"));
    query.bindValue(QStringLiteral(":phone"), orNull(caller.phone));
    query.bindValue(QStringLiteral(":customer_id"), orNull(caller.customerId));
    query.bindValue(QStringLiteral(":display_name"), orNull(caller.displayName));
    query.bindValue(QStringLiteral(":id"), rowId);
    return run(query, error);
}

QList<StoredCall> CallStore::recent(int limit) const
{
    QList<StoredCall> calls;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, call_id, source, phone, customer_id, display_name, ringing_at, answered,"
        " talk_ms, outcome FROM calls ORDER BY ringing_at DESC, id DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!Database::runQuery(query, nullptr))
        return calls;
    while (query.next()) {
        StoredCall call;
        call.rowId = query.value(0).toLongLong();
        call.callId = query.value(1).toString();
        call.source = query.value(2).toString();
        call.phone = query.value(3).toString();
        call.customerId = query.value(4).toString();
        call.displayName = query.value(5).toString();
        call.ringingAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        call.answered = query.value(7).toInt() == 1;
        call.talkMs = query.value(8).isNull() ? -1 : query.value(8).toLongLong();
        call.outcome = query.value(9).toString();
        calls.append(call);
    }
    return calls;
}

int CallStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM calls")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace attune
