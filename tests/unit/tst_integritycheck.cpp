#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace attune;

// What Database::open checks, and when. A full `quick_check` reads every page, so the command
// line (IntegrityCheck::Cheap) reads the header and the schema only, and refuses a file that
// looks damaged without moving it; the app (WhenDue) reads every page after a run that did not
// close the file, and at most once a day otherwise, and moves a damaged file aside.
class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)); }

    // A history of some size: a few hundred pages, and an index whose root page can be damaged.
    static bool fill(const QString& path)
    {
        Database db(path);
        QString error;
        if (!db.open(&error))
            return false;
        QSqlQuery query(db.connection());
        if (!query.exec(
                QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)")) ||
            !query.exec(QStringLiteral("CREATE INDEX filler_body ON filler (body)")) ||
            !query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                " INSERT INTO filler (body) SELECT hex(randomblob(150)) FROM n")))
            return false;
        return true;
    }

    // Runs `sql` on the file through a connection of its own, as another program would.
    static bool raw(const QString& path, const QString& sql, QString* value = nullptr)
    {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (ok && value)
                    *value = query.next() ? query.value(0).toString() : QString();
                query.finish();
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList asideFiles(const QString& path)
    {
        const QFileInfo info(path);
        return info.dir().entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
    }

    // Opens `path` the way the app does and says whether it read every page.
    static bool appReadsEveryPage(const QString& path)
    {
        Database db(path);
        db.setIntegrityCheck(Database::IntegrityCheck::WhenDue);
        QString error;
        if (!db.open(&error))
            qWarning() << error;
        return db.fullCheckRan();
    }

    // `path`'s filler rows as another program sees them: this test run again as a process of its
    // own (main() below), which opens the file the way the command line does and closes it.
    static int rowsSeenByAnotherProgram(const QString& path)
    {
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--count-rows"), path});
        if (!other.waitForFinished(30000) || other.exitStatus() != QProcess::NormalExit ||
            other.exitCode() != 0) {
            qWarning() << other.readAllStandardError();
            return -1;
        }
        bool ok = false;
        const int rows = other.readAllStandardOutput().trimmed().toInt(&ok);
        return ok ? rows : -1;
    }

    // A run of the app that ends without closing the file, as a kill -9 ends it: this test run
    // again as a process of its own, which opens the file as the app, commits a row (outside the
    // filler table, whose pages a test damages) and exits at once.
    static bool appDiesHoldingTheFile(const QString& path)
    {
        QProcess app;
        app.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--die-open"), path});
        return app.waitForFinished(30000) && app.exitStatus() == QProcess::NormalExit &&
               app.exitCode() == 3;
    }

private Q_SLOTS:
    // Another program (the command line, an import) opening and closing the file while the app
    // has it open must leave the app's later commits in the file. The header was once read
    // through a descriptor of open()'s own: closing it dropped every POSIX lock this process held
    // on the file, SQLite's included, so the other program's close took itself for the last
    // user, checkpointed and deleted the WAL the app went on writing to. Every commit after that
    // was acknowledged and gone at the next kill -9 (tst_soak).
    void anotherProgramClosingTheFileLeavesTheAppsCommitsInIt()
    {
        const QString path = newPath();
        QVERIFY(fill(path));
        Database app(path);
        app.setIntegrityCheck(Database::IntegrityCheck::WhenDue);
        QString error;
        QVERIFY2(app.open(&error), qPrintable(error));
        QCOMPARE(rowsSeenByAnotherProgram(path), 3000);
        QSqlQuery insert(app.connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO filler (body) VALUES ('after')")));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
                 "the WAL the app writes to was deleted under it");
        QCOMPARE(rowsSeenByAnotherProgram(path), 3001);
    }

    void aSoundFileIsNotReadWholeOnEveryOpen()
    {
        const QString path = newPath();
        QVERIFY(fill(path));
        for (int i = 0; i < 3; ++i) {
            Database cli(path);
            QString error;
            QVERIFY2(cli.open(&error), qPrintable(error));
            QVERIFY(!cli.fullCheckRan());
        }
        QVERIFY(appReadsEveryPage(path)); // never checked in full before
        QVERIFY(!appReadsEveryPage(path));
        QVERIFY(!appReadsEveryPage(path));
    }

    // While the app has the file open it is marked in use; a run that never closed it (killed,
    // crashed, a power cut) leaves the mark and its WAL, and the next start reads every page.
    // The command line closing the file in between deletes the WAL but not the mark. A clean
    // start that runs no full check writes nothing: the file is byte for byte the same.
    void aRunThatDidNotCloseIsFollowedByAFullCheck_data()
    {
        QTest::addColumn<bool>("commandLineBetween");
        QTest::newRow("restarted at once") << false;
        QTest::newRow("the command line ran in between") << true;
    }

    void aRunThatDidNotCloseIsFollowedByAFullCheck()
    {
        QFETCH(bool, commandLineBetween);
        const QString path = newPath();
        QVERIFY(fill(path));
        QVERIFY(appReadsEveryPage(path));
        const QByteArray checked = bytesOf(path);
        {
            Database app(path);
            app.setIntegrityCheck(Database::IntegrityCheck::WhenDue);
            QString error;
            QVERIFY2(app.open(&error), qPrintable(error));
            QVERIFY(!app.fullCheckRan());
            QVERIFY(QFile::exists(path + QStringLiteral(".in-use")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".in-use")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(bytesOf(path), checked);
        QVERIFY(!appReadsEveryPage(path));

        QVERIFY(appDiesHoldingTheFile(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".in-use")));
        if (commandLineBetween) {
            QCOMPARE(rowsSeenByAnotherProgram(path), 3000);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        }
        QVERIFY(appReadsEveryPage(path));
        QVERIFY(!appReadsEveryPage(path));
    }

    void aFullCheckIsDueOnceADay_data()
    {
        QTest::addColumn<QString>("lastCheck");
        QTest::addColumn<bool>("due");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::newRow("an hour ago") << now.addSecs(-3600).toString(Qt::ISODateWithMs) << false;
        QTest::newRow("25 hours ago")
            << now.addSecs(-25 * 3600).toString(Qt::ISODateWithMs) << true;
        QTest::newRow("clock jumped back") << now.addDays(3).toString(Qt::ISODateWithMs) << true;
        QTest::newRow("not a time") << QStringLiteral("soon") << true;
    }

    void aFullCheckIsDueOnceADay()
    {
        QFETCH(QString, lastCheck);
        QFETCH(bool, due);
        const QString path = newPath();
        QVERIFY(fill(path));
        QVERIFY(appReadsEveryPage(path));
        QVERIFY(raw(path, QStringLiteral("UPDATE app_state SET value = '%1'"
                                         " WHERE key = 'integrity/lastFullCheck'")
                              .arg(lastCheck)));
        QCOMPARE(appReadsEveryPage(path), due);
    }

    // A damaged page deep inside: the command line does not read every page to find it (it may
    // meet it later as a read that fails with "damaged"), the app does after a run that did not
    // close the file, and keeps the damaged file aside untouched.
    void damageInsideIsFoundByTheAppAfterACrash()
    {
        const QString path = newPath();
        QVERIFY(fill(path));
        QVERIFY(appReadsEveryPage(path));
        QString root;
        QVERIFY(raw(path,
                    QStringLiteral("SELECT rootpage FROM sqlite_master"
                                   " WHERE name = 'filler_body'"),
                    &root));
        QVERIFY(appDiesHoldingTheFile(path));
        QString pageSize;
        QVERIFY(raw(path, QStringLiteral("PRAGMA page_size"), &pageSize));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((root.toLongLong() - 1) * pageSize.toLongLong() + 8));
            file.write(QByteArray(pageSize.toInt() - 8, '\x5A'));
        }
        const QByteArray damaged = bytesOf(path);
        {
            Database cli(path);
            QString error;
            QVERIFY2(cli.open(&error), qPrintable(error));
            QVERIFY(!cli.fullCheckRan());
        }
        QVERIFY(asideFiles(path).isEmpty());
        Database app(path);
        app.setIntegrityCheck(Database::IntegrityCheck::WhenDue);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("moved aside")));
        QVERIFY2(app.open(&error), qPrintable(error));
        QVERIFY(app.fullCheckRan());
        QVERIFY(!app.movedAsideTo().isEmpty());
        QCOMPARE(bytesOf(app.movedAsideTo()), damaged);
    }

    void theCommandLineRefusesAFileThatLooksDamaged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage header") << QStringLiteral("garbage");
        QTest::newRow("cut to a third") << QStringLiteral("third");
        QTest::newRow("cut at a page") << QStringLiteral("page");
    }

    void theCommandLineRefusesAFileThatLooksDamaged()
    {
        QFETCH(QString, damage);
        const QString path = newPath();
        QVERIFY(fill(path));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (damage == QLatin1String("garbage"))
                file.write(QByteArray(100, '\xA5'));
            else if (damage == QLatin1String("third"))
                QVERIFY(file.resize(file.size() / 3));
            else
                QVERIFY(file.resize(file.size() / 3 / 4096 * 4096));
        }
        const QByteArray damaged = bytesOf(path);
        Database cli(path);
        QString error;
        QVERIFY(!cli.open(&error));
        QVERIFY(cli.fullCheckRan());
        QVERIFY2(error.contains(QLatin1String("damaged")) && error.contains(path) &&
                     error.contains(QLatin1String("Nothing was changed")),
                 qPrintable(error));
        QVERIFY(asideFiles(path).isEmpty());
        QCOMPARE(bytesOf(path), damaged);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--count-rows")) {
        Database cli(arguments.at(2));
        QString error;
        if (!cli.open(&error)) {
            qCritical().noquote() << error;
            return 1;
        }
        QSqlQuery count(cli.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM filler")) || !count.next())
            return 1;
        std::printf("%d\n", count.value(0).toInt());
        return 0;
    }
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--die-open")) {
        Database app(arguments.at(2));
        app.setIntegrityCheck(Database::IntegrityCheck::WhenDue);
        QString error;
        if (!app.open(&error)) {
            qCritical().noquote() << error;
            return 1;
        }
        QSqlQuery insert(app.connection());
        if (!insert.exec(
                QStringLiteral("INSERT INTO app_state (key, value) VALUES ('test/died', 'yes')")))
            return 1;
        std::_Exit(3); // no destructor, no close: the file stays as a kill leaves it
    }
    TestIntegrityCheck test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_integritycheck.moc"
