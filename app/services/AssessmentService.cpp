#include "AssessmentService.h"

#include "assessment/SelfAssessment.h"
#include "core/ThreadHop.h"

#include <boost/signals2/connection.hpp>

namespace attune {

struct AssessmentService::Subscriptions
{
    boost::signals2::scoped_connection writeProblem;
};

AssessmentService::AssessmentService(SelfAssessment& assessments, QObject* parent)
    : QObject(parent)
    , m_assessments(assessments)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    m_subscriptions->writeProblem =
        m_assessments.drafts().writeProblem.connect([this](const QString& reason) {
            runOnObjectThread(this, [this, reason] { Q_EMIT draftProblem(reason); });
        });
}

AssessmentService::~AssessmentService() = default;

const Rubric& AssessmentService::rubric() const
{
    return m_assessments.rubric();
}

bool AssessmentService::privateNotesAllowed() const
{
    return m_assessments.privateNotesAllowed();
}

Assessment AssessmentService::startFor(const QString& callId)
{
    m_assessments.drafts().flush();
    return m_assessments.startFor(callId);
}

void AssessmentService::edit(const Assessment& draft)
{
    m_assessments.edit(draft);
}

bool AssessmentService::flushDrafts()
{
    return m_assessments.drafts().flush();
}

bool AssessmentService::save(const Assessment& assessment, QString* error)
{
    return m_assessments.save(assessment, error, this, [this](const AssessmentOutcome& outcome) {
        if (outcome.ok)
            Q_EMIT saved(outcome.assessment);
        else
            Q_EMIT saveFailed(outcome.assessment, outcome.error);
    });
}

QList<Assessment> AssessmentService::unfinishedDrafts() const
{
    return m_assessments.unfinishedDrafts();
}

} // namespace attune
