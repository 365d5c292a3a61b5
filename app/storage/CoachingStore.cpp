#include "CoachingStore.h"

#include "Database.h"
#include "RecordTrust.h"
#include "core/Logging.h"
#include "supervisor/SupervisorRecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace attune {

namespace {

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool fail(QString* error, const QString& reason)
{
    if (error)
        *error = reason;
    return false;
}

std::nullopt_t refuse(QString* error, const QString& reason)
{
    fail(error, reason);
    return std::nullopt;
}

QString notSignedText()
{
    return CoachingStore::tr("Only a signed-in supervisor can add this, and the supervisor PIN "
                             "must be one made by this version of \"attune hash-pin\" (ask IT to "
                             "run it again).");
}

} // namespace

CoachingStore::CoachingStore(Database& database)
    : m_database(database)
{}

void CoachingStore::protect(Signer signer, QByteArray recordPublicKey)
{
    m_signer = std::move(signer);
    m_database.recordTrust().setRecordKey(recordPublicKey);
}

void CoachingStore::trustServerRecords(Attestor attested)
{
    m_database.recordTrust().setAttestor(std::move(attested));
}

int CoachingStore::unverifiedSeen() const
{
    return m_database.recordTrust().unverifiedSeen();
}

QByteArray CoachingStore::downloadedDigest(const QStringList& fields)
{
    return RecordTrust::downloadedDigest(fields);
}

std::optional<CoachingStore::Signed> CoachingStore::signNote(const QString& callId,
                                                             const QString& text,
                                                             const QDateTime& at,
                                                             QString* error) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(error, tr("A coaching note needs some text."));
    if (trimmed.size() > kMaxNoteLength)
        return refuse(error,
                      tr("A coaching note can be at most %1 characters.").arg(kMaxNoteLength));
    Signed record;
    record.kind = Signed::Kind::Note;
    record.callId = callId;
    record.text = trimmed;
    record.at = at;
    record.signature =
        m_signer ? m_signer(SupervisorRecords::noteMessage(callId, trimmed, at)) : QByteArray();
    if (record.signature.isEmpty())
        return refuse(error, notSignedText());
    return record;
}

std::optional<CoachingStore::Signed>
CoachingStore::signKudos(const QString& callId, const QString& behaviour, const QString& text,
                         const QDateTime& at, QString* error) const
{
    const QString what = behaviour.trimmed();
    if (what.isEmpty())
        return refuse(error, tr("Kudos name the behaviour they recognise."));
    if (what.size() > kMaxBehaviourLength)
        return refuse(error,
                      tr("The behaviour can be at most %1 characters.").arg(kMaxBehaviourLength));
    if (text.trimmed().size() > kMaxKudosTextLength)
        return refuse(error, tr("Kudos can be at most %1 characters.").arg(kMaxKudosTextLength));
    // Never a null string: Qt would bind NULL, and the column holds '' for "no words".
    const QString trimmedWords = text.trimmed();
    Signed record;
    record.kind = Signed::Kind::Kudos;
    record.callId = callId;
    record.behaviour = what;
    record.text = trimmedWords.isNull() ? QStringLiteral("") : trimmedWords;
    record.at = at;
    record.signature =
        m_signer ? m_signer(SupervisorRecords::kudosMessage(callId, what, record.text, at))
                 : QByteArray();
    if (record.signature.isEmpty())
        return refuse(error, notSignedText());
    return record;
}

std::optional<CoachingStore::Signed>
CoachingStore::signScore(qint64 assessmentId, const QMap<QString, QString>& answers,
                         std::optional<double> score, const QDateTime& at, QString* error) const
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    Signed record;
    record.kind = Signed::Kind::Score;
    record.assessmentId = assessmentId;
    record.answersJson = QJsonDocument(object).toJson(QJsonDocument::Compact);
    record.score = score;
    record.at = at;
    record.signature =
        m_signer ? m_signer(SupervisorRecords::scoreMessage(assessmentId, record.answersJson, at))
                 : QByteArray();
    if (record.signature.isEmpty())
        return refuse(error, notSignedText());
    return record;
}

qint64 CoachingStore::write(const Signed& record, QString* error, bool* gone)
{
    QSqlQuery query(m_database.connection());
    switch (record.kind) {
    case Signed::Kind::Note:
        // Checked in the same statement: the call may have gone (retention) since it was signed.
        query.prepare(
            QStringLiteral("INSERT INTO coaching_notes (call_id, text, written_at, signature)"
                           " SELECT :call, :text, :at, :signature"
                           " WHERE EXISTS (SELECT 1 FROM calls WHERE call_id = :known)"));
        query.bindValue(QStringLiteral(":text"), record.text);
        break;
    case Signed::Kind::Kudos:
        query.prepare(
            QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at, signature)"
                           " SELECT :call, :behaviour, :text, :at, :signature"
                           " WHERE EXISTS (SELECT 1 FROM calls WHERE call_id = :known)"));
        query.bindValue(QStringLiteral(":behaviour"), record.behaviour);
        query.bindValue(QStringLiteral(":text"), record.text);
        break;
    case Signed::Kind::Score:
        query.prepare(QStringLiteral(
            "INSERT INTO supervisor_scores (assessment_id, answers, score, scored_at, signature)"
            " SELECT id, :answers, :score, :at, :signature FROM assessments WHERE id = :id"
            " ON CONFLICT (assessment_id) DO UPDATE SET answers = excluded.answers,"
            " score = excluded.score, scored_at = excluded.scored_at,"
            " signature = excluded.signature"));
        query.bindValue(QStringLiteral(":answers"), QString::fromUtf8(record.answersJson));
        query.bindValue(QStringLiteral(":score"), record.score
                                                      ? QVariant(*record.score)
                                                      : QVariant(QMetaType(QMetaType::Double)));
        query.bindValue(QStringLiteral(":id"), record.assessmentId);
        break;
    }
    if (record.kind != Signed::Kind::Score) {
        query.bindValue(QStringLiteral(":call"), record.callId);
        query.bindValue(QStringLiteral(":known"), record.callId);
    }
    query.bindValue(QStringLiteral(":at"), isoUtc(record.at));
    query.bindValue(QStringLiteral(":signature"), record.signature);
    if (!Database::runQuery(query, error))
        return 0;
    if (query.numRowsAffected() != 1) {
        if (gone)
            *gone = true;
        return fail(error, record.kind == Signed::Kind::Score
                               ? tr("That assessment is no longer in the history.")
                               : tr("That call is no longer in the history."));
    }
    return record.kind == Signed::Kind::Score ? 1 : query.lastInsertId().toLongLong();
}

qint64 CoachingStore::addNote(const QString& callId, const QString& text, const QDateTime& at,
                              QString* error)
{
    const std::optional<Signed> record = signNote(callId, text, at, error);
    return record ? write(*record, error) : 0;
}

qint64 CoachingStore::giveKudos(const QString& callId, const QString& behaviour,
                                const QString& text, const QDateTime& at, QString* error)
{
    const std::optional<Signed> record = signKudos(callId, behaviour, text, at, error);
    return record ? write(*record, error) : 0;
}

bool CoachingStore::scoreAssessment(qint64 assessmentId, const QMap<QString, QString>& answers,
                                    std::optional<double> score, const QDateTime& at,
                                    QString* error)
{
    const std::optional<Signed> record = signScore(assessmentId, answers, score, at, error);
    return record && write(*record, error) != 0;
}

QList<CoachingNote> CoachingStore::notes(const QString& callId) const
{
    QList<CoachingNote> notes;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, call_id, text, written_at, signature, server_id"
                                 " FROM coaching_notes WHERE call_id = :call"
                                 " ORDER BY written_at, id"));
    query.bindValue(QStringLiteral(":call"), callId);
    if (!Database::runQuery(query, nullptr))
        return notes;
    while (query.next()) {
        const CoachingNote note{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)};
        if (m_database.recordTrust().note(note.callId, note.text, query.value(3).toString(),
                                          query.value(4).toByteArray(), query.value(5)))
            notes.append(note);
    }
    return notes;
}

QList<Kudos> CoachingStore::readKudos(QSqlQuery& query) const
{
    QList<Kudos> list;
    if (!Database::runQuery(query, nullptr))
        return list;
    while (query.next()) {
        const Kudos kudos{query.value(0).toLongLong(),
                          query.value(1).toString(),
                          query.value(2).toString(),
                          query.value(3).toString(),
                          QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                          query.value(5).toString()};
        if (m_database.recordTrust().kudos(kudos.callId, kudos.behaviour, kudos.text,
                                           query.value(4).toString(), query.value(6).toByteArray(),
                                           query.value(7)))
            list.append(kudos);
    }
    return list;
}

namespace {

const QString kKudosColumns = QStringLiteral(
    "k.id, k.call_id, k.behaviour, k.text, k.given_at,"
    " (SELECT coalesce(c.display_name, c.phone) FROM calls c WHERE c.call_id = k.call_id"
    "  ORDER BY c.id DESC LIMIT 1), k.signature, k.server_id");

} // namespace

QList<Kudos> CoachingStore::kudos(const QString& callId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM kudos k WHERE k.call_id = :call"
                                 " ORDER BY k.given_at, k.id")
                      .arg(kKudosColumns));
    query.bindValue(QStringLiteral(":call"), callId);
    return readKudos(query);
}

QList<Kudos> CoachingStore::kudosToAnnounce() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM kudos k WHERE k.announced_at IS NULL"
                                 " ORDER BY k.given_at, k.id")
                      .arg(kKudosColumns));
    return readKudos(query);
}

bool CoachingStore::markAnnounced(const QList<qint64>& ids, const QDateTime& at, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE kudos SET announced_at = :at"
                                 " WHERE id = :id AND announced_at IS NULL"));
    for (const qint64 id : ids) {
        query.bindValue(QStringLiteral(":at"), isoUtc(at));
        query.bindValue(QStringLiteral(":id"), id);
        if (!Database::runQuery(query, error))
            return false;
    }
    return true;
}

QStringList CoachingStore::announcementLines(const QList<Kudos>& kudos)
{
    QStringList lines;
    for (const Kudos& one : kudos) {
        const QString what =
            one.text.isEmpty() ? one.behaviour : tr("%1: %2").arg(one.behaviour, one.text);
        lines << (one.customer.isEmpty() ? what
                                         : tr("%1 (the call with %2)").arg(what, one.customer));
    }
    return lines;
}

QStringList CoachingStore::takeKudosToAnnounce(const QDateTime& at)
{
    const QList<Kudos> pending = kudosToAnnounce();
    const QStringList lines = announcementLines(pending);
    QList<qint64> ids;
    for (const Kudos& kudos : pending)
        ids << kudos.id;
    if (!ids.isEmpty() && !markAnnounced(ids, at))
        return {}; // not marked: shown next time rather than twice now
    return lines;
}

} // namespace attune
