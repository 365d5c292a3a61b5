// Attune's own folders and files reached through a symbolic link, through the real binary.
// chmod follows links: a data folder linked to another user's folder (or to /etc, as root) had
// that folder made 0700, and the instance lock linked to a file had the file emptied. A link is
// now followed only to a folder or file of this user that no one else can write, its target's
// mode is never changed, and anything else is named and left alone while calls still pop.

#include "FreePorts.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace attune::test;

namespace {

// A folder of another user. As root (CI) one is made and given to nobody; otherwise the root
// folder stands in, which an unprivileged run could not change or write anyway.
QString anotherUsersFolder(const IsolatedHome& home)
{
    if (::geteuid() != 0)
        return QStringLiteral("/");
    const QString folder = home.path() + QStringLiteral("/someone-else");
    QDir().mkpath(folder);
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    if (::chown(QFile::encodeName(folder).constData(), 65534, 65534) != 0)
        return {};
    return folder;
}

// The data folder replaced by a link to `target`.
bool linkDataFolder(const IsolatedHome& home, const QString& target)
{
    return QDir(home.dataDir()).removeRecursively() && QFile::link(target, home.dataDir());
}

} // namespace

class TestLinkedFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Before: as root the other user's folder became 0700 (theirs no longer) and the agent's
    // customer data went into it. Now it is named, left at its mode and holds nothing of ours.
    void aDataFolderLinkedToAnotherUsersFolderIsNeitherChangedNorUsed()
    {
        IsolatedHome home;
        const QString other = anotherUsersFolder(home);
        QVERIFY(!other.isEmpty());
        const int before = unixMode(other);
        const QStringList entriesBefore = QDir(other).entryList(QDir::AllEntries | QDir::Hidden);
        QVERIFY(linkDataFolder(home, other));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        QCOMPARE(unixMode(other), before);
        QCOMPARE(QDir(other).entryList(QDir::AllEntries | QDir::Hidden), entriesBefore);
        QVERIFY2(run.err.contains(home.dataDir() + QStringLiteral(" is a link to ")) &&
                     run.err.contains(QStringLiteral("belongs to another user")),
                 qPrintable(run.err.left(2000)));
    }

    // A link to a folder of the agent's own (another disk) is a choice: it is used, and its mode
    // is the agent's to set. Before, Attune made the link's target 0700 on every start.
    void aDataFolderLinkedToAFolderOfOurOwnIsUsedAndItsModeKept()
    {
        IsolatedHome home;
        const QString disk = home.path() + QStringLiteral("/other-disk/attune");
        QVERIFY(QDir().mkpath(disk));
        QCOMPARE(::chmod(QFile::encodeName(disk).constData(), 0750), 0);
        QVERIFY(linkDataFolder(home, disk));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        QVERIFY2(QFileInfo(disk + QStringLiteral("/attune.sqlite")).isFile(),
                 qPrintable(run.err.left(2000)));
        QCOMPARE(unixMode(disk), 0750);
        QCOMPARE(unixMode(disk + QStringLiteral("/attune.sqlite")), 0600);
        QVERIFY(QFileInfo(home.dataDir()).isSymLink());
    }

    // Nor when that folder can be written by others: another user could swap the database.
    void aDataFolderLinkedToAFolderOthersCanWriteIsNotUsed()
    {
        IsolatedHome home;
        const QString shared = home.path() + QStringLiteral("/shared");
        QVERIFY(QDir().mkpath(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 0777), 0);
        QVERIFY(linkDataFolder(home, shared));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QCOMPARE(unixMode(shared), 0777);
        QVERIFY(!QFileInfo::exists(shared + QStringLiteral("/attune.sqlite")));
        QVERIFY2(run.err.contains(QStringLiteral("can be changed by other users")),
                 qPrintable(run.err.left(2000)));
    }

    // The lock's owner lines were written with truncation through a link: a lock linked to a
    // file (to /etc/passwd, as root) emptied it.
    void aLockFileThatIsALinkDoesNotEmptyWhatItPointsAt()
    {
        IsolatedHome home;
        const QString victim = home.path() + QStringLiteral("/precious.txt");
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
        file.close();
        QVERIFY(QFile::link(victim, home.dataDir() + QStringLiteral("/attune.lock")));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QFile read(victim);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("keep me\n"));
        QVERIFY(QFileInfo(home.dataDir() + QStringLiteral("/attune.lock")).isSymLink());
    }

    // A dangling link in the database's place had the database created wherever it pointed.
    void aDatabaseThatIsADanglingLinkCreatesNothingWhereItPoints()
    {
        IsolatedHome home;
        const QString elsewhere = home.path() + QStringLiteral("/elsewhere");
        QVERIFY(QDir().mkpath(elsewhere));
        const QString target = elsewhere + QStringLiteral("/planted.sqlite");
        QVERIFY(QFile::link(target, home.dataDir() + QStringLiteral("/attune.sqlite")));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY2(run.err.contains(QStringLiteral("attune.sqlite is a link to ")),
                 qPrintable(run.err.left(2000)));
    }

    // The config folder holds the API token: one linked to another user's folder had that
    // folder made 0700 and our token written into it.
    void aConfigFolderLinkedToAnotherUsersFolderGetsNoToken()
    {
        IsolatedHome home;
        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        QVERIFY(home.writePolicy(
            "[api]\nwebsocketEnabled=true\nwebsocketPort=" + QByteArray::number(port) + "\n"));
        const QString other = anotherUsersFolder(home);
        QVERIFY(!other.isEmpty());
        const int before = unixMode(other);
        QVERIFY(QFile::link(other, home.configDir() + QStringLiteral("/Attune")));

        const StartAndStopOutcome run = startAndStopAttune(home);
        QVERIFY2(run.answered, qPrintable(run.err.left(2000)));
        QCOMPARE(unixMode(other), before);
        QVERIFY(!QFileInfo::exists(other + QStringLiteral("/api-token")));
        QVERIFY2(run.err.contains(home.configDir() + QStringLiteral("/Attune is a link to ")),
                 qPrintable(run.err.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestLinkedFolders)
#include "tst_linkedfolders.moc"
