#include "TeamHistoryStore.h"

#include "ConnectionThread.h"

#include <QSqlError>
#include <QSqlQuery>

namespace attune {

TeamHistoryStore::TeamHistoryStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_sql(HistorySql::Engine::Postgresql)
{}

bool TeamHistoryStore::run(const HistorySql::Statement& statement, QSqlQuery& query,
                           QString* error) const
{
    query.setForwardOnly(true);
    bool ok = query.prepare(statement.sql);
    if (ok) {
        for (const auto& [name, value] : statement.values)
            query.bindValue(name, value);
        ok = query.exec();
    }
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

bool TeamHistoryStore::isSupervisor(QString* error) const
{
    if (!ConnectionThread::isOwn(m_db, error))
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT pg_has_role(current_user, 'attune_supervisor', "
                                   "'member')")) ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (!query.value(0).toBool()) {
        if (error)
            *error = tr("%1 is not a supervisor on the team server: the team view is for "
                        "supervisors.")
                         .arg(m_db.userName());
        return false;
    }
    return true;
}

QList<QPair<QString, QString>> TeamHistoryStore::teams(QString* error) const
{
    QList<QPair<QString, QString>> teams;
    if (!ConnectionThread::isOwn(m_db, error))
        return teams;
    QSqlQuery query(m_db);
    // Teams in which this role is a supervisor; the members policy shows no other.
    if (!query.exec(QStringLiteral("SELECT DISTINCT t.team, t.name FROM attune.teams t"
                                   " JOIN attune.members m ON m.team = t.team"
                                   " WHERE m.person = current_user AND m.kind = 'supervisor'"
                                   " ORDER BY t.name, t.team"))) {
        if (error)
            *error = query.lastError().text();
        return teams;
    }
    while (query.next())
        teams.append({query.value(0).toString(), query.value(1).toString()});
    return teams;
}

QStringList TeamHistoryStore::agents(const QString& team, QString* error) const
{
    QStringList agents;
    if (!ConnectionThread::isOwn(m_db, error))
        return agents;
    QSqlQuery query(m_db);
    // An empty team would be bound as NULL, so "every team" is a statement of its own.
    query.prepare(QStringLiteral("SELECT DISTINCT person::text FROM attune.members"
                                 " WHERE kind = 'agent'%1"
                                 " AND attune.supervises(current_user, person) ORDER BY 1")
                      .arg(team.isEmpty() ? QString() : QStringLiteral(" AND team = :team")));
    if (!team.isEmpty())
        query.bindValue(QStringLiteral(":team"), team);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return agents;
    }
    while (query.next())
        agents << query.value(0).toString();
    return agents;
}

QList<HistoryRow> TeamHistoryStore::page(const HistoryFilter& filter, const HistoryOrder& order,
                                         const HistoryRow* after, int size, QString* error) const
{
    QList<HistoryRow> rows;
    if (!ConnectionThread::isOwn(m_db, error))
        return rows;
    QSqlQuery query(m_db);
    if (!run(m_sql.page(filter, order, after, size), query, error))
        return rows;
    while (query.next())
        rows.append(m_sql.readPageRow(query));
    return rows;
}

std::optional<HistoryDetail> TeamHistoryStore::detail(const QString& key, QString* error) const
{
    if (!ConnectionThread::isOwn(m_db, error))
        return std::nullopt;
    QSqlQuery query(m_db);
    if (!run(m_sql.detail(key, HistoryViewer::Supervisor), query, error))
        return std::nullopt;
    return m_sql.readDetail(query, HistoryViewer::Supervisor);
}

QList<HistoryWeek> TeamHistoryStore::weeks(const QDate& from, const QDate& to,
                                           const HistoryFilter& scope, QString* error) const
{
    if (!ConnectionThread::isOwn(m_db, error))
        return {};
    return m_sql.weeks(from, to, scope,
                       [&](const HistorySql::Statement& statement,
                           const std::function<void(const QSqlQuery&)>& take) {
                           QSqlQuery query(m_db);
                           if (!run(statement, query, error))
                               return;
                           while (query.next())
                               take(query);
                       });
}

QList<AgentWeekShare> TeamHistoryStore::agentComparison(const QDate& from, const QDate& to,
                                                        const HistoryFilter& scope,
                                                        QString* error) const
{
    QList<AgentWeekShare> shares;
    if (!ConnectionThread::isOwn(m_db, error))
        return shares;
    QSqlQuery query(m_db);
    if (!run(m_sql.agentItems(from, to, scope), query, error))
        return shares;
    while (query.next()) {
        AgentWeekShare share;
        share.agent = query.value(0).toString();
        share.monday = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        share.item = query.value(2).toString();
        share.share = query.value(3).toDouble();
        share.assessed = query.value(4).toInt();
        shares.append(share);
    }
    return shares;
}

} // namespace attune
