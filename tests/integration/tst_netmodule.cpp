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

    // Starts `binary` as the app and waits until its stderr says `expected` (or it exits).
    static QString runUntilSaid(QProcess& app, const IsolatedHome& home, const QString& binary,
                                const QString& expected)
    {
        app.setProcessEnvironment(home.environment());
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
                             const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(home.environment());
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
    void expectRunsWithoutModule(const QString& binary, const QString& reason)
    {
        IsolatedHome home;
        QProcess app;
        const QString err = runUntilSaid(app, home, binary,
                                         QStringLiteral("calls from other programs cannot arrive"));
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
                     QStringLiteral("+44 20 7946 0321")});
        QVERIFY(forwarded.finished);
        QCOMPARE(forwarded.exitCode, 1);
        QVERIFY2(forwarded.err.contains(QStringLiteral("attune_net.so")),
                 qPrintable(forwarded.err));
        QVERIFY2(took.elapsed() < 10000, "the refusal waited for a background instance");
        took.restart();
        const RunResult practice = runCopy(home, binary, {QStringLiteral("practice")});
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
};

QTEST_GUILESS_MAIN(TestNetModule)
#include "tst_netmodule.moc"
