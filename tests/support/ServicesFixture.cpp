#include "ServicesFixture.h"

#include "integration/SingleInstance.h"
#include "services/AppServices.h"
#include "settings/Settings.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace attune::test {

ServicesFixture::ServicesFixture(const QString& databaseFile)
    : ServicesFixture(databaseFile, QByteArray())
{}

ServicesFixture::ServicesFixture(const QString& databaseFile, const QByteArray& policy)
{
    build(databaseFile, policy, nullptr);
}

ServicesFixture::ServicesFixture(const Clock& clock, const QString& databaseFile,
                                 const QByteArray& policy)
{
    build(databaseFile, policy, &clock);
}

void ServicesFixture::build(const QString& databaseFile, const QByteArray& policy,
                            const Clock* clock)
{
    m_home.applyToThisProcess();
    m_paths = AppPaths::fromEnvironment();
    if (!policy.isEmpty()) {
        m_home.writePolicy(policy);
        m_paths.systemConfigFile = m_home.policyFile();
    }
    m_settings = std::make_unique<Settings>(m_paths.configFile, m_paths.systemConfigFile);
    m_server = std::make_unique<InstanceServer>(m_paths);
    m_services = std::make_unique<AppServices>(
        *m_settings,
        AppServices::Options{databaseFile.isEmpty() ? m_paths.databaseFile(false) : databaseFile,
                             m_paths.apiTokenFile(),
                             /*demo=*/false, clock});
    ControlProtocol& control = m_services->control();
    m_server->setHandler(
        [&control](const QJsonObject& request) { return control.handle(request); });
    QObject::connect(m_services.get(), &AppServices::problem, m_services.get(),
                     [this](const QString& message) { m_problems << message; });
    QObject::connect(m_services.get(), &AppServices::fatal, m_services.get(),
                     [this](const QString& message) { m_problems << message; });
}

ServicesFixture::~ServicesFixture()
{
    // The services first: their storage thread still answers the server's pending replies.
    m_services.reset();
    m_server.reset();
}

bool ServicesFixture::start()
{
    QString error;
    if (m_server->claim(&error) != InstanceServer::Claim::Primary) {
        m_problems << error;
        return false;
    }
    // start() returns at once; the database opens on the storage thread.
    bool up = false;
    bool ended = false;
    QEventLoop wait;
    const auto onStarted = QObject::connect(m_services.get(), &AppServices::started, &wait, [&] {
        up = ended = true;
        wait.quit();
    });
    const auto onFatal = QObject::connect(m_services.get(), &AppServices::fatal, &wait, [&] {
        ended = true;
        wait.quit();
    });
    m_services->start(*m_server);
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    if (!ended)
        wait.exec();
    QObject::disconnect(onStarted);
    QObject::disconnect(onFatal);
    return up && m_services->isStarted();
}

} // namespace attune::test
