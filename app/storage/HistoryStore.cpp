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

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

// The expression each sort orders by: the same text as its index, so SQLite walks the index.
QString sortExpression(HistorySort sort)
{
    switch (sort) {
    case HistorySort::Duration:
        return QStringLiteral("coalesce(c.talk_ms, -1)");
    case HistorySort::Peak:
        return QStringLiteral("coalesce(c.arc_peak, -1)");
    case HistorySort::Score:
        return QStringLiteral("a.score");
    case HistorySort::Time:
        break;
    }
    return QStringLiteral("c.ringing_at");
}

// The columns every row reads; the per-row extras are small indexed lookups, run only for the
// rows of the page.
const QString kRowColumns = QStringLiteral(
    "c.id, c.call_id, c.ringing_at, coalesce(c.display_name, c.phone), c.talk_ms, c.arc_peak,"
    " c.arc_peak_kind, c.arc_calmed, a.id, a.outcome, a.score, a.stress_before, a.stress_after,"
    " (SELECT s.score FROM supervisor_scores s WHERE s.assessment_id = a.id),"
    " EXISTS (SELECT 1 FROM breathing_sessions b WHERE b.started_at >= c.ended_at"
    "   AND b.started_at < strftime('%Y-%m-%dT%H:%M:%fZ', c.ended_at, '+30 minutes')"
    "   AND b.started_at < coalesce((SELECT min(n.ringing_at) FROM calls n"
    "     WHERE n.ringing_at > c.ringing_at), '9999')),"
    " (SELECT count(*) FROM kudos k WHERE k.call_id = c.call_id),"
    " (SELECT count(*) FROM coaching_notes n WHERE n.call_id = c.call_id)");

// Reads the columns above, starting at `first`.
HistoryRow readRow(const QSqlQuery& query, int first = 0)
{
    HistoryRow row;
    const auto value = [&](int i) { return query.value(first + i); };
    row.callRowId = value(0).toLongLong();
    row.callId = value(1).toString();
    row.at = QDateTime::fromString(value(2).toString(), Qt::ISODateWithMs);
    row.customer = value(3).toString();
    row.talkMs = value(4).toLongLong();
    row.arcPeak = optionalDouble(value(5));
    row.arcPeakKind = value(6).toString();
    if (!value(7).isNull())
        row.calmed = value(7).toInt() == 1;
    row.assessmentId = value(8).toLongLong();
    row.outcome = value(9).toString();
    row.score = optionalDouble(value(10));
    row.stressBefore = optionalInt(value(11));
    row.stressAfter = optionalInt(value(12));
    row.supervisorScore = optionalDouble(value(13));
    row.breathingTaken = value(14).toInt() == 1;
    row.kudos = value(15).toInt();
    row.coachingNotes = value(16).toInt();
    return row;
}

// A call may have been assessed more than once; the history shows the latest assessment.
const QString kLatestAssessment =
    QStringLiteral("a.id = (SELECT max(l.id) FROM assessments l WHERE l.call_id = c.call_id)");

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
{}

QList<HistoryRow> HistoryStore::page(const HistoryFilter& filter, const HistoryOrder& order,
                                     const HistoryRow* after, int size) const
{
    const bool byScore = order.by == HistorySort::Score;
    const QString sortKey = sortExpression(order.by);
    const QString tieBreaker = byScore ? QStringLiteral("a.id") : QStringLiteral("c.id");
    // Finished calls only: a call still live has no talk time or arc yet, and listing it as
    // "0:00, calm" would mislead.
    QStringList where{QStringLiteral("c.answered = 1"), QStringLiteral("c.ended_at IS NOT NULL")};
    if (filter.from.isValid())
        where << QStringLiteral("c.ringing_at >= :from");
    if (filter.to.isValid())
        where << QStringLiteral("c.ringing_at < :to");
    if (!filter.outcome.isEmpty())
        where << QStringLiteral("a.outcome = :outcome");
    if (filter.scoreBelow)
        where << QStringLiteral("a.score < :score");
    if (filter.hotOnly)
        where << QStringLiteral("coalesce(c.arc_peak, -1) >= :hot"); // the peak index's expression
    // Hidden ratings cannot be found by filtering on them either: the filter is ignored.
    const bool highStressOnly = filter.highStressOnly && !wellbeingHidden();
    if (highStressOnly)
        where << QStringLiteral("a.stress_after >= 4");
    const QString search = filter.customerContains.trimmed();
    // The trigram index needs three characters; shorter text is matched directly.
    const bool indexedSearch = search.size() >= 3;
    if (indexedSearch) {
        // A rare name is quickest read from the search index and sorted; a common one is quickest
        // found by walking the sorted index and checking each row against the matches (the "+"
        // keeps SQLite from driving the query from the match list).
        const bool common = searchMatchesAtLeast(search, kCommonSearchMatches);
        where << QStringLiteral("%1c.id IN (SELECT rowid FROM calls_search"
                                " WHERE calls_search MATCH :search)")
                     .arg(common ? QStringLiteral("+") : QString());
    } else if (!search.isEmpty()) {
        where << QStringLiteral("(c.display_name LIKE :search ESCAPE '\\' OR c.phone LIKE :search"
                                " ESCAPE '\\')");
    }
    if (after) {
        // A row value comparison, which SQLite answers from the index.
        where << QStringLiteral("(%1, %2) %3 (:afterValue, :afterId)")
                     .arg(sortKey, tieBreaker,
                          order.descending ? QStringLiteral("<") : QStringLiteral(">"));
    }
    // A filter on the assessment needs one; otherwise unassessed calls are listed too.
    const bool needsAssessment =
        byScore || !filter.outcome.isEmpty() || filter.scoreBelow || highStressOnly;
    QString from;
    if (byScore) {
        // Walk the score index and look each call up, not the other way round.
        where << QStringLiteral("a.score IS NOT NULL")
              << QStringLiteral(
                     "a.id = (SELECT max(l.id) FROM assessments l WHERE l.call_id = a.call_id)");
        from = QStringLiteral("assessments a CROSS JOIN calls c ON c.call_id = a.call_id");
    } else {
        from = QStringLiteral("calls c %1 JOIN assessments a ON %2")
                   .arg(needsAssessment ? QString() : QStringLiteral("LEFT"), kLatestAssessment);
    }
    const QString direction = order.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // The page is chosen first from indexes alone; the per-row lookups (kudos, breathing, the
    // supervisor's score) then run for the rows of this page only, never for every match.
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1, p.sort_value, p.sort_id FROM ("
                       "SELECT c.id AS call_row, a.id AS assessment_row, %2 AS sort_value,"
                       " %3 AS sort_id FROM %4 WHERE %5 ORDER BY %2 %6, %3 %6 LIMIT :size) p"
                       " JOIN calls c ON c.id = p.call_row"
                       " LEFT JOIN assessments a ON a.id = p.assessment_row"
                       " ORDER BY p.sort_value %6, p.sort_id %6")
            .arg(kRowColumns, sortKey, tieBreaker, from, where.join(QLatin1String(" AND ")),
                 direction));
    if (filter.from.isValid())
        query.bindValue(QStringLiteral(":from"), isoDay(filter.from));
    if (filter.to.isValid())
        query.bindValue(QStringLiteral(":to"), isoDay(filter.to.addDays(1)));
    if (!filter.outcome.isEmpty())
        query.bindValue(QStringLiteral(":outcome"), filter.outcome);
    if (filter.scoreBelow)
        query.bindValue(QStringLiteral(":score"), *filter.scoreBelow);
    if (filter.hotOnly)
        query.bindValue(QStringLiteral(":hot"), HistoryFilter::kHotPeak);
    if (indexedSearch) {
        query.bindValue(QStringLiteral(":search"), searchTerm(search));
    } else if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        query.bindValue(QStringLiteral(":search"), QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (after) {
        query.bindValue(QStringLiteral(":afterValue"), after->sortValue);
        query.bindValue(QStringLiteral(":afterId"), after->sortId);
    }
    query.bindValue(QStringLiteral(":size"), size);
    QList<HistoryRow> rows;
    if (!Database::runQuery(query, nullptr))
        return rows;
    const int columns = 17;
    const bool hidden = wellbeingHidden();
    while (query.next()) {
        HistoryRow row = readRow(query);
        row.sortValue = query.value(columns);
        row.sortId = query.value(columns + 1).toLongLong();
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
    // For a supervisor the private note is replaced in SQL, so it never reaches this process's
    // memory, let alone the screen.
    const QString note =
        viewer == HistoryViewer::Supervisor
            ? QStringLiteral("CASE WHEN a.note_private = 1 THEN '' ELSE a.note END")
            : QStringLiteral("a.note");
    query.prepare(QStringLiteral("SELECT %1, c.phone, c.customer_id, a.rubric_id,"
                                 " a.rubric_version, a.answers, %2, a.note_private, c.arc_points,"
                                 " c.arc_peak_after_ms, c.suggestions_used,"
                                 " (SELECT s.answers FROM supervisor_scores s"
                                 "  WHERE s.assessment_id = a.id)"
                                 " FROM calls c LEFT JOIN assessments a ON %3 WHERE c.id = :id")
                      .arg(kRowColumns, note, kLatestAssessment));
    query.bindValue(QStringLiteral(":id"), callRowId);
    if (!Database::runQuery(query, nullptr) || !query.next())
        return std::nullopt;
    HistoryDetail detail;
    detail.row = readRow(query);
    const int first = 17;
    const auto value = [&](int i) { return query.value(first + i); };
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
        if (pair.size() == 2)
            detail.arcPoints.append({qint64(pair.at(0).toDouble()), pair.at(1).toDouble()});
    }
    detail.arcPeakAfterMs = value(8).toLongLong();
    for (const QJsonValue& used : QJsonDocument::fromJson(value(9).toByteArray()).array())
        detail.suggestionsUsed << used.toString();
    detail.supervisorAnswers = Assessment::answersFromJson(value(10).toByteArray());
    if (viewer == HistoryViewer::Supervisor && wellbeingHidden()) {
        detail.row.stressBefore = detail.row.stressAfter = std::nullopt;
        detail.answers.remove(QStringLiteral("stress_before"));
        detail.answers.remove(QStringLiteral("stress_after"));
    }
    return detail;
}

QList<HistoryWeek> HistoryStore::weeks(const QDate& from, const QDate& to) const
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
    const QString start = isoDay(firstMonday);
    const QString end = isoDay(to.addDays(1));
    // SQLite's weekday modifier finds the Sunday on or after a day; six days before it is the
    // week's Monday.
    const QString mondayOf = QStringLiteral("date(%1, 'weekday 0', '-6 days')");
    const auto forEachRow = [&](const QString& sql, const auto& take) {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        query.bindValue(QStringLiteral(":from"), start);
        query.bindValue(QStringLiteral(":to"), end);
        if (!Database::runQuery(query, nullptr))
            return;
        while (query.next()) {
            const QDate monday = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            const auto found = indexOf.constFind(monday);
            if (found != indexOf.constEnd())
                take(weeks[*found], query);
        }
    };
    // Rubric items, read out of each assessment's answers by SQLite's json_each.
    forEachRow(
        QStringLiteral("SELECT %1, j.key, avg(CASE j.value WHEN 'yes' THEN 1.0"
                       " WHEN 'partly' THEN 0.5 WHEN 'no' THEN 0.0 END), count(DISTINCT a.id)"
                       " FROM calls c JOIN assessments a ON %2, json_each(a.answers) j"
                       " WHERE c.ringing_at >= :from AND c.ringing_at < :to"
                       " AND j.value IN ('yes', 'partly', 'no') GROUP BY 1, 2")
            .arg(mondayOf.arg(QStringLiteral("c.ringing_at")), kLatestAssessment),
        [](HistoryWeek& week, const QSqlQuery& query) {
            week.itemShare.insert(query.value(1).toString(), query.value(2).toDouble());
            week.assessed = std::max(week.assessed, query.value(3).toInt());
        });
    forEachRow(QStringLiteral("SELECT %1, count(*), sum(c.arc_calmed = 1) FROM calls c"
                              " WHERE c.ringing_at >= :from AND c.ringing_at < :to"
                              " AND c.answered = 1 AND c.arc_peak >= %2 GROUP BY 1")
                   .arg(mondayOf.arg(QStringLiteral("c.ringing_at")))
                   .arg(HistoryFilter::kHotPeak),
               [](HistoryWeek& week, const QSqlQuery& query) {
                   week.hotCalls = query.value(1).toInt();
                   week.hotCallsCalmed = query.value(2).toInt();
               });
    forEachRow(QStringLiteral("SELECT %1, avg(a.score), avg(s.score) FROM calls c"
                              " JOIN assessments a ON %2"
                              " JOIN supervisor_scores s ON s.assessment_id = a.id"
                              " WHERE c.ringing_at >= :from AND c.ringing_at < :to"
                              " AND a.score IS NOT NULL AND s.score IS NOT NULL GROUP BY 1")
                   .arg(mondayOf.arg(QStringLiteral("c.ringing_at")), kLatestAssessment),
               [](HistoryWeek& week, const QSqlQuery& query) {
                   week.selfScore = query.value(1).toDouble();
                   week.supervisorScore = query.value(2).toDouble();
               });
    forEachRow(QStringLiteral("SELECT %1, count(*),"
                              // Only exercises with both taps, so before and after compare
                              // the same sessions.
                              " avg(CASE WHEN b.stress_after IS NOT NULL THEN b.stress_before END),"
                              " avg(CASE WHEN b.stress_before IS NOT NULL THEN b.stress_after END)"
                              " FROM breathing_sessions b"
                              " WHERE b.started_at >= :from AND b.started_at < :to GROUP BY 1")
                   .arg(mondayOf.arg(QStringLiteral("b.started_at"))),
               [](HistoryWeek& week, const QSqlQuery& query) {
                   week.breathingSessions = query.value(1).toInt();
                   week.stressBeforeBreathing = optionalDouble(query.value(2));
                   week.stressAfterBreathing = optionalDouble(query.value(3));
               });
    if (wellbeingHidden())
        for (HistoryWeek& week : weeks)
            week.stressBeforeBreathing = week.stressAfterBreathing = std::nullopt;
    return weeks;
}

} // namespace attune
