#include "PracticeService.h"

#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/ThreadHop.h"

#include <QJsonObject>

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

struct PracticeService::Subscriptions
{
    std::vector<boost::signals2::scoped_connection> connections;
};

PracticeService::PracticeService(CallSession& session, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_callLive(session.current().isLive())
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    // Every transition that can make a call live or end it; the state is read again on this
    // thread, so transitions that arrive together settle on the last one.
    const auto changed = [this] { runOnObjectThread(this, [this] { onCallStateChanged(); }); };
    auto& connections = m_subscriptions->connections;
    connections.emplace_back(
        m_session.ringing.connect([changed](const Call&, qint64) { changed(); }));
    connections.emplace_back(m_session.answered.connect([changed](const Call&) { changed(); }));
    connections.emplace_back(m_session.ended.connect([changed](const Call&) { changed(); }));
    connections.emplace_back(
        m_session.wrapUpFinished.connect([changed](const Call&) { changed(); }));
}

PracticeService::~PracticeService() = default;

QStringList PracticeService::load(const QString& locale, const QString& itFolder)
{
    QStringList problems;
    adopt(PracticeScenarioSet::load(locale, itFolder, &problems), locale);
    return problems;
}

void PracticeService::adopt(QList<PracticeScenario> scenarios, const QString& locale)
{
    m_scenarios = std::move(scenarios);
    // The reply reader's rules are built in (checked in every language by tst_replyreader) and
    // read only while the agent practises: parsing and checking their patterns cost a fifth of
    // what a start does after its first frame, so they load when the first run starts.
    m_readerPath = ReplyReader::builtInPath(locale);
}

void PracticeService::setPhraseLibrary(const PhraseLibrary& library)
{
    m_suggester.setLibrary(library);
}

QStringList PracticeService::scenarioIds() const
{
    QStringList ids;
    for (const PracticeScenario& scenario : m_scenarios)
        ids << scenario.id;
    return ids;
}

const PracticeScenario* PracticeService::scenario(const QString& id) const
{
    for (const PracticeScenario& scenario : m_scenarios) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

bool PracticeService::isCallLive() const
{
    return m_session.current().isLive();
}

QString PracticeService::whyNotNow() const
{
    if (isCallLive())
        return tr("Practice waits while a call is live.");
    if (m_scenarios.isEmpty() || m_readerPath.isEmpty())
        return tr("No practice scenarios could be loaded.");
    return QString();
}

bool PracticeService::start(const QString& scenarioId, QString* error)
{
    if (const QString reason = whyNotNow(); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    const PracticeScenario* chosen = scenario(scenarioId);
    if (!chosen) {
        *error = tr("There is no practice scenario \"%1\". Known: %2.")
                     .arg(scenarioId.left(64), scenarioIds().join(QLatin1String(", ")));
        return false;
    }
    if (!m_reader.isLoaded()) {
        if (!m_reader.loadFile(m_readerPath, error))
            return false;
        // Every pattern compiled here, as the agent presses Start, rather than between a reply
        // and the customer's answer (a question's patterns at the first question).
        m_reader.compilePatterns();
    }
    close();
    m_run = std::make_unique<PracticeSession>(*chosen, m_reader, m_clock);
    m_feedback = PracticeFeedback();
    m_recorded = false;
    m_draft.clear();
    qCInfo(lcScenario) << "practice run started:" << chosen->id;
    Q_EMIT started();
    if (m_run->isEnded())
        finishRun();
    return true;
}

bool PracticeService::reply(const QString& text, QString* error)
{
    if (!m_run) {
        *error = tr("Choose a scenario first.");
        return false;
    }
    // The queued pause may not have run yet: a live call refuses the reply here as well.
    if (isCallLive() && !isPaused()) {
        m_run->pause(text);
        m_draft = text;
        Q_EMIT pausedChanged(true);
    }
    if (!m_run->reply(text, error))
        return false;
    m_draft.clear();
    Q_EMIT customerReplied();
    if (m_run->isEnded())
        finishRun();
    return true;
}

void PracticeService::finishRun()
{
    m_feedback = m_run->feedback(m_suggester);
    // A run abandoned before the first reply says nothing about the agent: not kept.
    bool replied = false;
    for (const PracticeExchange& exchange : m_run->transcript())
        replied = replied || !exchange.reply.isEmpty();
    if (replied && !m_recorded && m_recorder) {
        m_recorded = true;
        m_recorder(*m_run, m_feedback);
    }
    qCInfo(lcScenario) << "practice run ended:" << outcomeName(m_run->outcome());
    Q_EMIT ended();
}

void PracticeService::close()
{
    if (!m_run)
        return;
    if (!m_run->isEnded()) {
        m_run->abandon();
        finishRun();
    }
    m_run.reset();
    m_feedback = PracticeFeedback();
    m_draft.clear();
    Q_EMIT closed();
}

void PracticeService::onCallStateChanged()
{
    const bool live = isCallLive();
    if (live && m_run && m_run->state() == PracticeSession::State::AwaitingReply) {
        m_run->pause(m_draft);
        Q_EMIT pausedChanged(true);
    } else if (!live && isPaused()) {
        m_draft = m_run->resume();
        Q_EMIT pausedChanged(false);
    }
    if (live != m_callLive) {
        m_callLive = live;
        Q_EMIT callLiveChanged(live);
    }
}

void PracticeService::requestRuns(int limit)
{
    if (!m_runsLoader)
        return;
    m_runsLoader(limit, this, [this](QList<PracticeRun> runs) {
        for (PracticeRun& run : runs) {
            if (const PracticeScenario* known = scenario(run.scenarioId))
                run.title = known->title;
            else
                run.title = run.scenarioId;
        }
        Q_EMIT runsLoaded(runs);
    });
}

QString PracticeService::requestOpen(const QString& scenarioId)
{
    if (const QString reason = whyNotNow(); !reason.isEmpty())
        return reason;
    if (!scenarioId.isEmpty() && !scenario(scenarioId))
        return tr("There is no practice scenario \"%1\". Known: %2.")
            .arg(scenarioId.left(64), scenarioIds().join(QLatin1String(", ")));
    // Asked again during a run: that run is shown, never replaced behind the agent's back.
    if (isRunning() && !scenarioId.isEmpty() && scenarioId != m_run->scenario().id)
        return tr("\"%1\" is being practised; stop it first to start another.")
            .arg(m_run->scenario().id);
    Q_EMIT openRequested(scenarioId);
    return QString();
}

QJsonObject PracticeService::status() const
{
    if (!m_run)
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("none")}};
    const char* state = isPaused() ? "paused" : m_run->isEnded() ? "ended" : "running";
    QJsonObject status{{QStringLiteral("state"), QLatin1String(state)},
                       {QStringLiteral("scenario"), m_run->scenario().id},
                       {QStringLiteral("customerTurns"), m_run->customerTurns()}};
    if (m_run->isEnded())
        status.insert(QStringLiteral("outcome"), outcomeName(m_run->outcome()));
    return status;
}

} // namespace attune
