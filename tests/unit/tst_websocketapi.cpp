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
};

QTEST_GUILESS_MAIN(TestWebSocketApi)
#include "tst_websocketapi.moc"
