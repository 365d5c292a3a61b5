// Issue #14, defect 6, for every file Attune reads through InputFile: a FIFO blocked open() (and
// start-up with it), /dev/zero was read until memory ran out, a folder gave a confusing error.
// Each is refused at once with the file's name; an ordinary file within its limit reads whole.

#include "assessment/Rubric.h"
#include "core/InputFile.h"
#include "core/JsonFile.h"
#include "empathy/CueDetector.h"
#include "empathy/PhraseLibrary.h"
#include "integration/ApiToken.h"
#include "integration/ScenarioPlayer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;

class TestInputFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fifo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
        return path;
    }

private Q_SLOTS:
    void notAnOrdinaryFileIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("fifo") << fifo(QStringLiteral("a.fifo")) << QStringLiteral("a.fifo");
        QTest::newRow("dev-zero") << QStringLiteral("/dev/zero") << QStringLiteral("zero");
        QTest::newRow("folder") << m_dir.path() << QStringLiteral("folder");
    }

    void notAnOrdinaryFileIsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        const QString expected = name + QStringLiteral(": not an ordinary file");
        QByteArray bytes;
        QString error;
        QVERIFY(!InputFile::readAll(path, name, 1024, &bytes, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(bytes.isEmpty());
        // Every reader of data files goes through it.
        QVERIFY(!JsonFile::read(path, name, &bytes, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        PhraseLibrary library;
        QVERIFY(!library.load(path, &error));
        QVERIFY2(error.contains(QLatin1String(": not an ordinary file")), qPrintable(error));
        Rubric rubric;
        QVERIFY(!Rubric::loadFile(path, &rubric, &error));
        QVERIFY2(error.contains(QLatin1String(": not an ordinary file")), qPrintable(error));
        Lexicon lexicon;
        QVERIFY(!Lexicon::loadFile(path, &lexicon, &error));
        QVERIFY2(error.contains(QLatin1String(": not an ordinary file")), qPrintable(error));
        Scenario scenario;
        QVERIFY(!Scenario::load(path, &scenario, &error));
        QVERIFY2(error.contains(QLatin1String(": not an ordinary file")), qPrintable(error));
    }

    // The API token file is read at every start with the WebSocket API on.
    void aTokenFileThatIsAFifoIsRefused()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("private")));
        const QString path = home.filePath(QStringLiteral("private/api-token"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        QString token;
        QString error;
        QVERIFY(!ApiToken::loadOrCreate(path, &token, &error));
        QVERIFY2(error.contains(QLatin1String("not an ordinary file")), qPrintable(error));
        QVERIFY(token.isEmpty());
    }

    void aFileOverItsLimitIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(JsonFile::kMaxBytes + 1));
        }
        QByteArray bytes;
        QString error;
        QVERIFY(!JsonFile::read(path, QStringLiteral("big.json"), &bytes, &error));
        QCOMPARE(error, QStringLiteral("big.json: the file is larger than 8 MB, the most Attune "
                                       "reads for this kind of file"));
        QVERIFY(QFile::resize(path, 1000));
        QVERIFY2(InputFile::readAll(path, QStringLiteral("big.json"), 1000, &bytes, &error),
                 qPrintable(error));
        QCOMPARE(bytes.size(), 1000);
        QVERIFY(!InputFile::readAll(path, QStringLiteral("big.json"), 999, &bytes, &error));
    }

    void builtInResourcesStillRead()
    {
        QByteArray bytes;
        QString error;
        QVERIFY2(JsonFile::read(QStringLiteral(":/phrases/en.json"), QStringLiteral("en.json"),
                                &bytes, &error),
                 qPrintable(error));
        QVERIFY(bytes.size() > 1000);
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
