#include "TestEnvironment.h"

#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace attune::test;

// attune://call?… as a contact-center desktop opens it (`Exec=attune %u`): forwarded to the
// running Attune, or refused with the reason and nothing changed.
class TestUrlScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLinkPopsTheCallInTheRunningAttune()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        const RunResult opened = runAttune(
            home, {QStringLiteral("attune://call?phone=%2B15551234567&name=Elena%20Marsh&id=url-1"
                                  "&customerId=C-10482")});
        QCOMPARE(opened.exitCode, 0);
        const QJsonObject status = statusOf(home);
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ringing"));
        QCOMPARE(status.value(QStringLiteral("source")).toString(), QStringLiteral("url"));
        QCOMPARE(status.value(QStringLiteral("callId")).toString(), QStringLiteral("url-1"));
        const QJsonObject customer = status.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));
        QCOMPARE(customer.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Elena Marsh"));
        QCOMPARE(customer.value(QStringLiteral("customerId")).toString(),
                 QStringLiteral("C-10482"));

        // Every bad link: exit 2 with the reason, and the ringing call is untouched.
        const QList<std::pair<QString, QString>> bad = {
            {QStringLiteral("attune://call?phone=123&colour=red"), QStringLiteral("unknown field")},
            {QStringLiteral("attune://call?phone=123&phone=456"), QStringLiteral("twice")},
            {QStringLiteral("attune://call?phone=call-me"), QStringLiteral("phone number")},
            {QStringLiteral("attune://call?name=a%07b"), QStringLiteral("name")},
            {QStringLiteral("attune://call?name=Ann&id=a%20b"), QStringLiteral("an id")},
            {QStringLiteral("attune://call?id=only-an-id"), QStringLiteral("at least")},
            {QStringLiteral("attune://evil?phone=123"), QStringLiteral("attune://call")},
            {QStringLiteral("attune://call/path?phone=123"), QStringLiteral("attune://call")},
            {QStringLiteral("attune://call?phone=123#x"), QStringLiteral("attune://call")},
            {QStringLiteral("attune://user@call?phone=123"), QStringLiteral("attune://call")},
            {QStringLiteral("attune://call?phone=1") + QString(3000, QLatin1Char('1')),
             QStringLiteral("longer than")},
        };
        for (const auto& [url, reason] : bad) {
            const RunResult refused = runAttune(home, {url});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("attune:// link was refused")),
                     qPrintable(refused.err));
            QVERIFY2(refused.err.contains(reason),
                     qPrintable(url + QLatin1Char('\n') + refused.err));
        }
        const RunResult extra =
            runAttune(home, {QStringLiteral("attune://call?phone=123"), QStringLiteral("--demo")});
        QCOMPARE(extra.exitCode, 2);
        const QJsonObject after = statusOf(home);
        QCOMPARE(after.value(QStringLiteral("callId")).toString(), QStringLiteral("url-1"));
        QCOMPARE(after.value(QStringLiteral("customer")), status.value(QStringLiteral("customer")));
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("ringing"));
        stopAttuneApp(app);
    }

    void aLinkStartsAttuneWhenNoneRuns()
    {
        IsolatedHome home;
        const RunResult opened = runAttune(
            home, {QStringLiteral("attune://call?phone=%2B441234567890&id=url-2")}, 40000);
        QCOMPARE(opened.exitCode, 0);
        const QJsonObject status = statusOf(home);
        QCOMPARE(status.value(QStringLiteral("callId")).toString(), QStringLiteral("url-2"));
        QCOMPARE(status.value(QStringLiteral("state")).toString(), QStringLiteral("ringing"));
        // Started by the link, in the background: stopped here by its pid.
        const qint64 pid = status.value(QStringLiteral("pid")).toInteger();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(home).isEmpty(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestUrlScheme)
#include "tst_urlscheme.moc"
