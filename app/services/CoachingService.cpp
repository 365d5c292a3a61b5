#include "CoachingService.h"

#include "assessment/Assessment.h"
#include "core/Logging.h"
#include "storage/CoachingStore.h"
#include "storage/HistoryStore.h"
#include "storage/StorageQueue.h"

#include <QDateTime>

namespace attune {

CoachingService::CoachingService(HistoryStore& history, CoachingStore& coaching,
                                 StorageQueue* queue, QObject* parent)
    : QObject(parent)
    , m_history(history)
    , m_coaching(coaching)
    , m_queue(queue)
{}

CoachingService::~CoachingService() = default;

std::optional<CallDetail> CoachingService::callDetail(qint64 callRowId, HistoryViewer viewer) const
{
    std::optional<HistoryDetail> detail = m_history.detail(callRowId, viewer);
    if (!detail) {
        // The row was listed a moment ago: gone since (retention), or the read failed.
        qCWarning(lcStorage) << "history: the detail of call row" << callRowId
                             << "could not be read";
        return std::nullopt;
    }
    CallDetail call;
    call.notes = m_coaching.notes(detail->row.callId);
    call.kudos = m_coaching.kudos(detail->row.callId);
    call.detail = std::move(*detail);
    return call;
}

bool CoachingService::report(bool ok, const QString& reason, QString* error)
{
    if (!ok) {
        if (error)
            *error = reason;
        Q_EMIT failed(reason);
    }
    return ok;
}

bool CoachingService::addNote(const QString& callId, const QString& text, QString* error)
{
    QString reason;
    const bool ok = m_coaching.addNote(callId, text, QDateTime::currentDateTimeUtc(), &reason) != 0;
    if (ok)
        Q_EMIT changed(callId);
    return report(ok, reason, error);
}

bool CoachingService::giveKudos(const QString& callId, const QString& behaviour,
                                const QString& text, QString* error)
{
    QString reason;
    const bool ok = m_coaching.giveKudos(callId, behaviour, text, QDateTime::currentDateTimeUtc(),
                                         &reason) != 0;
    if (ok)
        Q_EMIT changed(callId);
    return report(ok, reason, error);
}

bool CoachingService::scoreAssessment(qint64 assessmentId, const QMap<QString, QString>& answers,
                                      QString* error)
{
    Assessment scored;
    scored.answers = answers;
    QString reason;
    const bool ok = m_coaching.scoreAssessment(assessmentId, answers, scored.score(),
                                               QDateTime::currentDateTimeUtc(), &reason);
    if (ok)
        Q_EMIT changed(QString());
    return report(ok, reason, error);
}

QStringList CoachingService::takeKudosToAnnounce()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_queue)
        return m_coaching.takeKudosToAnnounce(now);
    QList<Kudos> fresh;
    QList<qint64> ids;
    for (const Kudos& kudos : m_coaching.kudosToAnnounce()) {
        if (m_announced.contains(kudos.id))
            continue;
        fresh << kudos;
        ids << kudos.id;
        m_announced.insert(kudos.id);
    }
    if (ids.isEmpty())
        return {};
    m_queue->write("kudos announced", [store = &m_coaching, ids, now](QString* error) {
        if (store->markAnnounced(ids, now, error))
            return StorageQueue::Result::Done;
        return StorageQueue::isBusy(*error) ? StorageQueue::Result::Busy
                                            : StorageQueue::Result::Failed;
    });
    return CoachingStore::announcementLines(fresh);
}

} // namespace attune
