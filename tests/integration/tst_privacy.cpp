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

// One request to the running Attune's local socket; its reply (empty when none came).
QJsonObject request(const IsolatedHome& home, QJsonObject message)
{
    return requestApp(home, std::move(message), 5000);
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// One value from the database, read beside (or after) the app.
QVariant scalar(const IsolatedHome& home, const QString& sql)
{
    QVariant result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            result = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return result;
}

const QString kSecret = QStringLiteral("my private worry about my manager");

} // namespace

// Misuse of the privacy promises, each through the real binary: a private note must stay
// private whatever a request leaves out, and IT's policy must hold whatever the environment says.
class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue #14, defect 2: a draft's private mark survives a save that does not mention it.
    void aSaveThatOmitsPrivateKeepsTheDraftsNotePrivate()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QJsonObject reply =
            request(home, {{QStringLiteral("command"), QStringLiteral("assessment.draft")},
                           {QStringLiteral("callId"), QStringLiteral("c-1")},
                           {QStringLiteral("answers"),
                            QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}},
                           {QStringLiteral("note"), kSecret},
                           {QStringLiteral("private"), true}});
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(reply).toJson()));
        // The save names neither the note nor its privacy: both are the draft's.
        reply = request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                               {QStringLiteral("callId"), QStringLiteral("c-1")}});
        QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                 qPrintable(QJsonDocument(reply).toJson()));
        QCOMPARE(scalar(home, QStringLiteral("SELECT note_private FROM assessments")).toInt(), 1);
        QCOMPARE(scalar(home, QStringLiteral("SELECT note FROM assessments")).toString(), kSecret);
        // The draft's answers were kept too, not wiped by a save that sent none.
        QCOMPARE(scalar(home, QStringLiteral("SELECT outcome FROM assessments")).toString(),
                 QStringLiteral("resolved"));

        // A new note in a later draft of the same kind stays private as well.
        reply = request(home, {{QStringLiteral("command"), QStringLiteral("assessment.draft")},
                               {QStringLiteral("callId"), QStringLiteral("c-2")},
                               {QStringLiteral("note"), QStringLiteral("first thought")},
                               {QStringLiteral("private"), true}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());
        reply = request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                               {QStringLiteral("callId"), QStringLiteral("c-2")},
                               {QStringLiteral("note"), kSecret + QStringLiteral(" again")}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());

        for (const QString& format : {QStringLiteral("csv"), QStringLiteral("json")}) {
            const QString out = home.path() + QStringLiteral("/out.") + format;
            const RunResult result =
                runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                                 QStringLiteral("--format"), format, out});
            QCOMPARE(result.exitCode, 0);
            const QString text = readAll(out);
            QVERIFY2(text.contains(QStringLiteral("c-2")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("worry")), qPrintable(text));
        }
        QVERIFY(!QJsonDocument(statusOf(home)).toJson().contains("worry"));
        stopAttuneApp(app);
        QVERIFY(!readAll(home.dataDir() + QStringLiteral("/attune.log")).contains("worry"));
    }

    // A "private" that is not a boolean must not read as false and publish the note.
    void aPrivateFieldThatIsNotABooleanIsRefused()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        for (const QJsonValue& odd : {QJsonValue(QStringLiteral("yes")), QJsonValue(1)}) {
            const QJsonObject reply =
                request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                               {QStringLiteral("callId"), QStringLiteral("c-1")},
                               {QStringLiteral("note"), kSecret},
                               {QStringLiteral("private"), odd}});
            QVERIFY(!reply.value(QStringLiteral("ok")).toBool(true));
            QVERIFY2(reply.value(QStringLiteral("error"))
                         .toString()
                         .contains(QStringLiteral("\"private\" must be true or false")),
                     qPrintable(reply.value(QStringLiteral("error")).toString()));
        }
        stopAttuneApp(app);
        QCOMPARE(scalar(home, QStringLiteral("SELECT count(*) FROM assessments")).toInt(), 0);
    }

    // Issue #14, defect 4: IT's policy is read from /etc/xdg/Attune/Attune.conf whatever
    // $XDG_CONFIG_DIRS says; pointing it elsewhere (nowhere, or at the agent's own policy file)
    // changes nothing.
    void itsPolicyHoldsWhateverTheEnvironmentSays()
    {
        IsolatedHome home;
        QVERIFY(home.writePolicy("[privacy]\nallowExport=false\n"));
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QJsonObject reply =
            request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                           {QStringLiteral("callId"), QStringLiteral("c-1")},
                           {QStringLiteral("note"), QStringLiteral("Summarise sooner")}});
        QVERIFY(reply.value(QStringLiteral("ok")).toBool());
        stopAttuneApp(app);

        const QString ownPolicy = home.path() + QStringLiteral("/mine");
        QVERIFY(QDir().mkpath(ownPolicy + QStringLiteral("/Attune")));
        QFile mine(ownPolicy + QStringLiteral("/Attune/Attune.conf"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("[privacy]\nallowExport=true\n");
        mine.close();
        const QString csv = home.path() + QStringLiteral("/out.csv");
        for (const QString& dirs : {QStringLiteral("/anything"), ownPolicy}) {
            QProcessEnvironment env = home.environment();
            env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dirs);
            QProcess exporter;
            home.start(exporter,
                       {QStringLiteral("export"), QStringLiteral("assessments"),
                        QStringLiteral("--format"), QStringLiteral("csv"), csv},
                       env);
            QVERIFY(exporter.waitForFinished(30000));
            const QString err = QString::fromUtf8(exporter.readAllStandardError());
            QCOMPARE(exporter.exitCode(), 1);
            QVERIFY2(err.contains(QStringLiteral("privacy/allowExport")), qPrintable(err));
            QVERIFY(!QFile::exists(csv));
        }
    }

    // Issue #14, defect 9: a save with nothing in it gets a reason, not SQLite's words.
    void aSaveWithNothingToSaveSaysSoPlainly()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        const QJsonObject reply =
            request(home, {{QStringLiteral("command"), QStringLiteral("assessment.save")},
                           {QStringLiteral("callId"), QStringLiteral("never-drafted")}});
        stopAttuneApp(app);
        const QString error = reply.value(QStringLiteral("error")).toString();
        QVERIFY(!reply.value(QStringLiteral("ok")).toBool(true));
        QVERIFY2(error.contains(QStringLiteral("nothing to save")) &&
                     error.contains(QStringLiteral("never-drafted")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("constraint"), Qt::CaseInsensitive),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
