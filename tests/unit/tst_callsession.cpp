#include "core/CallEvents.h"
#include "core/CallSession.h"

#include <QTest>

using namespace attune;

class TestCallSession : public QObject
{
    Q_OBJECT

private:
    struct Recorder
    {
        QStringList events;
        QList<Call> calls;
        std::vector<boost::signals2::scoped_connection> connections;

        explicit Recorder(CallSession& session)
        {
            const auto note = [this](const char* name) {
                return [this, name](const Call& call) {
                    events << QLatin1String(name);
                    calls << call;
                };
            };
            connections.emplace_back(session.ringing.connect([this](const Call& call, qint64) {
                events << QStringLiteral("ringing");
                calls << call;
            }));
            connections.emplace_back(session.answered.connect(note("answered")));
            connections.emplace_back(session.ended.connect(note("ended")));
            connections.emplace_back(session.wrapUpFinished.connect(note("wrapUpFinished")));
            connections.emplace_back(session.customerUpdated.connect(note("customerUpdated")));
            connections.emplace_back(session.utteranceAdded.connect(
                [this](const Call& call, const Utterance&, bool replaced) {
                    events << (replaced ? QStringLiteral("utteranceReplaced")
                                        : QStringLiteral("utterance"));
                    calls << call;
                }));
            connections.emplace_back(session.rejected.connect(
                [this](const QString&) { events << QStringLiteral("rejected"); }));
        }
    };

    static CallStartedEvent startEvent(const QString& id,
                                       const QString& phone = QStringLiteral("+15551230000"))
    {
        CallStartedEvent event;
        event.callId = id;
        event.source = QStringLiteral("test");
        event.caller.phone = phone;
        event.caller.displayName = QStringLiteral("Ada Byron");
        return event;
    }

    static Utterance say(const QString& text, bool isFinal = true,
                         Utterance::Speaker speaker = Utterance::Speaker::Customer)
    {
        Utterance line;
        line.speaker = speaker;
        line.text = text;
        line.isFinal = isFinal;
        return line;
    }

private Q_SLOTS:
    void fullLifecycleEmitsOneSignalPerTransition()
    {
        FakeClock clock(1000);
        CallSession session(clock);
        Recorder recorder(session);

        QVERIFY(session.ring(startEvent(QStringLiteral("c1"))));
        QCOMPARE(session.current().state, CallState::Ringing);
        clock.advanceMs(4000);
        QVERIFY(session.answer(QString()));
        QCOMPARE(session.current().state, CallState::Active);
        QVERIFY(session.addUtterance(QString(), say(QStringLiteral("My order never came"))));
        clock.advanceMs(65000);
        QVERIFY(session.end(QStringLiteral("c1")));
        QCOMPARE(session.current().state, CallState::WrapUp);
        QCOMPARE(session.current().talkDurationMs(clock.monotonicMs()), 65000);
        QVERIFY(session.finishWrapUp());
        QCOMPARE(session.current().state, CallState::Idle);

        QCOMPARE(recorder.events,
                 (QStringList{QStringLiteral("ringing"), QStringLiteral("answered"),
                              QStringLiteral("utterance"), QStringLiteral("ended"),
                              QStringLiteral("wrapUpFinished")}));
        QCOMPARE(recorder.calls.at(3).state, CallState::WrapUp);
        QCOMPARE(recorder.calls.at(3).customerUtteranceCount, 1);
    }

    void missedCallSkipsWrapUp()
    {
        FakeClock clock;
        CallSession session(clock);
        Recorder recorder(session);
        QVERIFY(session.ring(startEvent(QStringLiteral("c1"))));
        QVERIFY(session.end(QString()));
        QCOMPARE(session.current().state, CallState::Idle);
        QCOMPARE(recorder.calls.last().state, CallState::Idle);
        QVERIFY(!recorder.calls.last().wasAnswered());
    }

    void refusesImpossibleTransitionsWithAReason_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("utterance with no call") << "say"
                                                << "no call";
        QTest::newRow("answer with no call") << "answer"
                                             << "no call";
        QTest::newRow("end with no call") << "end"
                                          << "no call";
        QTest::newRow("second start, same id") << "start-same"
                                               << "already live";
        QTest::newRow("second start, other id") << "start-other"
                                                << "still live";
        QTest::newRow("answer twice") << "answer-twice"
                                      << "active";
        QTest::newRow("wrong call id") << "wrong-id"
                                       << "not the current call";
        QTest::newRow("finish wrap-up while idle") << "finish-idle"
                                                   << "idle";
        QTest::newRow("empty utterance") << "say-empty"
                                         << "empty";
    }

    void refusesImpossibleTransitionsWithAReason()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, reasonContains);
        FakeClock clock;
        CallSession session(clock);
        QString error;
        bool accepted = true;
        if (scenario == QLatin1String("say")) {
            accepted = session.addUtterance(QString(), say(QStringLiteral("hello")), &error);
        } else if (scenario == QLatin1String("answer")) {
            accepted = session.answer(QString(), &error);
        } else if (scenario == QLatin1String("end")) {
            accepted = session.end(QString(), &error);
        } else if (scenario == QLatin1String("finish-idle")) {
            accepted = session.finishWrapUp(&error);
        } else {
            QVERIFY(session.ring(startEvent(QStringLiteral("c1"))));
            if (scenario == QLatin1String("start-same"))
                accepted = session.ring(startEvent(QStringLiteral("c1")), &error);
            else if (scenario == QLatin1String("start-other"))
                accepted = session.ring(startEvent(QStringLiteral("c2")), &error);
            else if (scenario == QLatin1String("answer-twice")) {
                QVERIFY(session.answer(QString()));
                accepted = session.answer(QString(), &error);
            } else if (scenario == QLatin1String("wrong-id"))
                accepted = session.answer(QStringLiteral("c9"), &error);
            else if (scenario == QLatin1String("say-empty"))
                accepted = session.addUtterance(QString(), say(QStringLiteral("   ")), &error);
        }
        QVERIFY(!accepted);
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void refusalLeavesStateUntouched()
    {
        FakeClock clock;
        CallSession session(clock);
        QVERIFY(session.ring(startEvent(QStringLiteral("c1"), QStringLiteral("+1555"))));
        const Call before = session.current();
        QVERIFY(!session.ring(startEvent(QStringLiteral("c2"), QStringLiteral("+1666"))));
        QCOMPARE(session.current().id, before.id);
        QCOMPARE(session.current().caller.phone, QStringLiteral("+1555"));
    }

    void newCallDuringWrapUpFinishesWrapUpFirst()
    {
        FakeClock clock;
        CallSession session(clock);
        Recorder recorder(session);
        QVERIFY(session.ring(startEvent(QStringLiteral("c1"))));
        QVERIFY(session.answer(QString()));
        QVERIFY(session.end(QString()));
        QVERIFY(session.ring(startEvent(QStringLiteral("c2"))));
        QCOMPARE(recorder.events.mid(3),
                 (QStringList{QStringLiteral("wrapUpFinished"), QStringLiteral("ringing")}));
        QCOMPARE(session.current().id, QStringLiteral("c2"));
        QVERIFY(session.transcript().isEmpty());
    }

    void partialLinesAreReplacedByTheirFinalLine()
    {
        FakeClock clock;
        CallSession session(clock);
        Recorder recorder(session);
        QVERIFY(session.ring(startEvent(QStringLiteral("c1"))));
        QVERIFY(session.answer(QString()));
        QVERIFY(session.addUtterance(QString(), say(QStringLiteral("I have been"), false)));
        QVERIFY(session.addUtterance(QString(), say(QStringLiteral("I have been waiting"), false)));
        QVERIFY(
            session.addUtterance(QString(), say(QStringLiteral("I have been waiting for weeks"))));
        QVERIFY(session.addUtterance(
            QString(), say(QStringLiteral("Let me check"), true, Utterance::Speaker::Agent)));
        const QList<Utterance> transcript = session.transcript();
        QCOMPARE(transcript.size(), 2);
        QCOMPARE(transcript.first().text, QStringLiteral("I have been waiting for weeks"));
        QVERIFY(transcript.first().isFinal);
        QCOMPARE(session.current().customerUtteranceCount, 1);
        QCOMPARE(session.current().agentUtteranceCount, 1);
        QCOMPARE(recorder.events.count(QStringLiteral("utteranceReplaced")), 2);
    }

    void customerUpdateMergesWithoutErasingKnownFields()
    {
        FakeClock clock;
        CallSession session(clock);
        QVERIFY(session.ring(startEvent(QStringLiteral("c1"), QStringLiteral("+15550001"))));
        CallerInfo update;
        update.customerId = QStringLiteral("C-77");
        update.extraFields.insert(QStringLiteral("tier"), QStringLiteral("gold"));
        QVERIFY(session.updateCustomer(QString(), update));
        const CallerInfo merged = session.current().caller;
        QCOMPARE(merged.phone, QStringLiteral("+15550001"));
        QCOMPARE(merged.displayName, QStringLiteral("Ada Byron"));
        QCOMPARE(merged.customerId, QStringLiteral("C-77"));
        QCOMPARE(merged.extraFields.value(QStringLiteral("tier")).toString(),
                 QStringLiteral("gold"));
    }

    void generatesAnIdWhenTheSourceHasNone()
    {
        FakeClock clock;
        CallSession session(clock);
        QVERIFY(session.ring(startEvent(QString())));
        QVERIFY(!session.current().id.isEmpty());
    }

    void busEventsDriveTheSession()
    {
        FakeClock clock;
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        bus.callStarted(startEvent(QStringLiteral("b1")));
        bus.callAnswered(QString());
        bus.utterance(QString(), say(QStringLiteral("hello there")));
        QCOMPARE(session.current().state, CallState::Active);
        QCOMPARE(session.transcript().size(), 1);
        bus.callEnded(QStringLiteral("b1"));
        QCOMPARE(session.current().state, CallState::WrapUp);
    }
};

QTEST_GUILESS_MAIN(TestCallSession)
#include "tst_callsession.moc"
