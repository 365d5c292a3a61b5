#pragma once

#include "core/CallTypes.h"
#include "core/Empathy.h"
#include "empathy/CueDetector.h"
#include "empathy/CueModel.h"
#include "empathy/Suggester.h"

#include <QJsonObject>
#include <QSet>

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
    CueReading latest;          // the last final customer line
    QString language;           // the language the customer is read in
    bool languageFixed = false; // said by the call source or the profile, not detected
    QList<Cue> activeCues;      // what ranking used: the latest cues, with earlier ones fading
    QList<Suggestion> suggestions;
    double arcPeak = 0.0;
    qint64 arcPeakAtMs = 0; // monotonic time of the peak
    Cue::Kind arcPeakKind = Cue::Kind::Frustration;
    bool calmedDown = false;
    QStringList usedThisCall; // suggestions the agent copied or said, for the self-assessment
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

    // What the agent kept from earlier sessions (the phrase store), restored at start.
    void restore(const QSet<QString>& starred, const PhraseLearning& learning,
                 const QList<Phrase>& personalPhrases);
    // A phrase the agent wrote, already checked and stored; offered from the next line on.
    void addPersonalPhrase(const Phrase& phrase);
    void removePersonalPhrase(const QString& phraseId);
    // What is known about the caller (the profile lookup), for personalised phrasings.
    void setCustomerContext(const QString& callId, const PhraseContext& context);
    // The agent's own phrases now in use.
    QList<Phrase> personalPhrases() const;

    // The agent's reactions, from the suggestion panel.
    void markCopied(const QString& phraseId);
    void markDismissed(const QString& phraseId);
    void setStarred(const QString& phraseId, bool starred);
    bool isStarred(const QString& phraseId) const;
    void setSnoozed(bool snoozed);
    // Standing choices, from settings.
    void setMutedTechniques(const QStringList& techniqueNames);
    void setPromptBudget(int refreshes);
    // Other phrasings close to one on screen, filled in for this customer.
    QList<Suggestion> moreLike(const QString& phraseId, int count = 5) const;

    boost::signals2::signal<void(const EmpathySnapshot&)> changed;
    // For the phrase store. Emitted on the thread that made the change: listeners hop to the
    // thread that owns the database.
    boost::signals2::signal<void(const QString& phraseId, bool starred)> starredChanged;
    boost::signals2::signal<void(const PhraseLearning&)> learningChanged;

private:
    void onRinging(const Call& call);
    void onUtterance(const Call& call, const Utterance& line);
    void refreshLocked();
    void publish();
    void publishLearning();
    // Marks a shown suggestion as used when the agent's own line says most of it.
    void noticeUsedLocked(const QString& agentLine);

    const CueDetector& m_detector;
    CueReader m_reader;
    CallLanguage m_language;
    const PhraseLibrary m_baseLibrary;
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
