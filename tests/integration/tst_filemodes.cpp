#include "TestEnvironment.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace attune::test;

// Issue 14, defect 9: attune.log and attune.lock were 0644 though every file Attune makes is
// the agent's alone. One session makes every kind of file Attune creates (the log of a
// background start, the lock, the local socket, the API token, the database with its -wal and
// -shm, the demo database, an export, a screenshot) and each is checked: files 0600 (sockets
// without group or other bits), folders 0700.
class TestFileModes : public QObject
{
    Q_OBJECT

private:
    static QJsonObject request(const QString& socketPath, const QJsonObject& message)
    {
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
        QByteArray reply;
        while (!reply.contains('\n') && socket.waitForReadyRead(5000))
            reply += socket.readAll();
        return QJsonDocument::fromJson(reply).object();
    }

    // Every entry under `root` (itself included) whose mode is not private, with its mode.
    static QStringList notPrivate(const QString& root)
    {
        QStringList problems;
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString& path : paths) {
            struct stat info
            {};
            if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
                continue; // gone meanwhile (a -shm at the app's exit)
            const int mode = int(info.st_mode & 07777);
            bool ok = false;
            if (S_ISDIR(info.st_mode))
                ok = mode == 0700;
            else if (S_ISREG(info.st_mode))
                ok = mode == 0600;
            else if (S_ISSOCK(info.st_mode))
                ok = (mode & 077) == 0;
            if (!ok)
                problems << QStringLiteral("%1 is %2").arg(path).arg(mode, 4, 8, QLatin1Char('0'));
        }
        return problems;
    }

private Q_SLOTS:
    void everyFileAttuneMakesIsTheAgentsAlone()
    {
        IsolatedHome home;
        QVERIFY(home.isValid());
        // The folders Attune makes for itself are made by Attune, not by the test.
        QVERIFY(QDir(home.dataDir()).removeRecursively());
        QDir().mkpath(home.configDir() + QStringLiteral("/Attune"));
        QFile config(home.configDir() + QStringLiteral("/Attune/Attune.conf"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[api]\nwebsocketEnabled=true\nwebsocketPort=0\n");
        config.close();
        QFile::setPermissions(config.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(home.configDir() + QStringLiteral("/Attune"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // A forwarded command starts Attune in the background: the log, lock, socket, token
        // and database come to be.
        RunResult started = runAttune(home, {QStringLiteral("call"), QStringLiteral("start"),
                                             QStringLiteral("--call-id"), QStringLiteral("m1"),
                                             QStringLiteral("+15550000111")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("answer")}).exitCode, 0);
        QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("end")}).exitCode, 0);
        const QStringList sockets =
            QDir(home.runtimeDir()).entryList({QStringLiteral("attune-*.sock")}, QDir::System);
        QCOMPARE(sockets.size(), 1);
        const QJsonObject saved = request(
            home.runtimeDir() + QLatin1Char('/') + sockets.first(),
            QJsonObject{{QStringLiteral("v"), 1},
                        {QStringLiteral("command"), QStringLiteral("assessment.save")},
                        {QStringLiteral("callId"), QStringLiteral("m1")},
                        {QStringLiteral("note"), QStringLiteral("went fine")},
                        {QStringLiteral("answers"),
                         QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}}});
        QVERIFY2(saved.value(QStringLiteral("ok")).toBool(),
                 QJsonDocument(saved).toJson().constData());
        const QString exportFile = home.path() + QStringLiteral("/out/assessments.csv");
        QDir().mkpath(home.path() + QStringLiteral("/out"));
        const RunResult exported =
            runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                             QStringLiteral("--format"), QStringLiteral("csv"), exportFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

        // While it runs: the database's -wal and -shm are there too.
        const QString database = home.dataDir() + QStringLiteral("/attune.sqlite");
        QVERIFY(QFile::exists(database + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(database + QStringLiteral("-shm")));
        QVERIFY(QFile::exists(home.dataDir() + QStringLiteral("/attune.log")));
        QVERIFY(QFile::exists(home.dataDir() + QStringLiteral("/attune.lock")));
        QVERIFY(QFile::exists(home.configDir() + QStringLiteral("/Attune/api-token")));
        QStringList problems = notPrivate(home.dataDir()) + notPrivate(home.runtimeDir()) +
                               notPrivate(home.configDir() + QStringLiteral("/Attune"));
        problems += notPrivate(exportFile);

        // Stop it, then a demo run that leaves a screenshot and the demo database.
        const int pid = statusOf(home).value(QStringLiteral("pid")).toInt();
        QVERIFY(pid > 0);
        QProcess::execute(QStringLiteral("kill"), {QString::number(pid)});
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(home).isEmpty(), 20000);
        const QString screenshot = home.path() + QStringLiteral("/out/window.png");
        const RunResult demo = runAttune(
            home, {QStringLiteral("--demo"), QStringLiteral("--screenshot"), screenshot}, 60000);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(QFile::exists(screenshot));
        QVERIFY(QFile::exists(home.dataDir() + QStringLiteral("/attune-demo.sqlite")));
        problems += notPrivate(home.dataDir()) + notPrivate(screenshot);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
