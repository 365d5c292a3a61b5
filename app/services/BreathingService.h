#pragma once

#include <QObject>

#include <memory>

namespace attune {

class BreathingCoach;

// The breathing coach as the views see it: its offer and a ringing call arrive as Qt signals on
// this object's thread (the GUI thread), whichever thread the call event came on, so a view
// needs no thread hop and no Boost subscription.
class BreathingService final : public QObject
{
    Q_OBJECT

public:
    explicit BreathingService(BreathingCoach& coach, QObject* parent = nullptr);
    ~BreathingService() override;

    BreathingCoach& coach() { return m_coach; }

Q_SIGNALS:
    // An exercise is offered after a call that ran hot, or the offer is withdrawn.
    void offerChanged(bool offered);
    // A call rings: a running exercise pauses.
    void callRinging();

private:
    BreathingCoach& m_coach;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
