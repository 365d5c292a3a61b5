#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace attune {

enum class CallState
{
    Idle,
    Ringing,
    Active,
    WrapUp
};

// Stable, untranslated names: they appear in `attune status` and in the database.
QString callStateName(CallState state);

// Who is on the line, as the call source reported it. Any of the fields may be empty: a
// softphone knows the number, a contact-center feed may know the customer id and name too.
struct CallerInfo
{
    QString phone;
    QString customerId;
    QString displayName;
    QString language;        // the customer's language when the source knows it ("es"), or ""
    QVariantMap extraFields; // further fields from the contact center, shown as they came

    bool operator==(const CallerInfo&) const = default;
};

struct Utterance
{
    enum class Speaker
    {
        Customer,
        Agent
    };

    Speaker speaker = Speaker::Customer;
    QString text;
    qint64 atMonotonicMs = 0;
    bool isFinal = true; // speech analytics sends partial lines that a later final line replaces
    // Who made the text: empty for a transcript a call source sent, "transcription" for
    // Attune's own recogniser. `confidence` is that recogniser's, 0..1; -1 when unknown.
    QString source;
    double confidence = -1;

    static QString speakerName(Speaker speaker);
    static bool speakerFromName(const QString& name, Speaker* speaker);
};

// A snapshot of one call. Values only: whoever holds a Call holds a copy, never a reference into
// the session's state.
struct Call
{
    QString id;
    QString source; // "cli", "demo", "baresip", "websocket", "url"
    CallerInfo caller;
    CallState state = CallState::Idle;
    qint64 ringingAtMonotonicMs = 0;
    qint64 answeredAtMonotonicMs = 0; // 0 while unanswered
    qint64 endedAtMonotonicMs = 0;    // 0 while live
    QDateTime ringingAtWall;
    int customerUtteranceCount = 0;
    int agentUtteranceCount = 0;

    bool wasAnswered() const { return answeredAtMonotonicMs != 0; }
    bool isLive() const { return state == CallState::Ringing || state == CallState::Active; }
    // Talk time: from answer to end (or to `nowMs` while live); zero if never answered.
    qint64 talkDurationMs(qint64 nowMs) const;
};

} // namespace attune
