#include "CoachingService.h"

#include "assessment/Assessment.h"
#include "core/Logging.h"
#include "storage/CoachingStore.h"
#include "storage/HistoryStore.h"
#include "storage/StorageQueue.h"

#include <QDateTime>
#include <QPointer>

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

namespace {

struct Written
{
    qint64 id = 0;
    QString refusal; // the call or assessment is gone: an answer, not a failed write
};

} // namespace

bool CoachingService::write(const char* what,
                            std::function<qint64(QString* error, bool* gone)> insert,
                            const QString& callId, QString* error)
{
    if (!m_queue) {
        QString reason;
        bool gone = false;
        const bool ok = insert(&reason, &gone) != 0;
        if (ok)
            Q_EMIT changed(callId);
        return report(ok, reason, error);
    }
    m_queue->writeAndReport<Written>(
        what,
        [insert = std::move(insert)](Written* outcome, QString* failure) {
            bool gone = false;
            outcome->id = insert(failure, &gone);
            if (outcome->id != 0)
                return StorageQueue::Result::Done;
            if (!gone)
                return StorageQueue::Result::Failed; // busy: tried again; else for good
            outcome->refusal = *failure;
            return StorageQueue::Result::Done;
        },
        this,
        [this, callId](const Written& outcome, bool committed, const QString& reason) {
            if (!committed)
                Q_EMIT failed(reason);
            else if (outcome.id == 0)
                Q_EMIT failed(outcome.refusal);
            else
                Q_EMIT changed(callId);
        });
    return true;
}

bool CoachingService::addNote(const QString& callId, const QString& text, QString* error)
{
    QString reason;
    // Signed now, while the supervisor's session is open; written when the database lets it.
    const std::optional<CoachingStore::Signed> record =
        m_coaching.signNote(callId, text, QDateTime::currentDateTimeUtc(), &reason);
    if (!record)
        return report(false, reason, error);
    return write(
        "coaching note",
        [store = &m_coaching, record = *record](QString* failure, bool* gone) {
            return store->write(record, failure, gone);
        },
        callId, error);
}

bool CoachingService::giveKudos(const QString& callId, const QString& behaviour,
                                const QString& text, QString* error)
{
    QString reason;
    const std::optional<CoachingStore::Signed> record =
        m_coaching.signKudos(callId, behaviour, text, QDateTime::currentDateTimeUtc(), &reason);
    if (!record)
        return report(false, reason, error);
    return write(
        "kudos",
        [store = &m_coaching, record = *record](QString* failure, bool* gone) {
            return store->write(record, failure, gone);
        },
        callId, error);
}

bool CoachingService::scoreAssessment(qint64 assessmentId, const QMap<QString, QString>& answers,
                                      QString* error)
{
    Assessment scored;
    scored.answers = answers;
    QString reason;
    const std::optional<CoachingStore::Signed> record = m_coaching.signScore(
        assessmentId, answers, scored.score(), QDateTime::currentDateTimeUtc(), &reason);
    if (!record)
        return report(false, reason, error);
    return write(
        "supervisor score",
        [store = &m_coaching, record = *record](QString* failure, bool* gone) {
            return store->write(record, failure, gone);
        },
        QString(), error);
}

QStringList CoachingService::takeKudosToAnnounce()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_queue)
        return m_coaching.takeKudosToAnnounce(now);
    return announce(m_coaching.kudosToAnnounce(), now);
}

void CoachingService::requestKudosToAnnounce(QObject* context,
                                             std::function<void(const QStringList&)> done)
{
    if (!m_queue) {
        done(takeKudosToAnnounce());
        return;
    }
    // Read on the storage thread, handed out here: m_announced is this thread's alone, so two
    // requests in flight at once announce each kudos once.
    m_queue->read<QList<Kudos>>(
        "kudos to announce", [store = &m_coaching] { return store->kudosToAnnounce(); }, this,
        [this, target = QPointer<QObject>(context), done = std::move(done)](QList<Kudos> waiting) {
            const QStringList lines = announce(waiting, QDateTime::currentDateTimeUtc());
            if (target)
                done(lines);
        });
}

QStringList CoachingService::announce(const QList<Kudos>& waiting, const QDateTime& now)
{
    QList<Kudos> fresh;
    QList<qint64> ids;
    for (const Kudos& kudos : waiting) {
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
