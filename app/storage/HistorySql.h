#pragma once

#include "core/History.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

class QSqlQuery;

namespace attune {

// The history's SQL, written once for both places a history lives: the agent's own SQLite file
// and the team server on PostgreSQL. Keyset paging for every sort, the filters, the detail of one
// call and the weekly trends are built here from one description; what differs between the two
// (table and column names, the text search, date arithmetic, JSON, how a cursor is compared) is
// the Dialect below and nothing else.
class HistorySql
{
public:
    enum class Engine
    {
        Sqlite,     // the agent's own history (schema in storage/Database.cpp)
        Postgresql, // the team server (resources/team/migrations)
    };

    // A statement and its bound values, ready for whichever connection the caller owns.
    struct Statement
    {
        QString sql;
        QList<QPair<QString, QVariant>> values;
        // Runs it on `query` (prepared, bound, executed).
        bool run(QSqlQuery& query, QString* error = nullptr) const;
    };

    explicit HistorySql(Engine engine);
    Engine engine() const { return m_engine; }

    // One page after `after` (null for the first). `commonSearch`: the name search matches many
    // rows, so the sorted index is walked rather than the search index read first (SQLite only;
    // PostgreSQL's planner weighs that itself).
    Statement page(const HistoryFilter& filter, const HistoryOrder& order, const HistoryRow* after,
                   int size, bool commonSearch = false) const;
    // Reads a row of page() (with its cursor) or of detail() (the row columns start at 0).
    HistoryRow readPageRow(const QSqlQuery& query, bool withCursor = true) const;

    // `key`: the local row id (a number) or the server's uuid.
    Statement detail(const QVariant& key, HistoryViewer viewer) const;
    std::optional<HistoryDetail> readDetail(QSqlQuery& query, HistoryViewer viewer) const;

    // The weekly trends' statements, each answering (monday 'YYYY-MM-DD', …): rubric items
    // (monday, item, share, assessed), hot calls (monday, hot, calmed), scores (monday, self,
    // supervisor). The team scope narrows them with the filter's agent and team.
    Statement weekItems(const QDate& from, const QDate& to, const HistoryFilter& scope) const;
    Statement weekHotCalls(const QDate& from, const QDate& to, const HistoryFilter& scope) const;
    Statement weekScores(const QDate& from, const QDate& to, const HistoryFilter& scope) const;
    // Per agent (agent, monday, item, share, assessed): the comparison of agents. Team server only.
    Statement agentItems(const QDate& from, const QDate& to, const HistoryFilter& scope) const;

    // Fills `weeks` (Monday to Sunday, UTC, overlapping [from, to], empty weeks included) from
    // the three statements above run by `run` (which executes one and calls back per row).
    using RunStatement =
        std::function<void(const Statement&, const std::function<void(const QSqlQuery&)>&)>;
    QList<HistoryWeek> weeks(const QDate& from, const QDate& to, const HistoryFilter& scope,
                             const RunStatement& run) const;

    static constexpr int kRowColumns = 20;

    // What differs between the engines (HistorySql.cpp).
    struct Dialect;

private:
    const Dialect& d() const;
    // page() on the team server: per agent, from attune.call_facts.
    Statement serverPage(const HistoryFilter& filter, const HistoryOrder& order,
                         const HistoryRow* after, int size) const;
    QString scopeConditions(const HistoryFilter& scope,
                            QList<QPair<QString, QVariant>>* values) const;
    QVariant timeValue(const QDateTime& at) const;

    Engine m_engine;
};

} // namespace attune
