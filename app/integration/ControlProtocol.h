#pragma once

#include "ControlReply.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace attune {

class CallEvents;
class CallSession;
class BreathingCoach;
class SelfAssessment;
class ProfileService;
class EmpathyEngine;
class PopTrace;

// Publishes an event with `send` and returns the session's refusal of it, if any. The session
// handles a published event synchronously on the publishing thread, so a refusal of *this* event
// arrives before `send` returns; refusals of other threads' events are not ours and are ignored.
// Shared by every source that answers its client (the local socket, the WebSocket API).
QString publishCatchingRefusal(CallSession& session, const std::function<void()>& send);

// Handles requests that arrive on the single-instance socket (from `attune call …`,
// `attune status`, a second `attune`). Requests are validated before anything is published, so a
// malformed one changes nothing; every request gets a reply, and nothing here can take the app
// down.
class ControlProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ControlProtocol)

public:
    ControlProtocol(CallEvents& bus, CallSession& session, const PopTrace& popTrace);

    // Most replies are known at once; an assessment's comes once it is written (see ControlReply).
    ControlReply handle(const QJsonObject& request);
    // Parses one line; on failure returns an error reply in `errorReply` and false.
    static bool parse(const QByteArray& line, QJsonObject* request, QJsonObject* errorReply);
    static QJsonObject errorReply(const QString& message);

    // The app's answer to "raise": show the window (the user asked for it, so it may activate).
    std::function<void()> onRaise;
    // The app's answer to "history.open": the history window (loading its module on first use);
    // returns why it could not open, or nothing.
    std::function<QString()> onOpenHistory;
    // `attune breathe`: starts a breathing exercise; returns the reason when refused.
    std::function<QString()> onBreathe;
    // `attune practice [SCENARIO]`: shows practice (with that scenario, "" to choose); returns
    // the reason when refused (a live call, an unknown scenario).
    std::function<QString(const QString& scenarioId)> onPractice;
    // Practice for `status` (state, scenario, customer turns; never the agent's replies).
    std::function<QJsonObject()> practice;
    bool demoMode = false;
    // Set once the empathy engine is up; `status` then includes cues and suggestions.
    const EmpathyEngine* empathy = nullptr;
    // Set once the breathing coach is up; `status` then includes the exercise.
    const BreathingCoach* breathing = nullptr;
    // Set once the database is open: `assessment.draft` and `assessment.save` then work.
    SelfAssessment* assessments = nullptr;
    // Set once the database is open: `status` then includes the profile shown.
    const ProfileService* profiles = nullptr;

    // The live integrations (baresip, WebSocket API) for `status`, when the app has any.
    std::function<QJsonObject()> integrations;
    // The team server's sync state for `status` (TeamService), once the app is up.
    std::function<QJsonObject()> team;

    QJsonObject status() const;

private:
    QString publish(const std::function<void()>& send)
    {
        return publishCatchingRefusal(m_session, send);
    }

    CallEvents& m_bus;
    CallSession& m_session;
    const PopTrace& m_popTrace;
};

} // namespace attune
