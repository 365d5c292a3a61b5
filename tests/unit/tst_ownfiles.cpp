#include "assessment/AssessmentExport.h"
#include "core/InputFile.h"
#include "core/OwnFiles.h"
#include "settings/ExportPolicy.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace attune;

// An import or export pointed at Attune's own database must be refused before the file is
// opened: writing over it replaces the history under the running app, and even reading it drops
// SQLite's locks in this process (see OwnFiles.h).
class TestOwnFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<Database> m_open;

    static QByteArray head(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
    }

    static bool refusedForRead(const QString& path, QString* error)
    {
        QFile file;
        return !InputFile::open(file, path, QStringLiteral("import.csv"), 1 << 20, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("data/attune.sqlite"));
        m_open = std::make_unique<Database>(m_database);
        QString error;
        QVERIFY2(m_open->open(&error), qPrintable(error));
        QCOMPARE(head(m_database), QByteArray("SQLite format 3\0", 16));
    }

    void theDatabaseAndItsJournalsAreNeverReadAsAnImport()
    {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            QString error;
            QVERIFY2(refusedForRead(m_database + QLatin1String(suffix), &error), suffix);
            QVERIFY2(error.contains(QStringLiteral("own database")), qPrintable(error));
            QVERIFY2(error.startsWith(QStringLiteral("import.csv")), qPrintable(error));
        }
    }

    void aLinkToTheDatabaseIsSeenThrough()
    {
        const QString symbolic = m_dir.filePath(QStringLiteral("customers.csv"));
        QVERIFY(QFile::link(m_database, symbolic));
        const QString hard = m_dir.filePath(QStringLiteral("surveys.csv"));
        QCOMPARE(
            ::link(QFile::encodeName(m_database).constData(), QFile::encodeName(hard).constData()),
            0);
        const QString throughFolder = m_dir.filePath(QStringLiteral("folder-link"));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("data")), throughFolder));
        for (const QString& path :
             {symbolic, hard, throughFolder + QStringLiteral("/attune.sqlite"),
              throughFolder + QStringLiteral("/attune.sqlite-journal")}) {
            QString error;
            QVERIFY2(refusedForRead(path, &error), qPrintable(path));
            QVERIFY2(!OutputFile::checkTarget(path, &error), qPrintable(path));
        }
        QFile::remove(symbolic);
        QFile::remove(hard);
        QFile::remove(throughFolder);
    }

    void anExportOverTheDatabaseLeavesItAsItWas()
    {
        const ExportPolicy allowed = ExportPolicy::allowed();
        QString error;
        QVERIFY(
            !AssessmentExport::writeFile(allowed, {}, QStringLiteral("csv"), m_database, &error));
        QVERIFY2(error.contains(m_database), qPrintable(error));
        QCOMPARE(head(m_database), QByteArray("SQLite format 3\0", 16));
        QSqlQuery query(m_open->connection());
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM calls")), "still a database");
    }

    void otherTargetsAreCheckedBeforeAnythingIsCreated()
    {
        QString error;
        // A file of the same name elsewhere is not the database.
        QVERIFY2(OutputFile::checkTarget(m_dir.filePath(QStringLiteral("attune.sqlite")), &error),
                 qPrintable(error));
        QVERIFY(!OutputFile::checkTarget(m_dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
        QVERIFY(
            !OutputFile::checkTarget(m_dir.filePath(QStringLiteral("no/such/report.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        // A FIFO is refused at once; opening it to write would wait for a reader forever.
        const QString fifo = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!OutputFile::checkTarget(fifo, &error));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!QFileInfo(m_dir.filePath(QStringLiteral("no/such/report.pdf"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestOwnFiles)
#include "tst_ownfiles.moc"
