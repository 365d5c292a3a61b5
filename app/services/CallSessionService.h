#pragma once

#include "core/CallTypes.h"
#include "settings/Settings.h"

#include <QObject>

#include <memory>

namespace attune {

class CallSession;

// The call session and the agent's settings as the views hear them: every transition and every
// changed setting arrives as a Qt signal on this object's thread (the GUI thread), in the order
// it happened, whichever thread published it. A view connects here and needs no Boost
// subscription and no thread hop of its own.
class CallSessionService final : public QObject
{
    Q_OBJECT

public:
    CallSessionService(CallSession& session, Settings& settings, QObject* parent = nullptr);
    ~CallSessionService() override;

    CallSession& session() { return m_session; }

Q_SIGNALS:
    void ringing(const attune::Call& call, qint64 requestedAtEpochMs);
    void answered(const attune::Call& call);
    void customerUpdated(const attune::Call& call);
    // `replacedPartial`: the line replaces the previous partial line of the same speaker.
    void utteranceAdded(const attune::Call& call, const attune::Utterance& line,
                        bool replacedPartial);
    // The call after it ended: in wrap-up if it was answered, idle if it was missed.
    void ended(const attune::Call& call);
    void wrapUpFinished(const attune::Call& call);
    void settingChanged(attune::SettingKey key);

private:
    CallSession& m_session;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
