#include "HistoryStore.h"

#include "Database.h"
#include "assessment/Assessment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace attune {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString isoDay(const QDate& day)
{
    return isoUtc(day.startOfDay());
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// One quoted FTS5 string: the text is matched as typed, never read as query syntax.
QString searchTerm(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

HistoryStore::HistoryStore(Database& database)
    : m_database(database)
    , m_sql(HistorySql::Engine::Sqlite)
{}

QList<HistoryRow> HistoryStore::page(const HistoryFilter& filter, const HistoryOrder& order,
                                     const HistoryRow* after, int size) const
{
    const QString search = filter.customerContains.trimmed();
    const bool common = search.size() >= 3 && searchMatchesAtLeast(search, kCommonSearchMatches);
    QSqlQuery query(m_database.connection());
    QList<HistoryRow> rows;
    if (!m_sql.page(filter, order, after, size, common).run(query))
        return rows;
    while (query.next())
        rows.append(m_sql.readPageRow(query));
    return rows;
}

bool HistoryStore::searchMatchesAtLeast(const QString& text, int count) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM calls_search"
                                 " WHERE calls_search MATCH :search LIMIT :count)"));
    query.bindValue(QStringLiteral(":search"), searchTerm(text));
    query.bindValue(QStringLiteral(":count"), count);
    return Database::runQuery(query, nullptr) && query.next() && query.value(0).toInt() >= count;
}

std::optional<HistoryDetail> HistoryStore::detail(qint64 callRowId, HistoryViewer viewer) const
{
    QSqlQuery query(m_database.connection());
    if (!m_sql.detail(callRowId, viewer).run(query))
        return std::nullopt;
    return m_sql.readDetail(query, viewer);
}

QList<HistoryWeek> HistoryStore::weeks(const QDate& from, const QDate& to) const
{
    const auto run = [this](const HistorySql::Statement& statement,
                            const std::function<void(const QSqlQuery&)>& take) {
        QSqlQuery query(m_database.connection());
        if (!statement.run(query))
            return;
        while (query.next())
            take(query);
    };
    QList<HistoryWeek> weeks = m_sql.weeks(from, to, HistoryFilter(), run);
    if (weeks.isEmpty())
        return weeks;
    QHash<QDate, qsizetype> indexOf;
    for (qsizetype i = 0; i < weeks.size(); ++i)
        indexOf.insert(weeks.at(i).monday, i);
    // Breathing is the agent's own and stays on this machine: only the local history has it.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT date(b.started_at, 'weekday 0', '-6 days'), count(*),"
                                 // Only exercises with both taps, so before and after compare
                                 // the same sessions.
                                 " avg(CASE WHEN b.stress_after IS NOT NULL THEN b.stress_before"
                                 " END), avg(CASE WHEN b.stress_before IS NOT NULL THEN"
                                 " b.stress_after END) FROM breathing_sessions b"
                                 " WHERE b.started_at >= :from AND b.started_at < :to GROUP BY 1"));
    query.bindValue(QStringLiteral(":from"), isoDay(weeks.first().monday));
    query.bindValue(QStringLiteral(":to"), isoDay(to.addDays(1)));
    if (!Database::runQuery(query, nullptr))
        return weeks;
    while (query.next()) {
        const auto found =
            indexOf.constFind(QDate::fromString(query.value(0).toString(), Qt::ISODate));
        if (found == indexOf.constEnd())
            continue;
        HistoryWeek& week = weeks[*found];
        week.breathingSessions = query.value(1).toInt();
        week.stressBeforeBreathing = optionalDouble(query.value(2));
        week.stressAfterBreathing = optionalDouble(query.value(3));
    }
    return weeks;
}

} // namespace attune
