#pragma once

#include "core/Coaching.h"
#include "core/History.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace attune {

class CoachingStore;
class HistoryStore;
class StorageQueue;

// One call as the history shows it: what the store keeps about it, with the supervisor's notes
// and kudos. A value: the view keeps nothing of the store's.
struct CallDetail
{
    HistoryDetail detail;
    QList<CoachingNote> notes;
    QList<Kudos> kudos;
    // A line or two about the customer, when HistoryService::requestCallDetail was given a way
    // to look them up.
    QString profileSummary;
};

// What a supervisor leaves on a call (coaching notes, kudos, their own score) and how the agent
// hears of it. The history window and the sidebar's kudos strip go through here, never through
// the stores. Use it on the GUI thread; `changed` and `failed` are emitted there.
class CoachingService final : public QObject
{
    Q_OBJECT

public:
    // With `queue`, marking kudos as announced runs on the storage thread; without it (tests
    // that wire the stores by hand), on this one.
    CoachingService(HistoryStore& history, CoachingStore& coaching, StorageQueue* queue = nullptr,
                    QObject* parent = nullptr);
    ~CoachingService() override;

    // The detail of one call for `viewer` (a supervisor never reads a private note); nothing when
    // the call is gone or the store could not be read (logged). It reads on the calling thread:
    // the history window asks HistoryService::requestCallDetail instead.
    std::optional<CallDetail> callDetail(qint64 callRowId, HistoryViewer viewer) const;

    // Each is checked and signed by the supervisor's session at once: false with the reason
    // (empty, too long, nobody signed in) in `error` and in `failed`. It is then written on the
    // storage thread (with `queue`; at once without): `changed` once it is on disk, or `failed`
    // with the reason (no such call any more, the database refused), so the GUI thread never
    // waits for a database another process holds.
    bool addNote(const QString& callId, const QString& text, QString* error = nullptr);
    bool giveKudos(const QString& callId, const QString& behaviour, const QString& text,
                   QString* error = nullptr);
    // The score is the rubric's over `answers`; it replaces the supervisor's earlier one.
    bool scoreAssessment(qint64 assessmentId, const QMap<QString, QString>& answers,
                         QString* error = nullptr);

    // Kudos the agent has not been told about yet, as lines to show ("Stayed calm: …"); each is
    // handed out once. Read here; marked on the storage thread, so a crash before the mark
    // commits shows them again rather than never.
    QStringList takeKudosToAnnounce();
    // The same, read on the storage thread (after every write queued before it), so the sidebar's
    // kudos strip never waits on the database or on checking the kudos' signatures; `done` runs
    // on this thread with the lines, unless `context` is gone. Without a queue, at once.
    void requestKudosToAnnounce(QObject* context, std::function<void(const QStringList&)> done);

Q_SIGNALS:
    // A note, kudos or score was stored for `callId` (empty for a score: it names an assessment).
    void changed(const QString& callId);
    void failed(const QString& reason);

private:
    bool report(bool ok, const QString& reason, QString* error);
    // Hands out the kudos not handed out before, and queues their mark.
    QStringList announce(const QList<Kudos>& waiting, const QDateTime& now);
    // Runs `insert` (a signed record's write: its id, or 0 with the reason and whether the call
    // is gone) on the storage thread and reports it as `changed(callId)` or `failed`; without a
    // queue at once, and false with the reason in `error` when it was not written.
    bool write(const char* what, std::function<qint64(QString* error, bool* gone)> insert,
               const QString& callId, QString* error);

    HistoryStore& m_history;
    CoachingStore& m_coaching;
    StorageQueue* m_queue;
    QSet<qint64> m_announced; // handed out, their mark perhaps still queued
};

} // namespace attune
