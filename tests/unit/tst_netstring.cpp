#include "integration/Netstring.h"

#include <QTest>

using namespace attune;

class TestNetstring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesLengthColonPayloadComma()
    {
        QCOMPARE(NetstringReader::encode("hello"), QByteArray("5:hello,"));
        QCOMPARE(NetstringReader::encode(""), QByteArray("0:,"));
    }

    void readsFramesSplitAnywhere()
    {
        const QByteArray stream = NetstringReader::encode(R"({"event":true})") +
                                  NetstringReader::encode("") + NetstringReader::encode("x,y:z");
        // Every way of cutting the stream in two gives the same three frames.
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            NetstringReader reader;
            QList<QByteArray> frames;
            QByteArray frame;
            for (const QByteArray& part : {stream.left(cut), stream.mid(cut)}) {
                reader.append(part);
                NetstringReader::Status status;
                while ((status = reader.next(&frame)) == NetstringReader::Status::Frame)
                    frames << frame;
                QCOMPARE(status, NetstringReader::Status::NeedMore);
            }
            QCOMPARE(frames, (QList<QByteArray>{R"({"event":true})", "", "x,y:z"}));
            QCOMPARE(reader.bufferedBytes(), 0);
        }
    }

    void readsByteByByte()
    {
        NetstringReader reader;
        const QByteArray stream = NetstringReader::encode("abc") + NetstringReader::encode("de");
        QList<QByteArray> frames;
        for (const char c : stream) {
            reader.append(QByteArray(1, c));
            QByteArray frame;
            while (reader.next(&frame) == NetstringReader::Status::Frame)
                frames << frame;
        }
        QCOMPARE(frames, (QList<QByteArray>{"abc", "de"}));
    }

    void longStreamsKeepMemoryFlat()
    {
        NetstringReader reader;
        const QByteArray one = NetstringReader::encode(QByteArray(200, 'a'));
        QByteArray frame;
        for (int i = 0; i < 10000; ++i) {
            reader.append(one);
            QCOMPARE(reader.next(&frame), NetstringReader::Status::Frame);
        }
        QCOMPARE(reader.bufferedBytes(), 0);
    }

    void brokenFramingIsAnErrorForGood_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("reason");
        QTest::newRow("letter in length") << QByteArray("5x:hello,") << "digits";
        QTest::newRow("no length") << QByteArray(":hello,") << "missing";
        QTest::newRow("leading zero") << QByteArray("05:hello,") << "leading zero";
        QTest::newRow("no comma") << QByteArray("5:hello;") << "comma";
        QTest::newRow("too long a length") << QByteArray("12345678901:") << "too long";
        QTest::newRow("over the limit") << QByteArray("2000:") << "over the limit";
        QTest::newRow("json without framing") << QByteArray(R"({"event":true})") << "digits";
    }

    void brokenFramingIsAnErrorForGood()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, reason);
        NetstringReader reader(1000);
        reader.append(stream);
        QByteArray frame;
        QString error;
        QCOMPARE(reader.next(&frame, &error), NetstringReader::Status::Error);
        QVERIFY2(error.contains(reason), qPrintable(error));
        // Nothing after a framing error can be trusted, even good frames.
        reader.append(NetstringReader::encode("ok"));
        QCOMPARE(reader.next(&frame), NetstringReader::Status::Error);
    }

    void aLimitIsFoundBeforeThePayloadArrives()
    {
        NetstringReader reader(100);
        reader.append("101");
        QByteArray frame;
        QCOMPARE(reader.next(&frame), NetstringReader::Status::Error);
    }
};

QTEST_GUILESS_MAIN(TestNetstring)
#include "tst_netstring.moc"
