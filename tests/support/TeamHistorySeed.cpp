#include "TeamHistorySeed.h"

#include "team/TeamSchema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace attune::test {

bool seedTeamHistory(QSqlDatabase admin, int callsPerAgent, QString* error)
{
    const QList<QPair<QString, QPair<QString, TeamSchema::Member>>> people = {
        {QStringLiteral("alice"), {QStringLiteral("t1"), TeamSchema::Member::Agent}},
        {QStringLiteral("bob"), {QStringLiteral("t1"), TeamSchema::Member::Agent}},
        {QStringLiteral("carol"), {QStringLiteral("t2"), TeamSchema::Member::Agent}},
        {QStringLiteral("sam"), {QStringLiteral("t1"), TeamSchema::Member::Supervisor}},
        {QStringLiteral("tess"), {QStringLiteral("t2"), TeamSchema::Member::Supervisor}},
    };
    for (const auto& [person, membership] : people) {
        if (!TeamSchema::addMember(admin, person, membership.first, membership.second, error))
            return false;
        QSqlQuery(admin).exec(QStringLiteral("ALTER ROLE %1 PASSWORD '%1-pw'").arg(person));
    }
    const QStringList statements = {
        QStringLiteral("UPDATE attune.teams SET name = 'Billing' WHERE team = 't1'"),
        QStringLiteral("UPDATE attune.teams SET name = 'Retention' WHERE team = 't2'"),
        // Pairs of calls share a start time, talk times and scores repeat, every seventh peak
        // is missing and every fiftieth call never ended.
        QStringLiteral(
            "INSERT INTO attune.calls (id, agent, call_ref, customer_name, phone, started_at,"
            " answered_at, ended_at, talk_seconds, peak, peak_kind, peak_after_ms, calmed, arc)"
            " SELECT md5(p.agent || i)::uuid, p.agent, p.agent || '-' || i,"
            "  (ARRAY['Elena Marsh', 'Tom Brennan', 'Ann Lee', 'Zoé 100%_O''Hara'])[i % 4 + 1]"
            "   || ' ' || i,"
            "  '+4477009' || lpad(i::text, 5, '0'),"
            "  timestamptz '2026-11-30 12:00:00.123456Z' - make_interval(hours => (i / 2) * 3),"
            "  timestamptz '2026-11-30 12:00:00.123456Z' - make_interval(hours => (i / 2) * 3),"
            "  CASE WHEN i % 50 = 0 THEN NULL ELSE timestamptz '2026-11-30 12:05:00Z'"
            "   - make_interval(hours => (i / 2) * 3) END,"
            "  60 + (i * 7) % 50, CASE WHEN i % 7 = 0 THEN NULL ELSE ((i * 37) % 100) / 100.0 END,"
            "  (ARRAY['frustration', 'anxiety', 'confusion'])[i % 3 + 1], 20000 + (i * 13) % 9000,"
            "  CASE WHEN (i * 37) % 100 >= 35 THEN i % 2 = 0 END,"
            "  '[[0,0.1],[20000,0.7],[60000,0.2]]'"
            " FROM (VALUES ('alice'), ('bob'), ('carol')) AS p(agent),"
            "  generate_series(1, %1) AS i")
            .arg(callsPerAgent),
        // Four in five assessed; every ninth twice, the older one saying something else.
        QStringLiteral(
            "INSERT INTO attune.assessments (id, call_id, agent, rubric_id, rubric_version,"
            " answers, outcome, score, note, stress_before, stress_after, saved_at)"
            " SELECT md5('a' || c.call_ref || v.n)::uuid, c.id, c.agent, 'attune-default', 1,"
            // Agents differ, and drift from week to week, so a comparison has something to show.
            "  jsonb_build_object('used_name', CASE"
            "   WHEN (n.i * 3 + n.i / 16) % 7 < length(c.agent) - 1 THEN 'yes'"
            "   WHEN (n.i * 3 + n.i / 16) % 7 = length(c.agent) - 1 THEN 'partly' ELSE 'no' END,"
            "   'listened', 'yes', 'outcome', (ARRAY['resolved','follow_up','escalated'])"
            "   [(n.i + v.n) % 3 + 1]),"
            "  (ARRAY['resolved','follow_up','escalated'])[(n.i + v.n) % 3 + 1],"
            "  (n.i * 13 + v.n * 40) % 100, 'shared note ' || c.call_ref, 1 + n.i % 5,"
            "  1 + (n.i / 5) % 5, c.started_at + make_interval(mins => 10 + v.n)"
            " FROM attune.calls c"
            " CROSS JOIN LATERAL (SELECT split_part(c.call_ref, '-', 2)::int AS i) n"
            " CROSS JOIN LATERAL (SELECT 1 AS n UNION ALL SELECT 0 WHERE n.i % 9 = 0) v"
            " WHERE n.i % 5 <> 0 AND c.ended_at IS NOT NULL"),
        QStringLiteral(
            "INSERT INTO attune.supervisor_scores (id, assessment_id, agent, author, answers,"
            " score) SELECT md5('s' || a.id)::uuid, a.id, a.agent,"
            "  CASE WHEN a.agent = 'carol' THEN 'tess' ELSE 'sam' END,"
            "  '{\"used_name\":\"yes\",\"listened\":\"partly\"}', 60"
            " FROM attune.assessments a JOIN attune.calls c ON c.id = a.call_id"
            " WHERE split_part(c.call_ref, '-', 2)::int % 10 = 3"),
        QStringLiteral(
            "INSERT INTO attune.kudos (id, call_id, agent, author, behaviour, message)"
            " SELECT md5('k' || c.id)::uuid, c.id, c.agent,"
            "  CASE WHEN c.agent = 'carol' THEN 'tess' ELSE 'sam' END, 'listened', 'Well done'"
            " FROM attune.calls c WHERE split_part(c.call_ref, '-', 2)::int % 20 = 1"),
        // Every third call has a customer survey, some upset (CSAT 1, score 0); some a second,
        // later survey that is not upset and scores higher.
        QStringLiteral(
            "INSERT INTO attune.customer_feedback (id, call_id, agent, survey_id, csat, score,"
            " comment, upset, imported_at)"
            " SELECT md5('f' || c.call_ref || v.n)::uuid, c.id, c.agent,"
            "  'survey-' || c.call_ref || '-' || v.n, u.csat, (u.csat - 1) * 25, '', u.upset,"
            "  timestamptz '2026-12-01 09:00:00Z' + make_interval(mins => v.n * 5)"
            " FROM attune.calls c"
            " CROSS JOIN LATERAL (SELECT split_part(c.call_ref, '-', 2)::int AS i) n"
            " CROSS JOIN LATERAL (SELECT 0 AS n UNION ALL SELECT 1 WHERE n.i % 8 = 2) v"
            " CROSS JOIN LATERAL (SELECT v.n = 0 AND n.i % 4 = 2 AS upset) w"
            " CROSS JOIN LATERAL (SELECT CASE WHEN w.upset THEN 1"
            "  ELSE 2 + (n.i + v.n) % 4 END AS csat, w.upset) u"
            " WHERE n.i % 3 = 1 AND c.ended_at IS NOT NULL"),
        QStringLiteral("ANALYZE"),
    };
    for (const QString& sql : statements) {
        QSqlQuery query(admin);
        if (!query.exec(sql)) {
            *error = query.lastError().text() + QStringLiteral(" in: ") + sql.left(120);
            return false;
        }
    }
    return true;
}

} // namespace attune::test
