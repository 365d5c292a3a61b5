#include "HistorySql.h"

#include "Database.h"
#include "assessment/Assessment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace attune {

// Everything that differs between SQLite and PostgreSQL, in one place. The rest of this file is
// shared: the same keyset paging, filters and trends run on both.
struct HistorySql::Dialect
{
    QString calls;       // the calls table, aliased c
    QString assessments; // the assessments table (no alias)
    QString supervisorScores;
    // The fields marked "page" are the local page's only (the team server's is serverPage()).
    QString finished;  // page: what makes a call a finished, answered one
    QString startedAt; // when it rang
    QString duration;  // page: the Duration sort's expression (its index's text)
    QString peak;      // page: the Peak sort's expression (its index's text)
    QString rowColumns;
    QString detailColumns; // after the row columns
    // `calls c [LEFT] JOIN <latest assessment> a`; %1 is "LEFT " or empty.
    QString callsWithLatest;
    // page: the Score sort walks the assessments: FROM and the latest-assessment condition on `a`.
    QString scoreFrom;
    QString scoreLatest;
    QString jsonEach;        // appended after callsWithLatest: rows j(key, value) of a.answers
    QString mondayOf;        // %1: a timestamp -> 'YYYY-MM-DD' of its week's Monday (UTC)
    QString calmedCount;     // among hot calls, how many calmed
    QString hotPeak;         // the peak column for the hot-calls count
    QString keyCondition;    // the detail's WHERE on c
    QString outerSortValues; // page: the sort value and tie-breaker as read back
    QString cursor;          // page: the cursor compared with (sort value, tie-breaker)
    bool fullTextSearch;     // page: SQLite's FTS5 trigram table
    bool hasAgents;
};

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// A call may have been assessed more than once; the history shows the latest assessment.
const QString kLocalLatest =
    QStringLiteral("a.id = (SELECT max(l.id) FROM assessments l WHERE l.call_id = c.call_id)");
const QString kServerLatest =
    QStringLiteral("LATERAL (SELECT * FROM attune.assessments l WHERE l.call_id = c.id"
                   " ORDER BY l.saved_at DESC, l.id DESC LIMIT 1) a ON true");

// Supervisor records are read only where they pass RecordTrust (its SQL function is on every
// connection of the agent's database): a row typed into the file is never counted or shown. The
// team server needs no such check: its row-level security lets only a supervisor write them.
QString trustedScore(const QString& s, const QString& syncId)
{
    return QStringLiteral("attune_trusted('score', %1.assessment_id, %2, %1.answers, %1.score,"
                          " %1.scored_at, %1.signature, %1.server_id)")
        .arg(s, syncId);
}

const HistorySql::Dialect& sqlite()
{
    static const HistorySql::Dialect dialect{
        QStringLiteral("calls c"), QStringLiteral("assessments"),
        QStringLiteral("(SELECT t.assessment_id, t.score FROM supervisor_scores t"
                       " JOIN assessments ta ON ta.id = t.assessment_id WHERE %1)")
            .arg(trustedScore(QStringLiteral("t"), QStringLiteral("ta.sync_id"))),
        QStringLiteral("c.answered = 1 AND c.ended_at IS NOT NULL"), QStringLiteral("c.ringing_at"),
        QStringLiteral("coalesce(c.talk_ms, -1)"), QStringLiteral("coalesce(c.arc_peak, -1)"),
        // The per-row extras are small indexed lookups, run only for the rows of the page.
        QStringLiteral(
            "c.id, c.call_id, c.ringing_at, coalesce(c.display_name, c.phone), c.talk_ms,"
            " c.arc_peak, c.arc_peak_kind, c.arc_calmed, a.id, a.outcome, a.score,"
            " a.stress_before, a.stress_after,"
            " (SELECT s.score FROM supervisor_scores s WHERE s.assessment_id = a.id AND %1),"
            " EXISTS (SELECT 1 FROM breathing_sessions b WHERE b.started_at >= c.ended_at"
            "   AND b.started_at < strftime('%Y-%m-%dT%H:%M:%fZ', c.ended_at, '+30 minutes')"
            "   AND b.started_at < coalesce((SELECT min(n.ringing_at) FROM calls n"
            "     WHERE n.ringing_at > c.ringing_at), '9999')),"
            " (SELECT count(*) FROM kudos k WHERE k.call_id = c.call_id"
            "   AND attune_trusted('kudos', k.call_id, k.behaviour, k.text, k.given_at,"
            "   k.signature, k.server_id)),"
            " (SELECT count(*) FROM coaching_notes n WHERE n.call_id = c.call_id"
            "   AND attune_trusted('note', n.call_id, n.text, n.written_at, n.signature,"
            "   n.server_id)), '',"
            // The customer's verdict: the latest survey's score, and whether any reads upset.
            " (SELECT f.score FROM customer_feedback f WHERE f.call_id = c.call_id"
            "   ORDER BY f.id DESC LIMIT 1),"
            " EXISTS (SELECT 1 FROM customer_feedback f WHERE f.call_id = c.call_id"
            "   AND f.upset = 1)")
            .arg(trustedScore(QStringLiteral("s"), QStringLiteral("a.sync_id"))),
        // For a supervisor the private note is replaced in SQL (%1), so it never reaches this
        // process's memory, let alone the screen.
        QStringLiteral("c.phone, c.customer_id, a.rubric_id, a.rubric_version, a.answers, %1,"
                       " a.note_private, c.arc_points, c.arc_peak_after_ms, c.suggestions_used,"
                       " (SELECT s.answers FROM supervisor_scores s WHERE s.assessment_id = a.id"
                       "  AND %2)")
            .arg(QStringLiteral("%1"),
                 trustedScore(QStringLiteral("s"), QStringLiteral("a.sync_id"))),
        QStringLiteral("calls c %1JOIN assessments a ON ") + kLocalLatest,
        // Walk the score index and look each call up, not the other way round.
        QStringLiteral("assessments a CROSS JOIN calls c ON c.call_id = a.call_id"),
        QStringLiteral("a.id = (SELECT max(l.id) FROM assessments l WHERE l.call_id = a.call_id)"),
        QStringLiteral(", json_each(a.answers) j"),
        // SQLite's weekday modifier finds the Sunday on or after a day; six days before it is the
        // week's Monday.
        QStringLiteral("date(%1, 'weekday 0', '-6 days')"), QStringLiteral("sum(c.arc_calmed = 1)"),
        QStringLiteral("c.answered = 1 AND c.arc_peak"), QStringLiteral("c.id = :id"),
        QStringLiteral("p.sort_value, p.sort_id"),
        // A row value comparison, which SQLite answers from the index.
        QStringLiteral("(:afterValue, :afterId)"), true, false};
    return dialect;
}

const HistorySql::Dialect& postgresql()
{
    static const HistorySql::Dialect dialect{
        QStringLiteral("attune.calls c"),
        QStringLiteral("attune.assessments"),
        QStringLiteral("attune.supervisor_scores"),
        // The page's own fields are empty: the team server's page is serverPage(), which reads
        // attune.call_facts (finished calls only).
        {},
        QStringLiteral("c.started_at"),
        {},
        {},
        // Breathing is never on the server unless IT shares wellbeing, and then not per call.
        QStringLiteral("c.id::text, c.call_ref, c.started_at,"
                       " coalesce(nullif(c.customer_name, ''), c.phone),"
                       " c.talk_seconds::bigint * 1000, c.peak, c.peak_kind, c.calmed::int,"
                       " a.id::text, a.outcome, a.score, a.stress_before, a.stress_after,"
                       " (SELECT avg(s.score) FROM attune.supervisor_scores s"
                       "  WHERE s.assessment_id = a.id),"
                       " false,"
                       " (SELECT count(*) FROM attune.kudos k WHERE k.call_id = c.id),"
                       " (SELECT count(*) FROM attune.coaching_notes n WHERE n.call_id = c.id),"
                       " c.agent::text,"
                       // The customer's verdict as in the agent's own history: the latest
                       // survey's score, and whether any survey of the call reads upset.
                       " (SELECT s.score FROM attune.customer_feedback s WHERE s.call_id = c.id"
                       "  ORDER BY s.imported_at DESC, s.id DESC LIMIT 1),"
                       " EXISTS (SELECT 1 FROM attune.customer_feedback s"
                       "  WHERE s.call_id = c.id AND s.upset)::int"),
        // A private note never leaves the agent's machine: the server has only shared notes, so
        // there is nothing to withhold (%1 unused).
        QStringLiteral("c.phone, c.customer_id, a.rubric_id, a.rubric_version, a.answers::text,"
                       " coalesce(a.note, '')%1, 0, c.arc::text, c.peak_after_ms,"
                       " c.suggestions_used::text,"
                       " (SELECT s.answers::text FROM attune.supervisor_scores s"
                       "  WHERE s.assessment_id = a.id ORDER BY s.created_at DESC LIMIT 1)"),
        QStringLiteral("attune.calls c %1JOIN ") + kServerLatest,
        {},
        {},
        QStringLiteral(" CROSS JOIN LATERAL jsonb_each_text(a.answers) AS j(key, value)"),
        QStringLiteral("to_char(date_trunc('week', %1 AT TIME ZONE 'UTC'), 'YYYY-MM-DD')"),
        QStringLiteral("count(*) FILTER (WHERE c.calmed)"),
        QStringLiteral("c.peak"),
        QStringLiteral("c.id = CAST(:id AS uuid)"),
        {},
        {},
        false,
        true};
    return dialect;
}

// One quoted FTS5 string: the text is matched as typed, never read as query syntax.
QString searchTerm(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString& text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

bool HistorySql::Statement::run(QSqlQuery& query, QString* error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Database::runQuery(query, error);
    for (const auto& [name, value] : values)
        query.bindValue(name, value);
    return Database::runQuery(query, error);
}

HistorySql::HistorySql(Engine engine)
    : m_engine(engine)
{}

const HistorySql::Dialect& HistorySql::d() const
{
    return m_engine == Engine::Sqlite ? sqlite() : postgresql();
}

QVariant HistorySql::timeValue(const QDateTime& at) const
{
    return m_engine == Engine::Sqlite ? QVariant(isoUtc(at)) : QVariant(at.toUTC());
}

QString HistorySql::scopeConditions(const HistoryFilter& scope,
                                    QList<QPair<QString, QVariant>>* values) const
{
    if (!d().hasAgents)
        return {};
    QStringList where;
    if (!scope.agent.isEmpty()) {
        where << QStringLiteral("c.agent = :agent");
        values->append({QStringLiteral(":agent"), scope.agent});
    }
    if (!scope.team.isEmpty()) {
        // The team's agents as an array, worked out once; the row-level security still decides
        // which of them this supervisor may read.
        where << QStringLiteral("c.agent = ANY (ARRAY(SELECT m.person FROM attune.members m"
                                " WHERE m.team = :team AND m.kind = 'agent'))");
        values->append({QStringLiteral(":team"), scope.team});
    }
    return where.join(QLatin1String(" AND "));
}

HistorySql::Statement HistorySql::page(const HistoryFilter& filter, const HistoryOrder& order,
                                       const HistoryRow* after, int size, bool commonSearch) const
{
    if (m_engine == Engine::Postgresql)
        return serverPage(filter, order, after, size);
    const Dialect& dialect = d();
    Statement statement;
    auto& values = statement.values;
    const bool byScore = order.by == HistorySort::Score;
    const QString sortKey = order.by == HistorySort::Duration ? dialect.duration
                            : order.by == HistorySort::Peak   ? dialect.peak
                            : byScore                         ? QStringLiteral("a.score")
                                                              : dialect.startedAt;
    const QString tieBreaker = byScore ? QStringLiteral("a.id") : QStringLiteral("c.id");
    // Finished calls only: a call still live has no talk time or arc yet, and listing it as
    // "0:00, calm" would mislead.
    QStringList where{dialect.finished};
    if (filter.from.isValid()) {
        where << dialect.startedAt + QStringLiteral(" >= :from");
        values.append({QStringLiteral(":from"), timeValue(filter.from.startOfDay())});
    }
    if (filter.to.isValid()) {
        where << dialect.startedAt + QStringLiteral(" < :to");
        values.append({QStringLiteral(":to"), timeValue(filter.to.addDays(1).startOfDay())});
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("a.outcome = :outcome");
        values.append({QStringLiteral(":outcome"), filter.outcome});
    }
    if (filter.scoreBelow) {
        where << QStringLiteral("a.score < :score");
        values.append({QStringLiteral(":score"), *filter.scoreBelow});
    }
    if (filter.hotOnly) {
        where << dialect.peak + QStringLiteral(" >= :hot"); // the peak index's expression
        values.append({QStringLiteral(":hot"), HistoryFilter::kHotPeak});
    }
    if (filter.highStressOnly)
        where << QStringLiteral("a.stress_after >= 4");
    if (filter.customerUpsetOnly) {
        // The upset surveys' partial index gives the few calls; each is then found by its id.
        where << QStringLiteral("c.call_id IN (SELECT f.call_id FROM customer_feedback f"
                                " WHERE f.upset = 1)");
    }
    const QString search = filter.customerContains.trimmed();
    // The trigram index needs three characters; shorter text is matched directly.
    if (dialect.fullTextSearch && search.size() >= 3) {
        // A rare name is quickest read from the search index and sorted; a common one is quickest
        // found by walking the sorted index and checking each row against the matches (the "+"
        // keeps SQLite from driving the query from the match list).
        where << QStringLiteral("%1c.id IN (SELECT rowid FROM calls_search"
                                " WHERE calls_search MATCH :search)")
                     .arg(commonSearch ? QStringLiteral("+") : QString());
        values.append({QStringLiteral(":search"), searchTerm(search)});
    } else if (!search.isEmpty()) {
        where << QStringLiteral("(c.display_name LIKE :search ESCAPE '\\' OR c.phone LIKE :search"
                                " ESCAPE '\\')");
        values.append({QStringLiteral(":search"), likePattern(search)});
    }
    if (after) {
        where << QStringLiteral("(%1, %2) %3 %4")
                     .arg(sortKey, tieBreaker,
                          order.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          dialect.cursor);
        values.append({QStringLiteral(":afterValue"), after->sortValue});
        values.append({QStringLiteral(":afterId"), after->sortId});
    }
    // A filter on the assessment needs one; otherwise unassessed calls are listed too.
    const bool needsAssessment =
        byScore || !filter.outcome.isEmpty() || filter.scoreBelow || filter.highStressOnly;
    QString from;
    if (byScore) {
        where << QStringLiteral("a.score IS NOT NULL") << dialect.scoreLatest;
        from = dialect.scoreFrom;
    } else {
        from = dialect.callsWithLatest.arg(needsAssessment ? QString() : QStringLiteral("LEFT "));
    }
    const QString direction = order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString chosen =
        QStringLiteral("SELECT c.id AS call_row, a.id AS assessment_row, %1 AS sort_value,"
                       " %2 AS sort_id FROM %3 WHERE %4 ORDER BY %1 %5, %2 %5 LIMIT :size")
            .arg(sortKey, tieBreaker, from, where.join(QLatin1String(" AND ")), direction);
    // The page is chosen first from indexes alone; the per-row lookups (kudos, breathing, the
    // supervisor's score) then run for the rows of this page only, never for every match.
    statement.sql =
        QStringLiteral("SELECT %1, %2 FROM (%3) p"
                       " JOIN %4 c ON c.id = p.call_row"
                       " LEFT JOIN %5 a ON a.id = p.assessment_row"
                       " ORDER BY p.sort_value %6, p.sort_id %6")
            .arg(dialect.rowColumns, dialect.outerSortValues, chosen,
                 dialect.calls.section(QLatin1Char(' '), 0, 0), dialect.assessments, direction);
    values.append({QStringLiteral(":size"), size});
    return statement;
}

HistorySql::Statement HistorySql::serverPage(const HistoryFilter& filter, const HistoryOrder& order,
                                             const HistoryRow* after, int size) const
{
    Statement statement;
    auto& values = statement.values;
    // Everything a filter or sort reads is on the call's row of attune.call_facts (migration
    // 0005, kept by triggers): the latest assessment's outcome, score and stress, the surveys'
    // upset and the search text. So a page never looks a call's latest assessment up per
    // candidate; the filters are checked in the index, and only matching calls are read.
    const QString sortKey = order.by == HistorySort::Duration ? QStringLiteral("f.talk_seconds")
                            : order.by == HistorySort::Peak   ? QStringLiteral("f.peak")
                            : order.by == HistorySort::Score  ? QStringLiteral("f.score")
                                                              : QStringLiteral("f.started_at");
    // A team's calls are spread thinly through the whole server's: walking a sorted index and
    // skipping every other team's rows can cost seconds when the sort key happens to favour
    // another team. So each agent's page is read from that agent's own index range (every index
    // of call_facts starts with the agent) and the best of them are kept: a few dozen short
    // range scans, whatever the sort or filter. Row-level security still decides what each
    // range yields.
    QStringList where;
    if (filter.from.isValid()) {
        where << QStringLiteral("f.started_at >= :from");
        values.append({QStringLiteral(":from"), timeValue(filter.from.startOfDay())});
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("f.started_at < :to");
        values.append({QStringLiteral(":to"), timeValue(filter.to.addDays(1).startOfDay())});
    }
    if (!filter.outcome.isEmpty()) {
        where << QStringLiteral("f.outcome = :outcome");
        values.append({QStringLiteral(":outcome"), filter.outcome});
    }
    if (filter.scoreBelow) {
        where << QStringLiteral("f.score < :score");
        values.append({QStringLiteral(":score"), *filter.scoreBelow});
    }
    if (filter.hotOnly) {
        where << QStringLiteral("f.peak >= :hot");
        values.append({QStringLiteral(":hot"), HistoryFilter::kHotPeak});
    }
    if (filter.highStressOnly)
        where << QStringLiteral("f.stress_after >= 4");
    if (filter.customerUpsetOnly) // written out, so the upset calls' partial index applies
        where << QStringLiteral("f.upset");
    if (order.by == HistorySort::Score) // the score index holds assessed calls only
        where << QStringLiteral("f.score IS NOT NULL");
    const QString search = filter.customerContains.trimmed();
    // The agent's calls whose text has the term's trigrams, from migration 0005's per-agent
    // trigram index (attune.search_agent_calls: row-level security would keep this query from
    // using it), so a name that is common on the server but rare in this team is never read
    // from other teams' calls. A term without three letters or digits in a row has no such
    // trigram; it is matched as the agent's calls are walked.
    static const QRegularExpression trigram(QStringLiteral("[\\p{L}\\p{N}]{3}"));
    const bool byTrigrams = !search.isEmpty() && trigram.match(search).hasMatch();
    if (!search.isEmpty()) {
        values.append({QStringLiteral(":search"), likePattern(search)});
        if (byTrigrams)
            values.append({QStringLiteral(":term"), search});
        else
            where << QStringLiteral("f.search ILIKE :search");
    }
    // The search's ids are of this agent only; without it every range starts at the agent.
    if (!byTrigrams)
        where.prepend(QStringLiteral("f.agent = team_agent.name"));
    QString scope = scopeConditions(filter, &values);
    if (!scope.isEmpty())
        where << scope.replace(QLatin1String("c.agent"), QLatin1String("f.agent"));
    if (after) {
        const QString type = order.by == HistorySort::Time       ? QStringLiteral("timestamptz")
                             : order.by == HistorySort::Duration ? QStringLiteral("integer")
                                                                 : QStringLiteral("real");
        // The cursor was read back as text: a timestamp keeps its microseconds and a real its
        // every bit, so the next page starts exactly after this one.
        where << QStringLiteral("(%1, f.call_id) %2 (CAST(:afterValue AS %3),"
                                " CAST(:afterId AS uuid))")
                     .arg(sortKey, order.descending ? QStringLiteral("<") : QStringLiteral(">"),
                          type);
        values.append({QStringLiteral(":afterValue"), after->sortValue});
        values.append({QStringLiteral(":afterId"), after->key});
    }
    QString agents;
    if (!filter.agent.isEmpty())
        agents = QStringLiteral("ARRAY[CAST(:agent AS name)]");
    else if (!filter.team.isEmpty())
        agents = QStringLiteral("ARRAY(SELECT m.person FROM attune.members m"
                                " WHERE m.team = :team AND m.kind = 'agent')");
    else // a supervisor's agents; anyone else (an agent) reads only their own
        agents = QStringLiteral("(SELECT CASE WHEN cardinality(t) > 0 THEN t"
                                " ELSE ARRAY[current_user] END"
                                " FROM attune.team_agents(current_user) AS t)");
    const QString direction = order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString conditions =
        where.isEmpty() ? QStringLiteral("true") : where.join(QLatin1String(" AND "));
    QString agentPage =
        QStringLiteral("SELECT f.call_id AS call_row, %1 AS sort_value, f.call_id AS sort_id"
                       " FROM %2 WHERE %3 ORDER BY %1 %4, f.call_id %4 LIMIT :size")
            .arg(sortKey,
                 byTrigrams ? QStringLiteral("attune.search_agent_calls(team_agent.name, :term,"
                                             " :search) AS hit(id)"
                                             " JOIN attune.call_facts f ON f.call_id = hit.id")
                            : QStringLiteral("attune.call_facts f"),
                 conditions, direction);
    if (byTrigrams && order.by == HistorySort::Time) {
        // A term on many of an agent's calls (a surname common in the team) costs the trigram
        // keys one heap page per match, thousands of them; walking the agent's calls newest first
        // in migration 0009's index (which holds the search text and every filter's column, so
        // the walk never leaves it) finds the page's matches within a few hundred entries. Which
        // way is chosen per agent by the share of matches among the agent's newest
        // kSearchProbeRows (cheap, and never read beyond the index). The walk's rows are taken
        // only when they are the whole answer: the page filled, or the agent's calls walked to
        // their end; otherwise the trigram keys answer as before. Either way the rows are what
        // a plain scan would give, under the same row-level security.
        constexpr int kSearchProbeRows = 200;
        constexpr int kSearchWalkRows = 2000;
        const QString walkConditions =
            QStringLiteral("f.agent = team_agent.name AND ") + conditions;
        agentPage =
            QStringLiteral(
                "WITH probe AS MATERIALIZED ("
                "SELECT count(*) FILTER (WHERE w.search ILIKE :search) * %5 >= :size * count(*)"
                " OR count(*) < %6 AS common FROM (SELECT f.search FROM attune.call_facts f"
                " WHERE %1 ORDER BY %2 %3, f.call_id %3 LIMIT %6) w),"
                " found AS MATERIALIZED (SELECT w.call_id, w.sort_value FROM ("
                "SELECT f.call_id, %2 AS sort_value, f.search FROM attune.call_facts f"
                " WHERE %1 ORDER BY %2 %3, f.call_id %3 LIMIT %5) w"
                " WHERE (SELECT common FROM probe) AND w.search ILIKE :search"
                " ORDER BY w.sort_value %3, w.call_id %3 LIMIT :size),"
                " walked AS MATERIALIZED (SELECT (SELECT common FROM probe) AND ("
                "(SELECT count(*) FROM found) >= :size OR (SELECT count(*) FROM ("
                "SELECT 1 FROM attune.call_facts f WHERE %1 LIMIT %5) every) < %5) AS whole)"
                " SELECT found.call_id AS call_row, found.sort_value, found.call_id AS sort_id"
                " FROM found WHERE (SELECT whole FROM walked)"
                " UNION ALL (%4 AND NOT (SELECT whole FROM walked)"
                " ORDER BY %2 %3, f.call_id %3 LIMIT :size)")
                .arg(walkConditions, sortKey, direction,
                     agentPage.section(QStringLiteral(" ORDER BY "), 0, 0))
                .arg(kSearchWalkRows)
                .arg(kSearchProbeRows);
    }
    // The page is chosen from call_facts alone; the call, its latest assessment and the per-row
    // lookups (kudos, notes, the supervisor's and the customer's scores) are then read for the
    // rows of this page only.
    statement.sql =
        QStringLiteral("SELECT %1, p.sort_value::text, p.sort_id::text FROM ("
                       "SELECT m.* FROM unnest(%2) AS team_agent(name) CROSS JOIN LATERAL ("
                       "%3) m ORDER BY m.sort_value %4, m.sort_id %4 LIMIT :size) p"
                       " JOIN attune.calls c ON c.id = p.call_row"
                       " LEFT JOIN attune.call_facts pf ON pf.call_id = p.call_row"
                       " LEFT JOIN attune.assessments a ON a.id = pf.assessment_id"
                       " ORDER BY p.sort_value %4, p.sort_id %4")
            .arg(d().rowColumns, agents, agentPage, direction);
    values.append({QStringLiteral(":size"), size});
    return statement;
}

HistoryRow HistorySql::readPageRow(const QSqlQuery& query, bool withCursor) const
{
    HistoryRow row;
    const auto value = [&](int i) { return query.value(i); };
    const bool server = m_engine == Engine::Postgresql;
    if (server)
        row.key = value(0).toString();
    else
        row.callRowId = value(0).toLongLong();
    row.callId = value(1).toString();
    const QVariant at = value(2);
    row.at = at.typeId() == QMetaType::QDateTime
                 ? at.toDateTime()
                 : QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    row.customer = value(3).toString();
    row.talkMs = value(4).toLongLong();
    row.arcPeak = optionalDouble(value(5));
    row.arcPeakKind = value(6).toString();
    if (!value(7).isNull())
        row.calmed = value(7).toInt() == 1;
    if (server) {
        row.assessmentKey = value(8).toString();
        row.assessmentId = value(8).isNull() ? 0 : -1;
    } else {
        row.assessmentId = value(8).toLongLong();
    }
    row.outcome = value(9).toString();
    row.score = optionalDouble(value(10));
    row.stressBefore = optionalInt(value(11));
    row.stressAfter = optionalInt(value(12));
    row.supervisorScore = optionalDouble(value(13));
    row.breathingTaken = value(14).toInt() == 1;
    row.kudos = value(15).toInt();
    row.coachingNotes = value(16).toInt();
    row.agent = value(17).toString();
    row.customerScore = optionalDouble(value(18));
    row.customerUpset = value(19).toInt() == 1;
    // A page's query adds the cursor after the row columns; the detail's does not.
    if (withCursor) {
        row.sortValue = value(kRowColumns);
        if (server)
            row.sortValue = value(kRowColumns).toString();
        else
            row.sortId = value(kRowColumns + 1).toLongLong();
    }
    return row;
}

HistorySql::Statement HistorySql::detail(const QVariant& key, HistoryViewer viewer) const
{
    const Dialect& dialect = d();
    QString note;
    if (m_engine == Engine::Sqlite)
        note = viewer == HistoryViewer::Supervisor
                   ? QStringLiteral("CASE WHEN a.note_private = 1 THEN '' ELSE a.note END")
                   : QStringLiteral("a.note");
    Statement statement;
    statement.sql =
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
            .arg(dialect.rowColumns, dialect.detailColumns.arg(note),
                 dialect.callsWithLatest.arg(QStringLiteral("LEFT ")), dialect.keyCondition);
    statement.values.append({QStringLiteral(":id"), key});
    return statement;
}

std::optional<HistoryDetail> HistorySql::readDetail(QSqlQuery& query, HistoryViewer viewer) const
{
    if (!query.next())
        return std::nullopt;
    HistoryDetail detail;
    detail.row = readPageRow(query, false);
    const auto value = [&](int i) { return query.value(kRowColumns + i); };
    detail.phone = value(0).toString();
    detail.customerId = value(1).toString();
    detail.rubricId = value(2).toString();
    detail.rubricVersion = value(3).toInt();
    detail.answers = Assessment::answersFromJson(value(4).toByteArray());
    detail.note = value(5).toString();
    const bool isPrivate = value(6).toInt() == 1;
    if (viewer == HistoryViewer::Agent)
        detail.notePrivate = isPrivate;
    else
        detail.noteWithheld = isPrivate;
    const QJsonArray points = QJsonDocument::fromJson(value(7).toByteArray()).array();
    for (const QJsonValue& point : points) {
        const QJsonArray pair = point.toArray();
        // The stored arc is read as untrusted text: a time that is not a whole number a qint64
        // holds (a cast would be undefined behaviour) drops the point, not the call.
        const qint64 atMs = pair.size() == 2 ? pair.at(0).toInteger(-1) : -1;
        if (atMs >= 0 && pair.at(1).isDouble())
            detail.arcPoints.append({atMs, pair.at(1).toDouble()});
    }
    detail.arcPeakAfterMs = value(8).toLongLong();
    for (const QJsonValue& used : QJsonDocument::fromJson(value(9).toByteArray()).array())
        detail.suggestionsUsed << used.toString();
    detail.supervisorAnswers = Assessment::answersFromJson(value(10).toByteArray());
    return detail;
}

namespace {

// [from's Monday, the day after `to`) as the trends read it.
QPair<QDateTime, QDateTime> weekSpan(const QDate& from, const QDate& to)
{
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    return {firstMonday.startOfDay(), to.addDays(1).startOfDay()};
}

} // namespace

HistorySql::Statement HistorySql::weekItems(const QDate& from, const QDate& to,
                                            const HistoryFilter& scope) const
{
    const Dialect& dialect = d();
    Statement statement;
    const auto [start, end] = weekSpan(from, to);
    QString where = scopeConditions(scope, &statement.values);
    // Rubric items, read out of each assessment's answers.
    statement.sql =
        QStringLiteral("SELECT %1, j.key, avg(CASE j.value WHEN 'yes' THEN 1.0"
                       " WHEN 'partly' THEN 0.5 WHEN 'no' THEN 0.0 END), count(DISTINCT a.id)"
                       " FROM %2%3 WHERE %4 >= :from AND %4 < :to"
                       " AND j.value IN ('yes', 'partly', 'no')%5 GROUP BY 1, 2")
            .arg(dialect.mondayOf.arg(dialect.startedAt), dialect.callsWithLatest.arg(QString()),
                 dialect.jsonEach, dialect.startedAt,
                 where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    statement.values.append({QStringLiteral(":from"), timeValue(start)});
    statement.values.append({QStringLiteral(":to"), timeValue(end)});
    return statement;
}

HistorySql::Statement HistorySql::agentItems(const QDate& from, const QDate& to,
                                             const HistoryFilter& scope) const
{
    Statement statement = weekItems(from, to, scope);
    // The same figures, one set per agent.
    statement.sql.replace(QLatin1String("SELECT "), QLatin1String("SELECT c.agent::text, "));
    statement.sql.replace(QLatin1String("GROUP BY 1, 2"), QLatin1String("GROUP BY 1, 2, 3"));
    return statement;
}

HistorySql::Statement HistorySql::weekHotCalls(const QDate& from, const QDate& to,
                                               const HistoryFilter& scope) const
{
    const Dialect& dialect = d();
    Statement statement;
    const auto [start, end] = weekSpan(from, to);
    QString where = scopeConditions(scope, &statement.values);
    statement.sql = QStringLiteral("SELECT %1, count(*), %2 FROM %3 WHERE %4 >= :from AND %4 < :to"
                                   " AND %5 >= %6%7 GROUP BY 1")
                        .arg(dialect.mondayOf.arg(dialect.startedAt), dialect.calmedCount,
                             dialect.calls, dialect.startedAt, dialect.hotPeak)
                        .arg(HistoryFilter::kHotPeak)
                        .arg(where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    statement.values.append({QStringLiteral(":from"), timeValue(start)});
    statement.values.append({QStringLiteral(":to"), timeValue(end)});
    return statement;
}

HistorySql::Statement HistorySql::weekScores(const QDate& from, const QDate& to,
                                             const HistoryFilter& scope) const
{
    const Dialect& dialect = d();
    Statement statement;
    const auto [start, end] = weekSpan(from, to);
    QString where = scopeConditions(scope, &statement.values);
    statement.sql =
        QStringLiteral("SELECT %1, avg(a.score), avg(s.score) FROM %2"
                       " JOIN %3 s ON s.assessment_id = a.id"
                       " WHERE %4 >= :from AND %4 < :to"
                       " AND a.score IS NOT NULL AND s.score IS NOT NULL%5 GROUP BY 1")
            .arg(dialect.mondayOf.arg(dialect.startedAt), dialect.callsWithLatest.arg(QString()),
                 dialect.supervisorScores, dialect.startedAt,
                 where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    statement.values.append({QStringLiteral(":from"), timeValue(start)});
    statement.values.append({QStringLiteral(":to"), timeValue(end)});
    return statement;
}

QList<HistoryWeek> HistorySql::weeks(const QDate& from, const QDate& to, const HistoryFilter& scope,
                                     const RunStatement& run) const
{
    QList<HistoryWeek> weeks;
    if (!from.isValid() || !to.isValid() || to < from)
        return weeks;
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    QHash<QDate, qsizetype> indexOf;
    for (QDate monday = firstMonday; monday <= to; monday = monday.addDays(7)) {
        indexOf.insert(monday, weeks.size());
        HistoryWeek week;
        week.monday = monday;
        weeks.append(week);
    }
    const auto forEachWeek = [&](const Statement& statement, const auto& take) {
        run(statement, [&](const QSqlQuery& query) {
            const QDate monday = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            const auto found = indexOf.constFind(monday);
            if (found != indexOf.constEnd())
                take(weeks[*found], query);
        });
    };
    forEachWeek(weekItems(from, to, scope), [](HistoryWeek& week, const QSqlQuery& query) {
        week.itemShare.insert(query.value(1).toString(), query.value(2).toDouble());
        week.assessed = std::max(week.assessed, query.value(3).toInt());
    });
    forEachWeek(weekHotCalls(from, to, scope), [](HistoryWeek& week, const QSqlQuery& query) {
        week.hotCalls = query.value(1).toInt();
        week.hotCallsCalmed = query.value(2).toInt();
    });
    forEachWeek(weekScores(from, to, scope), [](HistoryWeek& week, const QSqlQuery& query) {
        week.selfScore = query.value(1).toDouble();
        week.supervisorScore = query.value(2).toDouble();
    });
    return weeks;
}

} // namespace attune
