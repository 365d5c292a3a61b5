#pragma once

#include "assessment/Assessment.h"
#include "assessment/DraftKeeper.h"
#include "assessment/Rubric.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

class QObject;

namespace attune {

class AssessmentStore;
class StorageQueue;

// What one request changes in an assessment; a field left out keeps the draft's value. This is
// how privacy travels with a note: a save that does not mention "private" never makes a note
// public that the draft kept private.
struct AssessmentChange
{
    std::optional<QMap<QString, QString>> answers;
    std::optional<QString> note;
    std::optional<bool> notePrivate;
};

// How a draft write or a save ended: the assessment as written (a save sets its id), or why not.
struct AssessmentOutcome
{
    bool ok = false;
    Assessment assessment;
    QString error;
};

// The post-call self-assessment: the rubric in use, the drafts being kept safe and the saves.
// The form and the local API both go through it, so every answer is checked the same way.
// Use it on the GUI thread. With a storage queue (the running app) drafts and saves are written
// on the storage thread, in order with every other write, and their outcome comes back later:
// the GUI thread never waits for a database another process holds. Without one (tests, tools)
// they are written at once.
class SelfAssessment
{
    Q_DECLARE_TR_FUNCTIONS(SelfAssessment)

public:
    SelfAssessment(AssessmentStore& store, Rubric rubric);
    void setStorageQueue(StorageQueue* queue) { m_queue = queue; }

    const Rubric& rubric() const { return m_rubric; }
    // IT's privacy/allowPrivateNotes: when off, no note can be made private (every note is one
    // a supervisor may read), and an assessment that asks for one is refused with the reason.
    void setPrivateNotesAllowed(bool allowed) { m_privateNotesAllowed = allowed; }
    bool privateNotesAllowed() const { return m_privateNotesAllowed; }
    // An assessment for `callId` on the current rubric: its draft when there is one (the one
    // still being written first). With private notes turned off, a draft's private mark is
    // dropped (the form shows why).
    Assessment startFor(const QString& callId) const;

    // The draft of `change`'s call (or a fresh assessment) with the change laid over it. False,
    // with the reason, when there is nothing to save at all: no draft, no answer and no note.
    bool applyChange(const QString& callId, const AssessmentChange& change, Assessment* out,
                     QString* error) const;

    // The form changed: kept as a draft within DraftKeeper::kDebounceMs.
    void edit(const Assessment& draft);
    // Writes a draft at once, on this thread (tests and tools without a storage queue).
    bool writeDraft(const Assessment& draft, QString* error);
    // Checks the answers against the rubric and saves in one transaction, on this thread; sets
    // the id.
    bool save(Assessment* assessment, QString* error);

    using Done = std::function<void(const AssessmentOutcome& outcome)>;
    // The form's save: checked now (false with the reason, nothing queued), then saved in order;
    // `done` runs later on `context`'s thread (at once without a queue). A save that fails
    // keeps the answers as a draft, retried like any draft.
    bool save(const Assessment& assessment, QString* error, QObject* context, Done done);
    // The local API: `change` laid over the call's draft as it is once every earlier write has
    // run, checked, and written as a draft or saved, all in order; `done` runs later on this
    // object's thread (at once without a queue). A refusal (nothing to save, an answer the
    // rubric does not know) is an outcome, not a failed write.
    // `written`, when set, is called on the storage thread with the outcome right after the
    // write, in its transaction (before `done` hears of it on this thread): the local socket
    // records the answer it makes there (ControlReply::later).
    void apply(const QString& callId, const AssessmentChange& change, bool saveIt, Done done,
               Done written = {});
    DraftKeeper& drafts() { return m_keeper; }
    // Drafts never saved (an earlier session ended before Save), newest first.
    QList<Assessment> unfinishedDrafts() const;
    // The drafts on disk, read on the storage thread (at start-up, after a purge). From then on
    // startFor() and unfinishedDrafts() answer from memory, kept current by every draft write and
    // save made through here, so the form opens at wrap-up without the GUI thread waiting on the
    // database. Until then (tests, tools) they read the store.
    void knowStoredDrafts(const QList<Assessment>& drafts);

private:
    bool check(const Assessment& assessment, QString* error) const;
    static bool check(const Rubric& rubric, bool privateNotesAllowed, const Assessment& assessment,
                      QString* error);
    // Runs `work` on the storage thread (here at once without a queue) and hands its outcome to
    // `done` on `context`'s thread.
    enum class Writes
    {
        Draft,
        Save
    };
    void run(const char* what, Writes writes,
             std::function<bool(AssessmentOutcome*, QString*)> work, QObject* context, Done done);
    // What a write that went through does to the drafts known in memory.
    void remember(Writes writes, const Assessment& assessment);

    AssessmentStore& m_store;
    StorageQueue* m_queue = nullptr;
    Rubric m_rubric;
    DraftKeeper m_keeper;
    bool m_privateNotesAllowed = true;
    std::optional<QHash<QString, Assessment>> m_storedDrafts; // by call id, once known
};

} // namespace attune
