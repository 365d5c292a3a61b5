// attune_net.so (integration/NetModule.h) holds the softphone connector and the WebSocket API,
// loaded only when one of them is on; the local socket that forwards calls is Qt Core only and
// needs no module. A copy of the binary in a folder of its own finds the module only where the
// executable looks (beside itself, or ../lib/attune/modules): no environment variable can point
// it elsewhere, so the copy is how a missing or damaged module is made.

#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace attune::test;

class TestNetModule : public QObject
{
    Q_OBJECT

private:
    // The real binary, copied alone into a fresh folder; `module` (if any) beside it as
    // attune_net.so.
    static QString copyBinary(const QTemporaryDir& folder, const QByteArray& module = {},
                              const QString& moduleFile = {})
    {
        const QString binary = folder.filePath(QStringLiteral("attune"));
        if (!QFile::copy(QStringLiteral(ATTUNE_BINARY), binary))
            return {};
        QFile::setPermissions(binary, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString target = folder.filePath(QStringLiteral("attune_net.so"));
        if (!moduleFile.isEmpty() && !QFile::copy(moduleFile, target))
            return {};
        if (!module.isEmpty()) {
            QFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(module) != module.size())
                return {};
        }
        return binary;
    }

    static QString builtModule(const char* name)
    {
        return QFileInfo(QStringLiteral(ATTUNE_BINARY)).absolutePath() + QLatin1Char('/') +
               QLatin1String(name);
    }

    // The agent's settings turn the WebSocket API on, on a port free now (not the default one,
    // which another test running at the same time may hold), as the settings dialog would.
    static bool enableWebSocketApi(const IsolatedHome& home)
    {
        const quint16 free = freeLoopbackPort();
        if (free == 0)
            return false;
        const QByteArray port = QByteArray::number(free);
        const QString folder = home.configDir() + QStringLiteral("/Attune");
        QDir().mkpath(folder);
        QFile config(folder + QStringLiteral("/Attune.conf"));
        if (!config.open(QIODevice::WriteOnly) ||
            config.write("[api]\nwebsocketEnabled=true\nwebsocketPort=" + port + "\n") < 0)
            return false;
        config.close();
        return QFile::setPermissions(config.fileName(), QFile::ReadOwner | QFile::WriteOwner) &&
               QFile::setPermissions(folder,
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // `home`'s environment; with `offered`, that folder is also the working folder and on every
    // search path the loader and Qt read from the environment.
    static void placeIn(QProcess& process, const IsolatedHome& home, const QString& offered)
    {
        QProcessEnvironment env = home.environment();
        if (!offered.isEmpty()) {
            for (const char* name : {"LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "PATH"})
                env.insert(QLatin1String(name), offered);
            process.setWorkingDirectory(offered);
        }
        process.setProcessEnvironment(env);
    }

    // Starts `binary` as the app and waits until its stderr says `expected` (or it exits).
    static QString runUntilSaid(QProcess& app, const IsolatedHome& home, const QString& binary,
                                const QString& expected, const QString& offered = {})
    {
        placeIn(app, home, offered);
        app.start(binary, {});
        if (!app.waitForStarted(10000))
            return {};
        QString err;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000 && app.state() == QProcess::Running &&
               !err.contains(expected)) {
            app.waitForReadyRead(100);
            err += QString::fromUtf8(app.readAllStandardError());
        }
        // The rest of that line and the next (the log line and the printed problem come one
        // after the other).
        QTest::qWait(500);
        return err + QString::fromUtf8(app.readAllStandardError());
    }

    static RunResult runCopy(const IsolatedHome& home, const QString& binary,
                             const QStringList& arguments, const QString& offered = {})
    {
        QProcess process;
        placeIn(process, home, offered);
        process.start(binary, arguments);
        RunResult result;
        if (!process.waitForStarted(10000))
            return result;
        result.finished = process.waitForFinished(30000);
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // With the WebSocket API on, the app runs on without its module and says on stderr that
    // the connector and the API cannot work, and why; `attune status` says it too. What needs no
    // module works as ever: a forwarded call pops at once, and practice opens.
    void expectRunsWithoutModule(const QString& binary, const QString& reason,
                                 const QString& offered = {})
    {
        IsolatedHome home;
        QVERIFY(enableWebSocketApi(home));
        QProcess app;
        const QString err = runUntilSaid(app, home, binary, QLatin1String(kCannotWorkLog), offered);
        QVERIFY2(err.contains(QLatin1String(kCannotWorkLog)), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String(kCannotWorkSaid)), qPrintable(err));
        QVERIFY2(err.contains(reason), qPrintable(err));
        // Still running a moment later: the sidebar is up, nothing made it exit.
        QVERIFY(!app.waitForFinished(1000));
        QCOMPARE(app.state(), QProcess::Running);

        const RunResult forwarded =
            runCopy(home, binary,
                    {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                     QStringLiteral("sip-1"), QStringLiteral("--phone"),
                     QStringLiteral("+44 20 7946 0321")},
                    offered);
        QVERIFY(forwarded.finished);
        QVERIFY2(forwarded.exitCode == 0, qPrintable(forwarded.err));
        const RunResult status = runCopy(home, binary, {QStringLiteral("status")}, offered);
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonObject said = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(said.value(QStringLiteral("callId")).toString(), QStringLiteral("sip-1"));
        const QJsonObject websocket = said.value(QStringLiteral("integrations"))
                                          .toObject()
                                          .value(QStringLiteral("websocket"))
                                          .toObject();
        QCOMPARE(websocket.value(QStringLiteral("listening")).toBool(true), false);
        QVERIFY2(websocket.value(QStringLiteral("problem")).toString().contains(reason),
                 qPrintable(status.out));
        stopAttuneApp(app);
    }

    static constexpr char kCannotWorkLog[] =
        "the softphone connector and the WebSocket API cannot work";
    static constexpr char kCannotWorkSaid[] =
        "The softphone connector and the WebSocket API cannot work: ";

private Q_SLOTS:
    // The control: the same copy with the real module beside it listens for the WebSocket API
    // and takes forwarded calls, so what the cases below see comes from the module alone.
    void theModuleBesideTheBinaryIsLoaded()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder, {}, builtModule("attune_net.so"));
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
        QVERIFY(enableWebSocketApi(home));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.setProcessEnvironment(home.environment());
        app.start(binary, {});
        QVERIFY(app.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (statusOf(home).isEmpty() && waited.elapsed() < 20000)
            QThread::msleep(50);
        QVERIFY(!statusOf(home).isEmpty());
        const RunResult forwarded =
            runCopy(home, binary,
                    {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                     QStringLiteral("sip-2"), QStringLiteral("--phone"),
                     QStringLiteral("+44 20 7946 0321")});
        QCOMPARE(forwarded.exitCode, 0);
        const QJsonObject status = statusOf(home);
        QCOMPARE(status.value(QStringLiteral("callId")).toString(), QStringLiteral("sip-2"));
        QVERIFY2(status.value(QStringLiteral("integrations"))
                     .toObject()
                     .value(QStringLiteral("websocket"))
                     .toObject()
                     .value(QStringLiteral("listening"))
                     .toBool(),
                 QJsonDocument(status).toJson().constData());
        stopAttuneApp(app);
    }

    void aMissingModuleLeavesTheSidebarRunningAndSaysSo()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        expectRunsWithoutModule(binary, QStringLiteral("attune_net.so cannot be loaded"));
    }

    void aDamagedModuleIsRefusedAndTheSidebarRuns()
    {
        QTemporaryDir folder;
        QByteArray garbage("\x7f"
                           "ELF this is not a shared object");
        garbage += QByteArray(4096, '\xa5');
        const QString binary = copyBinary(folder, garbage);
        QVERIFY(!binary.isEmpty());
        expectRunsWithoutModule(binary, QStringLiteral("attune_net.so cannot be loaded"));
    }

    // The real module offered everywhere but the fixed place: in the working folder, on
    // LD_LIBRARY_PATH, QT_PLUGIN_PATH and PATH (as attune_net.so and libattune_net.so), and the
    // binary started through a link in that folder. None of it is loaded.
    void aModuleOfferedByTheEnvironmentOrTheWorkingFolderIsNeverLoaded()
    {
        QTemporaryDir folder;
        QTemporaryDir offered;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        for (const char* name : {"attune_net.so", "libattune_net.so"})
            QVERIFY(
                QFile::copy(builtModule("attune_net.so"), offered.filePath(QLatin1String(name))));
        const QString link = offered.filePath(QStringLiteral("attune"));
        QVERIFY(QFile::link(binary, link));
        expectRunsWithoutModule(link, QStringLiteral("attune_net.so cannot be loaded"),
                                offered.path());
    }

    // At a default start (connector and API off) the module is never looked for: without it,
    // nothing is said about it, and `attune status` and forwarded calls work as with it
    // ("not running", exit 3, when none runs; killed, it holds no lock and is not running).
    void aDefaultStartNeedsNoModule()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
        const RunResult idle = runCopy(home, binary, {QStringLiteral("status")});
        QVERIFY(idle.finished);
        QCOMPARE(idle.exitCode, 3);
        QVERIFY2(idle.err.contains(QStringLiteral("Attune is not running.")), qPrintable(idle.err));

        // A command that starts Attune starts this copy in the background, module or not.
        const RunResult started =
            runCopy(home, binary,
                    {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                     QStringLiteral("sip-3"), QStringLiteral("--phone"),
                     QStringLiteral("+44 20 7946 0321")});
        QVERIFY(started.finished);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const RunResult running = runCopy(home, binary, {QStringLiteral("status")});
        QVERIFY2(running.exitCode == 0, qPrintable(running.err));
        QCOMPARE(QJsonDocument::fromJson(running.out.toUtf8())
                     .object()
                     .value(QStringLiteral("callId"))
                     .toString(),
                 QStringLiteral("sip-3"));
        QVERIFY(stopBackgroundAttune(home));
        QFile log(home.dataDir() + QStringLiteral("/attune.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        QVERIFY2(!logged.contains("attune_net") && !logged.contains("cannot work"),
                 logged.constData());
        const RunResult stopped = runCopy(home, binary, {QStringLiteral("status")});
        QCOMPARE(stopped.exitCode, 3);
        QVERIFY2(stopped.err.contains(QStringLiteral("Attune is not running.")),
                 qPrintable(stopped.err));
    }

    // What a default start (connector and API off) maps: no Qt Network, no Qt WebSockets, no
    // attune_net.so, read from the running app's /proc/<pid>/maps once its socket answers.
    // With the WebSocket API on, the same binary maps all three.
    void aDefaultStartMapsNoNetworkLibrary()
    {
        static const QStringList kNetwork{QStringLiteral("libQt6Network.so"),
                                          QStringLiteral("libQt6WebSockets.so"),
                                          QStringLiteral("attune_net.so")};
        const auto mapped = [](const QProcess& app) {
            QFile maps(QStringLiteral("/proc/%1/maps").arg(app.processId()));
            QStringList found;
            if (!maps.open(QIODevice::ReadOnly))
                return QStringList{QStringLiteral("(no maps)")};
            const QString all = QString::fromUtf8(maps.readAll());
            for (const QString& library : kNetwork) {
                if (all.contains(library))
                    found << library;
            }
            return found;
        };
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        // A forwarded request answered over the socket needs none of them either.
        QVERIFY(!statusOf(home).isEmpty());
        QCOMPARE(mapped(app), QStringList());
        stopAttuneApp(app);

        QVERIFY(enableWebSocketApi(home));
        QProcess withApi;
        QVERIFY(startAttuneApp(withApi, home));
        QElapsedTimer waited;
        waited.start();
        while (!statusOf(home)
                    .value(QStringLiteral("integrations"))
                    .toObject()
                    .value(QStringLiteral("websocket"))
                    .toObject()
                    .value(QStringLiteral("listening"))
                    .toBool() &&
               waited.elapsed() < 20000)
            QThread::msleep(50);
        QCOMPARE(mapped(withApi), kNetwork);
        stopAttuneApp(withApi);
    }

    // A real shared object, but not the network module (another of Attune's modules under its
    // name): it has no entry point, and nothing of it runs.
    void aModuleWithoutTheEntryPointIsRefused()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder, {}, builtModule("attune_signing.so"));
        QVERIFY(!binary.isEmpty());
        expectRunsWithoutModule(binary, QStringLiteral("attune_net_module"));
    }

    // The start-up benchmark's run (--exit-after-first-frame) is a whole start: it quits only
    // after the step that listens and starts the connector and the API, not at the first frame
    // (the database opens after the frame, so quitting there left the engines, the views and the
    // socket out of the measured process). With the API on and no module, that step says so
    // before the run ends; with both off it needs no module and says nothing of it.
    void theBenchmarkRunGoesThroughTheWholeStartBeforeItQuits()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
        const RunResult quiet = runCopy(home, binary, {QStringLiteral("--exit-after-first-frame")});
        QVERIFY(quiet.finished);
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(quiet.out.contains(QStringLiteral("first-frame-monotonic-us ")),
                 qPrintable(quiet.out));
        QVERIFY2(!quiet.err.contains(QStringLiteral("attune_net")), qPrintable(quiet.err));

        QVERIFY(enableWebSocketApi(home));
        const RunResult run = runCopy(home, binary, {QStringLiteral("--exit-after-first-frame")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("first-frame-monotonic-us ")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QLatin1String(kCannotWorkLog)), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestNetModule)
#include "tst_netmodule.moc"
