#include "LiveIntegrations.h"

#include "ApiToken.h"
#include "AppPaths.h"
#include "BaresipConnector.h"
#include "WebSocketApi.h"
#include "core/ThreadHop.h"
#include "settings/Settings.h"
#include "speech/CallTranscription.h"

namespace attune {

LiveIntegrations::LiveIntegrations(CallEvents& bus, CallSession& session, Settings& settings,
                                   QString tokenFile, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokenFile(std::move(tokenFile))
    , m_baresip(new BaresipConnector(bus, this))
    , m_api(new WebSocketApi(bus, session, this))
{
    const QString runtimeDir = AppPaths::fromEnvironment().runtimeDir;
    m_transcription = new CallTranscription(
        bus, session, settings, CallTranscription::defaultAudioFolder(runtimeDir),
        runtimeDir + QStringLiteral("/attune-speech-model"), this);
    connect(m_transcription, &CallTranscription::problem, this, &LiveIntegrations::problem);
    // A softphone that goes away mid-call takes the call's audio with it: say so.
    connect(m_baresip, &BaresipConnector::stateChanged, this,
            [this](BaresipConnector::State state) {
                if (state != BaresipConnector::State::Connected)
                    m_transcription->softphoneLost();
            });
    m_settingsChanged = settings.changed.connect([this](SettingKey key) {
        static const QList<SettingKey> ours = {
            SettingKey::BaresipEnabled,   SettingKey::BaresipHost,     SettingKey::BaresipPort,
            SettingKey::WebSocketEnabled, SettingKey::WebSocketPort,   SettingKey::ApiToken,
            SettingKey::AllowedOrigins,   SettingKey::TranscribeCalls, SettingKey::Language};
        if (ours.contains(key))
            runOnObjectThread(this, [this] { apply(); });
    });
}

LiveIntegrations::~LiveIntegrations() = default;

void LiveIntegrations::apply()
{
    m_lastProblem.clear();
    if (m_settings.baresipEnabled())
        m_baresip->start(m_settings.baresipHost(), m_settings.baresipPort());
    else
        m_baresip->stop();
    m_transcription->apply();

    if (!m_settings.webSocketEnabled()) {
        m_api->close();
        return;
    }
    WebSocketApiConfig config;
    config.port = m_settings.webSocketPort();
    config.allowedOrigins = m_settings.allowedOrigins();
    config.token = m_settings.apiToken();
    QString error;
    if (config.token.isEmpty() && !ApiToken::loadOrCreate(m_tokenFile, &config.token, &error)) {
        m_lastProblem = error;
    } else if (!m_api->listen(config, &error)) {
        m_lastProblem = error;
    }
    if (!m_lastProblem.isEmpty())
        Q_EMIT problem(m_lastProblem);
}

void LiveIntegrations::setCommitGate(CommitGate gate)
{
    m_api->setCommitGate(std::move(gate));
}

QJsonObject LiveIntegrations::status() const
{
    QJsonObject websocket{{QStringLiteral("listening"), m_api->isListening()}};
    if (m_api->isListening()) {
        websocket.insert(QStringLiteral("port"), m_api->port());
        websocket.insert(QStringLiteral("connections"), m_api->connectionCount());
    }
    if (!m_lastProblem.isEmpty())
        websocket.insert(QStringLiteral("problem"), m_lastProblem);
    return {
        {QStringLiteral("baresip"),
         QJsonObject{{QStringLiteral("state"), BaresipConnector::stateName(m_baresip->state())}}},
        {QStringLiteral("websocket"), websocket},
        {QStringLiteral("transcription"), m_transcription->status()}};
}

} // namespace attune
