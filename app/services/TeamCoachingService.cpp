#include "TeamCoachingService.h"

#include "assessment/Assessment.h"
#include "storage/TeamCoachingStore.h"
#include "supervisor/TeamHistoryLoader.h"

#include <QPointer>
#include <QUuid>

namespace attune {

namespace {

// Never earlier than the one made before it in this run, even when the clock is set back: a
// rescoring must be later than the score it replaces, since the server keeps the latest.
QDateTime givenNow()
{
    static QDateTime last;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (last.isValid() && now <= last)
        now = last.addMSecs(1);
    last = now;
    return now;
}

TeamCoachingAction about(const HistoryRow& row, TeamCoachingAction::Kind kind)
{
    TeamCoachingAction action;
    action.kind = kind;
    action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.givenAt = givenNow();
    action.callKey = row.key;
    action.assessmentKey = row.assessmentKey;
    action.agent = row.agent;
    return action;
}

} // namespace

TeamCoachingService::TeamCoachingService(TeamHistoryLoader& loader, QObject* parent)
    : QObject(parent)
    , m_loader(loader)
{}

TeamCoachingAction TeamCoachingService::note(const HistoryRow& row, const QString& text)
{
    TeamCoachingAction action = about(row, Kind::Note);
    action.text = text;
    return action;
}

TeamCoachingAction TeamCoachingService::kudos(const HistoryRow& row, const QString& behaviour,
                                              const QString& text)
{
    TeamCoachingAction action = about(row, Kind::Kudos);
    action.behaviour = behaviour;
    action.text = text;
    return action;
}

TeamCoachingAction TeamCoachingService::score(const HistoryRow& row,
                                              const QMap<QString, QString>& answers)
{
    TeamCoachingAction action = about(row, Kind::Score);
    action.answers = answers;
    Assessment scored;
    scored.answers = answers;
    action.score = scored.score();
    return action;
}

QString TeamCoachingService::slot(const QString& callKey, Kind kind)
{
    return callKey + QLatin1Char('/') + QString::number(int(kind));
}

void TeamCoachingService::fail(const TeamCoachingAction& action, const QString& reason)
{
    m_unsaved.insert(slot(action.callKey, action.kind), action);
    Q_EMIT failed(action, reason);
}

QString TeamCoachingService::problem(const TeamCoachingAction& action)
{
    return TeamCoachingStore::check(action);
}

bool TeamCoachingService::send(const TeamCoachingAction& action)
{
    if (const QString reason = problem(action); !reason.isEmpty()) {
        fail(action, reason);
        return false;
    }
    if (!m_loader.isSignedIn()) {
        fail(action, TeamCoachingStore::tr("Sign in to the team server first; nothing was saved."));
        return false;
    }
    m_unsaved.insert(slot(action.callKey, action.kind), action);
    ++m_inFlight[action.callKey];
    Q_EMIT saving(action);
    QPointer<TeamCoachingService> self(this);
    m_loader.save(action, [self, action, session = m_session](const TeamCoachingOutcome& outcome) {
        if (!self || self->m_session != session)
            return;
        if (--self->m_inFlight[action.callKey] <= 0)
            self->m_inFlight.remove(action.callKey);
        if (!outcome.ok) {
            self->fail(action, outcome.error);
            return;
        }
        // Only this very action is done: a later one written meanwhile stays kept.
        const QString key = slot(action.callKey, action.kind);
        if (self->m_unsaved.value(key).id == action.id)
            self->m_unsaved.remove(key);
        Q_EMIT self->saved(action, outcome.after, outcome.applied);
    });
    return true;
}

bool TeamCoachingService::retry(const QString& callKey, Kind kind)
{
    const std::optional<TeamCoachingAction> action = unsaved(callKey, kind);
    return action && send(*action);
}

std::optional<TeamCoachingAction> TeamCoachingService::unsaved(const QString& callKey,
                                                               Kind kind) const
{
    const auto it = m_unsaved.constFind(slot(callKey, kind));
    if (it == m_unsaved.cend())
        return std::nullopt;
    return *it;
}

bool TeamCoachingService::isSaving(const QString& callKey) const
{
    return m_inFlight.value(callKey) > 0;
}

void TeamCoachingService::read(const HistoryRow& row,
                               std::function<void(const TeamCallCoaching&)> done)
{
    m_loader.coaching(row.key, row.assessmentKey, std::move(done));
}

void TeamCoachingService::forget()
{
    ++m_session;
    m_unsaved.clear();
    m_inFlight.clear();
}

} // namespace attune
