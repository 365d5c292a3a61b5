// The entry point of attune_net.so: the softphone connector and the WebSocket API behind the
// interfaces of integration/NetModule.h.

#include "integration/BaresipConnector.h"
#include "integration/NetModule.h"
#include "integration/WebSocketApi.h"

#include <cstring>

namespace attune {

namespace {

class NetLiveLinks final : public LiveLinks
{
public:
    NetLiveLinks(CallEvents& bus, CallSession& session, std::function<void()> softphoneLost)
        : m_baresip(bus)
        , m_api(bus, session)
    {
        QObject::connect(&m_baresip, &BaresipConnector::stateChanged, &m_baresip,
                         [lost = std::move(softphoneLost)](BaresipConnector::State state) {
                             if (state != BaresipConnector::State::Connected && lost)
                                 lost();
                         });
    }

    void startSoftphone(const QString& host, quint16 port) override { m_baresip.start(host, port); }
    void stopSoftphone() override { m_baresip.stop(); }
    QString softphoneState() const override
    {
        return BaresipConnector::stateName(m_baresip.state());
    }
    bool listenApi(const WebSocketApiConfig& config, QString* error) override
    {
        return m_api.listen(config, error);
    }
    void closeApi() override { m_api.close(); }
    bool apiIsListening() const override { return m_api.isListening(); }
    quint16 apiPort() const override { return m_api.port(); }
    int apiConnectionCount() const override { return m_api.connectionCount(); }
    void setApiCommitGate(CommitGate gate) override { m_api.setCommitGate(std::move(gate)); }

private:
    BaresipConnector m_baresip;
    WebSocketApi m_api;
};

class Net final : public NetModule
{
public:
    std::unique_ptr<LiveLinks> makeLiveLinks(CallEvents& bus, CallSession& session,
                                             std::function<void()> softphoneLost) override
    {
        return std::make_unique<NetLiveLinks>(bus, session, std::move(softphoneLost));
    }
};

} // namespace

} // namespace attune

// The same name in the module and, for the tests, linked straight in (a weak reference in
// integration/NetModule.cpp). A module of another build is refused rather than trusted with
// classes whose layout may differ.
extern "C" __attribute__((visibility("default"))) attune::NetModule*
attune_net_module(int interfaceVersion, const char* version)
{
    if (interfaceVersion != attune::NetModule::kInterfaceVersion || !version ||
        std::strcmp(version, ATTUNE_VERSION) != 0)
        return nullptr;
    static attune::Net module;
    return &module;
}
