#include "BreathingService.h"

#include "breathing/BreathingCoach.h"
#include "core/ThreadHop.h"

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

struct BreathingService::Subscriptions
{
    std::vector<boost::signals2::scoped_connection> connections;
};

BreathingService::BreathingService(BreathingCoach& coach, QObject* parent)
    : QObject(parent)
    , m_coach(coach)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    m_subscriptions->connections.emplace_back(m_coach.offerChanged.connect([this](bool offered) {
        runOnObjectThread(this, [this, offered] { Q_EMIT offerChanged(offered); });
    }));
    m_subscriptions->connections.emplace_back(m_coach.callRinging.connect(
        [this] { runOnObjectThread(this, [this] { Q_EMIT callRinging(); }); }));
}

BreathingService::~BreathingService() = default;

} // namespace attune
