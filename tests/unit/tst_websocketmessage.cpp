#include "TestConfig.h"
#include "integration/ApiMessage.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace attune;

class TestWebSocketMessage : public QObject
{
    Q_OBJECT

private:
    static ApiMessage parsed(const QByteArray& json)
    {
        ApiMessage message;
        QString error;
        if (!ApiMessage::parse(json, &message, &error))
            qWarning("%s", qPrintable(error));
        return message;
    }

private Q_SLOTS:
    void readsEveryType()
    {
        ApiMessage m = parsed(
            R"({"type":"call.started","version":1,"id":"r1","callId":"c-1", "caller":{"phone":"+15551234567","name":" Elena Marsh ","customerId":"C-1", "fields":{"queue":"billing"}}})");
        QCOMPARE(m.type, ApiMessage::Type::CallStarted);
        QCOMPARE(m.requestId.toString(), QStringLiteral("r1"));
        QCOMPARE(m.callId, QStringLiteral("c-1"));
        QCOMPARE(m.caller.phone, QStringLiteral("+15551234567"));
        QCOMPARE(m.caller.displayName, QStringLiteral("Elena Marsh"));
        QCOMPARE(m.caller.customerId, QStringLiteral("C-1"));
        QCOMPARE(m.caller.extraFields.value(QStringLiteral("queue")).toString(),
                 QStringLiteral("billing"));

        m = parsed(
            R"({"type":"utterance","version":1,"callId":"c-1","speaker":"customer", "text":"It is the third time!","final":false,"timestamp":1795389636720})");
        QCOMPARE(m.type, ApiMessage::Type::Utterance);
        QCOMPARE(m.utterance.speaker, Utterance::Speaker::Customer);
        QCOMPARE(m.utterance.text, QStringLiteral("It is the third time!"));
        QVERIFY(!m.utterance.isFinal);
        QCOMPARE(m.timestampMs, Q_INT64_C(1795389636720));

        m = parsed(
            R"({"type":"utterance","version":1,"speaker":"agent","text":"Sure", "timestamp":"2026-11-23T10:15:00.250Z"})");
        QCOMPARE(m.utterance.speaker, Utterance::Speaker::Agent);
        QVERIFY(m.utterance.isFinal); // final unless said otherwise
        QCOMPARE(m.timestampMs, Q_INT64_C(1795428900250));
        QVERIFY(m.callId.isEmpty()); // the live call

        QCOMPARE(parsed(R"({"type":"call.answered","version":1,"id":5})").type,
                 ApiMessage::Type::CallAnswered);
        QCOMPARE(parsed(R"({"type":"call.ended","version":1})").type, ApiMessage::Type::CallEnded);
        QCOMPARE(parsed(R"({"type":"customer.update","version":1,"caller":{"name":"E"}})").type,
                 ApiMessage::Type::CustomerUpdate);
        m = parsed(R"({"type":"auth","version":1,"token":"abc"})");
        QCOMPARE(m.type, ApiMessage::Type::Auth);
        QCOMPARE(m.token, QStringLiteral("abc"));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed") << QByteArray(R"({"type":"utterance",)") << "malformed JSON";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "JSON object";
        QTest::newRow("no version") << QByteArray(R"({"type":"call.ended"})") << "version";
        QTest::newRow("wrong version")
            << QByteArray(R"({"type":"call.ended","version":2})") << "version";
        QTest::newRow("version as text")
            << QByteArray(R"({"type":"call.ended","version":"1"})") << "version";
        QTest::newRow("no type") << QByteArray(R"({"version":1})") << "\"type\"";
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"call.transfer","version":1})") << "unknown message type";
        QTest::newRow("unknown field")
            << QByteArray(R"({"type":"utterance","version":1,"speeker":"customer","text":"x"})")
            << "unknown field \"speeker\"";
        QTest::newRow("bad speaker")
            << QByteArray(R"({"type":"utterance","version":1,"speaker":"bot","text":"x"})")
            << "speaker";
        QTest::newRow("empty text")
            << QByteArray(R"({"type":"utterance","version":1,"speaker":"agent","text":"  "})")
            << "\"text\"";
        QTest::newRow("final not bool")
            << QByteArray(
                   R"({"type":"utterance","version":1,"speaker":"agent","text":"x","final":"no"})")
            << "\"final\"";
        QTest::newRow("timestamp in seconds")
            << QByteArray(
                   R"({"type":"utterance","version":1,"speaker":"agent","text":"x","timestamp":1795389636})")
            << "timestamp";
        QTest::newRow("callId not text")
            << QByteArray(R"({"type":"call.ended","version":1,"callId":7})") << "callId";
        QTest::newRow("control characters")
            << QByteArray(R"({"type":"call.started","version":1,"caller":{"name":"a\u0007b"}})")
            << "control character (U+0007)";
        QTest::newRow("unknown caller field")
            << QByteArray(R"({"type":"call.started","version":1,"caller":{"email":"x"}})")
            << "caller.email";
        QTest::newRow("caller phone not text")
            << QByteArray(R"({"type":"call.started","version":1,"caller":{"phone":5}})")
            << "caller.phone";
        QTest::newRow("empty update")
            << QByteArray(R"({"type":"customer.update","version":1})") << "caller";
        QTest::newRow("auth without token")
            << QByteArray(R"({"type":"auth","version":1})") << "token";
        QTest::newRow("id as object")
            << QByteArray(R"({"type":"call.ended","version":1,"id":{}})") << "\"id\"";
        QTest::newRow("long call id")
            << QByteArray("{\"type\":\"call.ended\",\"version\":1,\"callId\":\"") +
                   QByteArray(200, 'x') + "\"}"
            << "longer than";
    }

    void refusesWithAReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        ApiMessage message;
        QString error;
        QVERIFY(!ApiMessage::parse(json, &message, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void anErrorStillCarriesTheRequestId()
    {
        ApiMessage message;
        QString error;
        QVERIFY(!ApiMessage::parse(R"({"type":"nope","version":1,"id":"r-7"})", &message, &error));
        const QJsonObject reply = ApiMessage::errorReply(message.requestId, error);
        QCOMPARE(reply.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(reply.value(QStringLiteral("id")).toString(), QStringLiteral("r-7"));
        QCOMPARE(reply.value(QStringLiteral("reason")).toString(), error);
        QVERIFY(!ApiMessage::ackReply(QJsonValue()).contains(QStringLiteral("id")));
    }

    void refusesOversizeBeforeParsing()
    {
        const QByteArray big =
            QByteArray(
                "{\"type\":\"utterance\",\"version\":1,\"speaker\":\"customer\",\"text\":\"") +
            QByteArray(ApiProtocol::kMaxMessageBytes, 'a') + "\"}";
        ApiMessage message;
        QString error;
        QVERIFY(!ApiMessage::parse(big, &message, &error));
        QVERIFY2(error.contains(QStringLiteral("longer than")), qPrintable(error));
    }

    // The fuzzer's seeds are real messages: the good ones must parse, and the rest be refused.
    void theFuzzCorpusSeedsBehave()
    {
        const QDir corpus(QStringLiteral(ATTUNE_TEST_DATA_DIR "/ws_corpus"));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString& name : files) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            ApiMessage message;
            QString error;
            const bool bad = name.startsWith(QLatin1String("wrong")) ||
                             name.startsWith(QLatin1String("malformed")) ||
                             name.startsWith(QLatin1String("array"));
            QCOMPARE(ApiMessage::parse(file.readAll(), &message, &error), !bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebSocketMessage)
#include "tst_websocketmessage.moc"
