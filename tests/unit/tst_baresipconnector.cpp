#include "FreePorts.h"
#include "core/CallEvents.h"
#include "integration/BaresipConnector.h"
#include "integration/Netstring.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace attune;
using namespace attune::test;

class TestBaresipConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsCallEvents_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("kind");
        QTest::newRow("incoming")
            << QByteArray(
                   R"({"event":true,"type":"CALL_INCOMING","class":"call","peeruri":"sip:+15551234567@127.0.0.1:5060","id":"abc"})")
            << int(BaresipEvent::Kind::Ringing);
        QTest::newRow("ringing (outgoing)")
            << QByteArray(
                   R"({"event":true,"type":"CALL_RINGING","class":"call","peeruri":"sip:b@h","id":"abc"})")
            << int(BaresipEvent::Kind::Ringing);
        QTest::newRow("established")
            << QByteArray(R"({"event":true,"type":"CALL_ESTABLISHED","class":"call","id":"abc"})")
            << int(BaresipEvent::Kind::Answered);
        QTest::newRow("closed")
            << QByteArray(
                   R"({"event":true,"type":"CALL_CLOSED","class":"call","id":"abc","param":"bye"})")
            << int(BaresipEvent::Kind::Ended);
        QTest::newRow("other call event")
            << QByteArray(R"({"event":true,"type":"CALL_RTCP","class":"call","id":"abc"})")
            << int(BaresipEvent::Kind::Other);
        QTest::newRow("sdp is class other")
            << QByteArray(R"({"event":true,"type":"CALL_LOCAL_SDP","class":"other","id":"abc"})")
            << int(BaresipEvent::Kind::Other);
        QTest::newRow("command response")
            << QByteArray(R"({"response":true,"ok":true,"data":"","token":"t1"})")
            << int(BaresipEvent::Kind::Other);
    }

    void mapsCallEvents()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, kind);
        BaresipEvent event;
        QString error;
        QVERIFY2(BaresipEvent::parse(json, &event, &error), qPrintable(error));
        QCOMPARE(int(event.kind), kind);
        if (event.kind != BaresipEvent::Kind::Other)
            QCOMPARE(event.callId, QStringLiteral("abc"));
    }

    void refusesGarbageAndCallEventsWithoutId()
    {
        BaresipEvent event;
        QString error;
        QVERIFY(!BaresipEvent::parse("not json", &event, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!BaresipEvent::parse(R"({"event":true,"type":"CALL_INCOMING","class":"call"})",
                                     &event, &error));
        QCOMPARE(event.kind, BaresipEvent::Kind::Other);
    }

    void callerComesFromThePeerUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::newRow("sip number") << "sip:+15551234567@127.0.0.1:5060"
                                    << ""
                                    << "+15551234567";
        QTest::newRow("with params") << "sip:07700900123@pbx;user=phone"
                                     << "Elena"
                                     << "07700900123";
        QTest::newRow("tel") << "tel:+44-20-7946-0321"
                             << ""
                             << "+44-20-7946-0321";
        QTest::newRow("sips percent") << "sips:%2B4930123456@h"
                                      << ""
                                      << "+4930123456";
        QTest::newRow("a name, not a number") << "sip:alice@example.org"
                                              << "Alice"
                                              << "";
    }

    void callerComesFromThePeerUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, name);
        QFETCH(QString, phone);
        BaresipEvent event;
        event.peerUri = uri;
        event.peerDisplayName = name;
        const CallerInfo caller = event.caller();
        QCOMPARE(caller.phone, phone);
        QCOMPARE(caller.displayName, name);
        // Without a number the agent still sees who it is.
        QCOMPARE(caller.extraFields.value(QStringLiteral("SIP")).toString(),
                 phone.isEmpty() ? uri : QString());
    }

    void backoffDoublesToACapAndResets()
    {
        Backoff backoff(500, 15000);
        QList<int> delays;
        for (int i = 0; i < 8; ++i)
            delays << backoff.nextDelayMs();
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 15000, 15000, 15000}));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(backoff.nextDelayMs(), 15000); // no overflow however long it waits
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 500);
    }

    // A fake ctrl_tcp on 127.0.0.1: the connector reconnects after it goes away, publishes the
    // calls it reports and ends a live call when the softphone disappears.
    void reconnectsAndPublishesCalls()
    {
        CallEvents bus;
        QStringList seen;
        bus.callStarted.connect([&](const CallStartedEvent& e) {
            seen << QStringLiteral("start %1 %2 %3").arg(e.callId, e.caller.phone, e.source);
        });
        bus.callAnswered.connect(
            [&](const QString& id) { seen << QStringLiteral("answer ") + id; });
        bus.callEnded.connect([&](const QString& id) { seen << QStringLiteral("end ") + id; });

        QTcpServer fake;
        QVERIFY(fake.listen(QHostAddress::LocalHost));
        const quint16 port = fake.serverPort();
        BaresipConnector connector(bus);
        connector.start(QStringLiteral("127.0.0.1"), port);
        QTRY_VERIFY_WITH_TIMEOUT(fake.hasPendingConnections(), 20000);
        QTcpSocket* peer = fake.nextPendingConnection();
        QTRY_COMPARE_WITH_TIMEOUT(connector.state(), BaresipConnector::State::Connected, 10000);
        const QByteArray incoming =
            R"({"event":true,"type":"CALL_INCOMING","class":"call","peeruri":"sip:+15550100@h","id":"c1"})";
        // The same call reported twice rings once; split frames are put together.
        const QByteArray stream =
            NetstringReader::encode(incoming) + NetstringReader::encode(incoming) +
            NetstringReader::encode(
                R"({"event":true,"type":"CALL_ESTABLISHED","class":"call","id":"c1"})");
        peer->write(stream.left(17));
        peer->flush();
        QTest::qWait(50);
        peer->write(stream.mid(17));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 10000);
        QCOMPARE(seen, (QStringList{"start c1 +15550100 baresip", "answer c1"}));

        // baresip goes away mid-call: the call ends, and the connector comes back by itself.
        peer->close();
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 3, 10000);
        QCOMPARE(seen.last(), QStringLiteral("end c1"));
        QTRY_VERIFY_WITH_TIMEOUT(fake.hasPendingConnections(), 20000);
        peer = fake.nextPendingConnection();
        QTRY_COMPARE_WITH_TIMEOUT(connector.state(), BaresipConnector::State::Connected, 10000);

        // Garbage framing drops the connection; it reconnects again.
        peer->write("garbage{}");
        QTRY_VERIFY_WITH_TIMEOUT(fake.hasPendingConnections(), 20000);
        fake.nextPendingConnection();
        QTRY_COMPARE_WITH_TIMEOUT(connector.state(), BaresipConnector::State::Connected, 10000);

        connector.stop();
        QCOMPARE(connector.state(), BaresipConnector::State::Stopped);
    }

    void retriesWhileNothingListens()
    {
        CallEvents bus;
        const quint16 port = freeLoopbackPort(); // nothing listens there now
        QVERIFY(port != 0);
        BaresipConnector connector(bus);
        connector.start(QStringLiteral("127.0.0.1"), port);
        QTRY_COMPARE_WITH_TIMEOUT(connector.state(), BaresipConnector::State::WaitingToRetry,
                                  10000);
        // baresip starts later: the connector finds it on a later attempt.
        QTcpServer late;
        QVERIFY(late.listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(late.hasPendingConnections(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(connector.state(), BaresipConnector::State::Connected, 10000);
    }
};

QTEST_GUILESS_MAIN(TestBaresipConnector)
#include "tst_baresipconnector.moc"
