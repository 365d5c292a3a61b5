#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTest>

using namespace attune::test;

// The real binary, with the app running, asked by a clumsy command line to export over its own
// database or to import it. Before these were refused, `attune export … attune.sqlite` replaced
// the database with a CSV file while the app went on committing into the unlinked old one: every
// later save was acknowledged and lost, and the next start found no history at all.
class TestOwnFilesCli : public QObject
{
    Q_OBJECT

private:
    static QString databaseOf(const IsolatedHome& home)
    {
        return home.dataDir() + QStringLiteral("/attune.sqlite");
    }

    static bool save(const IsolatedHome& home, const QString& callId)
    {
        const QJsonObject message{
            {QStringLiteral("command"), QStringLiteral("assessment.save")},
            {QStringLiteral("callId"), callId},
            {QStringLiteral("note"), QStringLiteral("Summarise sooner")},
            {QStringLiteral("answers"),
             QJsonObject{{QStringLiteral("outcome"), QStringLiteral("resolved")}}}};
        return requestApp(home, message, 5000).value(QStringLiteral("ok")).toBool();
    }

    static QByteArray head(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
    }

private Q_SLOTS:
    void exportsAndImportsNamingTheDatabaseAreRefusedAndLoseNothing()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        QVERIFY(save(home, QStringLiteral("c-1")));

        const QString database = databaseOf(home);
        const QString link = home.path() + QStringLiteral("/export.csv");
        QVERIFY(QFile::link(database, link));
        const QList<QStringList> misuses = {
            {QStringLiteral("export"), QStringLiteral("assessments"), QStringLiteral("--format"),
             QStringLiteral("csv"), database},
            {QStringLiteral("export"), QStringLiteral("assessments"), QStringLiteral("--format"),
             QStringLiteral("json"), link},
            {QStringLiteral("export"), QStringLiteral("assessments"), QStringLiteral("--format"),
             QStringLiteral("csv"), database + QStringLiteral("-wal")},
            {QStringLiteral("import"), QStringLiteral("customers"), database},
            {QStringLiteral("import"), QStringLiteral("feedback"), link},
        };
        for (const QStringList& arguments : misuses) {
            const RunResult result = runAttune(home, arguments);
            QVERIFY2(result.exitCode != 0, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(result.err.contains(QStringLiteral("own database")), qPrintable(result.err));
        }
        QCOMPARE(head(database), QByteArray("SQLite format 3\0", 16));

        // The running app still commits into the file the next start reads.
        QVERIFY(save(home, QStringLiteral("c-2")));
        stopAttuneApp(app);
        const QString csv = home.path() + QStringLiteral("/out.csv");
        const RunResult result =
            runAttune(home, {QStringLiteral("export"), QStringLiteral("assessments"),
                             QStringLiteral("--format"), QStringLiteral("csv"), csv});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("2 assessments")), qPrintable(result.out));
    }
};

QTEST_GUILESS_MAIN(TestOwnFilesCli)
#include "tst_ownfiles_cli.moc"
