// Which event loop the app's GUI thread runs (EventLoopChoice): Qt's own only where no platform
// theme that needs GLib's can load, and QT_NO_GLIB never left behind for the programs Attune
// starts. The real binary's choice is checked in tst_netmodule's start-up cases.

#include "integration/EventLoopChoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestEventLoopChoice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A plugin folder with a platform theme in it (its contents do not matter: only its name).
    QString pluginDirWithATheme()
    {
        const QString root = m_dir.filePath(QStringLiteral("with-theme"));
        QDir().mkpath(root + QStringLiteral("/platformthemes"));
        QFile theme(root + QStringLiteral("/platformthemes/libqgtk3.so"));
        theme.open(QIODevice::WriteOnly);
        return root;
    }

    QString pluginDirWithoutThemes()
    {
        const QString root = m_dir.filePath(QStringLiteral("without-themes"));
        QDir().mkpath(root + QStringLiteral("/platforms"));
        QDir().mkpath(root + QStringLiteral("/platformthemes")); // there, but empty
        QFile platform(root + QStringLiteral("/platforms/libqxcb.so"));
        platform.open(QIODevice::WriteOnly);
        return root;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        qunsetenv("QT_NO_GLIB");
        qunsetenv("QT_QPA_PLATFORMTHEME");
    }

    void withoutAnyThemePluginQtsOwnLoopIsSafe()
    {
        EventLoopChoice::Facts facts;
        facts.platform = QStringLiteral("xcb");
        facts.pluginDirs = {pluginDirWithoutThemes(), m_dir.filePath(QStringLiteral("missing"))};
        QVERIFY(EventLoopChoice::qtsOwnLoopIsSafe(facts));
        facts.platform.clear(); // Qt's default platform
        QVERIFY(EventLoopChoice::qtsOwnLoopIsSafe(facts));
    }

    void aThemePluginAnywhereKeepsGlibsLoop()
    {
        EventLoopChoice::Facts facts;
        facts.platform = QStringLiteral("xcb");
        facts.pluginDirs = {pluginDirWithoutThemes(), pluginDirWithATheme()};
        QVERIFY(!EventLoopChoice::qtsOwnLoopIsSafe(facts));
        facts.platform = QStringLiteral("wayland;xcb");
        QVERIFY(!EventLoopChoice::qtsOwnLoopIsSafe(facts));
    }

    void offscreenAndMinimalLoadNoThemeUnlessOneIsNamed()
    {
        EventLoopChoice::Facts facts;
        facts.pluginDirs = {pluginDirWithATheme()};
        for (const char* platform : {"offscreen", "minimal", "offscreen:fontconfig"}) {
            facts.platform = QString::fromLatin1(platform);
            QVERIFY2(EventLoopChoice::qtsOwnLoopIsSafe(facts), platform);
        }
        facts.platform = QStringLiteral("offscreen");
        facts.platformTheme = QStringLiteral("gtk3");
        QVERIFY(!EventLoopChoice::qtsOwnLoopIsSafe(facts));
    }

    void aNamedThemeOrASandboxKeepsGlibsLoop()
    {
        EventLoopChoice::Facts facts;
        facts.platform = QStringLiteral("xcb");
        facts.pluginDirs = {pluginDirWithoutThemes()};
        facts.platformTheme =
            QStringLiteral("qt6ct"); // not known to be safe: its name says nothing
        QVERIFY(!EventLoopChoice::qtsOwnLoopIsSafe(facts));
        facts.platformTheme.clear();
        facts.sandboxed = true; // Qt then tries the portal theme, which loads another
        QVERIFY(!EventLoopChoice::qtsOwnLoopIsSafe(facts));
    }

    void theFactsAreReadFromTheProcess()
    {
        qputenv("QT_QPA_PLATFORM", "xcb");
        qputenv("QT_QPA_PLATFORMTHEME", "gtk3");
        const QString extra = pluginDirWithATheme();
        qputenv("QT_PLUGIN_PATH", extra.toLocal8Bit());
        // -platform on the command line wins over the environment, as in QApplication.
        const EventLoopChoice::Facts facts = EventLoopChoice::fromProcess(
            {QStringLiteral("attune"), QStringLiteral("-platform"), QStringLiteral("offscreen")});
        QCOMPARE(facts.platform, QStringLiteral("offscreen"));
        QCOMPARE(facts.platformTheme, QStringLiteral("gtk3"));
        QVERIFY(facts.pluginDirs.contains(extra));
        QVERIFY(facts.pluginDirs.contains(QCoreApplication::applicationDirPath()));
        QVERIFY(!facts.noGlibAlreadySet);
        // A trailing -platform with no value is QApplication's to refuse; it changes nothing.
        QCOMPARE(
            EventLoopChoice::fromProcess({QStringLiteral("attune"), QStringLiteral("-platform")})
                .platform,
            QStringLiteral("xcb"));
        qunsetenv("QT_PLUGIN_PATH");
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    // The variable is there only while QApplication is made; the programs Attune starts later
    // (a browser, a softphone) must not inherit it.
    void qtNoGlibIsSetOnlyUntilReleased()
    {
        EventLoopChoice::Facts safe;
        safe.platform = QStringLiteral("offscreen");
        {
            QtsOwnEventLoop loop(safe);
            QVERIFY(loop.chosen());
            QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
            loop.release();
            QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        }
        {
            QtsOwnEventLoop loop(safe); // released by its destructor, as on an early return
            QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
        }
        QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));

        EventLoopChoice::Facts unsafe = safe;
        unsafe.platformTheme = QStringLiteral("gtk3");
        {
            QtsOwnEventLoop loop(unsafe);
            QVERIFY(!loop.chosen());
            QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
        }
    }

    // The agent's own QT_NO_GLIB (any value) is theirs: neither changed nor taken away.
    void anAgentsOwnSettingIsLeftAlone()
    {
        qputenv("QT_NO_GLIB", "yes");
        EventLoopChoice::Facts facts = EventLoopChoice::fromProcess({QStringLiteral("attune")});
        QVERIFY(facts.noGlibAlreadySet);
        {
            QtsOwnEventLoop loop(facts);
            loop.release();
        }
        QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("yes"));
        qunsetenv("QT_NO_GLIB");
    }
};

QTEST_GUILESS_MAIN(TestEventLoopChoice)
#include "tst_eventloopchoice.moc"
