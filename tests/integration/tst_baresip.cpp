#include "Softphone.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace attune::test;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}

} // namespace

// Two real baresip processes call each other on 127.0.0.1; the real Attune, connected to the
// callee's ctrl_tcp, pops the call with the caller's number and profile, then sees it answered
// and hung up, and finds baresip again after it restarts.
class TestBaresip : public QObject
{
    Q_OBJECT

private:
    IsolatedHome m_home;
    Softphone m_caller;
    Softphone m_callee;
    QProcess m_app;

    QJsonObject status() const { return statusOf(m_home); }
    QString connectorState() const
    {
        return status()
            .value(QStringLiteral("integrations"))
            .toObject()
            .value(QStringLiteral("baresip"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("baresip")).isEmpty())
            QFAIL("baresip is not installed (Debian package baresip-core, see .ci/install-deps)");
        QVERIFY(m_home.isValid());
        m_caller.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("caller"),
                           "\"E. Marsh (mobile)\" <sip:+15551234567@127.0.0.1:PORT;transport=udp>");
        m_callee.configure(m_home.path() + QStringLiteral("/baresip"), QStringLiteral("callee"),
                           "<sip:agent@127.0.0.1:PORT;transport=udp>");
        QVERIFY(m_caller.sipPort && m_callee.sipPort && m_callee.ctrlPort);

        // The CRM knows the caller's number.
        const QString crm = m_home.path() + QStringLiteral("/crm.csv");
        writeFile(crm, "customer_id,full_name,phone\nC-77,Elena Marsh,+1 555 123 4567\n");
        QCOMPARE(runAttune(m_home, {QStringLiteral("import"), QStringLiteral("customers"), crm})
                     .exitCode,
                 0);
        writeFile(m_home.configDir() + QStringLiteral("/Attune/Attune.conf"),
                  QStringLiteral("[integration]\nbaresipEnabled=true\nbaresipHost=127.0.0.1\n"
                                 "baresipPort=%1\n")
                      .arg(m_callee.ctrlPort)
                      .toUtf8());
        // Attune first: it keeps trying, with back-off, until the softphone is there.
        QVERIFY(startAttuneApp(m_app, m_home));
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("retrying"), 20000);
        QVERIFY(m_caller.start());
        QVERIFY(m_callee.start());
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("connected"), 30000);
    }

    // When a step fails, what the two softphones said is the first thing to read.
    void cleanup()
    {
        if (!QTest::currentTestFailed())
            return;
        qWarning().noquote() << "caller said:\n" << m_caller.output();
        qWarning().noquote() << "callee said:\n" << m_callee.output();
    }

    void cleanupTestCase()
    {
        stopAttuneApp(m_app);
        m_caller.stop();
        m_callee.stop();
    }

    void aCallRingsIsAnsweredAndHangsUp()
    {
        QVERIFY(m_caller.command(
            QStringLiteral(R"({"command":"dial","params":"sip:agent@127.0.0.1:%1","token":"t1"})")
                .arg(m_callee.sipPort)
                .toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ringing"), 30000);
        QJsonObject now = status();
        QCOMPARE(now.value(QStringLiteral("source")).toString(), QStringLiteral("baresip"));
        const QString callId = now.value(QStringLiteral("callId")).toString();
        QVERIFY(!callId.isEmpty());
        const QJsonObject customer = now.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));
        QCOMPARE(customer.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("E. Marsh (mobile)"));
        // The right profile: found by the number, whatever the softphone calls them.
        QTRY_COMPARE_WITH_TIMEOUT(status()
                                      .value(QStringLiteral("profile"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toString(),
                                  QStringLiteral("known"), 10000);
        const QJsonObject profile = status().value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("customerId")).toString(), QStringLiteral("C-77"));
        QCOMPARE(profile.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Elena Marsh"));

        // Accept at the callee, as an agent would; asked again if the first went unheard.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (attempt > 0)
                qInfo("accept sent again (attempt %d)", attempt + 1);
            QVERIFY(m_callee.console("/accept"));
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 5000 &&
                   status().value(QStringLiteral("state")).toString() != QLatin1String("active"))
                QTest::qWait(100);
            if (status().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                break;
        }
        QCOMPARE(status().value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(status().value(QStringLiteral("callId")).toString(), callId);

        QVERIFY(m_caller.command(R"({"command":"hangup","token":"t2"})"));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("wrap-up"), 30000);
        QCOMPARE(status().value(QStringLiteral("callId")).toString(), callId);
    }

    void itFindsBaresipAgainAfterARestart()
    {
        m_callee.stop();
        QTRY_VERIFY_WITH_TIMEOUT(connectorState() != QLatin1String("connected"), 20000);
        QVERIFY(m_callee.start());
        QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("connected"), 40000);
        // And calls pop again.
        QVERIFY(m_caller.command(
            QStringLiteral(R"({"command":"dial","params":"sip:agent@127.0.0.1:%1","token":"t3"})")
                .arg(m_callee.sipPort)
                .toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("ringing"), 30000);
        QVERIFY(m_caller.command(R"({"command":"hangup","token":"t4"})"));
        // A missed call goes straight back to idle.
        QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("idle"), 30000);
    }
};

QTEST_GUILESS_MAIN(TestBaresip)
#include "tst_baresip.moc"
