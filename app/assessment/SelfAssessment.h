#pragma once

#include "assessment/Assessment.h"
#include "assessment/DraftKeeper.h"
#include "assessment/Rubric.h"

#include <QCoreApplication>

#include <optional>

namespace attune {

class AssessmentStore;

// What one request changes in an assessment; a field left out keeps the draft's value. This is
// how privacy travels with a note: a save that does not mention "private" never makes a note
// public that the draft kept private.
struct AssessmentChange
{
    std::optional<QMap<QString, QString>> answers;
    std::optional<QString> note;
    std::optional<bool> notePrivate;
};

// The post-call self-assessment: the rubric in use, the drafts being kept safe and the saves.
// The form and the local API both go through it, so every answer is checked the same way.
// Use it on the thread that opened the database.
class SelfAssessment
{
    Q_DECLARE_TR_FUNCTIONS(SelfAssessment)

public:
    SelfAssessment(AssessmentStore& store, Rubric rubric);

    const Rubric& rubric() const { return m_rubric; }
    // IT's privacy/allowPrivateNotes: when off, no note can be made private (every note is one
    // a supervisor may read), and an assessment that asks for one is refused with the reason.
    void setPrivateNotesAllowed(bool allowed) { m_privateNotesAllowed = allowed; }
    bool privateNotesAllowed() const { return m_privateNotesAllowed; }
    // An assessment for `callId` on the current rubric: its draft when there is one. With private
    // notes turned off, a draft's private mark is dropped (the form shows why).
    Assessment startFor(const QString& callId) const;

    // The draft of `change`'s call (or a fresh assessment) with the change laid over it. False,
    // with the reason, when there is nothing to save at all: no draft, no answer and no note.
    bool applyChange(const QString& callId, const AssessmentChange& change, Assessment* out,
                     QString* error) const;

    // The form changed: kept as a draft within DraftKeeper::kDebounceMs.
    void edit(const Assessment& draft);
    // Writes a draft at once (the local API, which acknowledges only what is on disk).
    bool writeDraft(const Assessment& draft, QString* error);
    // Checks the answers against the rubric and saves in one transaction; sets the id.
    bool save(Assessment* assessment, QString* error);
    DraftKeeper& drafts() { return m_keeper; }
    // Drafts never saved (an earlier session ended before Save), newest first.
    QList<Assessment> unfinishedDrafts() const;

private:
    bool check(const Assessment& assessment, QString* error) const;

    AssessmentStore& m_store;
    Rubric m_rubric;
    DraftKeeper m_keeper;
    bool m_privateNotesAllowed = true;
};

} // namespace attune
