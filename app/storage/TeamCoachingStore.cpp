#include "TeamCoachingStore.h"

#include "ConnectionThread.h"
#include "core/Logging.h"
#include "storage/CoachingStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace attune {

namespace {

// Never a null string: Qt binds a null QString as NULL, and these columns hold '' for "none".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}

// SQLSTATE classes that mean the statement never got a verdict from the server: the
// connection is gone (08…), the server is shutting down or restarting (57P…), or the driver
// has no state to give because it lost the socket.
bool connectionLost(const QString& state)
{
    return state.isEmpty() || state.startsWith(QLatin1String("08")) ||
           state.startsWith(QLatin1String("57P"));
}

} // namespace

TeamCoachingStore::TeamCoachingStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString TeamCoachingStore::check(const TeamCoachingAction& action)
{
    if (!isUuid(action.id) || !isUuid(action.callKey) || action.agent.isEmpty())
        return tr("Choose a call of one of your agents first.");
    switch (action.kind) {
    case TeamCoachingAction::Kind::Note: {
        const QString trimmed = action.text.trimmed();
        if (trimmed.isEmpty())
            return CoachingStore::tr("A coaching note needs some text.");
        if (trimmed.size() > CoachingStore::kMaxNoteLength)
            return CoachingStore::tr("A coaching note can be at most %1 characters.")
                .arg(CoachingStore::kMaxNoteLength);
        return {};
    }
    case TeamCoachingAction::Kind::Kudos: {
        const QString what = action.behaviour.trimmed();
        if (what.isEmpty())
            return CoachingStore::tr("Kudos name the behaviour they recognise.");
        if (what.size() > CoachingStore::kMaxBehaviourLength)
            return CoachingStore::tr("The behaviour can be at most %1 characters.")
                .arg(CoachingStore::kMaxBehaviourLength);
        if (action.text.trimmed().size() > CoachingStore::kMaxKudosTextLength)
            return CoachingStore::tr("Kudos can be at most %1 characters.")
                .arg(CoachingStore::kMaxKudosTextLength);
        return {};
    }
    case TeamCoachingAction::Kind::Score:
        if (!isUuid(action.assessmentKey))
            return tr("Only a self-assessed call can be scored.");
        if (action.answers.isEmpty())
            return tr("Score at least one behaviour, or cancel.");
        return {};
    }
    return {};
}

TeamCallCoaching TeamCoachingStore::read(const QString& callKey, const QString& assessmentKey,
                                         QString* error) const
{
    TeamCallCoaching coaching;
    coaching.callKey = callKey;
    if (!isUuid(callKey) || !ConnectionThread::isOwn(m_db, error))
        return coaching;
    const auto failed = [error](const QSqlQuery& query) {
        if (error)
            *error = query.lastError().text();
        return false;
    };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The server's policies decide what this supervisor reads: their own teams' rows only.
    query.prepare(QStringLiteral(
        "SELECT 0, author::text, created_at, '', body FROM attune.coaching_notes"
        " WHERE call_id = CAST(:call AS uuid)"
        " UNION ALL SELECT 1, author::text, created_at, behaviour, message FROM attune.kudos"
        " WHERE call_id = CAST(:call AS uuid) ORDER BY 3, 1"));
    query.bindValue(QStringLiteral(":call"), callKey);
    if (!query.exec()) {
        failed(query);
        return coaching;
    }
    while (query.next()) {
        TeamCoachingEntry entry;
        entry.kind = query.value(0).toInt() == 0 ? TeamCoachingAction::Kind::Note
                                                 : TeamCoachingAction::Kind::Kudos;
        entry.author = query.value(1).toString();
        entry.at = query.value(2).toDateTime();
        entry.behaviour = query.value(3).toString();
        entry.text = query.value(4).toString();
        (entry.kind == TeamCoachingAction::Kind::Note ? coaching.notes : coaching.kudos) += 1;
        coaching.entries.append(entry);
    }
    if (!isUuid(assessmentKey))
        return coaching;
    query.prepare(
        QStringLiteral("SELECT (SELECT avg(score) FROM attune.supervisor_scores"
                       "        WHERE assessment_id = CAST(:a AS uuid)),"
                       " (SELECT answers::text FROM attune.supervisor_scores"
                       "  WHERE assessment_id = CAST(:a AS uuid) AND author = current_user)"));
    query.bindValue(QStringLiteral(":a"), assessmentKey);
    if (!query.exec() || !query.next()) {
        failed(query);
        return coaching;
    }
    if (!query.value(0).isNull())
        coaching.supervisorScore = query.value(0).toDouble();
    QJsonObject answers = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        coaching.myAnswers.insert(it.key(), it.value().toString());
    return coaching;
}

TeamCoachingOutcome TeamCoachingStore::save(const TeamCoachingAction& action)
{
    TeamCoachingOutcome outcome;
    if (const QString problem = check(action); !problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }
    if (!m_db.isValid()) {
        outcome.error = tr("Sign in to the team server first; nothing was saved.");
        return outcome;
    }
    if (!ConnectionThread::isOwn(m_db, &outcome.error))
        return outcome;
    QString sql;
    switch (action.kind) {
    case TeamCoachingAction::Kind::Note:
        sql = QStringLiteral("INSERT INTO attune.coaching_notes (id, call_id, agent, body)"
                             " VALUES (CAST(:id AS uuid), CAST(:call AS uuid),"
                             " CAST(:agent AS name), :text) ON CONFLICT (id) DO NOTHING");
        break;
    case TeamCoachingAction::Kind::Kudos:
        sql = QStringLiteral("INSERT INTO attune.kudos (id, call_id, agent, behaviour, message)"
                             " VALUES (CAST(:id AS uuid), CAST(:call AS uuid),"
                             " CAST(:agent AS name), :behaviour, :text)"
                             " ON CONFLICT (id) DO NOTHING");
        break;
    case TeamCoachingAction::Kind::Score:
        // One score per supervisor and assessment: a rescoring replaces it and takes its own
        // id, so the same rescoring sent again matches and changes nothing, and only a later
        // one replaces it (the server's trigger of migration 0008 insists on that too), so an
        // older one sent again late changes nothing either. created_at moves on so that the
        // agent's sync fetches the new one.
        sql = QStringLiteral(
            "INSERT INTO attune.supervisor_scores AS s (id, assessment_id, agent, answers, score,"
            " given_at) VALUES (CAST(:id AS uuid), CAST(:assessment AS uuid),"
            " CAST(:agent AS name), CAST(:answers AS jsonb), CAST(:score AS real),"
            " coalesce(CAST(:given AS timestamptz), now()))"
            " ON CONFLICT (assessment_id, author) DO UPDATE SET id = excluded.id,"
            " answers = excluded.answers, score = excluded.score, given_at = excluded.given_at,"
            " created_at = now() WHERE s.id <> excluded.id AND excluded.given_at > s.given_at");
        break;
    }
    const auto send = [&](QSqlQuery& query) {
        query.prepare(sql);
        query.bindValue(QStringLiteral(":id"), action.id);
        query.bindValue(QStringLiteral(":agent"), action.agent);
        switch (action.kind) {
        case TeamCoachingAction::Kind::Note:
            query.bindValue(QStringLiteral(":call"), action.callKey);
            query.bindValue(QStringLiteral(":text"), action.text.trimmed());
            break;
        case TeamCoachingAction::Kind::Kudos:
            query.bindValue(QStringLiteral(":call"), action.callKey);
            query.bindValue(QStringLiteral(":behaviour"), action.behaviour.trimmed());
            query.bindValue(QStringLiteral(":text"), notNull(action.text.trimmed()));
            break;
        case TeamCoachingAction::Kind::Score: {
            QJsonObject answers;
            for (auto it = action.answers.cbegin(); it != action.answers.cend(); ++it)
                answers.insert(it.key(), it.value());
            query.bindValue(QStringLiteral(":assessment"), action.assessmentKey);
            query.bindValue(
                QStringLiteral(":answers"),
                QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
            query.bindValue(QStringLiteral(":given"),
                            action.givenAt.isValid()
                                ? QVariant(action.givenAt.toUTC().toString(Qt::ISODateWithMs))
                                : QVariant(QMetaType(QMetaType::QString)));
            query.bindValue(QStringLiteral(":score"), action.score
                                                          ? QVariant(*action.score)
                                                          : QVariant(QMetaType(QMetaType::Double)));
            break;
        }
        }
        return query.exec();
    };

    QSqlQuery query(m_db);
    // Asked before sending: the driver marks a connection closed once it finds it lost.
    const bool sent = m_db.isOpen();
    if (!sent || !send(query)) {
        qCWarning(lcStorage) << "team coaching: a write failed, SQLSTATE"
                             << query.lastError().nativeErrorCode();
        outcome.error =
            plainWords(query.lastError().text(), query.lastError().nativeErrorCode(), sent);
        return outcome;
    }
    outcome.ok = true;
    outcome.applied = query.numRowsAffected() > 0;
    QString error;
    outcome.after = read(action.callKey, action.assessmentKey, &error);
    if (!error.isEmpty())
        qCWarning(lcStorage) << "team coaching: saved, but the call could not be read again";
    return outcome;
}

QString TeamCoachingStore::notReached(const QString& reason, bool sent) const
{
    return plainWords(reason, QString(), sent);
}

QString TeamCoachingStore::plainWords(const QString& driverText, const QString& state,
                                      bool sent) const
{
    const QString keep = tr("What you wrote is kept: try again.");
    if (state == QLatin1String("42501") || driverText.contains(QLatin1String("row-level security")))
        return tr("The team server refused this: you may coach only calls of agents in the "
                  "teams you supervise, so nothing was saved.");
    // Migration 0008: this very note, kudos or score (its id) is on the server already, with
    // other content; the server keeps the first.
    if (state == QLatin1String("23505"))
        return tr("This was saved before with other words, and the team server keeps those; "
                  "nothing was changed.");
    if (state == QLatin1String("23503"))
        return tr("That call is no longer on the team server, so nothing was saved.");
    if (state == QLatin1String("57014"))
        return tr("The team server took too long to answer, so nothing was saved. %1").arg(keep);
    if (driverText.contains(QLatin1String("password authentication failed")) ||
        driverText.contains(QLatin1String("no password supplied")))
        return tr("The team server no longer accepts the name or password of %1, so nothing was "
                  "saved. Sign out and in again; %2")
            .arg(m_db.userName(), keep);
    if (connectionLost(state))
        return sent ? tr("The connection to the team server %1 was lost while saving, and the "
                         "server does not answer now. %2 It is never saved twice.")
                          .arg(m_db.hostName(), keep)
                    : tr("The team server %1 does not answer, so nothing was saved. %2")
                          .arg(m_db.hostName(), keep);
    return tr("The team server refused this (%1), so nothing was saved.").arg(driverText.trimmed());
}

} // namespace attune
