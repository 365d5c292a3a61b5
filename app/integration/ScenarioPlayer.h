#pragma once

#include "core/CallEvents.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimer>

namespace attune {

class Clock;

// A scripted call: what the demo plays, and what practice scenarios will use.
struct Scenario
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)

public:
    struct Step
    {
        enum class Kind
        {
            CallStart,
            CallAnswer,
            Say,
            CallEnd
        };
        Kind kind = Kind::CallStart;
        qint64 atMs = 0; // from the start of the scenario
        CallStartedEvent start;
        Utterance line;
    };

    QString name;
    QList<Step> steps;
    // The step after which the scenario looks most telling (`--demo --screenshot`); -1: the end.
    int screenshotAfterStep = -1;

    // Validates the whole file; `error` names the file, the step and the field at fault.
    static bool parse(const QByteArray& json, const QString& fileName, Scenario* out,
                      QString* error);
    static bool load(const QString& path, Scenario* out, QString* error);
};

// Publishes a scenario's steps on the bus at their times. Each step's due time is computed
// from the scenario's start on the monotonic clock, so timer lateness never accumulates, and
// only one single-shot timer is armed at a time (none when idle).
class ScenarioPlayer final : public QObject
{
    Q_OBJECT

public:
    ScenarioPlayer(CallEvents& bus, const Clock& clock, QObject* parent = nullptr);

    // `speed` > 1 plays faster (tests), up to kMaxSpeed; any other speed plays in real time. The
    // order of steps never changes.
    static constexpr double kMaxSpeed = 10000;
    void play(const Scenario& scenario, double speed = 1.0);
    void stop();
    bool isPlaying() const { return m_next < m_scenario.steps.size(); }
    // Publishes every step that is due by now and arms the timer for the next one. The timer
    // calls it; tests call it after moving a fake clock.
    void playDueSteps();

Q_SIGNALS:
    void stepPlayed(int index);
    void finished();

private:
    void publish(const Scenario::Step& step);

    CallEvents& m_bus;
    const Clock& m_clock;
    Scenario m_scenario;
    qsizetype m_next = 0;
    qint64 m_startedAtMs = 0;
    double m_speed = 1.0;
    QTimer m_timer;
};

} // namespace attune
