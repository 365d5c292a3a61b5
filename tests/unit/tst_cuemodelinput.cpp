// Misuse of the cue model: damaged, truncated and foreign weights files, and lines nobody
// should send (empty, a megabyte, invalid UTF-8, emoji only, several languages at once).

#include "TestConfig.h"
#include "empathy/CueModel.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace attune;

namespace {

QByteArray committed(const QString& name)
{
    QFile file(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/models/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCueModelInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBrokenFileIsRefusedWithFileAndReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectLanguage");
        QTest::addColumn<QString>("reason");
        const QByteArray good = committed(QStringLiteral("cues-es.atm"));
        QVERIFY(good.size() > 1000);
        QTest::newRow("empty") << QByteArray() << "es"
                               << "truncated";
        QTest::newRow("header only") << good.left(60) << "es"
                                     << "truncated or padded";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "es"
                                   << "truncated or padded";
        QTest::newRow("padded") << good + QByteArray(16, '\0') << "es"
                                << "truncated or padded";
        QByteArray magic = good;
        magic[0] = 'X';
        QTest::newRow("wrong magic") << magic << "es"
                                     << "wrong magic";
        QByteArray version = good;
        qToLittleEndian<quint32>(7, version.data() + 8);
        QTest::newRow("wrong version") << version << "es"
                                       << "format version 7";
        QByteArray flipped = good;
        flipped[good.size() - 3] = char(flipped[good.size() - 3] ^ 0x40);
        QTest::newRow("wrong checksum") << flipped << "es"
                                        << "checksum mismatch";
        QTest::newRow("foreign language") << good << "de"
                                          << "a model for \"es\", expected \"de\"";
        QTest::newRow("a language detector") << committed(QStringLiteral("langid.atm")) << "es"
                                             << "not a cue model";
        QTest::newRow("text") << QByteArray("{\"schema\": 1}\n").repeated(10) << "es"
                              << "wrong magic";
        QByteArray bits = good;
        qToLittleEndian<quint32>(40, bits.data() + 28);
        QTest::newRow("huge table") << bits << "es"
                                    << "out of range";
    }

    void aBrokenFileIsRefusedWithFileAndReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectLanguage);
        QFETCH(QString, reason);
        CueModel model;
        QString error;
        QVERIFY(
            !CueModel::load(bytes, QStringLiteral("broken.atm"), expectLanguage, &model, &error));
        QVERIFY2(error.startsWith(QStringLiteral("broken.atm: ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // A refused file leaves the model in use as it was, and the log says so.
    void aRefusedInstallKeepsThePreviousModel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken = dir.filePath(QStringLiteral("cues-fr.atm"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(committed(QStringLiteral("cues-fr.atm")).left(5000));
        }
        CueModels models;
        const auto before = models.model(QStringLiteral("fr"));
        QVERIFY(before);
        QString error;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "cue model refused, the previous model stays in use: .*cues-fr")));
        QVERIFY(!models.install(QStringLiteral("fr"), broken, &error));
        QVERIFY2(error.contains(broken), qPrintable(error));
        QCOMPARE(models.model(QStringLiteral("fr")), before);
        // A directory, a FIFO-like device and a missing file are refused the same way.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cue model refused")));
        QVERIFY(!models.install(QStringLiteral("fr"), QStringLiteral("/dev/zero"), &error));
        QVERIFY2(error.contains(QStringLiteral("/dev/zero")), qPrintable(error));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cue model refused")));
        QVERIFY(!models.install(QStringLiteral("fr"), dir.filePath(QStringLiteral("none.atm")),
                                &error));
        QCOMPARE(models.model(QStringLiteral("fr")), before);
        // A good file replaces it.
        const QString good = dir.filePath(QStringLiteral("good.atm"));
        {
            QFile file(good);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(committed(QStringLiteral("cues-fr.atm")));
        }
        QVERIFY2(models.install(QStringLiteral("fr"), good, &error), qPrintable(error));
        QVERIFY(models.model(QStringLiteral("fr")) != before);
    }

    void oddLinesStillGiveAReading_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   \t  ");
        QTest::newRow("one megabyte") << QStringLiteral("furious ").repeated(128 * 1024);
        QTest::newRow("one word of a megabyte") << QString(1 << 20, QLatin1Char('a'));
        QTest::newRow("invalid utf-8")
            << QString::fromUtf8(QByteArray("\xff\xfe\xc3\x28 bad \xe2\x82 bytes \xf0\x9f"));
        QTest::newRow("unpaired surrogate") << QString(QChar(0xD83D)) + QStringLiteral("x");
        QTest::newRow("emoji only") << QStringLiteral("😡😡😡🙄");
        QTest::newRow("mixed languages")
            << QStringLiteral("Hola, I am très fâché, das ist unglaublich, obrigado por nada");
        QTest::newRow("controls") << QString::fromLatin1("\x01\x02\x1b[31m\x7f");
    }

    void oddLinesStillGiveAReading()
    {
        QFETCH(QString, line);
        for (const char* language : kCueLanguages) {
            const CueReading reading = CueReader(nullptr).read(line, QLatin1String(language));
            QCOMPARE(reading.language, QLatin1String(language));
            QVERIFY(reading.intensity >= 0 && reading.intensity <= 1);
            for (const QString& word : reading.evidence)
                QVERIFY(word.size() <= 100);
        }
        CueStreamReader stream(nullptr, QStringLiteral("auto"));
        const CueReading reading = stream.read(line);
        QVERIFY(isCueLanguage(reading.language));
    }
};

QTEST_GUILESS_MAIN(TestCueModelInput)
#include "tst_cuemodelinput.moc"
