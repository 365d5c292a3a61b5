#pragma once

#include "breathing/BreathingPattern.h"
#include "breathing/BreathingSession.h"

#include <QDateTime>

#include <boost/signals2/connection.hpp>
#include <boost/signals2/signal.hpp>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace attune {

class CallSession;
class Clock;

// What is kept of one exercise: the agent's own record, never shown to a supervisor as a
// judgement. Stress ratings are the agent's own taps; Attune never infers them.
struct BreathingRecord
{
    QString patternId;
    QString patternName;
    QDateTime startedAt;
    qint64 plannedMs = 0;
    qint64 breathedMs = 0;
    bool completed = false;
    std::optional<int> stressBefore; // 1..5, when the agent chose to say
    std::optional<int> stressAfter;
};

// The breathing coach: the patterns on offer, the exercise running now, and when to offer one.
// It offers after a hot call (the customer's emotional arc peaked at or above
// kHotCallPeak), never while a call is live, and pauses a running exercise when a call rings.
//
// Call events arrive on whatever thread published them; the coach turns them into its own
// signals (offerChanged, callRinging) and leaves acting on them to the view's thread. All other
// methods belong to one thread (the GUI thread).
class BreathingCoach
{
    Q_DECLARE_TR_FUNCTIONS(BreathingCoach)

public:
    static constexpr double kHotCallPeak = 0.6;

    explicit BreathingCoach(const Clock& clock);

    // `lastCallPeak` tells how high the customer's negative feeling peaked in the call that just
    // ended (the empathy engine's arc), 0..1; without it nothing is offered after calls.
    void attach(CallSession& session, std::function<double()> lastCallPeak);

    // Built-ins, then IT's, then the agent's own. A pattern whose id is taken is left out.
    void setPatterns(const QList<BreathingPattern>& extra);
    const QList<BreathingPattern>& patterns() const { return m_patterns; }
    const BreathingPattern* pattern(const QString& id) const;

    // Refused (with the reason) while a call rings or is live, or for an unknown pattern.
    bool start(const QString& patternId, BreathingLength length, QString* refusal);
    void pause() { m_session.pause(); }
    void resume() { m_session.resume(); }
    // Ends the exercise early; finished() follows.
    void stop();
    // The view calls this whenever it looks; it reports a completion once.
    BreathingSession::State poll();
    const BreathingSession& session() const { return m_session; }

    void setStressBefore(int level);
    void setStressAfter(int level);

    // The agent's own post-call rating of their stress (1..5): 4 or 5 brings the offer, unless a
    // call is live. The post-call self-assessment calls this.
    void stressReported(int level);
    static constexpr int kStressWorthAnOffer = 4;

    bool isOffered() const { return m_offered; }
    void declineOffer();
    bool isCallLive() const { return m_callLive; }

    boost::signals2::signal<void(bool offered)> offerChanged;
    boost::signals2::signal<void()> callRinging;
    // An exercise ended (completed or stopped), and again when the after-rating is added.
    boost::signals2::signal<void(const BreathingRecord&)> recorded;

private:
    void finish(const BreathingSession::State& state);

    const Clock& m_clock;
    BreathingSession m_session;
    QList<BreathingPattern> m_patterns;
    std::optional<BreathingRecord> m_record; // the exercise running or just ended
    bool m_reported = false;
    std::atomic<bool> m_offered{false};
    std::atomic<bool> m_callLive{false};
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
