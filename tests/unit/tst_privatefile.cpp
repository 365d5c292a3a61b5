#include "core/PrivateFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;
using Problem = PrivateFile::Problem;

// IT's password and key files for the team server, misused: missing, shared, a FIFO (which
// blocked the sync's thread in open() before this rule was shared), a folder, /dev/zero, huge.
class TestPrivateFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes, QFile::Permissions mode)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        QFile::setPermissions(path, mode);
        return path;
    }

private Q_SLOTS:
    void aPrivateFileGivesItsFirstLine()
    {
        const QString path = write(QStringLiteral("pw"), "  s3cret pw \nsecond line\n",
                                   QFile::ReadOwner | QFile::WriteOwner);
        QString line;
        QCOMPARE(PrivateFile::readFirstLine(path, &line), Problem::None);
        QCOMPARE(line, QStringLiteral("s3cret pw"));
        QCOMPARE(PrivateFile::check(path), Problem::None);
        // Through a link, the file it names is judged.
        const QString link = m_dir.filePath(QStringLiteral("pw-link"));
        QVERIFY(QFile::link(path, link));
        QCOMPARE(PrivateFile::readFirstLine(link, &line), Problem::None);
    }

    void aFileOthersCanReadIsRefused()
    {
        for (const QFile::Permissions extra :
             {QFile::Permissions(QFile::ReadOther), QFile::Permissions(QFile::ReadGroup),
              QFile::Permissions(QFile::WriteOther)}) {
            const QString path = write(QStringLiteral("shared"), "pw\n",
                                       QFile::ReadOwner | QFile::WriteOwner | extra);
            QString line = QStringLiteral("untouched");
            QCOMPARE(PrivateFile::readFirstLine(path, &line), Problem::Exposed);
            QCOMPARE(line, QStringLiteral("untouched"));
            QCOMPARE(PrivateFile::check(path), Problem::Exposed);
        }
    }

    void whatIsNotAnOrdinaryFileIsRefusedAtOnce()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString line;
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(PrivateFile::readFirstLine(fifo, &line), Problem::NotOrdinary);
        QCOMPARE(PrivateFile::check(fifo), Problem::NotOrdinary);
        QVERIFY2(timer.elapsed() < 1000, "a FIFO must not be waited on");
        QCOMPARE(PrivateFile::readFirstLine(m_dir.path(), &line), Problem::NotOrdinary);
        QCOMPARE(PrivateFile::readFirstLine(QStringLiteral("/dev/zero"), &line),
                 Problem::NotOrdinary);
        QCOMPARE(PrivateFile::readFirstLine(m_dir.filePath(QStringLiteral("none")), &line),
                 Problem::Missing);
        QCOMPARE(PrivateFile::check(m_dir.filePath(QStringLiteral("none"))), Problem::Missing);
        QCOMPARE(PrivateFile::check(QString()), Problem::Missing);
    }

    void aHugeFileIsReadOnlyAsFarAsItsFirstLineCanBe()
    {
        const QString path = write(QStringLiteral("huge"), QByteArray(8 << 20, 'x'),
                                   QFile::ReadOwner | QFile::WriteOwner);
        QString line;
        QCOMPARE(PrivateFile::readFirstLine(path, &line), Problem::None);
        QCOMPARE(line.size(), 4096);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFile)
#include "tst_privatefile.moc"
