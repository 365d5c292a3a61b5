#include "CallSessionService.h"

#include "core/CallSession.h"
#include "core/ThreadHop.h"

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

struct CallSessionService::Subscriptions
{
    std::vector<boost::signals2::scoped_connection> connections;
};

CallSessionService::CallSessionService(CallSession& session, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    auto& connections = m_subscriptions->connections;
    // Session signals fire on the publishing thread, under the session's lock: hop, never block.
    connections.emplace_back(m_session.ringing.connect([this](const Call& call, qint64 at) {
        runOnObjectThread(this, [this, call, at] { Q_EMIT ringing(call, at); });
    }));
    connections.emplace_back(m_session.answered.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { Q_EMIT answered(call); });
    }));
    connections.emplace_back(m_session.customerUpdated.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { Q_EMIT customerUpdated(call); });
    }));
    connections.emplace_back(m_session.utteranceAdded.connect(
        [this](const Call& call, const Utterance& line, bool replaced) {
            runOnObjectThread(this, [=, this] { Q_EMIT utteranceAdded(call, line, replaced); });
        }));
    connections.emplace_back(m_session.ended.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { Q_EMIT ended(call); });
    }));
    connections.emplace_back(m_session.wrapUpFinished.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { Q_EMIT wrapUpFinished(call); });
    }));
    connections.emplace_back(settings.changed.connect([this](SettingKey key) {
        runOnObjectThread(this, [this, key] { Q_EMIT settingChanged(key); });
    }));
}

CallSessionService::~CallSessionService() = default;

} // namespace attune
