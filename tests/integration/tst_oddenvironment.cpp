// Attune started in an environment a clumsy login script leaves: relative XDG folders. The XDG
// rules make a relative path invalid; Qt took it relative to the working folder, so the database
// went wherever Attune happened to be started (a softphone hook runs `attune call start` from
// its own folder: another, empty history), and a relative runtime folder stopped it starting.

#include "TestEnvironment.h"
#include "integration/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace attune::test;

class TestOddEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeXdgFoldersAreIgnoredNotTakenFromTheWorkingFolder()
    {
        IsolatedHome home;
        QTemporaryDir workingFolder;
        QVERIFY(workingFolder.isValid());
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("rel-data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("rel-config"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("rel-runtime"));

        QProcess app;
        app.setWorkingDirectory(workingFolder.path());
        home.start(app, {}, env);
        QVERIFY(app.waitForStarted(10000));
        bool answered = false;
        for (int i = 0; i < 100 && !answered && app.state() == QProcess::Running; ++i) {
            QProcess status;
            status.setWorkingDirectory(workingFolder.path());
            home.start(status, {QStringLiteral("status")}, env);
            answered = status.waitForFinished(10000) && status.exitCode() == 0;
            if (!answered)
                QTest::qWait(100);
        }
        app.terminate();
        if (!app.waitForFinished(8000)) {
            app.kill();
            app.waitForFinished(5000);
        }
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(answered, qPrintable(err.left(2000)));
        QCOMPARE(QDir(workingFolder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
        QVERIFY2(
            QFileInfo(home.path() + QStringLiteral("/.local/share/attune/attune.sqlite")).isFile(),
            qPrintable(err.left(2000)));
        for (const char* name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"})
            QVERIFY2(err.contains(QLatin1String(name) + QStringLiteral(" is not an absolute path")),
                     qPrintable(err.left(2000)));
    }

    // A hook run from a service has no HOME, or a relative one: Qt then took "/" (or the
    // working folder) as home and put the data under /.local/share. The account's home is used.
    void anUnsetOrRelativeHomeIsTheAccountsHome_data()
    {
        QTest::addColumn<QByteArray>("home"); // empty: unset
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("relative") << QByteArray("somewhere");
    }

    void anUnsetOrRelativeHomeIsTheAccountsHome()
    {
        QFETCH(QByteArray, home);
        const QByteArray saved = qgetenv("HOME");
        const QByteArray savedData = qgetenv("XDG_DATA_HOME");
        if (home.isEmpty())
            qunsetenv("HOME");
        else
            qputenv("HOME", home);
        qunsetenv("XDG_DATA_HOME");
        attune::AppPaths::repairFolderEnvironment();
        const QByteArray repaired = qgetenv("HOME");
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        qputenv("HOME", saved);
        if (!savedData.isEmpty())
            qputenv("XDG_DATA_HOME", savedData);
        const passwd* account = ::getpwuid(::getuid());
        QVERIFY(account);
        QCOMPARE(repaired, QByteArray(account->pw_dir));
        QCOMPARE(data, QFile::decodeName(account->pw_dir) + QStringLiteral("/.local/share"));
    }
};

QTEST_GUILESS_MAIN(TestOddEnvironment)
#include "tst_oddenvironment.moc"
