#include "PracticeStore.h"

#include "Database.h"
#include "practice/PracticeSession.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace attune {

PracticeRecord PracticeRecord::of(const PracticeSession& session, const PracticeFeedback& feedback)
{
    PracticeRecord record;
    record.scenarioId = session.scenario().id;
    record.locale = session.scenario().locale;
    record.startedAt = session.startedAt();
    record.endedAt = session.endedAt();
    record.turns = session.customerTurns();
    record.behaviours = feedback.summary();
    record.outcome = outcomeName(session.outcome());
    return record;
}

PracticeStore::PracticeStore(Database& database)
    : m_database(database)
{}

bool PracticeStore::save(PracticeRecord* record, QString* error)
{
    if (!record->endedAt.isValid()) {
        if (error)
            *error = tr("Only a finished practice run can be saved.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO practice_runs (scenario_id, locale, started_at, ended_at, turns, behaviours,"
        " outcome) VALUES (:scenario_id, :locale, :started_at, :ended_at, :turns, :behaviours,"
        " :outcome)"));
    query.bindValue(QStringLiteral(":scenario_id"), record->scenarioId);
    query.bindValue(QStringLiteral(":locale"), record->locale);
    query.bindValue(QStringLiteral(":started_at"),
                    record->startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":ended_at"),
                    record->endedAt.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":turns"), record->turns);
    query.bindValue(
        QStringLiteral(":behaviours"),
        QString::fromUtf8(QJsonDocument(record->behaviours).toJson(QJsonDocument::Compact)));
    query.bindValue(QStringLiteral(":outcome"), record->outcome);
    if (!Database::runQuery(query, error))
        return false;
    record->id = query.lastInsertId().toLongLong();
    return true;
}

QList<PracticeRecord> PracticeStore::recent(int limit) const
{
    QList<PracticeRecord> records;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, scenario_id, locale, started_at, ended_at, turns, behaviours, outcome"
        " FROM practice_runs ORDER BY started_at DESC, id DESC LIMIT :n"));
    query.bindValue(QStringLiteral(":n"), limit);
    if (!Database::runQuery(query, nullptr))
        return records;
    while (query.next()) {
        PracticeRecord record;
        record.id = query.value(0).toLongLong();
        record.scenarioId = query.value(1).toString();
        record.locale = query.value(2).toString();
        record.startedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        record.endedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        record.turns = query.value(5).toInt();
        record.behaviours = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        record.outcome = query.value(7).toString();
        records.append(record);
    }
    return records;
}

} // namespace attune
