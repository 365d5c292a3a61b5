#pragma once

#include "core/CallTypes.h"
#include "core/StoredCall.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QWidget;

namespace attune {

class AssessmentForm;
class AssessmentService;
struct AssessmentContext;
class BreathingCoach;
class CallSession;
class EmpathyEngine;
class SelfAssessment;

// The sidebar's self-assessment part: the form in its section, what it opens for (the call
// just ended with what the empathy engine saw of it, a draft left unfinished, an earlier call
// chosen from the menu), and a stressful rating told to the breathing coach. The window
// constructs it, puts its section and menu in place and tells it about calls.
class AssessmentSection final : public QObject
{
    Q_OBJECT

public:
    // `coach` (may be null) hears a stress rating of 4 or 5; `recentCalls` lists calls the agent
    // may assess later (newest first); `callIsLive` says whether a call is live right now.
    AssessmentSection(SelfAssessment& assessments, BreathingCoach* coach,
                      std::function<QList<StoredCall>()> recentCalls, CallSession& session,
                      std::function<bool()> callIsLive, QWidget* window);
    ~AssessmentSection() override;

    QWidget* section() const { return m_section; }
    // The form, built the first time it is opened or asked for: most of the day it is hidden,
    // and its questions and buttons need not be laid out at start-up.
    AssessmentForm* form();
    // The menu of recent calls to assess (filled each time it opens).
    QMenu* earlierCallsMenu() const { return m_earlierCalls; }
    bool isShown() const;
    // A call rings: it comes first; the answers so far stay a draft.
    void hide();
    // What the engine saw of the call goes into the form's summary (null: nothing).
    void setEmpathy(EmpathyEngine* empathy) { m_empathy = empathy; }
    // Opens the form for `call` in wrap-up; never over a ringing or live call.
    void openFor(const Call& call);
    // A draft an earlier session left (a crash, a power cut) is offered again at once.
    void offerUnfinished();

private:
    void fillEarlierCallsMenu();
    // Opens the form (built if need be) for `context` and shows the section.
    void show(const AssessmentContext& context);

    std::unique_ptr<AssessmentService> m_assessments;
    CallSession& m_session;
    BreathingCoach* m_coach;
    std::function<QList<StoredCall>()> m_recentCalls;
    std::function<bool()> m_callIsLive;
    EmpathyEngine* m_empathy = nullptr;
    AssessmentForm* m_form = nullptr;
    QWidget* m_section = nullptr;
    // The section's body, where the form goes once built.
    QWidget* m_body = nullptr;
    QMenu* m_earlierCalls = nullptr;
};

} // namespace attune
