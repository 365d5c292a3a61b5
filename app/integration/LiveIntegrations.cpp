#include "LiveIntegrations.h"

#include "ApiToken.h"
#include "AppPaths.h"
#include "core/Logging.h"
#include "core/ThreadHop.h"
#include "settings/Settings.h"
#include "speech/CallTranscription.h"

namespace attune {

LiveIntegrations::LiveIntegrations(CallEvents& bus, CallSession& session, Settings& settings,
                                   QString tokenFile, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_session(session)
    , m_settings(settings)
    , m_tokenFile(std::move(tokenFile))
{
    const QString runtimeDir = AppPaths::fromEnvironment().runtimeDir;
    m_transcription = new CallTranscription(
        bus, session, settings, CallTranscription::defaultAudioFolder(runtimeDir),
        runtimeDir + QStringLiteral("/attune-speech-model"), this);
    connect(m_transcription, &CallTranscription::problem, this, &LiveIntegrations::problem);
    m_settingsChanged = settings.changed.connect([this](SettingKey key) {
        static const QList<SettingKey> ours = {
            SettingKey::BaresipEnabled,   SettingKey::BaresipHost,     SettingKey::BaresipPort,
            SettingKey::WebSocketEnabled, SettingKey::WebSocketPort,   SettingKey::ApiToken,
            SettingKey::AllowedOrigins,   SettingKey::TranscribeCalls, SettingKey::Language};
        if (ours.contains(key))
            runOnObjectThread(this, [this] { apply(); });
    });
}

LiveIntegrations::~LiveIntegrations()
{
    // The connector ends the calls it announced as it goes, which the transcription follows.
    m_links.reset();
}

void LiveIntegrations::start()
{
    m_started = true;
    apply();
}

bool LiveIntegrations::wantsNetwork() const
{
    return m_settings.baresipEnabled() || m_settings.webSocketEnabled();
}

bool LiveIntegrations::attachNetwork()
{
    // Qt Network and WebSockets are loaded only now, with the module (integration/NetModule.h).
    QString failure;
    NetModule* module = NetModule::load(&failure);
    if (!module) {
        // The sidebar runs on; what no longer works is said, in the log and in the window.
        qCWarning(lcIpc).noquote()
            << "the softphone connector and the WebSocket API cannot work:" << failure;
        m_lastProblem =
            tr("The softphone connector and the WebSocket API cannot work: %1").arg(failure);
        Q_EMIT problem(m_lastProblem);
        Q_EMIT networkUnavailable(m_lastProblem);
        return false;
    }
    // A softphone that goes away mid-call takes the call's audio with it: say so.
    m_links = module->makeLiveLinks(m_bus, m_session, [this] { m_transcription->softphoneLost(); });
    m_links->setApiCommitGate(m_gate);
    return true;
}

void LiveIntegrations::apply()
{
    m_lastProblem.clear();
    m_transcription->apply();
    if (!m_started)
        return;
    // Nothing to stop while the module was never needed; loaded the first time it is.
    if (!m_links && (!wantsNetwork() || !attachNetwork()))
        return;
    if (m_settings.baresipEnabled())
        m_links->startSoftphone(m_settings.baresipHost(), m_settings.baresipPort());
    else
        m_links->stopSoftphone();

    if (!m_settings.webSocketEnabled()) {
        m_links->closeApi();
        return;
    }
    WebSocketApiConfig config;
    config.port = m_settings.webSocketPort();
    config.allowedOrigins = m_settings.allowedOrigins();
    config.token = m_settings.apiToken();
    QString error;
    if (config.token.isEmpty() && !ApiToken::loadOrCreate(m_tokenFile, &config.token, &error)) {
        m_lastProblem = error;
    } else if (!m_links->listenApi(config, &error)) {
        m_lastProblem = error;
    }
    if (!m_lastProblem.isEmpty())
        Q_EMIT problem(m_lastProblem);
}

void LiveIntegrations::setCommitGate(CommitGate gate)
{
    m_gate = std::move(gate);
    if (m_links)
        m_links->setApiCommitGate(m_gate);
}

QJsonObject LiveIntegrations::status() const
{
    const bool listening = m_links && m_links->apiIsListening();
    QJsonObject websocket{{QStringLiteral("listening"), listening}};
    if (listening) {
        websocket.insert(QStringLiteral("port"), m_links->apiPort());
        websocket.insert(QStringLiteral("connections"), m_links->apiConnectionCount());
    }
    if (!m_lastProblem.isEmpty())
        websocket.insert(QStringLiteral("problem"), m_lastProblem);
    return {{QStringLiteral("baresip"),
             QJsonObject{{QStringLiteral("state"),
                          m_links ? m_links->softphoneState() : QStringLiteral("stopped")}}},
            {QStringLiteral("websocket"), websocket},
            {QStringLiteral("transcription"), m_transcription->status()}};
}

} // namespace attune
