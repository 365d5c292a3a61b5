#include "profile/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace attune;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> readAll(const QByteArray& data, QString* error,
                                      QList<int>* lines = nullptr)
    {
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, QStringLiteral("crm.csv"));
        QList<QStringList> records;
        QStringList fields;
        while (reader.next(&fields, error)) {
            records << fields;
            if (lines)
                *lines << reader.recordLine();
        }
        return records;
    }

private Q_SLOTS:
    void quotedFieldsCommasQuotesAndLineBreaks()
    {
        QString error;
        QList<int> lines;
        const QList<QStringList> records =
            readAll("\xEF\xBB\xBF"
                    "id,name,note\r\n"
                    "C-1,\"Marsh, Elena\",\"said \"\"thanks\"\"\"\r\n"
                    "\r\n"
                    "C-2,Jonas,\"two\nlines\"\n"
                    "C-3,Zoë,\n",
                    &error, &lines);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0), (QStringList{"id", "name", "note"})); // no BOM in the first header
        QCOMPARE(records.at(1), (QStringList{"C-1", "Marsh, Elena", "said \"thanks\""}));
        QCOMPARE(records.at(2), (QStringList{"C-2", "Jonas", "two\nlines"}));
        QCOMPARE(records.at(3), (QStringList{"C-3", "Zoë", ""}));
        QCOMPARE(lines, (QList<int>{1, 2, 4, 6})); // the blank line and the line break counted
    }

    void aLastLineWithoutNewline()
    {
        QString error;
        const QList<QStringList> records = readAll("a,b\n1,2", &error);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1), (QStringList{"1", "2"}));
    }

    void problemsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not UTF-8")
            << QByteArray("id,name\nC-1,Mar\xE9n\n") << "crm.csv:2: the file is not UTF-8";
        QTest::newRow("quote left open") << QByteArray("id,name\nC-1,\"Marsh\nC-2,Jonas\n")
                                         << "crm.csv:2: a quoted field is never closed";
        QTest::newRow("10 MB field")
            << QByteArray("id,name\nC-1,") + QByteArray(10 * 1024 * 1024, 'x') + "\n"
            << "crm.csv:2: field 2 is longer than 65536 characters";
    }

    void problemsNameTheLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QString error;
        readAll(data, &error);
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    // A character split across two read chunks is read whole.
    void aCharacterAcrossChunksSurvives()
    {
        QByteArray data = "id,name\nC-1,";
        data += QByteArray(64 * 1024 - data.size() - 1, 'a');
        data += "é\n"; // two bytes, the first at the end of the first chunk
        QString error;
        const QList<QStringList> records = readAll(data, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(1).at(1).endsWith(QStringLiteral("aé")));
    }

    void anEmptyFileHasNoRecords()
    {
        QString error;
        QVERIFY(readAll(QByteArray(), &error).isEmpty());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
