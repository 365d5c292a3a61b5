#include "SelfAssessment.h"

#include "storage/AssessmentStore.h"
#include "storage/StorageQueue.h"

#include <algorithm>

namespace attune {

SelfAssessment::SelfAssessment(AssessmentStore& store, Rubric rubric)
    : m_store(store)
    , m_rubric(std::move(rubric))
    , m_keeper(DraftKeeper::AsyncWriter([this](const Assessment& draft, DraftKeeper::Done done) {
        run(
            "assessment draft", Writes::Draft,
            [store = &m_store, draft](AssessmentOutcome* outcome, QString* error) {
                outcome->assessment = draft;
                outcome->ok = store->saveDraft(draft, error);
                return outcome->ok;
            },
            m_keeper.context(),
            [done = std::move(done)](const AssessmentOutcome& outcome) {
                done(outcome.ok, outcome.error);
            });
    }))
{}

void SelfAssessment::run(const char* what, Writes writes,
                         std::function<bool(AssessmentOutcome*, QString*)> work, QObject* context,
                         Done done)
{
    if (!m_queue) {
        AssessmentOutcome outcome;
        QString error;
        if (!work(&outcome, &error)) {
            outcome.ok = false;
            outcome.error = error;
        }
        if (outcome.ok)
            remember(writes, outcome.assessment);
        done(outcome);
        return;
    }
    m_queue->writeAndReport<AssessmentOutcome>(
        what,
        [work = std::move(work)](AssessmentOutcome* outcome, QString* error) {
            return work(outcome, error) ? StorageQueue::Result::Done : StorageQueue::Result::Failed;
        },
        context,
        [this, writes, done = std::move(done)](AssessmentOutcome outcome, bool committed,
                                               const QString& error) {
            if (!committed) {
                outcome.ok = false;
                outcome.error = error;
            }
            // Delivered in the order written, on this thread, after the write committed.
            if (outcome.ok)
                remember(writes, outcome.assessment);
            done(outcome);
        });
}

Assessment SelfAssessment::startFor(const QString& callId) const
{
    std::optional<Assessment> draft = m_keeper.unwritten(callId);
    if (!draft && m_storedDrafts) {
        const auto known = m_storedDrafts->constFind(callId);
        if (known != m_storedDrafts->cend())
            draft = *known;
    } else if (!draft) {
        draft = m_store.draft(callId);
    }
    if (draft) {
        if (!m_privateNotesAllowed)
            draft->notePrivate = false;
        return *draft;
    }
    Assessment fresh;
    fresh.callId = callId;
    fresh.rubricId = m_rubric.id;
    fresh.rubricVersion = m_rubric.version;
    return fresh;
}

bool SelfAssessment::applyChange(const QString& callId, const AssessmentChange& change,
                                 Assessment* out, QString* error) const
{
    if (callId.trimmed().isEmpty()) {
        *error = tr("the call id is missing");
        return false;
    }
    // The draft as stored, its private mark included: with private notes since turned off,
    // check() refuses it rather than quietly publishing a note written as private.
    const std::optional<Assessment> draft = m_store.draft(callId);
    Assessment merged;
    if (draft) {
        merged = *draft;
    } else {
        merged.callId = callId;
        merged.rubricId = m_rubric.id;
        merged.rubricVersion = m_rubric.version;
    }
    if (change.answers)
        merged.answers = *change.answers;
    if (change.note)
        merged.note = *change.note;
    if (change.notePrivate)
        merged.notePrivate = *change.notePrivate;
    if (!draft && merged.answers.isEmpty() && merged.note.isEmpty()) {
        *error = tr("there is nothing to save for call \"%1\": no draft, no answers and no note")
                     .arg(callId.left(64));
        return false;
    }
    merged.note = merged.note.isNull() ? QString(QLatin1String("")) : merged.note;
    *out = merged;
    return true;
}

bool SelfAssessment::check(const Assessment& assessment, QString* error) const
{
    return check(m_rubric, m_privateNotesAllowed, assessment, error);
}

bool SelfAssessment::check(const Rubric& rubric, bool privateNotesAllowed,
                           const Assessment& assessment, QString* error)
{
    if (assessment.callId.trimmed().isEmpty()) {
        *error = tr("the call id is missing");
        return false;
    }
    if (assessment.rubricId != rubric.id || assessment.rubricVersion != rubric.version) {
        *error = tr("the answers are for rubric \"%1\" version %2, but \"%3\" version %4 is in use")
                     .arg(assessment.rubricId)
                     .arg(assessment.rubricVersion)
                     .arg(rubric.id)
                     .arg(rubric.version);
        return false;
    }
    if (assessment.notePrivate && !privateNotesAllowed) {
        *error =
            tr("private notes are turned off by your IT department (privacy/allowPrivateNotes)");
        return false;
    }
    return rubric.check(assessment.answers, assessment.note, error);
}

QList<Assessment> SelfAssessment::unfinishedDrafts() const
{
    if (!m_storedDrafts)
        return m_store.drafts();
    // With those still on their way to the disk (the newest).
    QHash<QString, Assessment> known = *m_storedDrafts;
    for (const QString& callId : m_keeper.unwrittenCalls()) {
        Assessment draft = *m_keeper.unwritten(callId);
        draft.updatedAt = QDateTime::currentDateTimeUtc();
        known.insert(callId, draft);
    }
    QList<Assessment> drafts = known.values();
    std::sort(drafts.begin(), drafts.end(),
              [](const Assessment& a, const Assessment& b) { return a.updatedAt > b.updatedAt; });
    return drafts;
}

void SelfAssessment::knowStoredDrafts(const QList<Assessment>& drafts)
{
    m_storedDrafts.emplace();
    for (const Assessment& draft : drafts)
        m_storedDrafts->insert(draft.callId, draft);
}

void SelfAssessment::remember(Writes writes, const Assessment& assessment)
{
    if (!m_storedDrafts)
        return;
    if (writes == Writes::Save) {
        m_storedDrafts->remove(assessment.callId);
        return;
    }
    Assessment kept = assessment;
    kept.updatedAt = QDateTime::currentDateTimeUtc(); // the newest draft now
    m_storedDrafts->insert(kept.callId, kept);
}

void SelfAssessment::edit(const Assessment& draft)
{
    Assessment kept = draft;
    kept.notePrivate = kept.notePrivate && m_privateNotesAllowed;
    m_keeper.update(kept);
}

bool SelfAssessment::writeDraft(const Assessment& draft, QString* error)
{
    if (!check(draft, error) || !m_store.saveDraft(draft, error))
        return false;
    remember(Writes::Draft, draft);
    return true;
}

bool SelfAssessment::save(Assessment* assessment, QString* error)
{
    if (!check(*assessment, error))
        return false;
    // A draft write still waiting would otherwise land after the save and bring the draft back.
    m_keeper.forget();
    if (!m_store.save(assessment, error)) {
        m_keeper.update(*assessment); // nothing is lost: it stays a draft and is retried
        return false;
    }
    remember(Writes::Save, *assessment);
    return true;
}

bool SelfAssessment::save(const Assessment& assessment, QString* error, QObject* context, Done done)
{
    if (!check(assessment, error))
        return false;
    // A draft write still waiting would otherwise land after the save and bring the draft back.
    m_keeper.forget(assessment.callId);
    run(
        "assessment save", Writes::Save,
        [store = &m_store, assessment](AssessmentOutcome* outcome, QString* failure) {
            outcome->assessment = assessment;
            outcome->ok = store->save(&outcome->assessment, failure);
            return outcome->ok;
        },
        context,
        [this, done = std::move(done)](const AssessmentOutcome& outcome) {
            // Nothing is lost: unless the agent has changed it since, it stays a draft and is
            // retried.
            if (!outcome.ok && !m_keeper.unwritten(outcome.assessment.callId))
                m_keeper.update(outcome.assessment);
            done(outcome);
        });
    return true;
}

void SelfAssessment::apply(const QString& callId, const AssessmentChange& change, bool saveIt,
                           Done done, Done written)
{
    // The form's own unwritten draft of this call would land after the save and bring it back;
    // it is set aside, and restored when the request is refused.
    std::optional<Assessment> setAside;
    if (saveIt)
        setAside = m_keeper.forget(callId);
    run(
        saveIt ? "assessment save" : "assessment draft", saveIt ? Writes::Save : Writes::Draft,
        [this, callId, change, saveIt, privateAllowed = m_privateNotesAllowed,
         written = std::move(written)](AssessmentOutcome* outcome, QString* failure) {
            // On the storage thread: the rubric never changes once made, and the store's reads
            // use this thread's own connection.
            Assessment merged;
            const bool refused = !applyChange(callId, change, &merged, &outcome->error) ||
                                 !check(m_rubric, privateAllowed, merged, &outcome->error);
            if (!refused) {
                outcome->assessment = merged;
                outcome->ok = saveIt ? m_store.save(&outcome->assessment, failure)
                                     : m_store.saveDraft(merged, failure);
            }
            if (written)
                written(*outcome);
            // Refused, nothing was written and nothing failed.
            return refused || outcome->ok;
        },
        m_keeper.context(),
        [this, setAside, done = std::move(done)](const AssessmentOutcome& outcome) {
            if (!outcome.ok && setAside && !m_keeper.unwritten(setAside->callId))
                m_keeper.update(*setAside);
            done(outcome);
        });
}

} // namespace attune
