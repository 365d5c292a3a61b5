#include "TeamSync.h"

#include "TeamSchema.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PrivateFile.h"
#include "settings/Settings.h"
#include "storage/CoachingStore.h"
#include "storage/Database.h"
#include "storage/RecordTrust.h"
#include "storage/StorageQueue.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <unistd.h>
#include <utility>

namespace attune {

namespace {

// The first team server schema with attune.customer_feedback.
constexpr int kFeedbackSchema = 4;

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value);
}

QJsonValue jsonText(const QVariant& value, const QJsonValue& fallback)
{
    if (value.isNull())
        return fallback;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
    if (doc.isArray())
        return doc.array();
    if (doc.isObject())
        return doc.object();
    return fallback;
}

// The server's CHECKs bound every text; a longer local value must not hold back every record
// queued after it.
QString bounded(const QVariant& value, int length)
{
    return value.toString().left(length);
}

// Plain words for what went wrong talking to the server. Log lines get the category only:
// server messages name the role.
QString plainWords(const QString& serverError, const TeamSyncConfig& config)
{
    const QString e = serverError;
    if (e.contains(QLatin1String("password authentication failed")) ||
        e.contains(QLatin1String("no password supplied")))
        return TeamSync::tr("Wrong password for agent %1 on the team server.").arg(config.user);
    // The agent's own certificate was refused (issued to someone else, or by an authority the
    // server does not trust): not the server's certificate, so not the message below.
    if (e.contains(QLatin1String("certificate authentication failed")))
        return TeamSync::tr("The team server refused the certificate of agent %1 (IT issues it in "
                            "the name %1). Records wait on this computer.")
            .arg(config.user);
    if (e.contains(QLatin1String("certificate")) || e.contains(QLatin1String("SSL")))
        return TeamSync::tr("The team server %1 could not prove who it is (its TLS certificate was "
                            "refused). Records wait on this computer.")
            .arg(config.host);
    if (e.contains(QLatin1String("row-level security")) ||
        e.contains(QLatin1String("permission denied")))
        return TeamSync::tr("The team server does not let %1 deliver records (IT adds agents to a "
                            "team). Records wait on this computer.")
            .arg(config.user);
    if (e.contains(QLatin1String("does not exist")) && e.contains(QLatin1String("database")))
        return TeamSync::tr("The team server has no database %1.").arg(config.database);
    return TeamSync::tr("The team server %1 cannot be reached. Records wait on this computer and "
                        "are sent when it is back.")
        .arg(config.host);
}

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

TeamSyncConfig TeamSyncConfig::fromSettings(const Settings& settings)
{
    TeamSyncConfig config;
    config.host = settings.teamServer();
    config.port = settings.teamPort();
    config.database = settings.teamDatabase();
    config.user = settings.teamUser();
    config.passwordFile = settings.teamPasswordFile();
    config.caFile = settings.teamCaFile();
    config.certFile = settings.teamCertFile();
    config.keyFile = settings.teamKeyFile();
    config.shareWellbeing = settings.teamShareWellbeing();
    return config;
}

// Everything here runs on the sync thread, with connections that belong to it.
class TeamSync::Worker
{
public:
    Worker(TeamSync& owner)
        : m_owner(owner)
        , m_config(owner.m_config)
        , m_pgName(QStringLiteral("attune-team-") + QUuid::createUuid().toString(QUuid::Id128))
    {}

    void run();

private:
    bool interrupted(const char* step)
    {
        if (m_config.interruptAt && m_config.interruptAt(step)) {
            m_dead = true;
            return true;
        }
        return false;
    }
    bool connectServer(QString* error);
    void disconnectServer();
    qint64 pendingCount();
    // One batch; `sent` is how many outbox rows it cleared. False on failure.
    // One batch of at most `limit` entries, fewest attempts first, then oldest; `sent` is how
    // many outbox rows it cleared. On failure `firstAttempts` says how often its first entry had
    // been refused before. False on failure.
    bool uploadBatch(int limit, int* sent, int* firstAttempts, QList<qint64>* tried,
                     QString* error);
    // The server answers: a failed batch was refused for what it held, not lost on the way.
    bool serverAnswers();
    void markRefused(const QList<qint64>& seqs);
    bool download(int* received, QString* error);

    TeamSync& m_owner;
    const TeamSyncConfig& m_config;
    const QString m_pgName;
    TeamSyncStatus m_status;
    bool m_dead = false;
    // The first fetch of a run reads everything about the agent, so the records that came down
    // in earlier runs are vouched for again (TeamSync::attests); later fetches read the window.
    bool m_attestedAll = false;
};

bool TeamSync::Worker::connectServer(QString* error)
{
    if (!m_config.keyFile.isEmpty()) {
        // The key is the agent's identity on the server, exactly as the password file is.
        switch (PrivateFile::check(m_config.keyFile)) {
        case PrivateFile::Problem::None:
            break;
        case PrivateFile::Problem::Missing:
            *error = TeamSync::tr("The team key file %1 does not exist.").arg(m_config.keyFile);
            return false;
        case PrivateFile::Problem::Exposed:
            *error = TeamSync::tr("The team key file %1 can be read by others; Attune uses it "
                                  "only when it belongs to you and no one else can read it (chmod "
                                  "600).")
                         .arg(m_config.keyFile);
            return false;
        case PrivateFile::Problem::NotOrdinary:
        case PrivateFile::Problem::Unreadable:
            *error = TeamSync::tr("The team key file %1 is not an ordinary file Attune can read.")
                         .arg(m_config.keyFile);
            return false;
        }
    }
    QString password;
    if (!m_config.passwordFile.isEmpty()) {
        // Anyone else who can read the file can be this agent on the server.
        switch (PrivateFile::readFirstLine(m_config.passwordFile, &password)) {
        case PrivateFile::Problem::None:
            break;
        case PrivateFile::Problem::Missing:
            *error = TeamSync::tr("The team password file %1 does not exist.")
                         .arg(m_config.passwordFile);
            return false;
        case PrivateFile::Problem::Exposed:
            *error = TeamSync::tr("The team password file %1 can be read by others; Attune uses it "
                                  "only when it belongs to you and no one else can read it (chmod "
                                  "600).")
                         .arg(m_config.passwordFile);
            return false;
        case PrivateFile::Problem::NotOrdinary:
        case PrivateFile::Problem::Unreadable:
            *error = TeamSync::tr("The team password file %1 cannot be read.")
                         .arg(m_config.passwordFile);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::contains(m_pgName)
                          ? QSqlDatabase::database(m_pgName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_pgName);
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.database);
    db.setUserName(m_config.user);
    db.setPassword(password);
    QList<QPair<QString, QString>> options = {
        {QStringLiteral("connect_timeout"), QStringLiteral("5")},
        {QStringLiteral("sslmode"), m_config.sslMode},
        {QStringLiteral("application_name"), QStringLiteral("attune-sync")}};
    if (!m_config.caFile.isEmpty())
        options.append({QStringLiteral("sslrootcert"), m_config.caFile});
    if (!m_config.certFile.isEmpty())
        options.append({QStringLiteral("sslcert"), m_config.certFile});
    if (!m_config.keyFile.isEmpty())
        options.append({QStringLiteral("sslkey"), m_config.keyFile});
    db.setConnectOptions(TeamSchema::connectOptions(options));
    if (!db.open()) {
        *error = plainWords(db.lastError().text(), m_config);
        qCWarning(lcStorage).noquote() << "team sync: cannot connect";
        return false;
    }
    int version = 0;
    QString problem;
    const TeamSchema::Compatibility compatibility = TeamSchema::check(db, &version, &problem);
    m_status.serverSchema = version;
    if (compatibility != TeamSchema::Compatibility::Compatible) {
        *error = compatibility == TeamSchema::Compatibility::Unreachable
                     ? plainWords(problem, m_config)
                     : problem;
        qCWarning(lcStorage) << "team sync: server schema" << version << "not usable";
        db.close();
        return false;
    }
    return true;
}

void TeamSync::Worker::disconnectServer()
{
    if (!QSqlDatabase::contains(m_pgName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_pgName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_pgName);
}

qint64 TeamSync::Worker::pendingCount()
{
    QSqlQuery query(m_owner.m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM team_outbox")) || !query.next())
        return m_status.pending;
    return query.value(0).toLongLong();
}

bool TeamSync::Worker::serverAnswers()
{
    QSqlDatabase pg = QSqlDatabase::database(m_pgName, false);
    if (!pg.isOpen())
        return false;
    QSqlQuery ping(pg);
    return ping.exec(QStringLiteral("SELECT 1")) && ping.next();
}

void TeamSync::Worker::markRefused(const QList<qint64>& seqs)
{
    QSqlQuery mark(m_owner.m_database.connection());
    mark.prepare(QStringLiteral("UPDATE team_outbox SET attempts = attempts + 1 WHERE seq = :seq"));
    for (qint64 seq : seqs) {
        mark.bindValue(QStringLiteral(":seq"), seq);
        mark.exec();
    }
}

bool TeamSync::Worker::uploadBatch(int limit, int* sent, int* firstAttempts, QList<qint64>* tried,
                                   QString* error)
{
    *sent = 0;
    *firstAttempts = 0;
    tried->clear();
    QSqlDatabase local = m_owner.m_database.connection();
    // One read transaction: the outbox entries and the records they point at are one snapshot.
    if (!local.transaction()) {
        *error = local.lastError().text();
        return false;
    }
    struct Entry
    {
        qint64 seq;
        QString kind;
        qint64 localId;
    };
    QList<Entry> entries;
    QSqlQuery query(local);
    query.prepare(QStringLiteral("SELECT seq, kind, local_id, attempts FROM team_outbox"
                                 " ORDER BY attempts, seq LIMIT :n"));
    query.bindValue(QStringLiteral(":n"), limit);
    if (!exec(query, error)) {
        local.rollback();
        return false;
    }
    while (query.next()) {
        if (entries.isEmpty())
            *firstAttempts = query.value(3).toInt();
        entries.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()});
        tried->append(query.value(0).toLongLong());
    }
    if (entries.isEmpty()) {
        local.rollback();
        return true;
    }

    QJsonArray calls;
    QJsonArray assessments;
    QJsonArray surveys;
    QSet<qint64> callsInBatch;
    const auto addCall = [&](qint64 id) -> bool {
        if (callsInBatch.contains(id))
            return true;
        QSqlQuery row(local);
        row.prepare(QStringLiteral(
            "SELECT sync_id, call_id, source, customer_id, display_name, phone, ringing_at,"
            " ended_at, talk_ms, arc_peak, arc_peak_kind, arc_peak_after_ms, arc_calmed,"
            " arc_points, suggestions_used FROM calls"
            " WHERE id = :id AND answered = 1 AND ended_at IS NOT NULL AND sync_id IS NOT NULL"));
        row.bindValue(QStringLiteral(":id"), id);
        if (!row.exec() || !row.next())
            return false;
        callsInBatch.insert(id);
        const qint64 talkMs = row.value(8).toLongLong();
        const QDateTime ended = QDateTime::fromString(row.value(7).toString(), Qt::ISODateWithMs);
        QJsonObject call{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("call_ref"), bounded(row.value(1), 200)},
            {QStringLiteral("source"), bounded(row.value(2), 40)},
            {QStringLiteral("customer_id"), bounded(row.value(3), 200)},
            {QStringLiteral("customer_name"), bounded(row.value(4), 200)},
            {QStringLiteral("phone"), bounded(row.value(5), 40)},
            {QStringLiteral("started_at"), row.value(6).toString()},
            {QStringLiteral("answered_at"),
             ended.isValid() ? QJsonValue(isoUtc(ended.addMSecs(-talkMs))) : QJsonValue()},
            {QStringLiteral("ended_at"), row.value(7).toString()},
            {QStringLiteral("talk_seconds"), qMax<qint64>(0, (talkMs + 500) / 1000)},
            {QStringLiteral("peak"), orNull(row.value(9))},
            {QStringLiteral("peak_kind"), bounded(row.value(10), 40)},
            {QStringLiteral("peak_after_ms"), orNull(row.value(11))},
            {QStringLiteral("calmed"),
             row.value(12).isNull() ? QJsonValue() : QJsonValue(row.value(12).toInt() == 1)},
            {QStringLiteral("arc"), jsonText(row.value(13), QJsonArray())},
            {QStringLiteral("suggestions_used"), jsonText(row.value(14), QJsonArray())},
        };
        calls.append(call);
        return true;
    };

    QList<qint64> done;
    int skipped = 0;
    for (const Entry& entry : entries) {
        if (entry.kind == QLatin1String("call")) {
            // A call deleted since (retention) or not finished has nothing to deliver.
            if (!addCall(entry.localId))
                ++skipped;
            done.append(entry.seq);
            continue;
        }
        if (entry.kind == QLatin1String("feedback")) {
            // The customer's survey, comment included (the customer's words about the call,
            // shared like the call's record); it travels with its call, as an assessment does.
            // A server before schema 4 has no table for it: it stays on this computer.
            QSqlQuery row(local);
            row.prepare(QStringLiteral(
                "SELECT f.sync_id, f.survey_id, f.csat, f.nps, f.score, f.comment,"
                " f.comment_language, f.comment_cue, f.upset, f.imported_at,"
                " (SELECT c.id FROM calls c WHERE c.call_id = f.call_id AND c.answered = 1"
                "  AND c.ended_at IS NOT NULL ORDER BY c.id DESC LIMIT 1),"
                " (SELECT c.sync_id FROM calls c WHERE c.call_id = f.call_id AND c.answered = 1"
                "  AND c.ended_at IS NOT NULL ORDER BY c.id DESC LIMIT 1)"
                " FROM customer_feedback f WHERE f.id = :id AND f.sync_id IS NOT NULL"));
            row.bindValue(QStringLiteral(":id"), entry.localId);
            if (m_status.serverSchema < kFeedbackSchema || !row.exec() || !row.next() ||
                row.value(10).isNull() || !addCall(row.value(10).toLongLong())) {
                ++skipped;
                done.append(entry.seq);
                continue;
            }
            surveys.append(QJsonObject{
                {QStringLiteral("id"), row.value(0).toString()},
                {QStringLiteral("call_id"), row.value(11).toString()},
                {QStringLiteral("survey_id"), bounded(row.value(1), 2000)},
                {QStringLiteral("csat"), orNull(row.value(2))},
                {QStringLiteral("nps"), orNull(row.value(3))},
                {QStringLiteral("score"), row.value(4).toDouble()},
                {QStringLiteral("comment"), bounded(row.value(5), 2000)},
                {QStringLiteral("comment_language"), bounded(row.value(6), 16)},
                {QStringLiteral("comment_cue"), bounded(row.value(7), 40)},
                {QStringLiteral("upset"), row.value(8).toInt() == 1},
                {QStringLiteral("imported_at"), row.value(9).toString()},
            });
            done.append(entry.seq);
            continue;
        }
        QSqlQuery row(local);
        // The assessment's call is the newest answered, finished call with that reference; it
        // travels in the same batch, so the server always has the call an assessment hangs on.
        row.prepare(QStringLiteral(
            "SELECT a.sync_id, a.rubric_id, a.rubric_version, a.answers, a.note, a.note_private,"
            " a.score, a.saved_at,"
            " (SELECT c.id FROM calls c WHERE c.call_id = a.call_id AND c.answered = 1"
            "  AND c.ended_at IS NOT NULL ORDER BY c.id DESC LIMIT 1),"
            " (SELECT c.sync_id FROM calls c WHERE c.call_id = a.call_id AND c.answered = 1"
            "  AND c.ended_at IS NOT NULL ORDER BY c.id DESC LIMIT 1)"
            " FROM assessments a WHERE a.id = :id AND a.sync_id IS NOT NULL"));
        row.bindValue(QStringLiteral(":id"), entry.localId);
        if (!row.exec() || !row.next() || row.value(8).isNull() ||
            !addCall(row.value(8).toLongLong())) {
            ++skipped;
            done.append(entry.seq);
            continue;
        }
        QJsonObject answers = QJsonDocument::fromJson(row.value(3).toString().toUtf8()).object();
        QJsonValue stressBefore;
        QJsonValue stressAfter;
        if (m_config.shareWellbeing) {
            const int before = answers.value(QStringLiteral("stress_before")).toVariant().toInt();
            const int after = answers.value(QStringLiteral("stress_after")).toVariant().toInt();
            if (before >= 1 && before <= 5)
                stressBefore = before;
            if (after >= 1 && after <= 5)
                stressAfter = after;
        } else {
            // Wellbeing stays on this computer unless IT shares it: not even inside answers.
            answers.remove(QStringLiteral("stress_before"));
            answers.remove(QStringLiteral("stress_after"));
        }
        const bool notePrivate = row.value(5).toInt() != 0;
        const QString note = row.value(4).toString();
        QJsonObject assessment{
            {QStringLiteral("id"), row.value(0).toString()},
            {QStringLiteral("call_id"), row.value(9).toString()},
            {QStringLiteral("rubric_id"), bounded(row.value(1), 100)},
            {QStringLiteral("rubric_version"), row.value(2).toInt()},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("outcome"),
             answers.value(QStringLiteral("outcome")).toString().left(40)},
            {QStringLiteral("customer_end"),
             answers.value(QStringLiteral("customer_at_end")).toString().left(40)},
            {QStringLiteral("score"), orNull(row.value(6))},
            // A private note never enters a payload.
            {QStringLiteral("note"),
             notePrivate || note.isEmpty() ? QJsonValue() : QJsonValue(note.left(4000))},
            {QStringLiteral("stress_before"), stressBefore},
            {QStringLiteral("stress_after"), stressAfter},
            {QStringLiteral("saved_at"), row.value(7).toString()},
        };
        assessments.append(assessment);
        done.append(entry.seq);
    }
    local.rollback(); // only read
    if (interrupted("payload-built"))
        return false;

    QSqlDatabase pg = QSqlDatabase::database(m_pgName, false);
    if (!pg.transaction()) {
        *error = pg.lastError().text();
        return false;
    }
    QSqlQuery upsert(pg);
    if (!calls.isEmpty()) {
        upsert.prepare(QStringLiteral(
            "INSERT INTO attune.calls (id, call_ref, source, customer_id, customer_name, phone,"
            " started_at, answered_at, ended_at, talk_seconds, peak, peak_kind, peak_after_ms,"
            " calmed, arc, suggestions_used)"
            " SELECT id, call_ref, coalesce(source, ''), coalesce(customer_id, ''),"
            " coalesce(customer_name, ''), coalesce(phone, ''), started_at, answered_at,"
            " ended_at, talk_seconds, peak, coalesce(peak_kind, ''), peak_after_ms, calmed,"
            " coalesce(arc, '[]'), coalesce(suggestions_used, '[]')"
            " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, call_ref text,"
            " source text, customer_id text, customer_name text, phone text,"
            " started_at timestamptz, answered_at timestamptz, ended_at timestamptz,"
            " talk_seconds integer, peak real, peak_kind text, peak_after_ms bigint,"
            " calmed boolean, arc jsonb, suggestions_used jsonb)"
            " ON CONFLICT (id) DO UPDATE SET call_ref = excluded.call_ref,"
            " source = excluded.source, customer_id = excluded.customer_id,"
            " customer_name = excluded.customer_name, phone = excluded.phone,"
            " started_at = excluded.started_at, answered_at = excluded.answered_at,"
            " ended_at = excluded.ended_at, talk_seconds = excluded.talk_seconds,"
            " peak = excluded.peak, peak_kind = excluded.peak_kind,"
            " peak_after_ms = excluded.peak_after_ms, calmed = excluded.calmed,"
            " arc = excluded.arc, suggestions_used = excluded.suggestions_used"));
        upsert.bindValue(QStringLiteral(":rows"),
                         QString::fromUtf8(QJsonDocument(calls).toJson(QJsonDocument::Compact)));
        if (!exec(upsert, error)) {
            pg.rollback();
            return false;
        }
    }
    if (!assessments.isEmpty()) {
        upsert.prepare(QStringLiteral(
            "INSERT INTO attune.assessments (id, call_id, rubric_id, rubric_version, answers,"
            " outcome, customer_end, score, note, stress_before, stress_after, saved_at)"
            " SELECT id, call_id, rubric_id, rubric_version, answers, coalesce(outcome, ''),"
            " coalesce(customer_end, ''), score, note, stress_before, stress_after, saved_at"
            " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, call_id uuid,"
            " rubric_id text, rubric_version integer, answers jsonb, outcome text,"
            " customer_end text, score real, note text, stress_before smallint,"
            " stress_after smallint, saved_at timestamptz)"
            " ON CONFLICT (id) DO UPDATE SET call_id = excluded.call_id,"
            " rubric_id = excluded.rubric_id, rubric_version = excluded.rubric_version,"
            " answers = excluded.answers, outcome = excluded.outcome,"
            " customer_end = excluded.customer_end, score = excluded.score,"
            " note = excluded.note, stress_before = excluded.stress_before,"
            " stress_after = excluded.stress_after, saved_at = excluded.saved_at"));
        upsert.bindValue(
            QStringLiteral(":rows"),
            QString::fromUtf8(QJsonDocument(assessments).toJson(QJsonDocument::Compact)));
        if (!exec(upsert, error)) {
            pg.rollback();
            return false;
        }
    }
    if (!surveys.isEmpty()) {
        upsert.prepare(QStringLiteral(
            "INSERT INTO attune.customer_feedback (id, call_id, survey_id, csat, nps, score,"
            " comment, comment_language, comment_cue, upset, imported_at)"
            " SELECT id, call_id, coalesce(survey_id, ''), csat, nps, score,"
            " coalesce(comment, ''), coalesce(comment_language, ''), coalesce(comment_cue, ''),"
            " coalesce(upset, false), imported_at"
            " FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, call_id uuid,"
            " survey_id text, csat smallint, nps smallint, score real, comment text,"
            " comment_language text, comment_cue text, upset boolean, imported_at timestamptz)"
            " ON CONFLICT (id) DO UPDATE SET call_id = excluded.call_id,"
            " survey_id = excluded.survey_id, csat = excluded.csat, nps = excluded.nps,"
            " score = excluded.score, comment = excluded.comment,"
            " comment_language = excluded.comment_language, comment_cue = excluded.comment_cue,"
            " upset = excluded.upset, imported_at = excluded.imported_at"));
        upsert.bindValue(QStringLiteral(":rows"),
                         QString::fromUtf8(QJsonDocument(surveys).toJson(QJsonDocument::Compact)));
        if (!exec(upsert, error)) {
            pg.rollback();
            return false;
        }
    }
    if (interrupted("server-upserted"))
        return false;
    if (!pg.commit()) {
        *error = pg.lastError().text();
        return false;
    }
    if (interrupted("server-committed"))
        return false;

    // Only now, after the server committed: a crash before this line delivers the batch again,
    // which the upserts make harmless.
    if (!local.transaction()) {
        *error = local.lastError().text();
        return false;
    }
    QSqlQuery remove(local);
    remove.prepare(QStringLiteral("DELETE FROM team_outbox WHERE seq = :seq"));
    for (qint64 seq : std::as_const(done)) {
        remove.bindValue(QStringLiteral(":seq"), seq);
        if (!exec(remove, error)) {
            local.rollback();
            return false;
        }
    }
    if (!local.commit()) {
        *error = local.lastError().text();
        local.rollback();
        return false;
    }
    if (skipped > 0)
        qCInfo(lcStorage) << "team sync: skipped" << skipped << "records no longer deliverable";
    *sent = int(done.size());
    m_status.delivered += calls.size() + assessments.size() + surveys.size();
    return true;
}

bool TeamSync::Worker::download(int* received, QString* error)
{
    *received = 0;
    QSqlDatabase pg = QSqlDatabase::database(m_pgName, false);
    QSqlDatabase local = m_owner.m_database.connection();
    const auto cursor = [&local](const QString& key) {
        QSqlQuery query(local);
        query.prepare(QStringLiteral("SELECT value FROM team_state WHERE key = :key"));
        query.bindValue(QStringLiteral(":key"), key);
        return query.exec() && query.next() ? query.value(0).toString()
                                            : QStringLiteral("-infinity");
    };
    // Rows become visible when their transaction commits, which can be after a later row's
    // created_at: each fetch reaches back ten minutes before the cursor, and the server id
    // makes the overlap insert nothing.
    const QString timeText =
        QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const QString window =
        QStringLiteral(" WHERE x.agent = current_user"
                       " AND x.created_at > CAST(:cursor AS timestamptz) - interval '10 minutes'"
                       " ORDER BY x.created_at, x.id LIMIT 5000");
    struct Fetch
    {
        QString key;
        QString sql;
        QString insert;
    };
    const QList<Fetch> fetches = {
        {QStringLiteral("down_notes"),
         QStringLiteral("SELECT x.id, %1, c.call_ref, x.body, '' FROM attune.coaching_notes x"
                        " JOIN attune.calls c ON c.id = x.call_id")
                 .arg(timeText.arg(QStringLiteral("x.created_at"))) +
             window,
         QStringLiteral("INSERT INTO coaching_notes (server_id, written_at, call_id, text)"
                        " VALUES (:id, :at, :a, substr(:b, 1, 2000))"
                        " ON CONFLICT (server_id) DO NOTHING")},
        {QStringLiteral("down_kudos"),
         QStringLiteral("SELECT x.id, %1, coalesce(c.call_ref, ''),"
                        " coalesce(nullif(x.behaviour, ''), left(x.message, 200)), x.message"
                        " FROM attune.kudos x LEFT JOIN attune.calls c ON c.id = x.call_id")
                 .arg(timeText.arg(QStringLiteral("x.created_at"))) +
             window,
         // announced_at stays NULL: the agent sees them announced once, like local kudos.
         QStringLiteral("INSERT INTO kudos (server_id, given_at, call_id, behaviour, text)"
                        " VALUES (:id, :at, :a, :b, :c) ON CONFLICT (server_id) DO NOTHING")},
        {QStringLiteral("down_scores"),
         QStringLiteral("SELECT x.id, %1, x.assessment_id::text, x.answers::text, x.score"
                        " FROM attune.supervisor_scores x")
                 .arg(timeText.arg(QStringLiteral("x.created_at"))) +
             window,
         QStringLiteral("INSERT INTO supervisor_scores (server_id, scored_at, assessment_id,"
                        " answers, score)"
                        " SELECT :id, :at, id, :b, :c FROM assessments WHERE sync_id = :a"
                        " ON CONFLICT (assessment_id) DO UPDATE SET answers = excluded.answers,"
                        " score = excluded.score, scored_at = excluded.scored_at,"
                        " server_id = excluded.server_id")},
    };
    QHash<QString, QByteArray> attested;
    for (const Fetch& fetch : fetches) {
        const QString stored = cursor(fetch.key);
        // Rows older than the window were stored (or purged by retention) in an earlier run:
        // read again to be vouched for, never inserted again.
        const QDateTime insertFrom =
            QDateTime::fromString(stored, Qt::ISODateWithMs).addSecs(-10 * 60);
        QSqlQuery query(pg);
        query.prepare(fetch.sql);
        query.bindValue(QStringLiteral(":cursor"),
                        m_attestedAll ? stored : QStringLiteral("-infinity"));
        if (!exec(query, error))
            return false;
        if (!local.transaction()) {
            *error = local.lastError().text();
            return false;
        }
        QString newest;
        QSqlQuery insert(local);
        insert.prepare(fetch.insert);
        while (query.next()) {
            const QString at = query.value(1).toString();
            if (fetch.key == QLatin1String("down_notes"))
                attested.insert(
                    query.value(0).toString(),
                    CoachingStore::downloadedDigest(
                        {QStringLiteral("note"), query.value(0).toString(),
                         query.value(2).toString(), query.value(3).toString().left(2000), at}));
            else if (fetch.key == QLatin1String("down_kudos"))
                attested.insert(query.value(0).toString(),
                                CoachingStore::downloadedDigest(
                                    {QStringLiteral("kudos"), query.value(0).toString(),
                                     query.value(2).toString(), query.value(3).toString(),
                                     query.value(4).toString(), at}));
            else if (fetch.key == QLatin1String("down_scores"))
                attested.insert(query.value(0).toString(),
                                CoachingStore::downloadedDigest(
                                    {QStringLiteral("score"), query.value(0).toString(),
                                     query.value(2).toString(), query.value(3).toString(),
                                     RecordTrust::scoreText(query.value(4)), at}));
            if (insertFrom.isValid() && QDateTime::fromString(at, Qt::ISODateWithMs) <= insertFrom)
                continue;
            insert.bindValue(QStringLiteral(":id"), query.value(0).toString());
            insert.bindValue(QStringLiteral(":at"), query.value(1).toString());
            insert.bindValue(QStringLiteral(":a"), query.value(2).toString());
            insert.bindValue(QStringLiteral(":b"), query.value(3).toString());
            if (fetch.insert.contains(QLatin1String(":c")))
                insert.bindValue(QStringLiteral(":c"), query.value(4));
            if (!exec(insert, error)) {
                local.rollback();
                return false;
            }
            *received += insert.numRowsAffected() > 0 ? 1 : 0;
            newest = query.value(1).toString();
        }
        // The whole-history read of a run ends where it ends (5,000 rows); the cursor only moves
        // forward. The ISO texts have one format, so they sort as text.
        if (!newest.isEmpty() && newest > stored) {
            QSqlQuery save(local);
            save.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO team_state (key, value) VALUES (:key, :value)"));
            save.bindValue(QStringLiteral(":key"), fetch.key);
            save.bindValue(QStringLiteral(":value"), newest);
            if (!exec(save, error)) {
                local.rollback();
                return false;
            }
        }
        // Vouch before the rows become visible: a reader that sees a row this commit makes must
        // find the server's word for it already (vouching for what the server sent is harmless
        // if the commit then fails).
        {
            std::lock_guard lock(m_owner.m_mutex);
            m_owner.m_attested.insert(attested);
        }
        attested.clear();
        if (!local.commit()) {
            *error = local.lastError().text();
            local.rollback();
            return false;
        }
    }
    m_status.received += *received;
    m_attestedAll = true;
    return true;
}

void TeamSync::Worker::run()
{
    m_status.running = true;
    m_status.pending = pendingCount();
    m_owner.publish(m_status);
    int backoffMs = 0;
    qint64 lastDataVersion = -1;
    static const SystemClock systemClock;
    const Clock& clock = m_config.clock ? *m_config.clock : systemClock;
    // When the team's records were last fetched, on the monotonic clock: on the wall clock, one
    // put back by an hour (NTP correcting a clock that ran ahead) stopped every fetch for that
    // hour, and a supervisor's notes and kudos with them.
    bool fetchDue = true;
    qint64 lastDownMs = 0;
    const auto downIsDue = [&] {
        return fetchDue || clock.monotonicMs() - lastDownMs >= m_config.downIntervalMs;
    };
    bool connected = false;
    int singleRounds = 0;
    QString refusal;
    QElapsedTimer sincePass;
    while (!m_dead) {
        sincePass.start();
        ++m_owner.m_passes;
        QString error;
        bool ok = true;
        if (!connected) {
            connected = connectServer(&error);
            ok = connected;
            if (connected && !m_status.connected) {
                // Said at once: a long first delivery is "connected", not "offline".
                m_status.connected = true;
                m_status.lastError.clear();
                m_owner.publish(m_status);
            }
        }
        if (ok) {
            const bool downDue = downIsDue();
            int sent = 0;
            refusal.clear();
            do {
                int firstAttempts = 0;
                QList<qint64> tried;
                ok = uploadBatch(singleRounds > 0 ? 1 : m_config.batchSize, &sent, &firstAttempts,
                                 &tried, &error);
                if (m_dead)
                    break;
                if (ok && singleRounds > 0)
                    --singleRounds;
                // Access problems (an agent taken out of every team) concern every record alike.
                const bool accessProblem = error.contains(QLatin1String("row-level security")) ||
                                           error.contains(QLatin1String("permission denied"));
                if (!ok && !tried.isEmpty() && !accessProblem && serverAnswers()) {
                    // A record the server will not take (a CHECK, a value it cannot read) must
                    // not hold back the others: one at a time, the refused one goes behind the
                    // rest and waits, and the agent is told.
                    qCWarning(lcStorage) << "team sync: the server refused a record";
                    refusal = TeamSync::tr("The team server refused a record; it stays on this "
                                           "computer (%1).")
                                  .arg(error.section(QLatin1Char('\n'), 0, 0).left(200));
                    const bool onlyRefusedLeft = singleRounds > 0 && firstAttempts > 0;
                    if (singleRounds > 0)
                        markRefused(tried);
                    singleRounds = m_config.batchSize;
                    ok = true;
                    std::lock_guard lock(m_owner.m_mutex);
                    sent = onlyRefusedLeft || m_owner.m_stopping ? 0 : 1;
                    continue;
                }
                m_status.pending = pendingCount();
                if (ok && sent > 0) {
                    m_status.lastSuccess = clock.wallNow();
                    m_owner.publish(m_status);
                }
                std::lock_guard lock(m_owner.m_mutex);
                if (m_owner.m_stopping)
                    break;
            } while (ok && sent > 0);
            if (m_dead)
                break;
            if (ok && downDue) {
                int received = 0;
                ok = download(&received, &error);
                if (ok) {
                    lastDownMs = clock.monotonicMs();
                    fetchDue = false;
                }
            }
            if (!ok) {
                // The connection may be gone (a restarted server): the next round reconnects.
                error = plainWords(error, m_config);
                connected = false;
                disconnectServer();
            }
        }
        if (ok)
            error = refusal;
        const bool changed = m_status.connected != ok || m_status.lastError != error;
        m_status.connected = ok;
        m_status.lastError = error;
        m_status.pending = pendingCount();
        if (ok) {
            backoffMs = 0;
            if (m_status.pending == 0 && m_status.lastSuccess.isNull())
                m_status.lastSuccess = clock.wallNow();
        } else {
            backoffMs =
                backoffMs == 0 ? m_config.minBackoffMs : qMin(backoffMs * 2, m_config.maxBackoffMs);
            qCInfo(lcStorage) << "team sync: retrying in" << backoffMs << "ms";
        }
        if (changed || !ok)
            m_owner.publish(m_status);
        if (!ok) {
            // Jitter, so two hundred agents whose server came back do not all knock at once.
            // The whole back-off, nudged or not: what was committed meanwhile waits safely in
            // the outbox, and a server that is down is not asked once per commit.
            const int jitter = int(QRandomGenerator::global()->bounded(backoffMs / 4 + 1));
            const QDeadlineTimer backoff(backoffMs + jitter);
            bool stopping = false;
            while (!backoff.hasExpired() && !stopping) {
                bool nudged = false;
                stopping =
                    !m_owner.waitFor(int(std::max<qint64>(1, backoff.remainingTime())), &nudged);
            }
            if (stopping)
                break;
            continue;
        }
        // Nothing new until another connection writes: PRAGMA data_version changes then.
        for (;;) {
            bool nudged = false;
            if (!m_owner.waitFor(m_config.pollIntervalMs, &nudged)) {
                m_dead = true;
                break;
            }
            if (nudged)
                break;
            QSqlQuery version(m_owner.m_database.connection());
            const qint64 now = version.exec(QStringLiteral("PRAGMA data_version")) && version.next()
                                   ? version.value(0).toLongLong()
                                   : -2;
            if (now != lastDataVersion) {
                lastDataVersion = now;
                break;
            }
            if (downIsDue())
                break;
        }
        // However it was woken, the next pass waits out the gap; nudges meanwhile are one.
        while (!m_dead && sincePass.elapsed() < m_config.minPassGapMs) {
            bool nudged = false;
            if (!m_owner.waitFor(int(m_config.minPassGapMs - sincePass.elapsed()), &nudged))
                m_dead = true;
        }
        // Asked for by nudge() (an outbox commit only needs the way up).
        if (m_owner.takeDownWanted())
            fetchDue = true;
    }
    disconnectServer();
    m_owner.m_database.releaseThreadConnection();
    m_status.running = false;
    m_status.connected = false;
    m_owner.publish(m_status);
}

TeamSync::TeamSync(Database& database, TeamSyncConfig config, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_config(std::move(config))
{
    qRegisterMetaType<TeamSyncStatus>();
}

TeamSync::~TeamSync()
{
    stop();
}

bool TeamSync::setEnabled(Database& database, bool enabled, QString* error)
{
    QSqlDatabase db = database.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const auto run = [&](const QString& sql) {
        if (query.exec(sql))
            return true;
        *error = query.lastError().text();
        db.rollback();
        return false;
    };
    if (!enabled)
        return run(QStringLiteral("DELETE FROM team_state WHERE key = 'sync_enabled'")) &&
               db.commit();
    if (!query.exec(QStringLiteral(
            "SELECT 1 FROM team_state WHERE key = 'sync_enabled' AND value = '1'"))) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    if (query.next())
        return db.commit();
    // The history from before the server was set up goes too, oldest first.
    return run(QStringLiteral(
               "INSERT OR REPLACE INTO team_state (key, value) VALUES ('sync_enabled', '1')")) &&
           run(QStringLiteral("INSERT OR IGNORE INTO team_outbox (kind, local_id, queued_at)"
                              " SELECT 'call', id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                              " FROM calls WHERE answered = 1 AND ended_at IS NOT NULL"
                              " ORDER BY id")) &&
           run(QStringLiteral("INSERT OR IGNORE INTO team_outbox (kind, local_id, queued_at)"
                              " SELECT 'assessment', id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                              " FROM assessments ORDER BY id")) &&
           run(QStringLiteral("INSERT OR IGNORE INTO team_outbox (kind, local_id, queued_at)"
                              " SELECT 'feedback', id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                              " FROM customer_feedback WHERE sync_id IS NOT NULL ORDER BY id")) &&
           db.commit();
}

void TeamSync::start()
{
    if (m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = QThread::create([this] {
        Worker worker(*this);
        worker.run();
    });
    m_thread->setObjectName(QStringLiteral("attune-team-sync"));
    m_thread->start(QThread::LowPriority);
}

void TeamSync::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void TeamSync::nudge()
{
    wake(/*wantDown=*/true);
}

void TeamSync::wake(bool wantDown)
{
    {
        std::lock_guard lock(m_mutex);
        m_nudged = true;
        m_downWanted = m_downWanted || wantDown;
    }
    m_wake.notify_all();
}

bool TeamSync::takeDownWanted()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_downWanted, false);
}

void TeamSync::followCommitsOf(StorageQueue& storage)
{
    // On the storage thread, right after the commit, on its own connection: the outbox's
    // AUTOINCREMENT counter moves exactly when a trigger queued a record, and reading it costs
    // one row of sqlite_sequence.
    auto seen = std::make_shared<qint64>(-1);
    connect(
        &storage, &StorageQueue::written, this,
        [this, seen] {
            QSqlQuery query(m_database.connection());
            const qint64 now = query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence"
                                                         " WHERE name = 'team_outbox'")) &&
                                       query.next()
                                   ? query.value(0).toLongLong()
                                   : 0;
            if (now == *seen)
                return;
            const bool first = *seen < 0;
            *seen = now;
            if (first && now == 0)
                return;
            ++m_outboxNudges;
            wake(/*wantDown=*/false);
        },
        Qt::DirectConnection);
}

bool TeamSync::waitFor(int ms, bool* nudged)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping || m_nudged; });
    *nudged = m_nudged;
    m_nudged = false;
    return !m_stopping;
}

bool TeamSync::attests(const QString& serverId, const QByteArray& digest) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_attested.constFind(serverId);
    return found != m_attested.constEnd() && *found == digest;
}

TeamSyncStatus TeamSync::status() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

void TeamSync::publish(const TeamSyncStatus& status)
{
    {
        std::lock_guard lock(m_mutex);
        m_status = status;
    }
    Q_EMIT statusChanged(status);
}

} // namespace attune
