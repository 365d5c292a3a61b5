#include "HistorySeed.h"

#include "storage/Database.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

namespace attune::test {

bool seedHistory(const QString& path, int count, int secondsApart)
{
    {
        Database database(path);
        QString error;
        if (!database.open(&error)) {
            std::fprintf(stderr, "seed: %s\n", qPrintable(error));
            return false;
        }
        QSqlQuery check(database.connection());
        if (check.exec(QStringLiteral("SELECT count(*) FROM calls")) && check.next() &&
            check.value(0).toInt() == count)
            return true;
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    Database database(path);
    QString error;
    if (!database.open(&error))
        return false;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=OFF"),
        QStringLiteral("PRAGMA synchronous=OFF"),
        QStringLiteral("PRAGMA cache_size=-200000"),
        QStringLiteral("BEGIN"),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
            " names(first, last) AS (SELECT"
            "  json('[\"Ana\",\"Ben\",\"Chloe\",\"Dev\",\"Elena\",\"Femi\",\"Grace\",\"Hiro\","
            "\"Ines\",\"Jonas\",\"Kira\",\"Liam\",\"Maya\",\"Noah\",\"Olga\",\"Priya\",\"Quinn\","
            "\"Rosa\",\"Sam\",\"Tariq\"]'),"
            "  json('[\"Nguyen\",\"Okafor\",\"Schmidt\",\"Garcia\",\"Kowalski\",\"Rossi\","
            "\"Tanaka\",\"Dubois\",\"Silva\",\"Murphy\",\"Haddad\",\"Larsen\",\"Novak\",\"Patel\","
            "\"Cohen\",\"Moreau\",\"Costa\",\"Fischer\",\"Jensen\",\"Reyes\"]'))"
            " INSERT INTO calls (call_id, source, phone, display_name, ringing_at, answered,"
            "  talk_ms, ended_at, outcome, arc_peak, arc_peak_kind, arc_peak_after_ms,"
            "  arc_calmed, arc_points)"
            " SELECT 'seed-' || i, 'bench', '+4477009' || substr('000000' || i, -6),"
            "  json_extract(first, '$[' || (i % 20) || ']') || ' ' ||"
            "   json_extract(last, '$[' || ((i / 20) % 20) || ']') || ' ' || (i % 997),"
            "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ((%1 - i + 1) * %2) || ' seconds'),"
            "  1, 30000 + (i * 7919) % 1170000,"
            "  strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ((%1 - i + 1) * %2) || ' seconds',"
            "   '+' || ((30000 + (i * 7919) % 1170000) / 1000) || ' seconds'),"
            "  'completed', ((i * 37) % 100) / 100.0,"
            "  json_extract('[\"frustration\",\"anxiety\",\"sadness\",\"confusion\",\"urgency\"]',"
            "   '$[' || (i % 5) || ']'),"
            "  (i * 13) % 90000, CASE WHEN (i * 37) % 100 >= 35 THEN i % 2 END,"
            "  '[[0,0.1],[20000,' || (((i * 37) % 100) / 100.0) || '],[60000,0.2]]'"
            " FROM n, names")
            .arg(count)
            .arg(secondsApart),
        // Nine in ten assessed; the answers cycle so every filter matches a known share.
        QStringLiteral(
            "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
            "  note_private, saved_at, score)"
            " SELECT c.call_id, 'attune-default', 1, json_object("
            "  'used_name', json_extract('[\"yes\",\"partly\",\"no\"]', '$[' || (c.id % 3) || ']'),"
            "  'acknowledged_feelings', json_extract('[\"yes\",\"partly\",\"no\"]',"
            "   '$[' || ((c.id / 3) % 3) || ']'),"
            "  'listened', 'yes', 'open_questions', 'partly', 'next_steps', 'yes',"
            "  'stayed_calm', json_extract('[\"yes\",\"partly\",\"no\"]',"
            "   '$[' || ((c.id / 9) % 3) || ']'),"
            "  'outcome', json_extract('[\"resolved\",\"follow_up\",\"escalated\"]',"
            "   '$[' || (c.id % 3) || ']'),"
            "  'customer_at_end', 'better',"
            "  'stress_before', '' || (1 + c.id % 5), 'stress_after', '' || (1 + (c.id / 5) % 5)),"
            "  'Slow down at the start and name the next step.', (c.id % 5 = 0), c.ended_at,"
            // The score follows the answers: yes 1, partly 0.5, no 0 over the six questions.
            "  ((1 - (c.id % 3) * 0.5) + (1 - ((c.id / 3) % 3) * 0.5) + 2.5"
            "   + (1 - ((c.id / 9) % 3) * 0.5)) / 6 * 100"
            " FROM calls c WHERE c.id % 10 <> 0"),
        QStringLiteral(
            "INSERT INTO supervisor_scores (assessment_id, answers, score, scored_at)"
            " SELECT id, '{\"listened\":\"yes\"}', min(100, score + 5), saved_at FROM assessments"
            " WHERE id % 20 = 0"),
        QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at, announced_at)"
                       " SELECT call_id, 'acknowledged_feelings', 'Lovely acknowledgement',"
                       " ringing_at, ringing_at FROM calls WHERE id % 200 = 0"),
        QStringLiteral(
            "INSERT INTO breathing_sessions (started_at, pattern_id, pattern_name, planned_ms,"
            " breathed_ms, outcome, stress_before, stress_after)"
            " SELECT strftime('%Y-%m-%dT%H:%M:%fZ', ended_at, '+20 seconds'), 'box', 'Box',"
            " 60000, 60000, 'completed', 4, 2 FROM calls WHERE id % 20 = 7"),
        QStringLiteral("COMMIT"),
        QStringLiteral("ANALYZE"),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
    };
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            std::fprintf(stderr, "seed: %s: %s\n", qPrintable(statement.left(60)),
                         qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace attune::test
