#include "BreathingStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace attune {

namespace {

QVariant optionalLevel(const std::optional<int>& level)
{
    return level ? QVariant(*level) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> levelOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

BreathingStore::BreathingStore(Database& database)
    : m_database(database)
{}

bool BreathingStore::save(const BreathingRecord& record, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO breathing_sessions (started_at, pattern_id, pattern_name, planned_ms,"
        " breathed_ms, outcome, stress_before, stress_after)"
        " VALUES (:started_at, :pattern_id, :pattern_name, :planned_ms, :breathed_ms, :outcome,"
        " :stress_before, :stress_after)"
        " ON CONFLICT (started_at) DO UPDATE SET breathed_ms = excluded.breathed_ms,"
        " outcome = excluded.outcome, stress_before = excluded.stress_before,"
        " stress_after = excluded.stress_after"));
    query.bindValue(QStringLiteral(":started_at"),
                    record.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":pattern_id"), record.patternId);
    query.bindValue(QStringLiteral(":pattern_name"), record.patternName);
    query.bindValue(QStringLiteral(":planned_ms"), record.plannedMs);
    query.bindValue(QStringLiteral(":breathed_ms"), record.breathedMs);
    query.bindValue(QStringLiteral(":outcome"),
                    record.completed ? QStringLiteral("completed") : QStringLiteral("stopped"));
    query.bindValue(QStringLiteral(":stress_before"), optionalLevel(record.stressBefore));
    query.bindValue(QStringLiteral(":stress_after"), optionalLevel(record.stressAfter));
    return Database::runQuery(query, error);
}

QList<BreathingRecord> BreathingStore::recent(int limit) const
{
    QList<BreathingRecord> records;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT started_at, pattern_id, pattern_name, planned_ms, breathed_ms, outcome,"
        " stress_before, stress_after FROM breathing_sessions ORDER BY started_at DESC LIMIT :n"));
    query.bindValue(QStringLiteral(":n"), limit);
    if (!Database::runQuery(query, nullptr))
        return records;
    while (query.next()) {
        BreathingRecord record;
        record.startedAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        record.patternId = query.value(1).toString();
        record.patternName = query.value(2).toString();
        record.plannedMs = query.value(3).toLongLong();
        record.breathedMs = query.value(4).toLongLong();
        record.completed = query.value(5).toString() == QLatin1String("completed");
        record.stressBefore = levelOf(query.value(6));
        record.stressAfter = levelOf(query.value(7));
        records.append(record);
    }
    return records;
}

} // namespace attune
