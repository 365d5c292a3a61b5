#pragma once

#include "assessment/Assessment.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace attune {

class Rubric;
class SelfAssessment;

// The post-call self-assessment as the sidebar's form uses it: the rubric, the drafts kept while
// the agent types, and the save. A draft that cannot be written (a full disk) is reported as a
// Qt signal on this object's thread, so the form needs no Boost subscription and no thread hop.
// Drafts and saves are written on the storage thread in the running app: a save is checked at
// once and its outcome (`saved` or `saveFailed`) comes later, so the GUI thread never waits for
// a database another process holds.
class AssessmentService final : public QObject
{
    Q_OBJECT

public:
    explicit AssessmentService(SelfAssessment& assessments, QObject* parent = nullptr);
    ~AssessmentService() override;

    const Rubric& rubric() const;
    bool privateNotesAllowed() const;
    // The assessment for `callId`: its draft when there is one, else a fresh one. Any change
    // still waiting to be written as a draft is written first.
    Assessment startFor(const QString& callId);
    // The form changed: kept as a draft within a quarter of a second.
    void edit(const Assessment& draft);
    // Hands what is pending to the writer now (closing the form for later, quitting); true when
    // nothing is left that is known not to be written.
    bool flushDrafts();
    // Checks now: false with the reason, nothing written. Then saves; `saved` (with the id) or
    // `saveFailed` follows, and on failure the answers stay a draft.
    bool save(const Assessment& assessment, QString* error);
    // Drafts an earlier session left unsaved, newest first.
    QList<Assessment> unfinishedDrafts() const;

Q_SIGNALS:
    // A draft could not be written (with the reason), or writing works again (empty reason).
    void draftProblem(const QString& reason);
    void saved(const attune::Assessment& assessment);
    void saveFailed(const attune::Assessment& assessment, const QString& reason);

private:
    SelfAssessment& m_assessments;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
