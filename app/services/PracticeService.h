#pragma once

#include "empathy/Suggester.h"
#include "practice/PracticeScenario.h"
#include "practice/PracticeSession.h"
#include "practice/ReplyReader.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace attune {

class CallSession;
class Clock;

// One finished practice run as the history lists it: counts only, never the agent's words.
struct PracticeRun
{
    QString scenarioId;
    QString title; // the scenario's title in the agent's language, or its id when gone
    QDateTime startedAt;
    QDateTime endedAt;
    int turns = 0;
    QString outcome;               // better, same, worse, turn_limit, abandoned
    QMap<QString, int> behaviours; // behaviour name -> replies that showed it
};

// Practice (role-play with Attune as the customer) as the views see it: the scenarios, the run
// in progress, its feedback, and the agent's earlier runs. It owns the rule that practice never
// meets a live call: a run cannot start while one is live, and a ringing call pauses the run at
// once, keeping the agent's draft, which comes back when the call is over. Call events arrive
// on any thread; every signal here is emitted on this object's thread (the GUI thread).
class PracticeService final : public QObject
{
    Q_OBJECT

public:
    // Saves a finished run (the app queues it on the storage thread); may be empty.
    using Recorder = std::function<void(const PracticeSession& run, const PracticeFeedback&)>;
    // Loads the agent's recent runs off the GUI thread and hands them to `deliver` on
    // `context`'s thread.
    using RunsLoader = std::function<void(int limit, QObject* context,
                                          std::function<void(QList<PracticeRun>)> deliver)>;

    // `session` and `clock` are borrowed and must outlive the service.
    PracticeService(CallSession& session, const Clock& clock, QObject* parent = nullptr);
    ~PracticeService() override;

    // The built-in scenarios for `locale`, then those of `itFolder`; the reply reader for
    // `locale`'s language. Returns the problems met (a bad file is skipped, the rest load).
    QStringList load(const QString& locale, const QString& itFolder);
    // The same with the scenarios already loaded (PracticeScenarioSet::load, on another thread).
    void adopt(QList<PracticeScenario> scenarios, const QString& locale);
    // Better phrasings in the feedback come from `library` (none without one).
    void setPhraseLibrary(const PhraseLibrary& library);
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    void setRunsLoader(RunsLoader loader) { m_runsLoader = std::move(loader); }

    const QList<PracticeScenario>& scenarios() const { return m_scenarios; }
    QStringList scenarioIds() const;
    const PracticeScenario* scenario(const QString& id) const;

    // A call is ringing or active.
    bool isCallLive() const;
    // Why practice cannot start now (a live call, no scenarios), or empty.
    QString whyNotNow() const;

    // Starts a run of `scenarioId`, ending any run before it. Refused (with the reason) while
    // a call is live or for an unknown id.
    bool start(const QString& scenarioId, QString* error);
    // The run in progress or just ended; null before the first and after close().
    const PracticeSession* run() const { return m_run.get(); }
    bool isRunning() const { return m_run && !m_run->isEnded(); }
    bool isPaused() const { return m_run && m_run->state() == PracticeSession::State::Paused; }
    // The agent's reply to the customer's current line; on success customerReplied() (and
    // ended() when the customer's line was the last) have been emitted.
    bool reply(const QString& text, QString* error);
    // The feedback of the run that ended (empty before it ends).
    const PracticeFeedback& feedback() const { return m_feedback; }
    // The agent stops or puts the panel away: a run not yet over ends as abandoned (and is kept
    // when the agent replied at least once).
    void close();

    // What the agent has typed and not sent; kept here so a ringing call can pause the run
    // without asking the view, and handed back once the call is over.
    void setDraft(const QString& draft) { m_draft = draft; }
    QString draft() const { return m_draft; }

    // The agent's recent runs, newest first; arrive in runsLoaded().
    void requestRuns(int limit);
    bool canListRuns() const { return bool(m_runsLoader); }

    // `attune practice [SCENARIO]`: asks the view to show practice (with the scenario chosen
    // when one is given). Refused while a call is live, or for an unknown scenario.
    QString requestOpen(const QString& scenarioId);
    // For `attune status`: "none", "running", "paused" or "ended", the scenario and the customer
    // turns so far. Never the agent's words.
    QJsonObject status() const;

Q_SIGNALS:
    // `attune practice` (or the sidebar's own button) wants practice on screen.
    void openRequested(const QString& scenarioId);
    void started();
    // The customer answered the agent's reply: the next line is current (or the run ended).
    void customerReplied();
    void ended();
    void closed();
    // A call rang: the run is paused and the view hides it. `false`: the call is over and the
    // draft (draft()) is back.
    void pausedChanged(bool paused);
    // A call went live or ended: practice is offered only while none is live.
    void callLiveChanged(bool live);
    void runsLoaded(const QList<PracticeRun>& runs);

private:
    void onCallStateChanged();
    void finishRun();

    CallSession& m_session;
    const Clock& m_clock;
    ReplyReader m_reader;
    QString m_readerPath; // loaded when the first run starts
    Suggester m_suggester;
    QList<PracticeScenario> m_scenarios;
    std::unique_ptr<PracticeSession> m_run;
    PracticeFeedback m_feedback;
    bool m_recorded = false;
    QString m_draft;
    bool m_callLive = false;
    Recorder m_recorder;
    RunsLoader m_runsLoader;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
