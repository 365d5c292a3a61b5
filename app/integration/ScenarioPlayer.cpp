#include "ScenarioPlayer.h"

#include "core/Clock.h"
#include "core/JsonFile.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace attune {

bool Scenario::parse(const QByteArray& json, const QString& fileName, Scenario* out, QString* error)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;
    if (root.value(QStringLiteral("schema")).toInt() != 1) {
        *error = Scenario::tr("%1: field \"schema\" must be 1").arg(fileName);
        return false;
    }
    Scenario scenario;
    scenario.name = root.value(QStringLiteral("name")).toString();
    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty()) {
        *error = Scenario::tr("%1: field \"steps\" is missing or empty").arg(fileName);
        return false;
    }
    qint64 previousAt = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        const auto fail = [&](const QString& field, const QString& problem) {
            *error = Scenario::tr("%1: step %2: field \"%3\": %4")
                         .arg(fileName)
                         .arg(i + 1)
                         .arg(field, problem);
            return false;
        };
        const QJsonValue at = object.value(QStringLiteral("at"));
        // A day bounds a scripted call and keeps the milliseconds well inside a qint64.
        if (!at.isDouble() || !(at.toDouble() >= 0 && at.toDouble() <= 86400))
            return fail(QStringLiteral("at"),
                        Scenario::tr("must be a number of seconds from 0 to 86400"));
        Step step;
        step.atMs = std::llround(at.toDouble() * 1000.0);
        if (step.atMs < previousAt)
            return fail(QStringLiteral("at"), Scenario::tr("steps must be in time order"));
        previousAt = step.atMs;
        const QString event = object.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("call.start")) {
            step.kind = Step::Kind::CallStart;
            step.start.callId = object.value(QStringLiteral("callId")).toString();
            step.start.source = QStringLiteral("demo");
            step.start.caller.phone = object.value(QStringLiteral("phone")).toString();
            step.start.caller.customerId = object.value(QStringLiteral("customerId")).toString();
            step.start.caller.displayName = object.value(QStringLiteral("name")).toString();
            step.start.caller.language = object.value(QStringLiteral("lang")).toString();
        } else if (event == QLatin1String("call.answer")) {
            step.kind = Step::Kind::CallAnswer;
        } else if (event == QLatin1String("call.end")) {
            step.kind = Step::Kind::CallEnd;
        } else if (event == QLatin1String("say")) {
            step.kind = Step::Kind::Say;
            if (!Utterance::speakerFromName(object.value(QStringLiteral("speaker")).toString(),
                                            &step.line.speaker))
                return fail(QStringLiteral("speaker"),
                            Scenario::tr("must be \"customer\" or \"agent\""));
            step.line.text = object.value(QStringLiteral("text")).toString().trimmed();
            if (step.line.text.isEmpty())
                return fail(QStringLiteral("text"), Scenario::tr("is missing or empty"));
        } else {
            return fail(QStringLiteral("event"), Scenario::tr("unknown event \"%1\"").arg(event));
        }
        if (object.value(QStringLiteral("screenshot")).toBool(false))
            scenario.screenshotAfterStep = static_cast<int>(i);
        scenario.steps.append(step);
    }
    *out = scenario;
    return true;
}

bool Scenario::load(const QString& path, Scenario* out, QString* error)
{
    QByteArray json;
    if (!JsonFile::read(path, path, &json, error))
        return false;
    return parse(json, path, out, error);
}

ScenarioPlayer::ScenarioPlayer(CallEvents& bus, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ScenarioPlayer::playDueSteps);
}

void ScenarioPlayer::play(const Scenario& scenario, double speed)
{
    m_scenario = scenario;
    m_next = 0;
    // The speed comes from the environment (ATTUNE_DEMO_SPEED): an infinite or huge one made the
    // elapsed script time a double no qint64 holds. Tests play at most a few hundred times faster.
    m_speed = std::isfinite(speed) && speed > 0 && speed <= kMaxSpeed ? speed : 1.0;
    m_startedAtMs = m_clock.monotonicMs();
    qCInfo(lcScenario).noquote() << "playing" << scenario.steps.size() << "steps";
    playDueSteps();
}

void ScenarioPlayer::stop()
{
    m_timer.stop();
    m_next = m_scenario.steps.size();
}

void ScenarioPlayer::playDueSteps()
{
    const auto elapsedScriptMs = [this] {
        return static_cast<qint64>((m_clock.monotonicMs() - m_startedAtMs) * m_speed);
    };
    while (m_next < m_scenario.steps.size() &&
           m_scenario.steps.at(m_next).atMs <= elapsedScriptMs()) {
        const int index = static_cast<int>(m_next++);
        publish(m_scenario.steps.at(index));
        Q_EMIT stepPlayed(index);
    }
    if (m_next >= m_scenario.steps.size()) {
        Q_EMIT finished();
        return;
    }
    const qint64 dueInScriptMs = m_scenario.steps.at(m_next).atMs - elapsedScriptMs();
    m_timer.start(static_cast<int>(std::ceil(dueInScriptMs / m_speed)));
}

void ScenarioPlayer::publish(const Scenario::Step& step)
{
    switch (step.kind) {
    case Scenario::Step::Kind::CallStart:
        m_bus.callStarted(step.start);
        break;
    case Scenario::Step::Kind::CallAnswer:
        m_bus.callAnswered(QString());
        break;
    case Scenario::Step::Kind::Say:
        m_bus.utterance(QString(), step.line);
        break;
    case Scenario::Step::Kind::CallEnd:
        m_bus.callEnded(QString());
        break;
    }
}

} // namespace attune
