#include "TestEnvironment.h"

#include <QFileInfo>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace attune::test;

namespace {

// One number out of an SQLite file the app wrote (the app is not running by then).
qint64 count(const QString& path, const QString& sql)
{
    qint64 result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return result;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshotShowsTheCallOnADemoDatabase()
    {
        IsolatedHome home;
        const QString shot = home.path() + QStringLiteral("/demo.png");
        QProcess process;
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("ATTUNE_DEMO_SPEED"), QStringLiteral("8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATTUNE_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(shot));

        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 300 && image.width() <= 400);
        QVERIFY(image.height() > 400);
        // Not a blank window: the demo call put text and colour on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        // The demo keeps its calls apart from the agent's real history.
        QVERIFY(QFileInfo::exists(home.dataDir() + QStringLiteral("/attune-demo.sqlite")));
        QVERIFY(!QFileInfo::exists(home.dataDir() + QStringLiteral("/attune.sqlite")));
        const qint64 demoCalls = count(home.dataDir() + QStringLiteral("/attune-demo.sqlite"),
                                       QStringLiteral("SELECT count(*) FROM calls"));
        QVERIFY2(demoCalls > 150, qPrintable(QString::number(demoCalls)));

        // The agent's own Attune, started next, gets an empty history of its own.
        const QString agentShot = home.path() + QStringLiteral("/agent.png");
        const RunResult agent = runAttune(home, {QStringLiteral("--screenshot"), agentShot}, 60000);
        QCOMPARE(agent.exitCode, 0);
        const QString agentDatabase = home.dataDir() + QStringLiteral("/attune.sqlite");
        QVERIFY(QFileInfo::exists(agentDatabase));
        QCOMPARE(count(agentDatabase, QStringLiteral("SELECT count(*) FROM calls")), 0);
        QCOMPARE(count(agentDatabase, QStringLiteral("SELECT count(*) FROM customers")), 0);
        QCOMPARE(count(agentDatabase, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                     "name = 'demo_seed'")),
                 0);
        // And a second demo run seeds nothing more: one call more, the demo's own.
        process.start(QStringLiteral(ATTUNE_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(count(home.dataDir() + QStringLiteral("/attune-demo.sqlite"),
                       QStringLiteral("SELECT count(*) FROM calls")),
                 demoCalls + 1);
    }

    void theDemoPlaysTheWholeCallLive()
    {
        IsolatedHome home;
        QProcess app;
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("ATTUNE_DEMO_SPEED"), QStringLiteral("10"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("state")).toString(),
                                  QStringLiteral("active"), 20000);
        QJsonObject status = statusOf(home);
        QVERIFY(status.value(QStringLiteral("demo")).toBool());
        // Elena pops as a known customer: the demo database holds her profile.
        QTRY_VERIFY_WITH_TIMEOUT(
            !(status = statusOf(home)).value(QStringLiteral("profile")).toObject().isEmpty(),
            10000);
        const QJsonObject profile = status.value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("state")).toString(), QStringLiteral("known"));
        QCOMPARE(profile.value(QStringLiteral("customerId")).toString(), QStringLiteral("C-10482"));
        QCOMPARE(profile.value(QStringLiteral("displayName")).toString(), QStringLiteral("Elena"));
        QCOMPARE(status.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("displayName"))
                     .toString(),
                 QStringLiteral("Elena Marsh"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(home).value(QStringLiteral("state")).toString(),
                                  QStringLiteral("wrap-up"), 20000);
        stopAttuneApp(app);
        // The customer's arc is kept with the call: it ran hot (frustration) and calmed down.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demo"));
            db.setDatabaseName(home.dataDir() + QStringLiteral("/attune-demo.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT arc_peak, arc_peak_kind, arc_calmed FROM "
                                              "calls WHERE call_id = 'demo-call-1'")));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toDouble() > 0.8, qPrintable(query.value(0).toString()));
            QCOMPARE(query.value(1).toString(), QStringLiteral("frustration"));
            QCOMPARE(query.value(2).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demo"));
    }

    void withoutADisplayItFallsBackToOffscreenAndSaysSo()
    {
        IsolatedHome home;
        QProcess process;
        QProcessEnvironment env = home.environment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("ATTUNE_DEMO_SPEED"), QStringLiteral("8"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(home.path());
        process.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("--demo")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("No display found")), qPrintable(out));
        QVERIFY(!QImage(home.path() + QStringLiteral("/attune-demo.png")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
