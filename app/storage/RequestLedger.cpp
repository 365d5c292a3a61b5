#include "RequestLedger.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace attune {

RequestLedger::Known RequestLedger::find(Database& database, const QString& requestId)
{
    Known known;
    if (!database.isOpen())
        return known;
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT command, answer FROM applied_requests WHERE request_id = :id"));
    query.bindValue(QStringLiteral(":id"), requestId);
    if (!query.exec() || !query.next())
        return known;
    known.found = true;
    known.command = query.value(0).toString();
    known.answer = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    return known;
}

bool RequestLedger::record(Database& database, const QString& requestId, const QString& command,
                           const QJsonObject& answer, qint64 nowEpochSeconds, QString* error)
{
    QSqlQuery prune(database.connection());
    prune.prepare(QStringLiteral("DELETE FROM applied_requests WHERE applied_at < :before"));
    prune.bindValue(QStringLiteral(":before"), nowEpochSeconds - kKeepSeconds);
    if (!prune.exec()) {
        *error = prune.lastError().text();
        return false;
    }
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral("INSERT INTO applied_requests (request_id, command, answer,"
                                  " applied_at) VALUES (:id, :command, :answer, :at)"));
    insert.bindValue(QStringLiteral(":id"), requestId);
    insert.bindValue(QStringLiteral(":command"), command);
    insert.bindValue(QStringLiteral(":answer"),
                     QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
    insert.bindValue(QStringLiteral(":at"), nowEpochSeconds);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

} // namespace attune
