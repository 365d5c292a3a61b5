#include "TestEnvironment.h"
#include "integration/ApiToken.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using attune::test::unixMode;

class TestApiToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesA256BitTokenIntoAPrivateFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/config/Attune");
        const QString file = folder + QStringLiteral("/api-token");
        QString token;
        QString error;
        QVERIFY2(ApiToken::loadOrCreate(file, &token, &error), qPrintable(error));
        QCOMPARE(token.size(), 43); // 32 bytes in base64url
        QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 32);
        QCOMPARE(unixMode(file), 0600);
        QCOMPARE(unixMode(folder), 0700);
        // The same token on the next start.
        QString again;
        QVERIFY(ApiToken::loadOrCreate(file, &again, &error));
        QCOMPARE(again, token);
    }

    void tokensDiffer()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(ApiToken::generate());
        QCOMPARE(seen.size(), 100);
    }

    void aFileOthersCanReadIsTightened()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/api-token");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ApiToken::generate().toLatin1() + '\n');
        out.close();
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
        QString token;
        QString error;
        QVERIFY(ApiToken::loadOrCreate(file, &token, &error));
        QCOMPARE(unixMode(file), 0600);
        QCOMPARE(unixMode(dir.path()), 0700);
    }

    void aDamagedFileIsRefusedNotReplaced()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/api-token");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("password\n");
        out.close();
        QString token;
        QString error;
        QVERIFY(!ApiToken::loadOrCreate(file, &token, &error));
        QVERIFY(error.contains(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), QByteArray("password\n"));
    }

    void wellFormedAndMatching()
    {
        QVERIFY(!ApiToken::isWellFormed(QStringLiteral("short")));
        QVERIFY(!ApiToken::isWellFormed(QString(40, QLatin1Char(' '))));
        QVERIFY(ApiToken::isWellFormed(ApiToken::generate()));
        const QString token = ApiToken::generate();
        QVERIFY(ApiToken::matches(token, token));
        QVERIFY(!ApiToken::matches(token, token.left(42)));
        QVERIFY(!ApiToken::matches(token, token + QLatin1Char('x')));
        QVERIFY(!ApiToken::matches(QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestApiToken)
#include "tst_apitoken.moc"
