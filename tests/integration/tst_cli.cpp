#include "TestEnvironment.h"

#include <QTest>

using namespace attune::test;

// The command line is a contract with softphones and IT scripts: these run the real binary.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        IsolatedHome home;
        RunResult version = runAttune(home, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("attune " ATTUNE_VERSION));
        RunResult help = runAttune(home, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected :
             {"attune call start", "attune call say", "attune status", "--demo", "--screenshot",
              "--exit-after-first-frame", "Exit codes"})
            QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    }

    void badCommandLinesExitTwoWithTheReasonAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("dance")} << "unknown command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fly")} << "unknown option";
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("call"), QStringLiteral("start"),
                           QStringLiteral("--phone")}
            << "needs a value";
        QTest::newRow("missing speaker")
            << QStringList{QStringLiteral("call"), QStringLiteral("say"), QStringLiteral("hi")}
            << "--speaker";
    }

    void badCommandLinesExitTwoWithTheReasonAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        IsolatedHome home;
        const RunResult result = runAttune(home, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(reason), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Usage:")));
        QVERIFY(result.out.isEmpty());
    }

    void statusWithoutAnInstanceExitsThree()
    {
        IsolatedHome home;
        const RunResult result = runAttune(home, {QStringLiteral("status")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("not running")), qPrintable(result.err));
    }

    void exitAfterFirstFrameReportsTheFrame()
    {
        IsolatedHome home;
        const RunResult result = runAttune(home, {QStringLiteral("--exit-after-first-frame")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("first-frame-monotonic-us ")),
                 qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
