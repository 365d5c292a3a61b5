// libFuzzer target for the local-socket protocol (`attune call …`, `attune status`, assessment
// drafts): ControlProtocol::parse on the raw line, then ControlProtocol::handle on what it
// accepted, against a real CallSession on a fake clock. Any line a local program sends must get
// exactly one reply, {"ok":true,…} or {"ok":false,"error":"<reason>"}, never a crash, a hang or
// a read out of bounds, and must leave the call in a state the session allows. Built with clang's
// -fsanitize=fuzzer,address,undefined (tests/CMakeLists.txt) and run by `ctest -R fuzz`; longer,
// by hand:
//   build/tests/fuzz_control_protocol -max_total_time=600 -dict=tests/data/control_fuzz.dict \
//       build/tests/control-fuzz-corpus tests/data/control_corpus
//
// The app's optional parts (the database's self-assessments, the empathy engine, the breathing
// coach, the profiles) stay unset, as before the database opens: their requests must be refused
// with a reason. Their few functions ControlProtocol calls are defined below to abort, so a
// request that reached one of them would be found (and the fuzzer needs neither SQL nor the
// empathy engine). If one of their signatures changes, change it here too.

#include "assessment/SelfAssessment.h"
#include "breathing/BreathingSession.h"
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "empathy/EmpathyEngine.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace attune;

namespace attune {

// Unreachable while the pointers to these parts are unset (see above).
BreathingSession::State BreathingSession::state() const
{
    std::abort();
}
EmpathySnapshot EmpathyEngine::snapshot() const
{
    std::abort();
}
QJsonObject cueReadingObject(const CueReading&)
{
    std::abort();
}
Assessment SelfAssessment::startFor(const QString&) const
{
    std::abort();
}
bool SelfAssessment::writeDraft(const Assessment&, QString*)
{
    std::abort();
}
bool SelfAssessment::save(Assessment*, QString*)
{
    std::abort();
}
bool SelfAssessment::applyChange(const QString&, const AssessmentChange&, Assessment*,
                                 QString*) const
{
    std::abort();
}
void SelfAssessment::apply(const QString&, const AssessmentChange&, bool, Done, Done)
{
    std::abort();
}

} // namespace attune

namespace {

struct Harness
{
    FakeClock clock;
    CallEvents bus;
    CallSession session{clock};
    PopTrace trace;
    ControlProtocol protocol{bus, session, trace};

    Harness() { session.attach(bus); }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > size_t(ControlMessage::kMaxLineBytes))
        return 0; // the socket refuses longer lines before parsing (SingleInstance)
    // One session per input keeps runs independent; several lines per input (split at '\n')
    // drive a call through its states as a client would.
    static std::unique_ptr<Harness> harness;
    harness = std::make_unique<Harness>();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& line : bytes.split('\n')) {
        QJsonObject request;
        QJsonObject reply;
        if (ControlProtocol::parse(line, &request, &reply)) {
            reply = harness->protocol.handle(request);
        } else if (reply.value(QStringLiteral("ok")).toBool(true)) {
            std::abort(); // a line that does not parse gets an error reply
        }
        // Exactly one shape of reply: ok, or an error with a reason.
        if (!reply.value(QStringLiteral("ok")).isBool())
            std::abort();
        if (!reply.value(QStringLiteral("ok")).toBool() &&
            reply.value(QStringLiteral("error")).toString().isEmpty())
            std::abort();
        // The reply goes back as one JSON line.
        if (QJsonDocument(reply).toJson(QJsonDocument::Compact).contains('\n'))
            std::abort();
        // Whatever was accepted left the session in a state it can report.
        const Call call = harness->session.current();
        if (call.state != CallState::Idle && call.id.isEmpty())
            std::abort();
        if (call.caller.displayName.size() > 200 || call.caller.phone.size() > 64 ||
            call.id.size() > 128)
            std::abort();
    }
    return 0;
}
