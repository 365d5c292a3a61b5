// attune_net.so (integration/NetModule.h) holds everything that speaks over a socket, loaded
// after the first frame. A copy of the binary in a folder of its own finds the module only
// where the executable looks (beside itself, or ../lib/attune/modules): no environment variable
// can point it elsewhere, so the copy is how a missing or damaged module is made.

#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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

    // The app runs on without its module, says why on stderr, and a forwarded call is refused
    // at once with the reason (no background instance started, no 15 s wait).
    void expectRunsWithoutModule(const QString& binary, const QString& reason,
                                 const QString& offered = {})
    {
        IsolatedHome home;
        QProcess app;
        const QString err = runUntilSaid(
            app, home, binary, QStringLiteral("calls from other programs cannot arrive"), offered);
        QVERIFY2(err.contains(QStringLiteral("calls from other programs cannot arrive")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Calls from other programs cannot arrive: ")),
                 qPrintable(err));
        QVERIFY2(err.contains(reason), qPrintable(err));
        // Still running a moment later: the sidebar is up, nothing made it exit.
        QVERIFY(!app.waitForFinished(1000));
        QCOMPARE(app.state(), QProcess::Running);

        QElapsedTimer took;
        took.start();
        const RunResult forwarded =
            runCopy(home, binary,
                    {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
                     QStringLiteral("sip-1"), QStringLiteral("--phone"),
                     QStringLiteral("+44 20 7946 0321")},
                    offered);
        QVERIFY(forwarded.finished);
        QCOMPARE(forwarded.exitCode, 1);
        QVERIFY2(forwarded.err.contains(QStringLiteral("attune_net.so")),
                 qPrintable(forwarded.err));
        QVERIFY2(took.elapsed() < 10000, "the refusal waited for a background instance");
        took.restart();
        const RunResult practice = runCopy(home, binary, {QStringLiteral("practice")}, offered);
        QVERIFY(practice.finished);
        QCOMPARE(practice.exitCode, 1);
        QVERIFY2(practice.err.contains(QStringLiteral("attune_net.so")), qPrintable(practice.err));
        QVERIFY2(took.elapsed() < 10000, "the refusal waited for a background instance");
        stopAttuneApp(app);
    }

private Q_SLOTS:
    // The control: the same copy with the real module beside it takes forwarded calls, so what
    // the cases below see comes from the module alone.
    void theModuleBesideTheBinaryIsLoaded()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder, {}, builtModule("attune_net.so"));
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
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
        QCOMPARE(statusOf(home).value(QStringLiteral("callId")).toString(),
                 QStringLiteral("sip-2"));
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

    // `attune status` needs no module to know that nothing runs: "not running" and exit 3, as
    // with the module. With an Attune running, it says that one runs and why it cannot reach it.
    void statusWithoutTheModuleStillTellsNotRunningFromUnreachable()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
        const RunResult idle = runCopy(home, binary, {QStringLiteral("status")});
        QVERIFY(idle.finished);
        QCOMPARE(idle.exitCode, 3);
        QVERIFY2(idle.err.contains(QStringLiteral("Attune is not running.")), qPrintable(idle.err));
        // A command that would start Attune still refuses at once, naming the module.
        const RunResult end =
            runCopy(home, binary, {QStringLiteral("call"), QStringLiteral("end")});
        QVERIFY(end.finished);
        QCOMPARE(end.exitCode, 1);
        QVERIFY2(end.err.contains(QStringLiteral("attune_net.so")), qPrintable(end.err));

        QProcess app;
        const QString err = runUntilSaid(app, home, binary,
                                         QStringLiteral("calls from other programs cannot arrive"));
        QVERIFY2(err.contains(QStringLiteral("calls from other programs cannot arrive")),
                 qPrintable(err));
        const RunResult running = runCopy(home, binary, {QStringLiteral("status")});
        QVERIFY(running.finished);
        QCOMPARE(running.exitCode, 1);
        QVERIFY2(running.err.contains(QStringLiteral("Attune is running, but this command cannot "
                                                     "reach it")) &&
                     running.err.contains(QStringLiteral("attune_net.so")),
                 qPrintable(running.err));
        // Killed, it leaves its lock file behind but holds no lock: not running again.
        app.kill();
        QVERIFY(app.waitForFinished(10000));
        QVERIFY(QFile::exists(home.dataDir() + QStringLiteral("/attune.lock")));
        const RunResult killed = runCopy(home, binary, {QStringLiteral("status")});
        QVERIFY(killed.finished);
        QCOMPARE(killed.exitCode, 3);
        QVERIFY2(killed.err.contains(QStringLiteral("Attune is not running.")),
                 qPrintable(killed.err));
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
    // after the step that loads this module and listens, not at the first frame (the database
    // opens after the frame, so quitting there left the engines, the views and the socket out of
    // the measured process). Without the module that step says so before the run ends.
    void theBenchmarkRunGoesThroughTheWholeStartBeforeItQuits()
    {
        QTemporaryDir folder;
        const QString binary = copyBinary(folder);
        QVERIFY(!binary.isEmpty());
        IsolatedHome home;
        const RunResult run = runCopy(home, binary, {QStringLiteral("--exit-after-first-frame")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("first-frame-monotonic-us ")),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("calls from other programs cannot arrive")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestNetModule)
#include "tst_netmodule.moc"
