#pragma once

#include "core/CallTypes.h"
#include "core/Empathy.h"
#include "empathy/CueDetector.h"
#include "empathy/Suggester.h"

#include <QJsonObject>

#include <boost/signals2/connection.hpp>
#include <boost/signals2/signal.hpp>

#include <mutex>
#include <vector>

namespace attune {

class CallSession;

// One line of `attune cues` output: {"negative":…,"positive":…,"intensity":…,"cues":{…},
// "evidence":[…]}, every cue kind present (0 when absent) so consumers get a fixed shape.
QByteArray cueReadingJson(const CueReading& reading);
// The same reading as the "cues" part of `attune status`.
QJsonObject cueReadingObject(const CueReading& reading);

// What the empathy engine knows about the live call, as one value for the views and `status`.
struct EmpathySnapshot
{
    QString callId;
    CallMoment moment = CallMoment::Opening;
    CueReading latest;     // the last final customer line
    QList<Cue> activeCues; // what ranking used: the latest cues, with earlier ones fading
    QList<Suggestion> suggestions;
    double arcPeak = 0.0;
    bool calmedDown = false;
    bool snoozed = false;
    bool budgetSpent = false;
};

// Reads each final customer line of the live call, keeps the call's emotional arc and ranks
// phrasings for the moment. It listens to CallSession (so it runs on the publishing thread,
// serialised by the session) and takes the agent's reactions from the GUI thread; one mutex
// keeps both apart. It never reads the agent's lines for emotion.
class EmpathyEngine
{
public:
    EmpathyEngine(const CueDetector& detector, const PhraseLibrary& library);

    void attach(CallSession& session);

    EmpathySnapshot snapshot() const;
    CallArc arc() const;

    // The agent's reactions, from the suggestion panel.
    void markCopied(const QString& phraseId);
    void markDismissed(const QString& phraseId);
    void setStarred(const QString& phraseId, bool starred);
    void setSnoozed(bool snoozed);

    boost::signals2::signal<void(const EmpathySnapshot&)> changed;

private:
    void onRinging(const Call& call);
    void onUtterance(const Call& call, const Utterance& line);
    void refreshLocked();
    void publish();

    const CueDetector& m_detector;
    mutable std::mutex m_mutex;
    std::mutex m_publishMutex;
    Suggester m_suggester;
    PhraseContext m_context;
    CallArc m_arc;
    EmpathySnapshot m_snapshot;
    qint64 m_answeredAtMs = 0;
    int m_customerLines = 0;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
