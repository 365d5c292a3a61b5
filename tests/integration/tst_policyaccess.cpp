// IT's policy made unreadable to the agent (chmod 600, to hide the PIN verifier): QSettings read
// it as an empty file without a word, so nothing was locked (exports allowed although the policy
// forbids them) and nobody could tell why. It is still read as absent, but the log says so,
// naming the file and the reason.

#include "TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace attune::test;

class TestPolicyAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPolicyTheAgentCannotReadIsNamedInTheLog()
    {
        IsolatedHome home;
        QVERIFY(home.writePolicy("[privacy]\nallowExport=false\n"));
        const QString out = home.path() + QStringLiteral("/export.csv");
        QProcess run;
        if (::geteuid() == 0) {
            // Root reads anything: the agent is played by nobody, the policy stays root's 0600.
            QVERIFY(::chmod(QFile::encodeName(home.policyFile()).constData(), 0600) == 0);
            for (const QString& folder :
                 {home.systemConfigDir(), home.systemConfigDir() + QStringLiteral("/Attune")})
                QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
            QStringList agentsOwn{home.path()};
            QDirIterator it(home.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!path.startsWith(home.systemConfigDir()))
                    agentsOwn << path;
            }
            for (const QString& path : std::as_const(agentsOwn))
                QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
            run.setProcessEnvironment(home.environment());
            run.start(QStringLiteral("unshare"),
                      {QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                       QStringLiteral("-c"),
                       QStringLiteral("mount --bind \"$0\" /etc/xdg && exec setpriv --reuid=65534 "
                                      "--regid=65534 --clear-groups \"$@\""),
                       home.systemConfigDir(), QStringLiteral(ATTUNE_BINARY),
                       QStringLiteral("export"), QStringLiteral("assessments"),
                       QStringLiteral("--format"), QStringLiteral("csv"), out});
        } else {
            QVERIFY(::chmod(QFile::encodeName(home.policyFile()).constData(), 0) == 0);
            home.start(run, {QStringLiteral("export"), QStringLiteral("assessments"),
                             QStringLiteral("--format"), QStringLiteral("csv"), out});
        }
        QVERIFY(run.waitForFinished(30000));
        const QString err = QString::fromUtf8(run.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("/etc/xdg/Attune/Attune.conf: cannot be read by this "
                                             "user (Permission denied) (ignored; read as if there "
                                             "were no policy)")),
                 qPrintable(err.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyAccess)
#include "tst_policyaccess.moc"
