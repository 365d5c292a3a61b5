#include "SuggestionService.h"

#include "core/ThreadHop.h"
#include "empathy/EmpathyEngine.h"

#include <boost/signals2/connection.hpp>

namespace attune {

struct SuggestionService::Subscriptions
{
    boost::signals2::scoped_connection changed;
};

SuggestionService::SuggestionService(EmpathyEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    m_subscriptions->changed = m_engine.changed.connect([this](const EmpathySnapshot& snapshot) {
        runOnObjectThread(this, [this, snapshot] { Q_EMIT snapshotChanged(snapshot); });
    });
}

SuggestionService::~SuggestionService() = default;

} // namespace attune
