#pragma once

#include "core/History.h"
#include "storage/HistorySql.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace attune {

// The team scope of the history: the same pages, filters, detail and trends as the agent's own
// history (HistorySql writes both), read from the team server as the signed-in supervisor's own
// PostgreSQL role. What that role may see is the server's row-level security, never this class:
// it adds the agent and team filters and asks.
//
// It uses the connection it is given, on the thread that opened it (TeamHistoryLoader's worker);
// a call from any other thread is refused with a reason (ConnectionThread), never run.
class TeamHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamHistoryStore)

public:
    explicit TeamHistoryStore(QSqlDatabase db);

    // Whether the signed-in role is a supervisor on the server; agents have no team scope.
    bool isSupervisor(QString* error) const;
    // The teams and agents this supervisor may read (the server decides), sorted.
    QList<QPair<QString, QString>> teams(QString* error) const; // id, display name
    QStringList agents(const QString& team, QString* error) const;

    QList<HistoryRow> page(const HistoryFilter& filter, const HistoryOrder& order,
                           const HistoryRow* after, int size, QString* error = nullptr) const;
    std::optional<HistoryDetail> detail(const QString& key, QString* error = nullptr) const;
    // Weeks (Monday to Sunday, UTC) that overlap [from, to] for the scope's agent or team (or
    // everyone this supervisor reads); no breathing figures: they stay on the agents' machines.
    QList<HistoryWeek> weeks(const QDate& from, const QDate& to, const HistoryFilter& scope,
                             QString* error = nullptr) const;
    // Every agent's share of "yes" on each rubric behaviour, week by week.
    QList<AgentWeekShare> agentComparison(const QDate& from, const QDate& to,
                                          const HistoryFilter& scope,
                                          QString* error = nullptr) const;

private:
    bool run(const HistorySql::Statement& statement, QSqlQuery& query, QString* error) const;

    QSqlDatabase m_db;
    HistorySql m_sql;
};

} // namespace attune
