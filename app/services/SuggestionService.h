#pragma once

#include "empathy/EmpathyEngine.h"

#include <QObject>

#include <memory>

namespace attune {

// The live suggestions as the views see them: each snapshot of the empathy engine arrives as a
// Qt signal on this object's thread (the GUI thread), whichever thread the customer's line came
// on, so the panel needs no thread hop and no Boost subscription.
class SuggestionService final : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionService(EmpathyEngine& engine, QObject* parent = nullptr);
    ~SuggestionService() override;

    // For what the agent does with a suggestion (use, copy, dismiss, star) and the snapshot now.
    EmpathyEngine& engine() { return m_engine; }

Q_SIGNALS:
    void snapshotChanged(const attune::EmpathySnapshot& snapshot);

private:
    EmpathyEngine& m_engine;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
