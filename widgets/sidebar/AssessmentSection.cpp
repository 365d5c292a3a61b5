#include "sidebar/AssessmentSection.h"

#include "breathing/BreathingCoach.h"
#include "common/FocusChain.h"
#include "core/CallSession.h"
#include "empathy/EmpathyEngine.h"
#include "services/AssessmentService.h"
#include "sidebar/AssessmentForm.h"
#include "sidebar/CallHeaderWidget.h"
#include "sidebar/SidebarSection.h"
#include "sidebar/SuggestionPanel.h"

#include <QLocale>
#include <QMenu>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace attune {

AssessmentSection::AssessmentSection(SelfAssessment& assessments, BreathingCoach* coach,
                                     std::function<QList<StoredCall>()> recentCalls,
                                     CallSession& session, std::function<bool()> callIsLive,
                                     QWidget* window)
    : QObject(window)
    , m_assessments(std::make_unique<AssessmentService>(assessments))
    , m_session(session)
    , m_coach(coach)
    , m_recentCalls(std::move(recentCalls))
    , m_callIsLive(std::move(callIsLive))
{
    m_earlierCalls = new QMenu(window);
    m_earlierCalls->setAccessibleName(tr("Self-assess an earlier call"));
    connect(m_earlierCalls, &QMenu::aboutToShow, this, &AssessmentSection::fillEarlierCallsMenu);
    // The heading now, the form when first needed: an empty body with no margins lays the form
    // out exactly where it would be as the section's own body.
    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    m_section = SidebarSection::make(m_assessments->rubric().name, m_body, tr("Self-assessment"));
    m_section->hide();
}

AssessmentSection::~AssessmentSection() = default;

AssessmentForm* AssessmentSection::form()
{
    if (m_form)
        return m_form;
    m_form = new AssessmentForm(*m_assessments, m_body);
    m_body->layout()->addWidget(m_form);
    // Tab reaches the form's controls where it did when the form was built with the sidebar:
    // after what came before its section, not after everything built since.
    placeFocusChainAfter(m_body, {m_body});
    if (m_body->isVisible())
        m_form->show();
    connect(m_form, &AssessmentForm::saved, this, [this](const Assessment& saved) {
        m_section->hide();
        // The agent's own rating, never an inference: 4 or 5 brings the breathing offer.
        const int stress = saved.answers.value(QStringLiteral("stress_after")).toInt();
        if (m_coach && stress > 0)
            m_coach->stressReported(stress);
    });
    connect(m_form, &AssessmentForm::closedForLater, m_section, &QWidget::hide);
    return m_form;
}

void AssessmentSection::show(const AssessmentContext& context)
{
    form()->openFor(context);
    m_section->show();
}

bool AssessmentSection::isShown() const
{
    return !m_section->isHidden();
}

void AssessmentSection::hide()
{
    m_section->hide();
}

void AssessmentSection::offerUnfinished()
{
    const QList<Assessment> unfinished = m_assessments->unfinishedDrafts();
    if (unfinished.isEmpty() || m_callIsLive())
        return;
    AssessmentContext context;
    context.callId = unfinished.first().callId;
    context.talkMs = -1;
    context.resumedFrom = unfinished.first().updatedAt;
    show(context);
}

void AssessmentSection::fillEarlierCallsMenu()
{
    m_earlierCalls->clear();
    const QList<StoredCall> calls = m_recentCalls ? m_recentCalls() : QList<StoredCall>();
    int listed = 0;
    for (const StoredCall& stored : calls) {
        if (!stored.answered || stored.outcome.isEmpty())
            continue; // live or missed: nothing to look back on
        const QString label =
            tr("%1 · %2 · %3")
                .arg(stored.displayName.isEmpty()
                         ? (stored.phone.isEmpty() ? tr("Unknown caller") : stored.phone)
                         : stored.displayName,
                     QLocale().toString(stored.ringingAt.toLocalTime(), QLocale::ShortFormat),
                     CallHeaderWidget::formatDuration(std::max<qint64>(0, stored.talkMs)));
        m_earlierCalls->addAction(label, this, [this, stored] {
            if (m_callIsLive())
                return; // never over a live call
            AssessmentContext context;
            context.callId = stored.callId;
            context.customer = stored.displayName;
            context.talkMs = std::max<qint64>(0, stored.talkMs);
            show(context);
        });
        if (++listed == 10)
            break;
    }
    if (listed == 0)
        m_earlierCalls->addAction(tr("No earlier calls yet"))->setEnabled(false);
}

void AssessmentSection::openFor(const Call& call)
{
    if (call.isLive())
        return; // never over a ringing or live call
    AssessmentContext context;
    context.callId = call.id;
    context.customer = call.caller.displayName;
    context.talkMs = call.talkDurationMs(m_session.monotonicNowMs());
    if (m_empathy) {
        const EmpathySnapshot snapshot = m_empathy->snapshot();
        if (snapshot.callId == call.id) {
            context.peak = snapshot.arcPeak;
            context.peakFeeling = SuggestionPanel::cueLabel(snapshot.arcPeakKind);
            context.peakAfterMs =
                call.wasAnswered()
                    ? std::max<qint64>(0, snapshot.arcPeakAtMs - call.answeredAtMonotonicMs)
                    : -1;
            context.calmedDown = snapshot.calmedDown;
            context.suggestionsUsed = snapshot.usedThisCall;
        }
    }
    show(context);
}

} // namespace attune
