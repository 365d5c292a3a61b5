#pragma once

#include "CommitGate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace attune {

class CallEvents;
class CallSession;

// The live call sources over the network (the softphone connector and the WebSocket API) are in
// attune_net.so (app/net), so that Qt Network, Qt WebSockets and what they bring (Kerberos,
// libproxy, libresolv) are neither loaded nor bound unless one of them is turned on: the
// executable links with -z now, and a default start (both off) never loads the module.
// LiveIntegrations loads it when the settings or IT's policy turn either on, at start or later.
// Without it the sidebar still runs, forwarded calls still arrive over the local socket (which
// is Qt Core only: integration/LocalInstanceListener.h), and only those two features say they
// cannot work.
//
// These interfaces are the whole seam: nothing outside app/net includes a Qt Network header.
// The module is built with the executable, so Qt and standard types cross it.

struct WebSocketApiConfig
{
    quint16 port = 0; // 0 picks a free port (tests)
    QString token;
    QStringList allowedOrigins; // "https://crm.example.com"; browsers' other origins are refused
    int maxConnections = 8;     // clients that presented the token
    // Connections that have not presented the token yet have their own budget and deadlines, so
    // that anyone on the machine holding bare connections cannot take the clients' places: when
    // it is full, the oldest waiting connection makes room for the newest.
    int maxUnauthenticated = 16;
    int messagesPerSecond = 500; // twice what fast speech analytics sends, with room for bursts
    int burstMessages = 1000;
    int handshakeTimeoutMs = 2000; // from the TCP connection to the end of the upgrade request
    int authTimeoutMs = 2000;      // from the upgrade to the "auth" message, without the header
    // A flood of connections without a token is logged when it starts and when it has been
    // quiet this long, not once per connection.
    int floodQuietMs = 10000;
};

// The live call sources over the network: the baresip connector and the WebSocket API
// (LiveIntegrations decides, from the settings, what runs).
class LiveLinks
{
public:
    virtual ~LiveLinks() = default;
    virtual void startSoftphone(const QString& host, quint16 port) = 0;
    virtual void stopSoftphone() = 0;
    // "stopped", "connecting", "connected", "retrying" (BaresipConnector::stateName).
    virtual QString softphoneState() const = 0;
    virtual bool listenApi(const WebSocketApiConfig& config, QString* error) = 0;
    virtual void closeApi() = 0;
    virtual bool apiIsListening() const = 0;
    virtual quint16 apiPort() const = 0;
    virtual int apiConnectionCount() const = 0;
    virtual void setApiCommitGate(CommitGate gate) = 0;
};

class NetModule
{
public:
    // Raised whenever an interface above changes: a module built for another one is refused.
    static constexpr int kInterfaceVersion = 3;

    virtual ~NetModule() = default;
    // `softphoneLost` runs whenever the softphone connection is no longer up.
    virtual std::unique_ptr<LiveLinks> makeLiveLinks(CallEvents& bus, CallSession& session,
                                                     std::function<void()> softphoneLost) = 0;

    // The module, loaded the first time (once per process, never unloaded; GUI thread). Null with
    // the reason when it is missing, damaged or of another version; tried again at each call, so
    // the reason is always at hand.
    static NetModule* load(QString* error);
    // Maps the module and its libraries into the process (their relocations: about 5 M
    // instructions) without running any of it, so that load() on the GUI thread then finds it
    // mapped. Any thread; a failure is left for load() to find again and report.
    static void mapAhead();
};

inline constexpr char kNetModule[] = "attune_net";
// `extern "C" attune::NetModule* attune_net_module(int interfaceVersion, const char* version)`:
// null when the module was built for another interface or another Attune version.
inline constexpr char kNetModuleSymbol[] = "attune_net_module";

} // namespace attune
