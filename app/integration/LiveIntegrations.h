#pragma once

#include "CommitGate.h"
#include "NetModule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <boost/signals2/connection.hpp>

#include <memory>

namespace attune {

class CallTranscription;
class CallEvents;
class CallSession;
class Settings;

// The live call sources the settings turn on: the baresip connector (with the transcription of
// its calls) and the WebSocket API.
// Started once the app can take calls, and started, moved or stopped again whenever one of
// their settings changes, so IT's and the agent's changes apply without a restart.
// The connector and the API are in the network module (NetModule.h), loaded the first time
// either is turned on after start() (never when both are off, the default); the transcription is
// here from the start.
class LiveIntegrations final : public QObject
{
    Q_OBJECT

public:
    LiveIntegrations(CallEvents& bus, CallSession& session, Settings& settings, QString tokenFile,
                     QObject* parent = nullptr);
    ~LiveIntegrations() override;

    // From now on the connector and the API run as the settings say (apply()); before, and in
    // the demo, which never calls it, they do not.
    void start();
    // Whether the network module is wanted: the connector or the API is turned on (by the agent
    // or IT's policy). AppServices maps the module ahead on another thread when it is.
    bool wantsNetwork() const;

    // (Re)starts what is enabled and stops what is not, loading the network module the first
    // time either is on. A problem (a port in use, an unreadable token file, the module missing)
    // is announced on `problem` for the app to report, and never stops the app.
    void apply();
    // For `attune status`: {"baresip":{"state":…},"websocket":{"listening":…,"port":…},
    // "transcription":{"state":…}}.
    QJsonObject status() const;
    // What the WebSocket API waits for before it acknowledges a message that writes.
    void setCommitGate(CommitGate gate);
    QString lastProblem() const { return m_lastProblem; }
    // The customer's speech from baresip calls, for the sidebar's notice.
    CallTranscription* transcription() const { return m_transcription; }

Q_SIGNALS:
    void problem(const QString& message);
    // The network module could not be loaded, so the connector and the API cannot work (the
    // rest of Attune, forwarded calls included, runs on).
    void networkUnavailable(const QString& message);

private:
    bool attachNetwork();

    CallEvents& m_bus;
    CallSession& m_session;
    Settings& m_settings;
    QString m_tokenFile;
    bool m_started = false;
    std::unique_ptr<LiveLinks> m_links; // null until the module is loaded
    CommitGate m_gate;
    CallTranscription* m_transcription;
    QString m_lastProblem;
    boost::signals2::scoped_connection m_settingsChanged;
};

} // namespace attune
