#include "TestEnvironment.h"
#include "settings/Settings.h"
#include "supervisor/SupervisorAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString userFile() const { return m_dir.path() + QStringLiteral("/user/Attune/Attune.conf"); }
    QString systemFile() const
    {
        return m_dir.path() + QStringLiteral("/system/Attune/Attune.conf");
    }

    void writeSystem(const QByteArray& contents)
    {
        QDir().mkpath(QFileInfo(systemFile()).absolutePath());
        QFile file(systemFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(userFile());
        QFile::remove(systemFile());
    }

    void builtInDefaults()
    {
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
        QVERIFY(settings.alwaysOnTop());
        QVERIFY(!settings.compactMode());
        QVERIFY(!settings.raiseOnCall());
        QVERIFY(!settings.reducedMotion());
        QCOMPARE(settings.theme(), Theme::System);
        // Nothing is locked without a policy, except where the history may go: only IT says.
        for (SettingKey key : Settings::allKeys())
            QCOMPARE(settings.isLocked(key), Settings::isItOnly(key));
    }

    void userValuesPersistWithPrivatePermissions()
    {
        {
            Settings settings(userFile(), systemFile());
            int changes = 0;
            boost::signals2::scoped_connection c = settings.changed.connect(
                [&](SettingKey key) { changes += key == SettingKey::DockEdge; });
            QVERIFY(settings.setValue(SettingKey::DockEdge, QStringLiteral("left")));
            QVERIFY(settings.setValue(SettingKey::ReducedMotion, true));
            QCOMPARE(changes, 1);
            // Setting the same value again is not a change.
            QVERIFY(settings.setValue(SettingKey::DockEdge, QStringLiteral("left")));
            QCOMPARE(changes, 1);
        }
        Settings reloaded(userFile(), systemFile());
        QCOMPARE(reloaded.dockEdge(), DockEdge::Left);
        QVERIFY(reloaded.reducedMotion());
        QCOMPARE(test::unixMode(userFile()), 0600);
        QCOMPARE(test::unixMode(QFileInfo(userFile()).absolutePath()), 0700);
    }

    void invalidValuesAreRefusedWithTheReason()
    {
        Settings settings(userFile(), systemFile());
        QString error;
        QVERIFY(!settings.setValue(SettingKey::DockEdge, QStringLiteral("top"), &error));
        QVERIFY2(error.contains(QStringLiteral("ui/dockEdge")) &&
                     error.contains(QStringLiteral("top")),
                 qPrintable(error));
        QVERIFY(!settings.setValue(SettingKey::AlwaysOnTop, QStringLiteral("sometimes"), &error));
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
    }

    void integrationSettingsAreValidated()
    {
        Settings settings(userFile(), systemFile());
        QVERIFY(!settings.baresipEnabled());
        QVERIFY(!settings.webSocketEnabled()); // off until someone asks for it
        QCOMPARE(settings.baresipHost(), QStringLiteral("127.0.0.1"));
        QCOMPARE(settings.baresipPort(), quint16(4444));
        QCOMPARE(settings.webSocketPort(), quint16(47651));
        QString error;
        for (const char* bad : {"0", "65536", "http", "-1"}) {
            QVERIFY2(!settings.setValue(SettingKey::WebSocketPort, QLatin1String(bad), &error),
                     bad);
            QVERIFY(!settings.setValue(SettingKey::BaresipPort, QLatin1String(bad), &error));
        }
        QVERIFY(settings.setValue(SettingKey::BaresipPort, QStringLiteral("5555"), &error));
        QCOMPARE(settings.baresipPort(), quint16(5555));
        // Addresses are checked by libc's inet_pton (no Qt Network before the first frame).
        for (const char* bad : {"host:4444", "tcp://host", "a b", "-host", "", "::1::2", "fe80::1%",
                                "fe80::1%a b", "[::1]", "2001:db8::g"})
            QVERIFY2(!settings.setValue(SettingKey::BaresipHost, QLatin1String(bad), &error), bad);
        for (const char* good : {"localhost", "127.0.0.1", "::1", "pbx.example.org", "2001:db8::1",
                                 "fe80::1%eth0", "::ffff:192.0.2.1"})
            QVERIFY2(settings.setValue(SettingKey::BaresipHost, QLatin1String(good), &error), good);
        QVERIFY(!settings.setValue(SettingKey::AllowedOrigins, QStringLiteral("crm.example.com"),
                                   &error));
        QVERIFY(error.contains(QStringLiteral("crm.example.com")));
        QVERIFY(settings.setValue(SettingKey::AllowedOrigins,
                                  QStringLiteral("https://crm.example.com, http://localhost:8080"),
                                  &error));
        QCOMPARE(settings.allowedOrigins(), (QStringList{QStringLiteral("https://crm.example.com"),
                                                         QStringLiteral("http://localhost:8080")}));
        QVERIFY(!settings.setValue(SettingKey::ApiToken, QStringLiteral("secret"), &error));
    }

    void wellbeingIsSharedOnlyByItsPolicy()
    {
        // The agent's own file and IT's [Defaults] (which the agent may override) share nothing.
        {
            Settings settings(userFile(), systemFile());
            QString error;
            QVERIFY(settings.setValue(SettingKey::TeamShareWellbeing, true, &error));
            QVERIFY(!settings.teamShareWellbeing());
        }
        writeSystem("[Defaults]\nteam\\shareWellbeing=true\n");
        QVERIFY(!Settings(userFile(), systemFile()).teamShareWellbeing());
        writeSystem("[team]\nshareWellbeing=yes-please\n");
        QVERIFY(!Settings(userFile(), systemFile()).teamShareWellbeing());
        writeSystem("[team]\nshareWellbeing=true\n");
        QVERIFY(Settings(userFile(), systemFile()).teamShareWellbeing());
        writeSystem("[team]\nshareWellbeing=false\n");
        QVERIFY(!Settings(userFile(), systemFile()).teamShareWellbeing());
    }

    void teamServerSettingsAreValidated()
    {
        {
            Settings settings(userFile(), systemFile());
            // No team server by default: nothing leaves the computer.
            QVERIFY(settings.teamServer().isEmpty());
            QVERIFY(!settings.teamShareWellbeing());
            QCOMPARE(settings.teamPort(), quint16(5432));
            QCOMPARE(settings.teamDatabase(), QStringLiteral("attune"));
            QString error;
            for (const char* bad : {"Alice", "bob; DROP ROLE x", "1agent"})
                QVERIFY2(!settings.setValue(SettingKey::TeamUser, QLatin1String(bad), &error), bad);
            QVERIFY(error.contains(QLatin1String("1agent")));
            QVERIFY(settings.setValue(SettingKey::TeamUser, QStringLiteral("alice.smith"), &error));
            QCOMPARE(settings.teamUser(), QStringLiteral("alice.smith"));
        }
        // IT's bad values are ignored (and logged), its good ones used.
        for (const char* bad : {"pg:5432", "postgres://pg", "a b"}) {
            writeSystem(QByteArray("[team]\nserver=") + bad + "\nport=70000\n");
            const Settings settings(userFile(), systemFile());
            QVERIFY2(settings.teamServer().isEmpty(), bad);
            QCOMPARE(settings.teamPort(), quint16(5432));
        }
        writeSystem("[Defaults]\nteam/server=pg.example.org\nteam/port=6543\n");
        const Settings settings(userFile(), systemFile());
        QCOMPARE(settings.teamServer(), QStringLiteral("pg.example.org"));
        QCOMPARE(settings.teamPort(), quint16(6543));
    }

    // Where the history goes is IT's decision: an agent who could name a server of their own
    // would send every customer's name and number there. The agent's file is ignored for it,
    // the settings refuse it, and the rows show as IT's.
    void onlyItNamesTheTeamServer()
    {
        {
            Settings settings(userFile(), systemFile());
            QString error;
            for (const SettingKey key : {SettingKey::TeamServer, SettingKey::TeamPort,
                                         SettingKey::TeamDatabase, SettingKey::TeamCaFile}) {
                QVERIFY(settings.isLocked(key));
                QCOMPARE(settings.lockedBy(key), systemFile());
            }
            QVERIFY(
                !settings.setValue(SettingKey::TeamServer, QStringLiteral("evil.example"), &error));
            QVERIFY(error.contains(QLatin1String("IT department")));
            QVERIFY(settings.teamServer().isEmpty());
        }
        // Written into the agent's own file by hand: still nothing.
        QFile user(userFile());
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[team]\nserver=evil.example\nport=5433\ndatabase=loot\ncaFile=/tmp/mine\n"
                   "user=alice\n");
        user.close();
        {
            const Settings settings(userFile(), systemFile());
            QVERIFY(settings.teamServer().isEmpty());
            QCOMPARE(settings.teamPort(), quint16(5432));
            QCOMPARE(settings.teamDatabase(), QStringLiteral("attune"));
            QVERIFY(settings.teamCaFile().isEmpty());
            QCOMPARE(settings.teamUser(), QStringLiteral("alice")); // who connects may be theirs
        }
        // IT's [Defaults] is IT's too, and the agent's value does not override it.
        writeSystem("[Defaults]\nteam/server=pg.example.org\n");
        const Settings settings(userFile(), systemFile());
        QCOMPARE(settings.teamServer(), QStringLiteral("pg.example.org"));
    }

    // The API token counts only from IT's own file: an agent's settings cannot set the secret
    // that every connector presents.
    void theApiTokenComesOnlyFromTheSystemScope()
    {
        const QByteArray token = "it-token-0123456789abcdef0123456789abcdef";
        {
            Settings settings(userFile(), systemFile());
            QVERIFY(settings.setValue(SettingKey::ApiToken, QString::fromLatin1(token)));
            QVERIFY(settings.apiToken().isEmpty());
        }
        writeSystem("[api]\ntoken=" + token + "\nwebsocketEnabled=true\nwebsocketPort=4800\n");
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.apiToken(), QString::fromLatin1(token));
        QVERIFY(settings.isLocked(SettingKey::WebSocketEnabled));
        QVERIFY(settings.webSocketEnabled());
        QCOMPARE(settings.webSocketPort(), quint16(4800));
        QVERIFY(!settings.setValue(SettingKey::WebSocketPort, QStringLiteral("4801")));
    }

    void systemKeysLockAndUserValuesNeverOverrideThem()
    {
        // The agent chose left and no always-on-top before IT deployed a policy.
        {
            Settings before(userFile(), systemFile());
            QVERIFY(before.setValue(SettingKey::DockEdge, QStringLiteral("left")));
            QVERIFY(before.setValue(SettingKey::AlwaysOnTop, false));
        }
        writeSystem("[ui]\ndockEdge=right\nalwaysOnTop=true\n");
        Settings settings(userFile(), systemFile());
        QVERIFY(settings.isLocked(SettingKey::DockEdge));
        QVERIFY(settings.isLocked(SettingKey::AlwaysOnTop));
        QVERIFY(!settings.isLocked(SettingKey::Theme));
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
        QVERIFY(settings.alwaysOnTop());
        QString error;
        QVERIFY(!settings.setValue(SettingKey::DockEdge, QStringLiteral("left"), &error));
        QVERIFY2(error.contains(QStringLiteral("IT")), qPrintable(error));
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
    }

    // Every key IT may want to decide, locked at the system file's top level, against an agent
    // who had chosen otherwise before: IT's value wins, the key reports locked, and the agent's
    // attempt to change it is refused and changes nothing.
    void everyPolicyKeyLocksAgainstTheAgentsOwnValue_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("itValue");
        QTest::addColumn<QString>("agentValue");
        QTest::newRow("dock edge") << int(SettingKey::DockEdge) << "left"
                                   << "right";
        QTest::newRow("always on top") << int(SettingKey::AlwaysOnTop) << "true"
                                       << "false";
        QTest::newRow("phrase library")
            << int(SettingKey::PhraseLibraryPath) << "/usr/share/attune/phrases/en.json"
            << "/tmp/mine.json";
        QTest::newRow("rubric") << int(SettingKey::AssessmentRubricPath)
                                << "/usr/share/attune/rubrics/en.json"
                                << "/tmp/mine.json";
        QTest::newRow("practice scenario folder")
            << int(SettingKey::PracticeScenarioFolder) << "/srv/attune/scenarios"
            << "/tmp/my-scenarios";
        QTest::newRow("default country") << int(SettingKey::DefaultCountry) << "GB"
                                         << "US";
        QTest::newRow("retention") << int(SettingKey::RetentionDays) << "90"
                                   << "0";
        QTest::newRow("private notes") << int(SettingKey::AllowPrivateNotes) << "false"
                                       << "true";
        QTest::newRow("export") << int(SettingKey::AllowExport) << "false"
                                << "true";
        QTest::newRow("language") << int(SettingKey::Language) << "es"
                                  << "en";
        QTest::newRow("team server") << int(SettingKey::TeamServer) << "pg.example.org"
                                     << "127.0.0.1";
        QTest::newRow("team user") << int(SettingKey::TeamUser) << "alice"
                                   << "bob";
        QTest::newRow("share wellbeing") << int(SettingKey::TeamShareWellbeing) << "false"
                                         << "true";
    }

    void everyPolicyKeyLocksAgainstTheAgentsOwnValue()
    {
        QFETCH(int, key);
        QFETCH(QString, itValue);
        QFETCH(QString, agentValue);
        const auto setting = SettingKey(key);
        const QString name = Settings::keyName(setting);
        {
            // The agent's own value first (where the history goes is never the agent's).
            Settings before(userFile(), systemFile());
            QCOMPARE(before.setValue(setting, agentValue), !Settings::isItOnly(setting));
        }
        writeSystem(QStringLiteral("[%1]\n%2=%3\n")
                        .arg(name.section(QLatin1Char('/'), 0, 0),
                             name.section(QLatin1Char('/'), 1), itValue)
                        .toUtf8());
        Settings settings(userFile(), systemFile());
        QVERIFY(settings.isLocked(setting));
        QCOMPARE(settings.lockedBy(setting), systemFile());
        QCOMPARE(settings.value(setting).toString(), itValue);
        QString error;
        QVERIFY(!settings.setValue(setting, agentValue, &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QCOMPARE(settings.value(setting).toString(), itValue);
        Settings reloaded(userFile(), systemFile());
        QCOMPARE(reloaded.value(setting).toString(), itValue);
    }

    // A typo in a locked policy value must not hand the choice back to the agent: the key stays
    // locked and IT's [Defaults] (or the built-in value) decides, never the agent's file.
    void aBrokenLockedValueNeverFallsBackToTheAgentsValue()
    {
        {
            Settings before(userFile(), systemFile());
            QVERIFY(before.setValue(SettingKey::AllowExport, true));
            QVERIFY(before.setValue(SettingKey::RetentionDays, QStringLiteral("0")));
        }
        writeSystem("[privacy]\nallowExport=nope\nretentionDays=ninety\n"
                    "[Defaults]\nprivacy/allowExport=false\n");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("privacy/allowExport.*nope")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("privacy/retentionDays.*ninety")));
        Settings settings(userFile(), systemFile());
        QVERIFY(settings.isLocked(SettingKey::AllowExport));
        QVERIFY(!settings.allowExport());
        QVERIFY(settings.isLocked(SettingKey::RetentionDays));
        QCOMPARE(settings.retentionDays(), 0);
    }

    void privacyDefaultsAndValidation()
    {
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.retentionDays(), 0);
        QVERIFY(settings.allowPrivateNotes());
        QVERIFY(settings.allowExport());
        QString error;
        QVERIFY(!settings.setValue(SettingKey::RetentionDays, QStringLiteral("-1"), &error));
        QVERIFY2(error.contains(QStringLiteral("privacy/retentionDays")), qPrintable(error));
        QVERIFY(!settings.setValue(SettingKey::RetentionDays, QStringLiteral("a year")));
        QVERIFY(settings.setValue(SettingKey::RetentionDays, QStringLiteral("365")));
        QCOMPARE(settings.retentionDays(), 365);
        QVERIFY(!settings.setValue(SettingKey::AllowExport, QStringLiteral("perhaps")));
    }

    void systemDefaultsAreOverridable()
    {
        writeSystem("[Defaults]\nui/theme=dark\nui/compact=true\n");
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.theme(), Theme::Dark);
        QVERIFY(settings.compactMode());
        QVERIFY(!settings.isLocked(SettingKey::Theme));
        QVERIFY(settings.setValue(SettingKey::Theme, QStringLiteral("light")));
        QCOMPARE(settings.theme(), Theme::Light);
    }

    void aBrokenPolicyValueFallsBackInsteadOfBreaking()
    {
        writeSystem("[ui]\ndockEdge=diagonal\n");
        // The warning names the file and the key, so IT can find the typo.
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("Attune.conf.*ui/dockEdge.*diagonal")));
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
    }

    // Only IT's system scope can set the supervisor PIN; an agent's own file cannot.
    void theSupervisorPinComesOnlyFromTheSystemScope()
    {
        QString error;
        const QString hashed = SupervisorPin::hash(QStringLiteral("482916"), &error);
        {
            QDir().mkpath(QFileInfo(userFile()).absolutePath());
            QFile user(userFile());
            QVERIFY(user.open(QIODevice::WriteOnly));
            user.write("[supervisor]\npinHash=" + hashed.toUtf8() + "\n");
        }
        {
            Settings settings(userFile(), systemFile());
            QCOMPARE(settings.supervisorPinHash(), QString());
        }
        writeSystem("[supervisor]\npinHash=" + hashed.toUtf8() + "\n");
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.supervisorPinHash(), hashed);
        QVERIFY(settings.isLocked(SettingKey::SupervisorPinHash));
        writeSystem("[supervisor]\npinHash=482916\n"); // a plain PIN is not accepted
        Settings plain(userFile(), systemFile());
        QCOMPARE(plain.supervisorPinHash(), QString());
    }

    void windowGeometryRoundTrips()
    {
        {
            Settings settings(userFile(), systemFile());
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
        }
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
    }

    // Every quit saves the window's geometry: one that did not change leaves the file alone
    // (the file is written to a new file and renamed over the old, so a write changes its inode).
    void anUnchangedWindowGeometryIsNotWrittenAgain()
    {
        {
            Settings settings(userFile(), systemFile());
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
        }
        const auto inode = [this] {
            struct stat info
            {};
            return ::stat(QFile::encodeName(userFile()).constData(), &info) == 0 ? info.st_ino
                                                                                 : ino_t(0);
        };
        const auto before = inode();
        QVERIFY(QFileInfo::exists(userFile()));
        {
            Settings settings(userFile(), systemFile());
            settings.setWindowGeometry(QByteArray("geometry-bytes"));
        }
        QCOMPARE(inode(), before);
        {
            Settings settings(userFile(), systemFile());
            settings.setWindowGeometry(QByteArray("moved"));
        }
        QVERIFY(inode() != before);
        Settings settings(userFile(), systemFile());
        QCOMPARE(settings.windowGeometry(), QByteArray("moved"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
