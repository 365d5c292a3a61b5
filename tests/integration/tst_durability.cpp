#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace attune::test;

namespace {

// One request to the running Attune's local socket; true when it answered ok.
bool sendRequest(const IsolatedHome& home, const QJsonObject& message)
{
    return requestApp(home, message, 3000).value(QStringLiteral("ok")).toBool();
}

} // namespace

// The real binary against damaged, locked and exported databases.
class TestDurability : public QObject
{
    Q_OBJECT

private:
    static QString databaseOf(const IsolatedHome& home)
    {
        return home.dataDir() + QStringLiteral("/attune.sqlite");
    }

    // Starts the app with its standard error kept, and waits until it answers `status`. A
    // warning shown at start (the platform plugin shows it even offscreen) must not hold start-up
    // or the socket until someone clicks it.
    static bool startKeepingErrors(QProcess& app, const IsolatedHome& home)
    {
        home.start(app, {});
        if (!app.waitForStarted(10000))
            return false;
        for (int i = 0; i < 200; ++i) {
            if (!statusOf(home).isEmpty())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    static bool save(const IsolatedHome& home, const QString& callId, const QString& note,
                     bool isPrivate)
    {
        return sendRequest(
            home,
            QJsonObject{{QStringLiteral("v"), 1},
                        {QStringLiteral("command"), QStringLiteral("assessment.save")},
                        {QStringLiteral("callId"), callId},
                        {QStringLiteral("note"), note},
                        {QStringLiteral("private"), isPrivate},
                        {QStringLiteral("answers"),
                         QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}}});
    }

    QStringList asideFiles(const IsolatedHome& home) const
    {
        return QDir(home.dataDir())
            .entryList({QStringLiteral("attune.sqlite.corrupt-*")}, QDir::Files);
    }

private Q_SLOTS:
    void exportWritesTheAgentsOwnAssessmentsWithoutPrivateNotes();
    void exportRefusesWhenItTurnedItOff();
    void theRetentionPeriodPurgesOldHistoryAtStart();
    void aDamagedDatabaseIsMovedAsideNeverOverwritten_data();
    void aDamagedDatabaseIsMovedAsideNeverOverwritten();
    void aLockedDatabaseIsLeftAloneWithAPlainMessage();
};

void TestDurability::exportWritesTheAgentsOwnAssessmentsWithoutPrivateNotes()
{
    IsolatedHome home;
    QProcess app;
    QVERIFY(startAttuneApp(app, home));
    QVERIFY(save(home, QStringLiteral("c-1"), QStringLiteral("Summarise sooner"), false));
    QVERIFY(save(home, QStringLiteral("c-2"), QStringLiteral("my private worry"), true));
    const QString csv = home.path() + QStringLiteral("/out.csv");
    // Exporting while Attune runs is fine: the database is read beside it.
    RunResult result = runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                        QStringLiteral("--format"), QStringLiteral("csv"), csv});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("Exported 2 assessments")), qPrintable(result.out));
    stopAttuneApp(app);
    QCOMPARE(unixMode(csv), 0600);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Summarise sooner"));
    QVERIFY(!text.contains("my private worry"));
    QCOMPARE(text.count("\r\n"), 3);

    const QString json = home.path() + QStringLiteral("/out.json");
    result = runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                              QStringLiteral("--format"), QStringLiteral("json"), json});
    QCOMPARE(result.exitCode, 0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray list = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(list.size(), 2);
    // A private note never leaves the machine's database, in any format.
    QVERIFY(!list.at(1).toObject().contains(QStringLiteral("note")));
    QVERIFY(list.at(1).toObject().value(QStringLiteral("notePrivate")).toBool());

    result = runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                              QStringLiteral("--format"), QStringLiteral("xml"), json});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("csv or json")), qPrintable(result.err));
}

// IT's privacy/allowExport=false: `attune export` refuses with the key in the message, writes no
// file, and an agent's own settings cannot turn it back on.
void TestDurability::exportRefusesWhenItTurnedItOff()
{
    IsolatedHome home;
    QProcess app;
    QVERIFY(startAttuneApp(app, home));
    QVERIFY(save(home, QStringLiteral("c-1"), QStringLiteral("Summarise sooner"), false));
    stopAttuneApp(app);
    QVERIFY(QDir().mkpath(home.systemConfigDir() + QStringLiteral("/Attune")));
    QFile policy(home.systemConfigDir() + QStringLiteral("/Attune/Attune.conf"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[privacy]\nallowExport=false\n");
    policy.close();
    QVERIFY(QDir().mkpath(home.configDir() + QStringLiteral("/Attune")));
    QFile mine(home.configDir() + QStringLiteral("/Attune/Attune.conf"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("[privacy]\nallowExport=true\n");
    mine.close();
    const QString csv = home.path() + QStringLiteral("/out.csv");
    const RunResult result =
        runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                         QStringLiteral("--format"), QStringLiteral("csv"), csv});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("privacy/allowExport")) &&
                 result.err.contains(QStringLiteral("IT department")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(csv));
}

// privacy/retentionDays in IT's policy: the real app purges what is older at start, before it
// answers on its socket, and keeps what is recent.
void TestDurability::theRetentionPeriodPurgesOldHistoryAtStart()
{
    IsolatedHome home;
    QProcess app;
    QVERIFY(startAttuneApp(app, home));
    // Enough recent history that the purge is a plausible share (a purge of most of the history
    // waits for the clock to agree with itself: tst_retention).
    for (const QString& id :
         {QStringLiteral("recent"), QStringLiteral("recent-2"), QStringLiteral("recent-3")})
        QVERIFY(save(home, id, QStringLiteral("fresh"), false));
    stopAttuneApp(app);
    const auto countOf = [&home](const QString& sql) {
        int result = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("retention"));
            db.setDatabaseName(databaseOf(home));
            QSqlQuery query(db);
            if (db.open() && query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("retention"));
        return result;
    };
    QCOMPARE(countOf(QStringLiteral(
                 "INSERT INTO calls (call_id, source, ringing_at) VALUES ('old', 'cli',"
                 " '2020-01-01T09:00:00.000Z') RETURNING 1")),
             1);
    QCOMPARE(countOf(QStringLiteral(
                 "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, saved_at)"
                 " VALUES ('old', 'r', 1, '{}', '2020-01-01T09:10:00.000Z') RETURNING 1")),
             1);
    QVERIFY(QDir().mkpath(home.systemConfigDir() + QStringLiteral("/Attune")));
    QFile policy(home.systemConfigDir() + QStringLiteral("/Attune/Attune.conf"));
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write("[privacy]\nretentionDays=30\n");
    policy.close();
    QVERIFY(startAttuneApp(app, home));
    stopAttuneApp(app);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM calls WHERE call_id = 'old'")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM assessments")), 3);
}

void TestDurability::aDamagedDatabaseIsMovedAsideNeverOverwritten_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage header") << "garbage";
    QTest::newRow("truncated") << "truncated";
}

void TestDurability::aDamagedDatabaseIsMovedAsideNeverOverwritten()
{
    QFETCH(QString, damage);
    IsolatedHome home;
    {
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                save(home, QStringLiteral("c-%1").arg(i), QString(200, QLatin1Char('x')), false));
        stopAttuneApp(app);
    }
    QFile::remove(databaseOf(home) + QStringLiteral("-wal"));
    QFile::remove(databaseOf(home) + QStringLiteral("-shm"));
    QFile file(databaseOf(home));
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == QLatin1String("garbage")) {
        file.write(QByteArray(100, '\xA5'));
    } else {
        QVERIFY(file.resize(file.size() / 3));
    }
    file.close();
    QFile damaged(databaseOf(home));
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();

    // The command line refuses it with the reason and changes nothing: moving the agent's
    // history aside is the app's to do, where the agent is told where it went.
    const RunResult cli = runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                           QStringLiteral("--format"), QStringLiteral("csv"),
                                           home.path() + QStringLiteral("/out.csv")});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("damaged")) && cli.err.contains(databaseOf(home)),
             qPrintable(cli.err));
    QVERIFY(asideFiles(home).isEmpty());
    QFile untouched(databaseOf(home));
    QVERIFY(untouched.open(QIODevice::ReadOnly));
    QCOMPARE(untouched.readAll(), damagedBytes);
    untouched.close();

    QProcess app;
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QVERIFY(startKeepingErrors(app, home));
    const QStringList aside = asideFiles(home);
    QCOMPARE(aside.size(), 1);
    QFile kept(QDir(home.dataDir()).filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damagedBytes); // moved, untouched
    // A fresh database works at once.
    QVERIFY(save(home, QStringLiteral("after"), QStringLiteral("fine"), false));
    stopAttuneApp(app);
    const QString errors = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(errors.contains(QStringLiteral("damaged")) && errors.contains(aside.first()),
             qPrintable(errors));
}

void TestDurability::aLockedDatabaseIsLeftAloneWithAPlainMessage()
{
    IsolatedHome home;
    {
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(save(home, QStringLiteral("c-1"), QStringLiteral("keep me"), false));
        stopAttuneApp(app);
    }
    {
        // Another program takes the file for itself.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(databaseOf(home));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
        QVERIFY(lock.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("UPDATE assessments SET note = note")));

        QProcess app;
        app.setProcessChannelMode(QProcess::SeparateChannels);
        QVERIFY(startKeepingErrors(app, home));
        QVERIFY(asideFiles(home).isEmpty());
        QVERIFY(!save(home, QStringLiteral("c-2"), QStringLiteral("no database"), false));
        QCOMPARE(app.state(), QProcess::Running); // and nothing crashed
        stopAttuneApp(app);
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("in use by another program")), qPrintable(errors));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QSqlQuery check(other);
        QVERIFY(check.exec(QStringLiteral("SELECT note FROM assessments")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("keep me"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
