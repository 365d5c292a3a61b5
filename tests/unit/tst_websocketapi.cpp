#include "integration/WebSocketApi.h"

#include <QTest>

using namespace attune;

// The WebSocket API's pure checks; tests/integration/tst_websocket drives the real thing.
class TestWebSocketApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyLoopbackHostsWithOurPort()
    {
        for (const char* good :
             {"localhost:4765", "LOCALHOST:4765", "127.0.0.1:4765", "[::1]:4765"})
            QVERIFY2(WebSocketApi::checkHost(good, 4765).isEmpty(), good);
        for (const char* bad : {"", "localhost", "127.0.0.1", "evil.example:4765", "localhost:4766",
                                "127.0.0.1:4765.evil.example", "localhost.evil.example:4765",
                                "127.0.0.2:4765", "[::2]:4765"})
            QVERIFY2(!WebSocketApi::checkHost(bad, 4765).isEmpty(), bad);
    }

    void browserOriginsOnlyWhenAllowed()
    {
        const QStringList allowed{QStringLiteral("https://crm.example.com/"),
                                  QStringLiteral("http://localhost:8080")};
        QVERIFY(WebSocketApi::checkOrigin("", allowed).isEmpty()); // a program, not a browser
        QVERIFY(WebSocketApi::checkOrigin("https://crm.example.com", allowed).isEmpty());
        QVERIFY(WebSocketApi::checkOrigin("HTTPS://CRM.example.com", allowed).isEmpty());
        QVERIFY(WebSocketApi::checkOrigin("http://localhost:8080", allowed).isEmpty());
        QVERIFY(!WebSocketApi::checkOrigin("https://evil.example", allowed).isEmpty());
        QVERIFY(!WebSocketApi::checkOrigin("null", allowed).isEmpty());
        QVERIFY(
            !WebSocketApi::checkOrigin("https://crm.example.com.evil.example", allowed).isEmpty());
        QVERIFY(!WebSocketApi::checkOrigin("https://crm.example.com", {}).isEmpty());
    }

    void rateLimiterAllowsBurstsThenTheSteadyRate()
    {
        RateLimiter limiter(100, 10);
        int allowed = 0;
        for (int i = 0; i < 50; ++i)
            allowed += limiter.allow(1000) ? 1 : 0;
        QCOMPARE(allowed, 10);         // the burst
        QVERIFY(!limiter.allow(1005)); // half a token later: still nothing
        QVERIFY(limiter.allow(1010));  // 10 ms at 100/s: one more
        // A steady 100 a second is always allowed.
        RateLimiter steady(100, 10);
        for (qint64 t = 0; t < 10000; t += 10)
            QVERIFY(steady.allow(t));
        // A clock that goes back gives nothing extra.
        RateLimiter back(100, 1);
        QVERIFY(back.allow(5000));
        QVERIFY(!back.allow(1000));
    }

    // RFC 6455, 5.1: every client frame is masked. The checker follows frame boundaries through
    // any split of the stream (here byte by byte), so a payload that looks like a header does
    // not fool it.
    void clientFramesMustBeMasked()
    {
        const auto frame = [](int opcode, qsizetype length, bool masked) {
            QByteArray bytes;
            bytes.append(char(0x80 | opcode));
            const char maskBit = masked ? char(0x80) : char(0);
            if (length < 126) {
                bytes.append(char(maskBit | char(length)));
            } else if (length < 65536) {
                bytes.append(char(maskBit | 126));
                bytes.append(char(length >> 8));
                bytes.append(char(length & 0xff));
            } else {
                bytes.append(char(maskBit | 127));
                for (int shift = 56; shift >= 0; shift -= 8)
                    bytes.append(char((quint64(length) >> shift) & 0xff));
            }
            if (masked)
                bytes.append("\x01\x02\x03\x04", 4);
            // A payload of unmasked-looking headers: 0x81 0x05 …
            for (qsizetype i = 0; i < length; ++i)
                bytes.append(i % 2 ? char(0x05) : char(0x81));
            return bytes;
        };
        const QByteArray good = frame(1, 0, true) + frame(1, 5, true) + frame(9, 125, true) +
                                frame(1, 126, true) + frame(2, 70000, true) + frame(8, 2, true);
        attune::ClientFrameChecker whole;
        QVERIFY(whole.feed(good));
        attune::ClientFrameChecker byteByByte;
        for (const char byte : good)
            QVERIFY(byteByByte.feed(&byte, 1));

        for (const QByteArray& bad : {frame(1, 5, false), frame(1, 300, false),
                                      frame(1, 70000, false), frame(8, 0, false)}) {
            attune::ClientFrameChecker checker;
            QVERIFY(!checker.feed(good + bad));
            QVERIFY(!checker.isOk());
            QVERIFY(!checker.feed(good)); // and it stays refused
        }
    }
};

QTEST_GUILESS_MAIN(TestWebSocketApi)
#include "tst_websocketapi.moc"
