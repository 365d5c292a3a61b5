#include "ControlProtocol.h"

#include "CommandLine.h"
#include "assessment/SelfAssessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PopTrace.h"
#include "core/TextRule.h"
#include "empathy/EmpathyEngine.h"
#include "profile/ProfileService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <thread>

namespace attune {

namespace {

// A command waits 10 s per attempt and sends the same request (with its first stamps) for 60 s in
// all; a stamp much older than that is not this request's.
constexpr qint64 kLongestRequestAgeUs = 10LL * 60 * 1000 * 1000;

// Reads an optional string field; a present field of another type, or one the one text rule
// (core/TextRule.h) refuses, is an error naming the field. The rule is the WebSocket API's too.
bool optionalString(const QJsonObject& request, const QString& field, QString* out, QString* error)
{
    const QJsonValue value = request.value(field);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = ControlProtocol::tr("field \"%1\" must be a string").arg(field);
        return false;
    }
    if (const QString refusal =
            TextRule::check(value.toString(), TextRule::kindOfField(field), field);
        !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    *out = value.toString().trimmed();
    return true;
}

} // namespace

QString publishCatchingRefusal(CallSession& session, const std::function<void()>& send)
{
    const std::thread::id self = std::this_thread::get_id();
    QString refusal;
    boost::signals2::scoped_connection listening =
        session.rejected.connect([self, &refusal](const QString& reason) {
            if (std::this_thread::get_id() == self && refusal.isEmpty())
                refusal = reason;
        });
    send();
    return refusal;
}

ControlProtocol::ControlProtocol(CallEvents& bus, CallSession& session, const PopTrace& popTrace)
    : m_bus(bus)
    , m_session(session)
    , m_popTrace(popTrace)
{}

QJsonObject ControlProtocol::errorReply(const QString& message)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
}

bool ControlProtocol::parse(const QByteArray& line, QJsonObject* request, QJsonObject* errorOut)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorOut = errorReply(ControlProtocol::tr("malformed JSON at offset %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
        return false;
    }
    if (!document.isObject()) {
        *errorOut = errorReply(ControlProtocol::tr("a request must be a JSON object"));
        return false;
    }
    *request = document.object();
    return true;
}

ControlReply ControlProtocol::handle(const QJsonObject& request)
{
    const QJsonValue version = request.value(QStringLiteral("v"));
    if (!version.isDouble() || version.toInt() != ControlMessage::kVersion)
        return errorReply(
            ControlProtocol::tr("unsupported protocol version (field \"v\"); expected %1")
                .arg(ControlMessage::kVersion));
    const QString command = request.value(QStringLiteral("command")).toString();
    QString error;
    QString callId;
    if (!optionalString(request, QStringLiteral("callId"), &callId, &error))
        return errorReply(error);

    QString refusal;
    if (command == QLatin1String("call.start")) {
        CallStartedEvent event;
        event.callId = callId;
        // `attune attune://call?…` forwards as the command line does; the call remembers it
        // came from a link.
        const QString via = request.value(QStringLiteral("via")).toString();
        event.source = via == QLatin1String("url") ? QStringLiteral("url") : QStringLiteral("cli");
        if (!optionalString(request, QStringLiteral("phone"), &event.caller.phone, &error) ||
            !optionalString(request, QStringLiteral("customerId"), &event.caller.customerId,
                            &error) ||
            !optionalString(request, QStringLiteral("name"), &event.caller.displayName, &error) ||
            !optionalString(request, QStringLiteral("language"), &event.caller.language, &error))
            return errorReply(error);
        // Only a whole number a qint64 holds counts (a cast of 1e98 is undefined behaviour, the
        // fuzzer's find); anything else, or a time before 1970, is "not said".
        event.requestedAtEpochMs =
            std::max<qint64>(0, request.value(QStringLiteral("requestedAtEpochMs")).toInteger(0));
        // The command's wall clock need not be this one's a moment later: NTP may have stepped
        // it, or the agent set it, in between (a pop an hour long, or one that came before it
        // was asked for). When the command also said when on the machine's monotonic clock, the
        // request's age on that clock, counted back from this wall clock, is its time. A stamp
        // from the future or from long ago (another boot, a client's guess) is not used.
        const qint64 stampedUs =
            request.value(QStringLiteral("requestedAtMonotonicUs")).toInteger(-1);
        const qint64 ageUs = machineMonotonicUs() - stampedUs;
        if (stampedUs > 0 && ageUs >= 0 && ageUs <= kLongestRequestAgeUs)
            event.requestedAtEpochMs = QDateTime::currentMSecsSinceEpoch() - ageUs / 1000;
        refusal = publish([&] { m_bus.callStarted(event); });
    } else if (command == QLatin1String("call.answer")) {
        refusal = publish([&] { m_bus.callAnswered(callId); });
    } else if (command == QLatin1String("call.end")) {
        refusal = publish([&] { m_bus.callEnded(callId); });
    } else if (command == QLatin1String("call.say")) {
        Utterance line;
        QString speaker;
        if (!optionalString(request, QStringLiteral("speaker"), &speaker, &error) ||
            !optionalString(request, QStringLiteral("text"), &line.text, &error))
            return errorReply(error);
        if (!Utterance::speakerFromName(speaker, &line.speaker))
            return errorReply(
                ControlProtocol::tr("field \"speaker\" must be \"customer\" or \"agent\""));
        if (line.text.isEmpty())
            return errorReply(ControlProtocol::tr("field \"text\" is missing or empty"));
        line.isFinal = !request.value(QStringLiteral("partial")).toBool(false);
        refusal = publish([&] { m_bus.utterance(callId, line); });
    } else if (command == QLatin1String("status")) {
        QJsonObject reply = status();
        reply.insert(QStringLiteral("ok"), true);
        return reply;
    } else if (command == QLatin1String("raise")) {
        if (onRaise)
            onRaise();
    } else if (command == QLatin1String("history.open")) {
        const QString problem =
            onOpenHistory ? onOpenHistory()
                          : ControlProtocol::tr("the history is not available (no database)");
        if (!problem.isEmpty())
            return errorReply(problem);
    } else if (command == QLatin1String("assessment.draft") ||
               command == QLatin1String("assessment.save")) {
        if (!assessments)
            return errorReply(
                ControlProtocol::tr("self-assessments are not available (no database)"));
        // Only what the request names changes; the rest (the private mark above all) is the
        // draft's.
        AssessmentChange change;
        const QJsonValue answers = request.value(QStringLiteral("answers"));
        if (!answers.isUndefined() && !answers.isNull()) {
            if (!answers.isObject())
                return errorReply(ControlProtocol::tr("field \"answers\" must be an object"));
            QMap<QString, QString> given;
            const QJsonObject answerObject = answers.toObject();
            for (auto it = answerObject.begin(); it != answerObject.end(); ++it) {
                if (!it.value().isString())
                    return errorReply(ControlProtocol::tr("field \"answers.%1\" must be a string")
                                          .arg(it.key().left(64)));
                given.insert(it.key(), it.value().toString());
            }
            change.answers = given;
        }
        if (request.contains(QStringLiteral("note"))) {
            QString note;
            if (!optionalString(request, QStringLiteral("note"), &note, &error))
                return errorReply(error);
            change.note = note;
        }
        const QJsonValue isPrivate = request.value(QStringLiteral("private"));
        if (!isPrivate.isUndefined() && !isPrivate.isNull()) {
            // "private": "yes" or 1 must not read as false and publish the note.
            if (!isPrivate.isBool())
                return errorReply(ControlProtocol::tr("field \"private\" must be true or false"));
            change.notePrivate = isPrivate.toBool();
        }
        // Merged with the draft, checked and written on the storage thread, in order: the reply
        // (the new id, or why not) comes once that has run, and the GUI thread never waits.
        const bool save = command == QLatin1String("assessment.save");
        SelfAssessment* target = assessments;
        // One answer for the client and for the ledger of applied requests, which records it on
        // the storage thread in the write's transaction (the client hears it once committed).
        const auto replyTo = [save](const AssessmentOutcome& outcome) {
            if (!outcome.ok)
                return errorReply(outcome.error);
            QJsonObject reply{{QStringLiteral("ok"), true},
                              {QStringLiteral("callId"), outcome.assessment.callId}};
            if (save)
                reply.insert(QStringLiteral("id"), outcome.assessment.id);
            return reply;
        };
        auto stored = std::make_shared<QJsonObject>();
        return ControlReply::later(
            [target, callId, change, save, replyTo, stored](ControlReply::Answer answer) {
                target->apply(
                    callId, change, save,
                    [replyTo, answer = std::move(answer)](const AssessmentOutcome& outcome) {
                        answer(replyTo(outcome));
                    },
                    [replyTo, stored](const AssessmentOutcome& outcome) {
                        *stored = outcome.ok ? replyTo(outcome) : QJsonObject();
                    });
            },
            stored);
    } else if (command == QLatin1String("breathe")) {
        refusal = onBreathe ? onBreathe()
                            : ControlProtocol::tr("the breathing exercise is not ready yet");
    } else if (command == QLatin1String("practice.open")) {
        const QJsonValue scenario = request.value(QStringLiteral("scenario"));
        if (!scenario.isUndefined() && !scenario.isNull() &&
            (!scenario.isString() || scenario.toString().size() > 40))
            return errorReply(ControlProtocol::tr(
                "field \"scenario\" must be a scenario id of at most 40 characters"));
        refusal = onPractice ? onPractice(scenario.toString())
                             : ControlProtocol::tr("practice is not ready yet");
    } else if (command.isEmpty()) {
        return errorReply(ControlProtocol::tr("field \"command\" is missing"));
    } else {
        return errorReply(ControlProtocol::tr("unknown command \"%1\"").arg(command.left(64)));
    }
    if (!refusal.isEmpty())
        return errorReply(refusal);
    QJsonObject reply{{QStringLiteral("ok"), true}};
    const Call call = m_session.current();
    if (!call.id.isEmpty())
        reply.insert(QStringLiteral("callId"), call.id);
    reply.insert(QStringLiteral("state"), callStateName(call.state));
    return reply;
}

QJsonObject ControlProtocol::status() const
{
    const Call call = m_session.current();
    QJsonObject status{{QStringLiteral("state"), callStateName(call.state)},
                       {QStringLiteral("demo"), demoMode},
                       {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                       {QStringLiteral("version"), QStringLiteral(ATTUNE_VERSION)}};
    if (call.state != CallState::Idle) {
        QJsonObject customer{{QStringLiteral("displayName"), call.caller.displayName},
                             {QStringLiteral("customerId"), call.caller.customerId},
                             {QStringLiteral("phone"), call.caller.phone}};
        status.insert(QStringLiteral("callId"), call.id);
        status.insert(QStringLiteral("source"), call.source);
        status.insert(QStringLiteral("customer"), customer);
        status.insert(QStringLiteral("talkSeconds"),
                      call.talkDurationMs(m_session.monotonicNowMs()) / 1000);
        status.insert(QStringLiteral("utterances"),
                      QJsonObject{{QStringLiteral("customer"), call.customerUtteranceCount},
                                  {QStringLiteral("agent"), call.agentUtteranceCount}});
    }
    if (empathy && call.state != CallState::Idle) {
        const EmpathySnapshot snapshot = empathy->snapshot();
        QJsonObject cues = cueReadingObject(snapshot.latest);
        cues.insert(QStringLiteral("callPeak"), std::round(snapshot.arcPeak * 1000.0) / 1000.0);
        cues.insert(QStringLiteral("calmedDown"), snapshot.calmedDown);
        // The call's language, even before the customer's first line.
        cues.insert(QStringLiteral("language"), snapshot.language);
        cues.insert(QStringLiteral("languageSource"),
                    snapshot.languageFixed ? QStringLiteral("call") : QStringLiteral("detected"));
        status.insert(QStringLiteral("cues"), cues);
        QJsonArray suggestions;
        for (const Suggestion& suggestion : snapshot.suggestions)
            suggestions.append(QJsonObject{{QStringLiteral("id"), suggestion.phraseId},
                                           {QStringLiteral("technique"), suggestion.technique},
                                           {QStringLiteral("text"), suggestion.text},
                                           {QStringLiteral("why"), suggestion.why}});
        status.insert(QStringLiteral("suggestions"), suggestions);
        status.insert(QStringLiteral("suggestionsSnoozed"), snapshot.snoozed);
    }
    if (profiles && call.state != CallState::Idle) {
        const ProfileView view = profiles->current();
        static const char* const kStates[] = {"none", "known", "ambiguous", "unknown"};
        QJsonObject profile{
            {QStringLiteral("state"), QString::fromLatin1(kStates[int(view.state)])},
            {QStringLiteral("phone"), view.phoneE164}};
        if (view.state == ProfileView::State::Known) {
            profile.insert(QStringLiteral("displayName"), view.profile.addressName());
            profile.insert(QStringLiteral("customerId"), view.profile.customerId);
        } else {
            profile.insert(QStringLiteral("displayName"), view.fromCall.displayName);
        }
        status.insert(QStringLiteral("profile"), profile);
    }
    if (breathing) {
        const BreathingSession::State exercise = breathing->session().state();
        static const char* const kStatusNames[] = {"idle", "running", "paused", "completed",
                                                   "stopped"};
        QJsonObject object{
            {QStringLiteral("status"), QString::fromLatin1(kStatusNames[int(exercise.status)])},
            {QStringLiteral("offered"), breathing->isOffered()}};
        if (exercise.status != BreathingSession::Status::Idle) {
            object.insert(QStringLiteral("pattern"), breathing->session().pattern().id);
            object.insert(QStringLiteral("breathedMs"), exercise.breathedMs);
            object.insert(QStringLiteral("totalMs"), exercise.totalMs);
        }
        status.insert(QStringLiteral("breathing"), object);
    }
    if (integrations)
        status.insert(QStringLiteral("integrations"), integrations());
    if (practice)
        status.insert(QStringLiteral("practice"), practice());
    if (team)
        status.insert(QStringLiteral("team"), team());
    const PopTrace::Entry pop = m_popTrace.last();
    if (!pop.callId.isEmpty()) {
        QJsonObject lastPop{{QStringLiteral("callId"), pop.callId},
                            {QStringLiteral("paintedAtEpochMs"), pop.paintedAtEpochMs}};
        // A negative latency is a wall clock set back between the request and the paint (or a
        // client's request time from another clock): no figure rather than a wrong one.
        if (pop.requestedAtEpochMs > 0) {
            lastPop.insert(QStringLiteral("requestedAtEpochMs"), pop.requestedAtEpochMs);
            if (pop.paintedAtEpochMs >= pop.requestedAtEpochMs)
                lastPop.insert(QStringLiteral("latencyMs"),
                               pop.paintedAtEpochMs - pop.requestedAtEpochMs);
            if (pop.profilePaintedAtEpochMs >= pop.requestedAtEpochMs &&
                pop.profilePaintedAtEpochMs > 0)
                lastPop.insert(QStringLiteral("profileLatencyMs"),
                               pop.profilePaintedAtEpochMs - pop.requestedAtEpochMs);
        }
        status.insert(QStringLiteral("lastScreenPop"), lastPop);
    }
    return status;
}

} // namespace attune
