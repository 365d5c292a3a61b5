#include "breathing/BreathingPattern.h"
#include "breathing/BreathingSession.h"
#include "core/Clock.h"

#include <QTest>

using namespace attune;

class TestBreathing : public QObject
{
    Q_OBJECT

private:
    static BreathingPattern builtIn(const QString& id)
    {
        for (const BreathingPattern& pattern : BreathingPattern::builtIns()) {
            if (pattern.id == id)
                return pattern;
        }
        return {};
    }

private Q_SLOTS:
    void builtInsFollowTheDomainGuide_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("specification");
        QTest::newRow("box") << "box"
                             << "in 4, hold 4, out 4, hold 4";
        QTest::newRow("4-7-8") << "4-7-8"
                               << "in 4, hold 7, out 8";
        QTest::newRow("coherent") << "coherent"
                                  << "in 5.5, out 5.5";
        QTest::newRow("cyclic sighing") << "cyclic-sighing"
                                        << "in 2.5, top-up 1, out 6.5";
    }

    void builtInsFollowTheDomainGuide()
    {
        QFETCH(QString, id);
        QFETCH(QString, specification);
        QCOMPARE(builtIn(id).specification(), specification);
    }

    // Every phase of every pattern starts exactly on schedule, however many breaths in: the
    // state comes from elapsed time, so there is nothing to drift.
    void everyPhaseStartsExactlyOnSchedule_data()
    {
        QTest::addColumn<QString>("id");
        for (const BreathingPattern& pattern : BreathingPattern::builtIns())
            QTest::newRow(qPrintable(pattern.id)) << pattern.id;
    }

    void everyPhaseStartsExactlyOnSchedule()
    {
        QFETCH(QString, id);
        const BreathingPattern pattern = builtIn(id);
        FakeClock clock(50000);
        BreathingSession session(clock);
        session.start(pattern, BreathingLength::cycles(40));
        qint64 at = 0;
        for (int cycle = 0; cycle < 40; ++cycle) {
            for (int i = 0; i < pattern.phases.size(); ++i) {
                clock.setMonotonicMs(50000 + at);
                const BreathingSession::State state = session.state();
                QCOMPARE(state.status, BreathingSession::Status::Running);
                QCOMPARE(state.cycle, cycle);
                QCOMPARE(state.phaseIndex, i);
                QCOMPARE(state.phaseProgress, 0.0);
                QCOMPARE(state.phaseMsLeft, pattern.phases.at(i).ms);
                QCOMPARE(session.msToNextPhase(), pattern.phases.at(i).ms);
                at += pattern.phases.at(i).ms;
            }
        }
        clock.setMonotonicMs(50000 + at);
        QCOMPARE(session.state().status, BreathingSession::Status::Completed);
        QCOMPARE(session.state().breathedMs, 40 * pattern.cycleMs());
    }

    void theShapeFillsOnTheInhaleAndEmptiesOnTheExhale()
    {
        FakeClock clock;
        BreathingSession session(clock);
        session.start(builtIn(QStringLiteral("box")), BreathingLength::cycles(1));
        QCOMPARE(session.state().fullness, 0.0);
        clock.advanceMs(2000);
        QCOMPARE(session.state().fullness, 0.5);
        clock.advanceMs(2000); // hold, full
        QCOMPARE(session.state().phase, BreathPhase::Kind::Hold);
        QCOMPARE(session.state().fullness, 1.0);
        clock.advanceMs(6000); // half-way out
        QCOMPARE(session.state().phase, BreathPhase::Kind::Exhale);
        QCOMPARE(session.state().fullness, 0.5);
        clock.advanceMs(4000);
        QCOMPARE(session.state().fullness, 0.0);
    }

    void pauseFreezesAndResumeContinuesWhereItWas()
    {
        FakeClock clock;
        BreathingSession session(clock);
        session.start(builtIn(QStringLiteral("4-7-8")), BreathingLength::cycles(2));
        clock.advanceMs(5000); // 1 s into hold
        session.pause();
        clock.advanceMs(600000); // ten minutes away
        QCOMPARE(session.state().status, BreathingSession::Status::Paused);
        QCOMPARE(session.state().breathedMs, 5000);
        QCOMPARE(session.msToNextPhase(), -1);
        session.resume();
        QCOMPARE(session.state().phase, BreathPhase::Kind::Hold);
        QCOMPARE(session.state().phaseMsLeft, 6000);
        clock.advanceMs(6000);
        QCOMPARE(session.state().phase, BreathPhase::Kind::Exhale);
        clock.advanceMs(8000 + 19000);
        QCOMPARE(session.state().status, BreathingSession::Status::Completed);
    }

    // A tick that arrives very late (the machine was busy) shows where the exercise really is.
    void aVeryLateTickShowsTheTruePosition()
    {
        FakeClock clock;
        BreathingSession session(clock);
        session.start(builtIn(QStringLiteral("coherent")), BreathingLength::seconds(60));
        QCOMPARE(session.state().cycles, 6);      // 60 s rounded up to whole 11 s breaths: 66 s
        clock.advanceMs(3 * 11000 + 5500 + 1000); // nobody looked for 39.5 s
        const BreathingSession::State state = session.state();
        QCOMPARE(state.cycle, 3);
        QCOMPARE(state.phase, BreathPhase::Kind::Exhale);
        QCOMPARE(state.phaseMsLeft, 4500);
    }

    void clockJumps()
    {
        FakeClock clock(1000);
        BreathingSession session(clock);
        session.start(builtIn(QStringLiteral("box")), BreathingLength::cycles(3));
        clock.advanceMs(6000);
        QCOMPARE(session.state().breathedMs, 6000); // the view looked here
        // A monotonic clock must not go back; if one does, the guide holds still.
        clock.setMonotonicMs(2000);
        QCOMPARE(session.state().breathedMs, 6000);
        clock.setMonotonicMs(7000);
        QCOMPARE(session.state().breathedMs, 6000);
        // A jump far ahead (suspend and resume) ends the exercise as completed, not beyond.
        clock.advanceMs(3600000);
        QCOMPARE(session.state().status, BreathingSession::Status::Completed);
        QCOMPARE(session.state().breathedMs, 48000);
        QCOMPARE(session.state().phaseProgress, 1.0);
    }

    void stopEndsEarlyAndKeepsWhatWasBreathed()
    {
        FakeClock clock;
        BreathingSession session(clock);
        session.start(builtIn(QStringLiteral("cyclic-sighing")), BreathingLength::seconds(300));
        QCOMPARE(session.state().totalMs, 300000);
        clock.advanceMs(42000);
        session.stop();
        clock.advanceMs(10000);
        QCOMPARE(session.state().status, BreathingSession::Status::Stopped);
        QCOMPARE(session.state().breathedMs, 42000);
        session.resume(); // nothing to resume
        QCOMPARE(session.state().status, BreathingSession::Status::Stopped);
    }

    void customPatternsAreValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("valid") << "Calm: in 4, out 6"
                               << "";
        QTest::newRow("decimals and s") << "Slow: in 4.5s, hold 1, out 6.5 s"
                                        << "";
        QTest::newRow("no name") << "in 4, out 4"
                                 << "start with a name";
        QTest::newRow("zero") << "Calm: in 4, out 0"
                              << "phase 2 \"out 0\": the length must be above 0";
        QTest::newRow("too long") << "Calm: in 4, hold 30, out 4"
                                  << "at most 20 seconds";
        QTest::newRow("unknown word") << "Calm: in 4, blow 4"
                                      << "phase 2 \"blow 4\"";
        QTest::newRow("no exhale") << "Calm: in 4, hold 4"
                                   << "one \"in\" and one \"out\"";
        QTest::newRow("too quick") << "Quick: in 1, out 1"
                                   << "one breath takes 2 seconds";
        QTest::newRow("negative") << "Calm: in -4, out 4"
                                  << "phase 1";
    }

    void customPatternsAreValidated()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        BreathingPattern pattern;
        QString error;
        const bool ok = BreathingPattern::parse(text, &pattern, &error);
        QCOMPARE(ok, problem.isEmpty());
        if (!ok)
            QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void aListIsAllOrNothing()
    {
        QList<BreathingPattern> patterns;
        QString error;
        QVERIFY(BreathingPattern::parseList(
            QStringLiteral("Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3"), &patterns,
            &error));
        QCOMPARE(patterns.size(), 2);
        QCOMPARE(patterns.at(1).cycleMs(), 12000);
        patterns.clear();
        QVERIFY(!BreathingPattern::parseList(QStringLiteral("Calm: in 4, out 6; Bad: in 4"),
                                             &patterns, &error));
        QVERIFY2(error.startsWith(QStringLiteral("pattern 2:")), qPrintable(error));
        QVERIFY(patterns.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBreathing)
#include "tst_breathing.moc"
