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

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
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
                                     const HistoryRow* after, int size, QString* error) const
{
    const QString search = filter.customerContains.trimmed();
    const bool common = search.size() >= 3 && searchMatchesAtLeast(search, kCommonSearchMatches);
    const bool hidden = wellbeingHidden();
    HistoryFilter applied = filter;
    // Hidden ratings cannot be found by filtering on them either: the filter is ignored.
    if (hidden)
        applied.highStressOnly = false;
    QSqlQuery query(m_database.connection());
    QList<HistoryRow> rows;
    if (!m_sql.page(applied, order, after, size, common).run(query, error))
        return rows;
    while (query.next()) {
        HistoryRow row = m_sql.readPageRow(query);
        if (hidden)
            row.stressBefore = row.stressAfter = std::nullopt;
        rows.append(row);
    }
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
    std::optional<HistoryDetail> detail = m_sql.readDetail(query, viewer);
    if (!detail)
        return detail;
    if (viewer == HistoryViewer::Supervisor && wellbeingHidden()) {
        detail->row.stressBefore = detail->row.stressAfter = std::nullopt;
        detail->answers.remove(QStringLiteral("stress_before"));
        detail->answers.remove(QStringLiteral("stress_after"));
    }
    // The customer's verdict lives on this machine only (attune import feedback).
    QSqlQuery feedback(m_database.connection());
    feedback.prepare(QStringLiteral("SELECT csat, nps, score, comment, comment_language,"
                                    " comment_cue, upset FROM customer_feedback"
                                    " WHERE call_id = :call ORDER BY id DESC LIMIT 1"));
    feedback.bindValue(QStringLiteral(":call"), detail->row.callId);
    if (Database::runQuery(feedback, nullptr) && feedback.next()) {
        CustomerFeedback survey;
        survey.csat = optionalInt(feedback.value(0));
        survey.nps = optionalInt(feedback.value(1));
        survey.score = feedback.value(2).toDouble();
        survey.comment = feedback.value(3).toString();
        survey.commentLanguage = feedback.value(4).toString();
        survey.commentCue = feedback.value(5).toString();
        survey.upset = feedback.value(6).toInt() == 1;
        detail->feedback = survey;
    }
    return detail;
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
    // The latest survey of each call against the latest self-assessment of the same call; the
    // surveys are on this machine only.
    {
        QSqlQuery surveys(m_database.connection());
        surveys.prepare(QStringLiteral(
            "SELECT date(c.ringing_at, 'weekday 0', '-6 days'), count(*), avg(a.score),"
            " avg(f.score) FROM calls c"
            " JOIN assessments a ON a.id = (SELECT max(l.id) FROM assessments l"
            "   WHERE l.call_id = c.call_id)"
            " JOIN customer_feedback f ON f.id = (SELECT max(l.id)"
            "   FROM customer_feedback l WHERE l.call_id = c.call_id)"
            " WHERE c.ringing_at >= :from AND c.ringing_at < :to"
            " AND c.answered = 1 AND a.score IS NOT NULL GROUP BY 1"));
        surveys.bindValue(QStringLiteral(":from"), isoDay(weeks.first().monday));
        surveys.bindValue(QStringLiteral(":to"), isoDay(to.addDays(1)));
        if (Database::runQuery(surveys, nullptr)) {
            while (surveys.next()) {
                const auto found =
                    indexOf.constFind(QDate::fromString(surveys.value(0).toString(), Qt::ISODate));
                if (found == indexOf.constEnd())
                    continue;
                HistoryWeek& week = weeks[*found];
                week.surveyed = surveys.value(1).toInt();
                week.selfScoreSurveyed = surveys.value(2).toDouble();
                week.customerScore = surveys.value(3).toDouble();
            }
        }
    }
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
    if (wellbeingHidden())
        for (HistoryWeek& week : weeks)
            week.stressBeforeBreathing = week.stressAfterBreathing = std::nullopt;
    return weeks;
}

} // namespace attune
