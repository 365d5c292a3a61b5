#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/ThreadHop.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace attune;

// A QObject subscriber like a widget: it may only be touched on its own thread.
class ThreadAffineSubscriber : public QObject
{
    Q_OBJECT

public:
    explicit ThreadAffineSubscriber(CallSession& session)
    {
        m_connection =
            session.utteranceAdded.connect([this](const Call&, const Utterance& line, bool) {
                runOnObjectThread(this, [this, line] {
                    if (QThread::currentThread() != thread())
                        ++wrongThreadCalls;
                    lines << line.text;
                    Q_EMIT received();
                });
            });
    }

    QStringList lines;
    int wrongThreadCalls = 0;

Q_SIGNALS:
    void received();

private:
    boost::signals2::scoped_connection m_connection;
};

class TestCallEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishingFromManyThreadsKeepsEveryEventAndOrderPerThread()
    {
        FakeClock clock;
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        CallStartedEvent start;
        start.callId = QStringLiteral("t1");
        bus.callStarted(start);
        bus.callAnswered(QString());

        ThreadAffineSubscriber subscriber(session);
        constexpr int kThreads = 4;
        constexpr int kLinesEach = 250;
        std::vector<std::thread> publishers;
        for (int t = 0; t < kThreads; ++t) {
            publishers.emplace_back([&bus, t] {
                for (int i = 0; i < kLinesEach; ++i) {
                    Utterance line;
                    line.text = QStringLiteral("%1:%2").arg(t).arg(i);
                    bus.utterance(QString(), line);
                }
            });
        }
        for (std::thread& publisher : publishers)
            publisher.join();

        QTRY_COMPARE(subscriber.lines.size(), kThreads * kLinesEach);
        QCOMPARE(subscriber.wrongThreadCalls, 0);
        QCOMPARE(session.current().customerUtteranceCount, kThreads * kLinesEach);
        // Each thread's lines arrive in the order that thread published them.
        for (int t = 0; t < kThreads; ++t) {
            int expected = 0;
            for (const QString& text : subscriber.lines) {
                if (text.startsWith(QStringLiteral("%1:").arg(t))) {
                    QCOMPARE(text, QStringLiteral("%1:%2").arg(t).arg(expected));
                    ++expected;
                }
            }
            QCOMPARE(expected, kLinesEach);
        }
    }

    void aDestroyedSubscriberIsNeverCalled()
    {
        FakeClock clock;
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        CallStartedEvent start;
        bus.callStarted(start);
        {
            ThreadAffineSubscriber subscriber(session);
            Utterance line;
            line.text = QStringLiteral("queued but never delivered");
            bus.utterance(QString(), line); // queues a hop to the subscriber
            QCOMPARE(session.ringing.num_slots(), 0u);
            QCOMPARE(session.utteranceAdded.num_slots(), 1u);
        }
        // The scoped connection is gone, and the queued hop is dropped, not run on a dead object.
        QCOMPARE(session.utteranceAdded.num_slots(), 0u);
        Utterance after;
        after.text = QStringLiteral("after");
        bus.utterance(QString(), after);
        QCoreApplication::processEvents();
        QCOMPARE(session.transcript().size(), 2);
    }

    void hopRunsOnTheContextThreadNotTheCaller()
    {
        QObject context;
        std::atomic<bool> ranOnMain = false;
        std::thread worker([&] {
            runOnObjectThread(&context,
                              [&] { ranOnMain = QThread::currentThread() == context.thread(); });
        });
        worker.join();
        QVERIFY(!ranOnMain);
        QTRY_VERIFY(ranOnMain);
    }
};

QTEST_GUILESS_MAIN(TestCallEvents)
#include "tst_callevents.moc"
