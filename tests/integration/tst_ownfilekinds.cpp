// Attune's own files when they are not ordinary files, through the real binary: the database or
// one of its companions as a FIFO, a folder or a link to a device; the API token as a link to a
// device; and a --screenshot aimed at the database, a FIFO or /dev/zero. Each is left as it was,
// named in the message, and Attune neither hangs nor loses a byte of the agent's database.

#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace attune::test;

namespace {

// /dev/zero is the machine's: a failing run that took its mode gets it back (as root).
struct DevZeroGuard
{
    int before = unixMode(QStringLiteral("/dev/zero"));
    ~DevZeroGuard()
    {
        if (unixMode(QStringLiteral("/dev/zero")) != before)
            ::chmod("/dev/zero", mode_t(before));
    }
};

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList movedAside(const IsolatedHome& home)
{
    return QDir(home.dataDir()).entryList({QStringLiteral("*.corrupt-*")}, QDir::AllEntries);
}

} // namespace

class TestOwnFileKinds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Before: a FIFO or a folder in the database's place was "found damaged" and moved aside; a
    // link to /dev/zero made the device 0600 for everyone and failed with an empty reason; a FIFO
    // as the -shm was "a disk error"; a FIFO as the in-use mark stopped start-up for good (never
    // answered) and SIGTERM could not end it.
    void aDatabaseFileThatIsNoOrdinaryFileIsLeftAloneAndNamed_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("kind");
        for (const char* kind : {"fifo", "folder", "link-to-fifo", "link-to-dev-zero"})
            QTest::newRow(QByteArray("database ") + kind) << QString() << QString::fromLatin1(kind);
        for (const char* suffix : {"-wal", "-shm", ".in-use"})
            QTest::newRow(QByteArray(suffix) + " fifo")
                << QString::fromLatin1(suffix) << QStringLiteral("fifo");
    }

    void aDatabaseFileThatIsNoOrdinaryFileIsLeftAloneAndNamed()
    {
        QFETCH(QString, suffix);
        QFETCH(QString, kind);
        const DevZeroGuard devZero;
        IsolatedHome home;
        const QString database = home.dataDir() + QStringLiteral("/attune.sqlite");
        if (!suffix.isEmpty()) {
            // A real database beside it, as a run leaves it.
            QProcess first;
            QVERIFY(startAttuneApp(first, home));
            stopAttuneApp(first);
            QVERIFY(QFileInfo(database).isFile());
        }
        const QString path = database + suffix;
        const QString fifoTarget = home.path() + QStringLiteral("/elsewhere.fifo");
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        } else if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("link-to-fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(fifoTarget).constData(), 0644), 0);
            ::chmod(QFile::encodeName(fifoTarget).constData(), 0644); // whatever the umask
            QVERIFY(QFile::link(fifoTarget, path));
        } else {
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        }
        const QByteArray before = suffix.isEmpty() ? QByteArray() : digestOf(database);

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        QVERIFY2(run.err.contains(path + QStringLiteral(" is not an ordinary file")),
                 qPrintable(run.err.left(2000)));
        // Left exactly as it was, and nothing moved aside as "damaged".
        const QFileInfo after(path);
        if (kind == QLatin1String("fifo"))
            QVERIFY(after.exists() && !after.isFile() && !after.isDir() && !after.isSymLink());
        else if (kind == QLatin1String("folder"))
            QVERIFY(after.isDir());
        else
            QVERIFY(after.isSymLink());
        QVERIFY2(movedAside(home).isEmpty(), qPrintable(movedAside(home).join(u' ')));
        if (kind == QLatin1String("link-to-fifo"))
            QCOMPARE(unixMode(fifoTarget), 0644);
        if (kind == QLatin1String("link-to-dev-zero"))
            QCOMPARE(unixMode(QStringLiteral("/dev/zero")), devZero.before);
        if (!suffix.isEmpty())
            QCOMPARE(digestOf(database), before);
    }

    // The API token's "readable by others, made it 0600" fix followed a link to a FIFO or a
    // device and changed its mode before the read refused it.
    void anApiTokenThatLinksToNoOrdinaryFileKeepsItsTargetsMode()
    {
        const DevZeroGuard devZero;
        IsolatedHome home;
        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        const QString folder = home.configDir() + QStringLiteral("/Attune");
        QVERIFY(QDir().mkpath(folder));
        QFile settings(folder + QStringLiteral("/Attune.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[api]\nwebsocketEnabled=true\nwebsocketPort=" + QByteArray::number(port) +
                       "\n");
        settings.close();
        const QString target = home.path() + QStringLiteral("/token.fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0644), 0);
        ::chmod(QFile::encodeName(target).constData(), 0644);
        QVERIFY(QFile::link(target, folder + QStringLiteral("/api-token")));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        QVERIFY2(run.err.contains(QStringLiteral("api-token is a link to ")),
                 qPrintable(run.err.left(2000)));
        QCOMPARE(unixMode(target), 0644);
        QCOMPARE(unixMode(QStringLiteral("/dev/zero")), devZero.before);
    }

    // `attune --screenshot FILE` wrote its PNG over the agent's database (every call gone) and
    // waited on a FIFO for good, deaf to SIGTERM. Now it refuses them as the export does, at once.
    void aScreenshotIsNeverWrittenOverTheDatabaseOrIntoNoFile_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char* kind :
             {"database", "link-to-database", "demo-database", "fifo", "dev-zero"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void aScreenshotIsNeverWrittenOverTheDatabaseOrIntoNoFile()
    {
        QFETCH(QString, kind);
        IsolatedHome home;
        const QString database = home.dataDir() + QStringLiteral("/attune.sqlite");
        QProcess first;
        QVERIFY(startAttuneApp(first, home));
        stopAttuneApp(first);
        const QByteArray before = digestOf(database);
        QVERIFY(!before.isEmpty());

        QString target;
        if (kind == QLatin1String("database")) {
            target = database;
        } else if (kind == QLatin1String("link-to-database")) {
            target = home.path() + QStringLiteral("/shot.png");
            QVERIFY(QFile::link(database, target));
        } else if (kind == QLatin1String("demo-database")) {
            target = home.dataDir() + QStringLiteral("/attune-demo.sqlite");
        } else if (kind == QLatin1String("fifo")) {
            target = home.path() + QStringLiteral("/shot.png");
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        } else {
            target = QStringLiteral("/dev/zero");
        }
        const bool demoExisted = QFileInfo::exists(target);
        const RunResult run = runAttune(home, {QStringLiteral("--screenshot"), target}, 20000);
        QVERIFY2(run.finished, "the screenshot run did not end");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(target), qPrintable(run.err.left(2000)));
        QCOMPARE(digestOf(database), before);
        if (kind == QLatin1String("demo-database"))
            QCOMPARE(QFileInfo::exists(target), demoExisted);
        if (kind == QLatin1String("fifo"))
            QVERIFY(QFileInfo(target).exists() && !QFileInfo(target).isFile());
    }
};

QTEST_GUILESS_MAIN(TestOwnFileKinds)
#include "tst_ownfilekinds.moc"
