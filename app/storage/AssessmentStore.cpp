#include "AssessmentStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace attune {

namespace {

QString timestamp(const QDateTime& at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

// Columns in this order: call_id, rubric_id, rubric_version, answers, note, note_private, time.
Assessment fromRow(const QSqlQuery& query, int first)
{
    Assessment assessment;
    assessment.callId = query.value(first).toString();
    assessment.rubricId = query.value(first + 1).toString();
    assessment.rubricVersion = query.value(first + 2).toInt();
    assessment.answers = Assessment::answersFromJson(query.value(first + 3).toByteArray());
    assessment.note = query.value(first + 4).toString();
    assessment.notePrivate = query.value(first + 5).toInt() == 1;
    assessment.updatedAt =
        QDateTime::fromString(query.value(first + 6).toString(), Qt::ISODateWithMs);
    return assessment;
}

void bindCommon(QSqlQuery& query, const Assessment& assessment)
{
    query.bindValue(QStringLiteral(":call_id"), assessment.callId);
    query.bindValue(QStringLiteral(":rubric_id"), assessment.rubricId);
    query.bindValue(QStringLiteral(":rubric_version"), assessment.rubricVersion);
    query.bindValue(QStringLiteral(":answers"), QString::fromUtf8(assessment.answersJson()));
    // "No note" is an empty note: a null QString would bind as SQL NULL, which the column
    // refuses, and a save through the local API that leaves the note out would be turned away.
    query.bindValue(QStringLiteral(":note"),
                    assessment.note.isNull() ? QString(QLatin1String("")) : assessment.note);
    query.bindValue(QStringLiteral(":note_private"), assessment.notePrivate ? 1 : 0);
    query.bindValue(QStringLiteral(":at"), timestamp(assessment.updatedAt));
}

} // namespace

AssessmentStore::AssessmentStore(Database& database)
    : m_database(database)
{}

bool AssessmentStore::saveDraft(const Assessment& draft, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO assessment_drafts"
        " (call_id, rubric_id, rubric_version, answers, note, note_private, updated_at)"
        " VALUES (:call_id, :rubric_id, :rubric_version, :answers, :note, :note_private, :at)"));
    bindCommon(query, draft);
    return Database::runQuery(query, error);
}

std::optional<Assessment> AssessmentStore::draft(const QString& callId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT call_id, rubric_id, rubric_version, answers, note, note_private, updated_at"
        " FROM assessment_drafts WHERE call_id = :call_id"));
    query.bindValue(QStringLiteral(":call_id"), callId);
    if (!Database::runQuery(query, nullptr) || !query.next())
        return std::nullopt;
    return fromRow(query, 0);
}

QList<Assessment> AssessmentStore::drafts() const
{
    QList<Assessment> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT call_id, rubric_id, rubric_version, answers, note, note_private, updated_at"
        " FROM assessment_drafts ORDER BY updated_at DESC"));
    if (!Database::runQuery(query, nullptr))
        return list;
    while (query.next())
        list.append(fromRow(query, 0));
    return list;
}

bool AssessmentStore::discardDraft(const QString& callId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM assessment_drafts WHERE call_id = :call_id"));
    query.bindValue(QStringLiteral(":call_id"), callId);
    return Database::runQuery(query, error);
}

bool AssessmentStore::save(Assessment* assessment, QString* error)
{
    QSqlDatabase db = m_database.connection();
    // A savepoint, not BEGIN: the save is atomic on its own, and it also nests inside a caller's
    // transaction (the demo seed writes twelve weeks of history as one).
    QSqlQuery savepoint(db);
    // The savepoint statements' errors are their queries', not the connection's.
    if (!savepoint.exec(QStringLiteral("SAVEPOINT assessment_save"))) {
        if (error)
            *error = m_database.fault(savepoint.lastError());
        return false;
    }
    const auto undo = [&db] {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK TO assessment_save"));
        rollback.exec(QStringLiteral("RELEASE assessment_save"));
    };
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO assessments"
        " (call_id, rubric_id, rubric_version, answers, note, note_private, saved_at, score)"
        " VALUES (:call_id, :rubric_id, :rubric_version, :answers, :note, :note_private, :at,"
        " :score)"));
    bindCommon(insert, *assessment);
    const std::optional<double> score = assessment->score();
    insert.bindValue(QStringLiteral(":score"),
                     score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Double)));
    QSqlQuery dropDraft(db);
    dropDraft.prepare(QStringLiteral("DELETE FROM assessment_drafts WHERE call_id = :call_id"));
    dropDraft.bindValue(QStringLiteral(":call_id"), assessment->callId);
    if (!Database::runQuery(insert, error) || !Database::runQuery(dropDraft, error)) {
        undo();
        return false;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery release(db);
    if (!release.exec(QStringLiteral("RELEASE assessment_save"))) {
        if (error)
            *error = m_database.fault(release.lastError());
        undo();
        return false;
    }
    assessment->id = id;
    return true;
}

std::optional<Assessment> AssessmentStore::assessment(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, call_id, rubric_id, rubric_version, answers, note, note_private, saved_at"
        " FROM assessments WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!Database::runQuery(query, nullptr) || !query.next())
        return std::nullopt;
    Assessment found = fromRow(query, 1);
    found.id = query.value(0).toLongLong();
    return found;
}

QList<Assessment> AssessmentStore::assessments(int limit) const
{
    QList<Assessment> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, call_id, rubric_id, rubric_version, answers, note, note_private, saved_at"
        " FROM assessments ORDER BY id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), limit > 0 ? limit : -1);
    if (!Database::runQuery(query, nullptr))
        return list;
    while (query.next()) {
        Assessment found = fromRow(query, 1);
        found.id = query.value(0).toLongLong();
        list.append(found);
    }
    return list;
}

int AssessmentStore::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM assessments"));
    if (!Database::runQuery(query, nullptr) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace attune
