#pragma once

#include "TestEnvironment.h"
#include "integration/AppPaths.h"

#include <QStringList>

#include <memory>

namespace attune {
class AppServices;
class Clock;
class InstanceServer;
class Settings;
} // namespace attune

namespace attune::test {

// The app's services as the running app builds them (app/services/AppServices), in a private
// set of XDG folders: one object graph for the widget tests, the service tests and the
// benchmark, instead of each wiring stores and engines by hand.
class ServicesFixture
{
public:
    // `databaseFile` replaces the usual one in the private data folder (say, a place that
    // cannot be written).
    explicit ServicesFixture(const QString& databaseFile = {});
    // With IT's policy (the system settings file's contents) in place, read from the home's
    // policy file: in-process tests cannot put it at its fixed system place.
    ServicesFixture(const QString& databaseFile, const QByteArray& policy);
    // Every part reads `clock` (a FakeClock the test moves), which must outlive the fixture.
    explicit ServicesFixture(const Clock& clock, const QString& databaseFile = {},
                             const QByteArray& policy = {});
    ~ServicesFixture();

    // Brings the services up as the app does after its first frame (database, stores, engines,
    // then the local socket). False when they did not start.
    bool start();

    AppServices& services() { return *m_services; }
    Settings& settings() { return *m_settings; }
    const IsolatedHome& home() const { return m_home; }
    const AppPaths& paths() const { return m_paths; }
    // What the services reported while starting (`problem` and `fatal`), in order.
    const QStringList& problems() const { return m_problems; }

private:
    void build(const QString& databaseFile, const QByteArray& policy, const Clock* clock);

    IsolatedHome m_home;
    AppPaths m_paths;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<InstanceServer> m_server;
    std::unique_ptr<AppServices> m_services;
    QStringList m_problems;
};

} // namespace attune::test
