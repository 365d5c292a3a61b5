#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace attune::test;

namespace {

QJsonObject request(const IsolatedHome& home, QJsonObject message)
{
    return requestApp(home, std::move(message), 10000);
}

QJsonObject saveAssessment(const IsolatedHome& home, const QString& callId)
{
    return request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                          {QStringLiteral("callId"), callId},
                          {QStringLiteral("note"), QStringLiteral("Summarise sooner")},
                          {QStringLiteral("answers"),
                           QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}}});
}

int countOf(const IsolatedHome& home, const QString& table)
{
    int result = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM ") + table) &&
            query.next())
            result = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return result;
}

QString libfaketime()
{
    for (const QString& dir : QDir(QStringLiteral("/usr/lib")).entryList(QDir::Dirs)) {
        const QString candidate = QStringLiteral("/usr/lib/%1/faketime/libfaketime.so.1").arg(dir);
        if (QFile::exists(candidate))
            return candidate;
    }
    return {};
}

// Starts the real binary in a private mount namespace where `setup` (a shell snippet; $0 is the
// data folder) has run first: a read-only data folder, or a tiny disk under it.
void startWithMount(QProcess& process, const IsolatedHome& home, const QString& setup,
                    const QStringList& arguments)
{
    QStringList wrapped{QStringLiteral("--mount")};
    if (::geteuid() != 0)
        wrapped << QStringLiteral("--map-root-user");
    wrapped << QStringLiteral("--") << QStringLiteral("/bin/sh") << QStringLiteral("-c")
            << setup + QStringLiteral(" && exec \"$@\"") << home.dataDir()
            << QStringLiteral(ATTUNE_BINARY) << arguments;
    process.setProcessEnvironment(home.environment());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral("unshare"), wrapped);
}

const QString kReadOnly =
    QStringLiteral("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\"");

bool waitForStatus(const IsolatedHome& home, QProcess& app)
{
    if (!app.waitForStarted(10000))
        return false;
    for (int i = 0; i < 200; ++i) {
        if (app.state() != QProcess::Running)
            return false;
        if (!statusOf(home).isEmpty())
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

// Storage under misuse, through the real binary: a clock that jumped, a folder that cannot be
// written, a disk that is full, a database that shrank under the running app.
class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue #14, defect 3: one start with the clock a year ahead deletes nothing.
    void oneStartWithTheClockAYearAheadDeletesNothing()
    {
        const QString faketime = libfaketime();
        QVERIFY2(!faketime.isEmpty(), "libfaketime is missing (bash .ci/install-deps)");
        IsolatedHome home;
        QVERIFY(home.writePolicy("[privacy]\nretentionDays=30\n"));
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        for (int i = 1; i <= 3; ++i) {
            const QString id = QStringLiteral("c-%1").arg(i);
            QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("start"),
                                      QStringLiteral("--call-id"), id,
                                      QStringLiteral("+1555000040%1").arg(i)})
                         .exitCode,
                     0);
            QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("answer")}).exitCode,
                     0);
            QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("end")}).exitCode, 0);
            QVERIFY(saveAssessment(home, id).value(QStringLiteral("ok")).toBool());
        }
        stopAttuneApp(app);
        QCOMPARE(countOf(home, QStringLiteral("calls")), 3);

        QProcessEnvironment ahead = home.environment();
        ahead.insert(QStringLiteral("LD_PRELOAD"), faketime);
        ahead.insert(QStringLiteral("FAKETIME"), QStringLiteral("+365d"));
        QProcess jumped;
        jumped.setProcessChannelMode(QProcess::SeparateChannels);
        home.start(jumped, {}, ahead);
        QVERIFY(jumped.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!statusOf(home).isEmpty(), 20000);
        stopAttuneApp(jumped);
        const QString log = QString::fromUtf8(jumped.readAllStandardError());
        QCOMPARE(countOf(home, QStringLiteral("calls")), 3);
        QCOMPARE(countOf(home, QStringLiteral("assessments")), 3);
        QVERIFY2(log.contains(QStringLiteral("retention purge held")), qPrintable(log));
        // Counts, never who: no number or note in the log line.
        QVERIFY2(!log.contains(QStringLiteral("1555")) &&
                     !log.contains(QStringLiteral("Summarise")),
                 qPrintable(log));

        // Back to the right clock: the recent calls stay, and nothing is held any more.
        QVERIFY(startAttuneApp(app, home));
        stopAttuneApp(app);
        QCOMPARE(countOf(home, QStringLiteral("calls")), 3);
    }

    // Issue #14, defect 8: a read-only data folder is called that, with the folder and what to
    // do, by the command line and by the app, which keeps running (calls still pop).
    void aReadOnlyDataFolderIsSaidToBeOne()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(saveAssessment(home, QStringLiteral("c-1")).value(QStringLiteral("ok")).toBool());
        stopAttuneApp(app);
        const QStringList before = QDir(home.dataDir()).entryList(QDir::Files);

        QProcess exporter;
        startWithMount(exporter, home, kReadOnly,
                       {QStringLiteral("export"), QStringLiteral("assessments"),
                        QStringLiteral("--format"), QStringLiteral("csv"),
                        home.path() + QStringLiteral("/out.csv")});
        QVERIFY(exporter.waitForFinished(30000));
        const QString cli = QString::fromUtf8(exporter.readAllStandardError());
        QCOMPARE(exporter.exitCode(), 1);
        QVERIFY2(cli.contains(QStringLiteral("cannot write to its data folder")) &&
                     cli.contains(home.dataDir()) && !cli.contains(QStringLiteral("damaged")),
                 qPrintable(cli));

        QProcess gui;
        startWithMount(gui, home, kReadOnly, {});
        QVERIFY(gui.waitForStarted(10000));
        QVERIFY(waitForStatus(home, gui));
        QCOMPARE(runAttune(home, {QStringLiteral("call"), QStringLiteral("start"),
                                  QStringLiteral("--call-id"), QStringLiteral("ro-1"),
                                  QStringLiteral("+15550000499")})
                     .exitCode,
                 0);
        stopAttuneApp(gui);
        const QString shown = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(shown.contains(QStringLiteral("cannot write to its data folder")) &&
                     shown.contains(home.dataDir()),
                 qPrintable(shown + QString::fromUtf8(gui.readAllStandardOutput())));
        QCOMPARE(QDir(home.dataDir()).entryList(QDir::Files), before); // nothing moved aside
    }

    // Issue #14, defect 8: a full disk says so, with the file and what to do, never "the
    // database did not accept the save".
    void aFullDiskIsSaidToBeOne()
    {
        IsolatedHome home;
        QProcess app;
        startWithMount(app, home, QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$0\""), {});
        QVERIFY(app.waitForStarted(10000));
        QVERIFY(waitForStatus(home, app));
        QJsonObject reply;
        int saved = 0;
        const QString longNote(900, QLatin1Char('n'));
        for (int i = 0; i < 5000; ++i) {
            reply = request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                                   {QStringLiteral("callId"), QStringLiteral("full-%1").arg(i)},
                                   {QStringLiteral("note"), longNote}});
            if (!reply.value(QStringLiteral("ok")).toBool())
                break;
            ++saved;
        }
        stopAttuneApp(app);
        const QString shown = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(saved > 0, qPrintable(QJsonDocument(reply).toJson() + shown));
        const QString error = reply.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("is full")) &&
                     error.contains(home.dataDir() + QStringLiteral("/attune.sqlite")) &&
                     error.contains(QStringLiteral("Free some space")),
                 qPrintable(QStringLiteral("after %1 saves: %2 / %3")
                                .arg(saved)
                                .arg(QString::fromUtf8(QJsonDocument(reply).toJson()), shown)));
        QVERIFY2(shown.contains(QStringLiteral("is full")), qPrintable(shown));
    }

    // Issue #14, defect 8: a database truncated under the running app: the next save is not
    // acknowledged (it would be lost), and says why.
    void aDatabaseTruncatedWhileRunningStopsAcknowledging()
    {
        IsolatedHome home;
        QProcess app;
        app.setProcessChannelMode(QProcess::SeparateChannels);
        home.start(app, {});
        QVERIFY(waitForStatus(home, app));
        QVERIFY(saveAssessment(home, QStringLiteral("c-1")).value(QStringLiteral("ok")).toBool());
        QFile file(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(0));
        file.close();
        for (const QString& id : {QStringLiteral("c-2"), QStringLiteral("c-3")}) {
            const QJsonObject reply = saveAssessment(home, id);
            const QString error = reply.value(QStringLiteral("error")).toString();
            QVERIFY2(!reply.value(QStringLiteral("ok")).toBool(true),
                     "a save into a truncated database was acknowledged");
            QVERIFY2(error.contains(QStringLiteral("truncated or replaced")) &&
                         error.contains(file.fileName()) &&
                         error.contains(QStringLiteral("start it again")),
                     qPrintable(error));
        }
        stopAttuneApp(app);
        const QString shown = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(shown.contains(QStringLiteral("truncated or replaced")), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
