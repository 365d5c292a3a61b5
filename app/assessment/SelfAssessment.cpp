#include "SelfAssessment.h"

#include "storage/AssessmentStore.h"

namespace attune {

SelfAssessment::SelfAssessment(AssessmentStore& store, Rubric rubric)
    : m_store(store)
    , m_rubric(std::move(rubric))
    , m_keeper([this](const Assessment& draft, QString* error) {
        return m_store.saveDraft(draft, error);
    })
{}

Assessment SelfAssessment::startFor(const QString& callId) const
{
    if (std::optional<Assessment> draft = m_store.draft(callId)) {
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
    if (assessment.callId.trimmed().isEmpty()) {
        *error = tr("the call id is missing");
        return false;
    }
    if (assessment.rubricId != m_rubric.id || assessment.rubricVersion != m_rubric.version) {
        *error = tr("the answers are for rubric \"%1\" version %2, but \"%3\" version %4 is in use")
                     .arg(assessment.rubricId)
                     .arg(assessment.rubricVersion)
                     .arg(m_rubric.id)
                     .arg(m_rubric.version);
        return false;
    }
    if (assessment.notePrivate && !m_privateNotesAllowed) {
        *error =
            tr("private notes are turned off by your IT department (privacy/allowPrivateNotes)");
        return false;
    }
    return m_rubric.check(assessment.answers, assessment.note, error);
}

QList<Assessment> SelfAssessment::unfinishedDrafts() const
{
    return m_store.drafts();
}

void SelfAssessment::edit(const Assessment& draft)
{
    Assessment kept = draft;
    kept.notePrivate = kept.notePrivate && m_privateNotesAllowed;
    m_keeper.update(kept);
}

bool SelfAssessment::writeDraft(const Assessment& draft, QString* error)
{
    return check(draft, error) && m_store.saveDraft(draft, error);
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
    return true;
}

} // namespace attune
