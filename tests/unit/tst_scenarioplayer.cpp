#include "core/CallSession.h"
#include "integration/ScenarioPlayer.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace attune;

class TestScenarioPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBuiltInDemoIsValidAndTellsAStory()
    {
        Scenario demo;
        QString error;
        QVERIFY2(Scenario::load(QStringLiteral(":/scenarios/demo.json"), &demo, &error),
                 qPrintable(error));
        QCOMPARE(demo.steps.first().kind, Scenario::Step::Kind::CallStart);
        QCOMPARE(demo.steps.last().kind, Scenario::Step::Kind::CallEnd);
        QVERIFY(demo.screenshotAfterStep > 0);
        int customerLines = 0;
        for (const Scenario::Step& step : demo.steps)
            customerLines += step.kind == Scenario::Step::Kind::Say &&
                             step.line.speaker == Utterance::Speaker::Customer;
        QVERIFY(customerLines >= 5);
    }

    void playsEveryStepInOrderOnTheBus()
    {
        Scenario demo;
        QString error;
        QVERIFY(Scenario::load(QStringLiteral(":/scenarios/demo.json"), &demo, &error));
        SystemClock clock;
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        QStringList seen;
        boost::signals2::scoped_connection c1 =
            session.ringing.connect([&](const Call&, qint64) { seen << QStringLiteral("ring"); });
        boost::signals2::scoped_connection c2 = session.utteranceAdded.connect(
            [&](const Call&, const Utterance& line, bool) { seen << line.text; });
        boost::signals2::scoped_connection c3 =
            session.ended.connect([&](const Call&) { seen << QStringLiteral("end"); });
        ScenarioPlayer player(bus, clock);
        QSignalSpy finished(&player, &ScenarioPlayer::finished);
        player.play(demo, 200.0); // 50 s of script in a quarter of a second
        QVERIFY(finished.wait(5000));
        QCOMPARE(seen.first(), QStringLiteral("ring"));
        QCOMPARE(seen.last(), QStringLiteral("end"));
        int says = 0;
        for (const Scenario::Step& step : demo.steps) {
            if (step.kind == Scenario::Step::Kind::Say)
                QCOMPARE(seen.at(1 + says++), step.line.text);
        }
        QCOMPARE(session.current().state, CallState::WrapUp);
        QVERIFY(!player.isPlaying());
    }

    void stepsFireAtTheirTimeOnTheClock()
    {
        const QByteArray json = R"({"schema":1,"steps":[
            {"at":0,"event":"call.start"},{"at":10,"event":"call.answer"},{"at":20,"event":"call.end"}]})";
        Scenario scenario;
        QString error;
        QVERIFY2(Scenario::parse(json, QStringLiteral("t.json"), &scenario, &error),
                 qPrintable(error));
        FakeClock clock;
        CallEvents bus;
        CallSession session(clock);
        session.attach(bus);
        ScenarioPlayer player(bus, clock);
        QSignalSpy played(&player, &ScenarioPlayer::stepPlayed);
        player.play(scenario);
        QCOMPARE(played.size(), 1);
        QCOMPARE(session.current().state, CallState::Ringing);
        clock.advanceMs(9999);
        player.playDueSteps(); // an early tick publishes nothing
        QCOMPARE(played.size(), 1);
        clock.advanceMs(15000); // a very late tick: both remaining steps are due, in order
        player.playDueSteps();
        QCOMPARE(played.size(), 3);
        QCOMPARE(played.at(2).at(0).toInt(), 2);
        QCOMPARE(session.current().state, CallState::WrapUp);
    }

    // ATTUNE_DEMO_SPEED comes from the environment: "inf", "1e308" or "nan" multiplied the
    // elapsed milliseconds into a number no qint64 holds (undefined behaviour; on x86 the whole
    // script played at once or never). Anything but a plain speed plays in real time.
    void aSpeedThatIsNoPlainNumberPlaysInRealTime_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity();
        QTest::newRow("1e308") << 1e308;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("negative") << -5.0;
        QTest::newRow("past kMaxSpeed") << ScenarioPlayer::kMaxSpeed * 100;
    }

    void aSpeedThatIsNoPlainNumberPlaysInRealTime()
    {
        QFETCH(double, speed);
        const QByteArray json = R"({"schema":1,"steps":[
            {"at":0,"event":"call.start"},{"at":10,"event":"call.answer"},{"at":20,"event":"call.end"}]})";
        Scenario scenario;
        QString error;
        QVERIFY2(Scenario::parse(json, QStringLiteral("t.json"), &scenario, &error),
                 qPrintable(error));
        FakeClock clock(1000);
        CallEvents bus;
        ScenarioPlayer player(bus, clock);
        QSignalSpy played(&player, &ScenarioPlayer::stepPlayed);
        player.play(scenario, speed);
        QCOMPARE(played.size(), 1);
        clock.advanceMs(1);
        player.playDueSteps();
        QCOMPARE(played.size(), 1); // 1 ms in: the answer (10 s in) is not due
        clock.advanceMs(10000);
        player.playDueSteps();
        QCOMPARE(played.size(), 2);
    }

    void badScenariosNameFileStepAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("syntax") << QByteArray("{\"schema\":1,\n\"steps\":[}") << "bad.json:2";
        QTest::newRow("schema") << QByteArray(R"({"schema":7,"steps":[]})") << "\"schema\"";
        QTest::newRow("no steps") << QByteArray(R"({"schema":1})") << "\"steps\"";
        QTest::newRow("bad time")
            << QByteArray(R"({"schema":1,"steps":[{"at":"soon","event":"call.start"}]})")
            << "step 1: field \"at\"";
        // 1e300 seconds overflowed the milliseconds (llround's result is unspecified).
        QTest::newRow("beyond a day")
            << QByteArray(R"({"schema":1,"steps":[{"at":1e300,"event":"call.start"}]})")
            << "step 1: field \"at\"";
        QTest::newRow("negative") << QByteArray(
                                         R"({"schema":1,"steps":[{"at":-1,"event":"call.start"}]})")
                                  << "step 1: field \"at\"";
        QTest::newRow("out of order")
            << QByteArray(
                   R"({"schema":1,"steps":[{"at":5,"event":"call.start"},{"at":1,"event":"call.end"}]})")
            << "step 2: field \"at\"";
        QTest::newRow("bad event")
            << QByteArray(R"({"schema":1,"steps":[{"at":0,"event":"dance"}]})")
            << "field \"event\"";
        QTest::newRow("no text")
            << QByteArray(R"({"schema":1,"steps":[{"at":0,"event":"say","speaker":"customer"}]})")
            << "field \"text\"";
    }

    void badScenariosNameFileStepAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        Scenario scenario;
        QString error;
        QVERIFY(!Scenario::parse(json, QStringLiteral("bad.json"), &scenario, &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
        QVERIFY(error.startsWith(QStringLiteral("bad.json")));
    }
};

QTEST_GUILESS_MAIN(TestScenarioPlayer)
#include "tst_scenarioplayer.moc"
