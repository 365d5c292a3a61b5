#include "DemoSeed.h"

#include "assessment/Assessment.h"
#include "breathing/BreathingCoach.h"
#include "core/CallTypes.h"
#include "core/CustomerProfile.h"
#include "core/Logging.h"
#include "storage/AssessmentStore.h"
#include "storage/BreathingStore.h"
#include "storage/CallStore.h"
#include "storage/CoachingStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/SupervisorRecords.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>

namespace attune {

namespace {

// Fixed, so every demo database (and every screenshot made from one) holds the same history.
constexpr quint32 kRandomSeed = 20261206;

class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_generator(seed)
    {}
    double uniform(double low, double high)
    {
        return low + (high - low) * m_generator.generateDouble();
    }
    // Inclusive at both ends.
    int between(int low, int high)
    {
        return low + int(m_generator.bounded(quint32(std::max(0, high - low) + 1)));
    }
    bool chance(double probability) { return m_generator.generateDouble() < probability; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[m_generator.bounded(quint32(N))];
    }

private:
    QRandomGenerator m_generator;
};

// A kind of call the demo agent takes, and how it tends to go.
struct Story
{
    const char* topic; // as an earlier contact reads in a profile ("I can see you called about …")
    const char* peakKind;
    double peakLow;
    double peakHigh;
    double calmChance;
    int talkLowS;
    int talkHighS;
    int resolved; // weights of the outcomes
    int followUp;
    int escalated;
    int weight; // how often such a call comes, relative to the others
    const char* suggestions[2];
};

const Story kStories[] = {
    // topic, peak kind, peak low and high, calm chance, talk low and high (s), outcome weights,
    // how often (weight), suggestions used
    {"your broadband dropping out",
     "frustration",
     0.45,
     0.9,
     0.6,
     360,
     900,
     5,
     4,
     1,
     2,
     {"I can hear how frustrating this has been.",
      "You shouldn't have had to chase this. I'll take it on from here."}},
    {"a bill that was higher than expected",
     "frustration",
     0.25,
     0.7,
     0.75,
     240,
     600,
     7,
     2,
     1,
     3,
     {"I'd feel the same seeing a bill like that. Let's go through it together.",
      "Thanks for bearing with me while I check each charge."}},
    {"moving house",
     "confusion",
     0.1,
     0.45,
     0.8,
     300,
     720,
     6,
     4,
     0,
     3,
     {"Let me walk you through the move one step at a time.",
      "What would be most useful to go over again?"}},
    {"setting up a new router",
     "confusion",
     0.15,
     0.5,
     0.85,
     300,
     900,
     8,
     2,
     0,
     3,
     {"No question is a silly one here; let's take it slowly.",
      "Which light is showing on the router right now?"}},
    {"an engineer who did not turn up",
     "frustration",
     0.55,
     0.95,
     0.5,
     300,
     780,
     3,
     5,
     2,
     1,
     {"You took time off for that visit, and I'm sorry it was wasted.",
      "Here is exactly what I'm going to do next, and when."}},
    {"closing a late relative's account",
     "sadness",
     0.35,
     0.65,
     0.7,
     420,
     960,
     7,
     3,
     0,
     1,
     {"I'm so sorry for your loss. There's no rush; we'll go at your pace.",
      "I'll make a note so nobody asks you about this again."}},
    {"a missed payment",
     "anxiety",
     0.3,
     0.75,
     0.8,
     240,
     600,
     7,
     3,
     0,
     2,
     {"Your service isn't going to be cut off today. Let's sort out the payment calmly.",
      "That sounds worrying. Here's what happens next."}},
    {"needing the line working today for work",
     "urgency",
     0.4,
     0.85,
     0.55,
     240,
     540,
     5,
     4,
     1,
     1,
     {"I know time matters here, so I'll start with the quickest fix.",
      "I'm booking the earliest slot I can see right now."}},
    {"upgrading to a faster plan",
     "gratitude",
     0.05,
     0.25,
     0.0,
     180,
     420,
     9,
     1,
     0,
     4,
     {"Thanks for staying with us; let's find the plan that suits you.", nullptr}},
    {"a fault that is now fixed",
     "gratitude",
     0.05,
     0.2,
     0.0,
     120,
     300,
     10,
     0,
     0,
     3,
     {"That's great to hear, thank you for letting us know.", nullptr}},
    {"changing the payment date",
     "confusion",
     0.05,
     0.3,
     0.0,
     120,
     360,
     10,
     0,
     0,
     4,
     {"Of course; let me show you the dates you can choose from.", nullptr}},
    {"cancelling the contract",
     "frustration",
     0.25,
     0.7,
     0.55,
     300,
     720,
     4,
     3,
     3,
     1,
     {"Before anything else, I want to understand what went wrong.",
      "I hear you. Let me see what I can do about the price."}},
    {"a suspicious email about the account",
     "anxiety",
     0.25,
     0.65,
     0.85,
     180,
     480,
     8,
     2,
     0,
     1,
     {"You did the right thing by calling before clicking anything.",
      "Your account is safe; let me show you how to check."}},
};

struct Person
{
    const char* fullName;
    const char* preferredName;
    const char* segment;
};

const Person kCustomers[] = {
    {"Grace Adeyemi", "Grace", "Home broadband"},
    {"Owen Pritchard", "Owen", "Home broadband and TV"},
    {"Hannah Lindqvist", "Hannah", "Home broadband"},
    {"Daniel Osei", "Dan", "Small business"},
    {"Sofia Marino", "Sofia", "Home broadband"},
    {"Callum Reid", "Callum", "Home broadband and TV"},
    {"Nadia Haddad", "Nadia", "Home broadband"},
    {"Ben Hollis", "Ben", "Small business"},
    {"Ruth Abernathy", "Mrs Abernathy", "Home phone only"},
    {"Kenji Mori", "Kenji", "Home broadband"},
    {"Leah Fernandes", "Leah", "Home broadband and TV"},
    {"Patrick Doyle", "Pat", "Home broadband"},
    {"Amara Nwosu", "Amara", "Home broadband"},
    {"Victor Lang", "Mr Lang", "Small business"},
    {"Isla McKenzie", "Isla", "Home broadband"},
    {"Yusuf Demir", "Yusuf", "Home broadband and TV"},
    {"Chloe Baptiste", "Chloe", "Home broadband"},
    {"Arthur Penrose", "Arthur", "Home phone only"},
    {"Mei Chen", "Mei", "Home broadband"},
    {"Lucas Moreau", "Lucas", "Home broadband"},
    {"Zara Iqbal", "Zara", "Home broadband and TV"},
    {"George Ashby", "George", "Small business"},
    {"Rosa Delgado", "Rosa", "Home broadband"},
    {"Theo Brandt", "Theo", "Home broadband"},
    {"Maureen Kelly", "Maureen", "Home phone only"},
    {"Samir Farouk", "Samir", "Home broadband"},
    {"Joanna Pike", "Jo", "Home broadband and TV"},
    {"Ivan Petrov", "Ivan", "Home broadband"},
    {"Evie Clarke", "Evie", "Home broadband"},
    {"Rahul Mehta", "Rahul", "Small business"},
    {"Nora Svensson", "Nora", "Home broadband"},
    {"Felix Adler", "Felix", "Home broadband and TV"},
};
constexpr int kCustomerCount = int(std::size(kCustomers));

// The agent's own "next time I will …" lines; the private ones are about themselves.
const char* const kNotes[] = {
    "say the customer's name once early on and once when I sum up.",
    "acknowledge the wait before I start troubleshooting.",
    "ask what a good outcome looks like before offering the standard fix.",
    "give the reference number before they have to ask for it.",
    "slow down when I explain the next steps, and check they have a pen.",
    "leave a pause when they finish; I talked over them twice today.",
    "offer a call back at a set time instead of \"soon\".",
    "apologise once, properly, and then get on with fixing it.",
    "ask an open question instead of guessing what the bill query was about.",
    "check the account notes before I pick up, not during the call.",
};
const char* const kPrivateNotes[] = {
    "take the two minutes after a hard call; I was still rattled and it showed.",
    "ask for the guidance sheet on bereavement calls; I felt out of my depth.",
    "notice when I get short with someone who repeats themselves. Not my best call.",
};

const char* const kCoachingNotes[] = {
    "Good recovery once the customer raised their voice. Next step: name the engineer slot before "
    "they ask for it.",
    "You explained the bill clearly. Ask what they expected to pay first; it makes the call "
    "shorter.",
    "A hard call handled with real care. Take a breathing break afterwards when you need one.",
    "Listen back to the first minute: you started troubleshooting before acknowledging it was "
    "their third call.",
    "Nice use of the customer's name without overdoing it.",
    "Sum up the next steps in one sentence at the end, then stop.",
};

struct Praise
{
    const char* item; // a rubric question's id
    const char* behaviour;
    const char* text;
};

// The behaviour is the built-in English question, as the supervisor's kudos dialog names it.
const Praise kKudos[] = {
    {"acknowledged_feelings", "I acknowledged how they felt",
     "lovely acknowledgement when the engineer didn't show"},
    {"stayed_calm", "I stayed calm", "steady all the way through a tough cancellation"},
    {"next_steps", "I explained the next steps", "crystal clear about what happens with the move"},
    {"listened", "I listened without interrupting", "let him finish every time, even on repeat"},
    {"used_name", "I used the customer's name", "warm, natural use of her name"},
    {"open_questions", "I asked open questions instead of assuming",
     "your question about what she needed by Friday turned the call around"},
};

// The yes/partly/no questions of the built-in rubric, and how often the demo agent answers "yes"
// in the first week and in the twelfth: the history shows someone getting better with coaching.
struct Habit
{
    const char* item;
    double firstWeek;
    double lastWeek;
};
const Habit kHabits[] = {
    {"used_name", 0.45, 0.85}, {"acknowledged_feelings", 0.4, 0.85},
    {"listened", 0.65, 0.85},  {"open_questions", 0.35, 0.7},
    {"next_steps", 0.65, 0.9}, {"stayed_calm", 0.75, 0.9},
};

struct BreathingKind
{
    const char* id;
    const char* name;
};
const BreathingKind kBreathing[] = {
    {"box", "Box breathing"},
    {"4-7-8", "4-7-8 breathing"},
    {"coherent", "Coherent breathing"},
    {"cyclic-sighing", "Cyclic sighing"},
};

struct SeedCall
{
    QString callId;
    int customer = 0; // index into kCustomers, or -1 for Elena
    int story = 0;
    int week = 0;
    QDateTime ringingAt;
    qint64 ringMs = 0;
    qint64 talkMs = 0;
    bool answered = true;
    QDateTime endedAt;
    // When Elena's calls need a particular shape.
    std::optional<double> peak;
    std::optional<bool> calmed;
    QString outcome;
    QString note;
    bool notePrivate = false;
    int stressAfter = 0;
    // The supervisor reviewed it in full: score, coaching note and kudos.
    bool reviewed = false;
};

QString customerId(int customer)
{
    return customer < 0 ? QString::fromLatin1(DemoSeed::kCustomerId)
                        : QStringLiteral("C-%1").arg(20101 + customer * 37);
}

// Numbers from the range set aside for drama (020 7946 0000 to 0999), as the scenario's is.
QString displayPhone(int customer)
{
    return customer < 0 ? QStringLiteral("+44 20 7946 0321")
                        : QStringLiteral("+44 20 7946 0%1")
                              .arg(400 + customer * 13, 3, 10, QLatin1Char('0'));
}

QString e164(const QString& display)
{
    QString digits = display;
    digits.remove(QLatin1Char(' '));
    return digits;
}

QString customerName(int customer)
{
    return customer < 0 ? QStringLiteral("Elena Marsh")
                        : QString::fromUtf8(kCustomers[customer].fullName);
}

QString weightedOutcome(Dice& dice, const Story& story)
{
    const int roll = dice.between(1, story.resolved + story.followUp + story.escalated);
    if (roll <= story.resolved)
        return QStringLiteral("resolved");
    if (roll <= story.resolved + story.followUp)
        return QStringLiteral("follow_up");
    return QStringLiteral("escalated");
}

QString outcomeInWords(const QString& outcome)
{
    if (outcome == QLatin1String("resolved"))
        return QStringLiteral("Resolved on the call");
    if (outcome == QLatin1String("follow_up"))
        return QStringLiteral("Follow-up promised");
    return QStringLiteral("Escalated to the second line");
}

QString answer(Dice& dice, double yes)
{
    const double roll = dice.uniform(0, 1);
    if (roll < yes)
        return QStringLiteral("yes");
    if (roll < yes + (1 - yes) * 0.6)
        return QStringLiteral("partly");
    return QStringLiteral("no");
}

// A supervisor tends to be stricter than the agent at first; the gap closes with the weeks.
QString supervisorAnswer(Dice& dice, const QString& own, double progress)
{
    if (dice.chance(0.4 - 0.3 * progress)) {
        if (own == QLatin1String("yes"))
            return QStringLiteral("partly");
        if (own == QLatin1String("partly"))
            return QStringLiteral("no");
    } else if (dice.chance(0.06) && own == QLatin1String("partly")) {
        return QStringLiteral("yes");
    }
    return own;
}

// The smoothed level after each customer line: up to the peak, then down (far, when the call
// calmed). `calmed` follows the engine's own rule (CallArc::calmedDown).
StoredArc makeArc(Dice& dice, double peak, bool calmed, qint64 talkMs)
{
    StoredArc arc;
    arc.peak = peak;
    const int count = dice.between(6, 14);
    const int peakIndex = dice.between(1, std::max(1, count * 2 / 3));
    const double start = peak * dice.uniform(0.35, 0.7);
    const double floor = std::max(0.2, peak * 0.4);
    const double end =
        calmed ? floor * dice.uniform(0.5, 0.95) : floor + (peak - floor) * dice.uniform(0.3, 0.8);
    for (int i = 0; i < count; ++i) {
        const qint64 at = qint64(double(talkMs) * (i + 0.5) / count);
        double level = peak;
        if (i < peakIndex)
            level = start + (peak - start) * double(i) / peakIndex + dice.uniform(-0.03, 0.03);
        else if (i > peakIndex)
            level = peak +
                    (end - peak) * double(i - peakIndex) / std::max(1, count - 1 - peakIndex) +
                    dice.uniform(-0.03, 0.03);
        if (i == count - 1 && i != peakIndex)
            level = end;
        if (i != peakIndex)
            level = std::clamp(level, 0.0, peak - 0.01);
        if (i == peakIndex)
            arc.peakAfterMs = at;
        arc.points.append({at, std::round(std::max(0.0, level) * 1000) / 1000});
    }
    arc.calmed = calmed && peak >= 0.35;
    return arc;
}

class Seeder
{
public:
    Seeder(Database& database, const QDateTime& now)
        : m_database(database)
        , m_now(now)
        , m_calls(database)
        , m_assessments(database)
        , m_coaching(database)
        , m_breathing(database)
        , m_customers(database)
        , m_dice(kRandomSeed)
    {
        // Signed like a real supervisor's records, or the history would rightly hide them.
        const QString hashed = DemoSeed::supervisorPinHash();
        const QByteArray seed =
            SupervisorPin::recordSeed(QString::fromLatin1(DemoSeed::kSupervisorPassphrase), hashed);
        m_coaching.protect(
            [seed](const QByteArray& message) { return SupervisorRecords::sign(seed, message); },
            SupervisorPin::recordPublicKey(hashed));
    }

    bool run(DemoSeed::Summary* summary, QString* error)
    {
        if (!writeCustomers(error))
            return false;
        QList<SeedCall> calls = schedule();
        placeElena(&calls);
        // The last call before today is a hard one the supervisor has gone through, so the
        // history opens on a call with everything in it.
        for (auto it = calls.rbegin(); it != calls.rend(); ++it) {
            if (it->answered && it->customer >= 0) {
                it->reviewed = true;
                it->story = 4;
                it->peak = 0.82;
                it->calmed = true;
                it->outcome = QStringLiteral("follow_up");
                it->note = QString::fromUtf8(kNotes[6]);
                break;
            }
        }
        if (!writeElena(calls, error))
            return false;
        for (int i = 0; i < calls.size(); ++i) {
            const QDateTime nextRinging = i + 1 < calls.size() ? calls.at(i + 1).ringingAt : m_now;
            if (!writeCall(calls[i], nextRinging, error))
                return false;
        }
        if (!settleKudos(error))
            return false;
        summary->calls = int(calls.size());
        summary->assessments = m_assessed;
        return true;
    }

private:
    int pickStory()
    {
        int total = 0;
        for (const Story& story : kStories)
            total += story.weight;
        int roll = m_dice.between(1, total);
        for (int i = 0; i < int(std::size(kStories)); ++i) {
            roll -= kStories[i].weight;
            if (roll <= 0)
                return i;
        }
        return 0;
    }

    // Working days of the last twelve weeks, a few calls each, between nine and half past five.
    QList<SeedCall> schedule()
    {
        QList<SeedCall> calls;
        const QDate today = m_now.toLocalTime().date();
        const QDate first = today.addDays(-7 * DemoSeed::kWeeks);
        for (QDate day = first; day < today; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const int week = int(first.daysTo(day) / 7);
            const int wanted = m_dice.between(3, 6);
            QDateTime at(day, QTime(9, m_dice.between(0, 40), m_dice.between(0, 59)));
            for (int n = 0; n < wanted && at.time() < QTime(17, 30); ++n) {
                SeedCall call;
                call.callId =
                    QStringLiteral("demo-seed-%1").arg(calls.size() + 1, 4, 10, QLatin1Char('0'));
                call.customer = m_dice.between(0, kCustomerCount - 1);
                call.story = pickStory();
                call.week = week;
                call.ringingAt = at;
                call.ringMs = m_dice.between(4, 25) * 1000;
                call.answered = !m_dice.chance(0.05);
                const Story& story = kStories[call.story];
                call.talkMs =
                    call.answered ? m_dice.between(story.talkLowS, story.talkHighS) * 1000 : 0;
                call.endedAt = at.addMSecs(call.ringMs + call.talkMs);
                calls.append(call);
                // Wrap-up and a breather: the next call rings at least four minutes later.
                at = call.endedAt.addSecs(m_dice.between(4, 45) * 60);
            }
        }
        return calls;
    }

    // Elena's two earlier calls about the outage (the demo call is her third) and an older one
    // about her bill take the first answered call of those days.
    void placeElena(QList<SeedCall>* calls)
    {
        const QDate today = m_now.toLocalTime().date();
        struct Earlier
        {
            int daysAgo;
            int story;
            double peak;
            bool calmed;
            const char* outcome;
            const char* note;
            int stressAfter;
        };
        const Earlier earlier[] = {
            {49, 1, 0.42, true, "resolved", "", 2},
            {6, 0, 0.58, true, "follow_up", "check the line test before I say it's fixed.", 3},
            {3, 0, 0.76, false, "follow_up", "give Elena a set time for the call back.", 4},
        };
        int from = 0;
        for (const Earlier& call : earlier) {
            const QDate wanted = today.addDays(-call.daysAgo);
            for (int i = from; i < calls->size(); ++i) {
                SeedCall& slot = (*calls)[i];
                if (slot.ringingAt.date() < wanted || !slot.answered)
                    continue;
                slot.customer = -1;
                slot.story = call.story;
                slot.peak = call.peak;
                slot.calmed = call.calmed;
                slot.outcome = QString::fromLatin1(call.outcome);
                slot.note = QString::fromUtf8(call.note);
                slot.stressAfter = call.stressAfter;
                from = i + 1;
                break;
            }
        }
    }

    bool writeCustomers(QString* error)
    {
        const QDate today = m_now.toLocalTime().date();
        for (int i = 0; i < kCustomerCount; ++i) {
            CustomerProfile profile;
            profile.customerId = customerId(i);
            profile.fullName = QString::fromUtf8(kCustomers[i].fullName);
            profile.preferredName = QString::fromUtf8(kCustomers[i].preferredName);
            profile.phoneE164 = e164(displayPhone(i));
            profile.language = QStringLiteral("en");
            profile.segment = QString::fromUtf8(kCustomers[i].segment);
            profile.customerSince = today.addDays(-m_dice.between(200, 3500));
            if (i == 8)
                profile.sensitiveFlags << QStringLiteral("vulnerable");
            if (!m_customers.upsert(profile, error))
                return false;
        }
        return true;
    }

    bool writeElena(const QList<SeedCall>& calls, QString* error)
    {
        const QString id = QString::fromLatin1(DemoSeed::kCustomerId);
        const QDate today = m_now.toLocalTime().date();
        CustomerProfile elena;
        elena.customerId = id;
        elena.fullName = QStringLiteral("Elena Marsh");
        elena.preferredName = QStringLiteral("Elena");
        elena.pronunciationHint = QStringLiteral("eh-LAY-nuh");
        elena.pronouns = QStringLiteral("she/her");
        elena.phoneE164 = QString::fromLatin1(DemoSeed::kCustomerPhone);
        elena.language = QStringLiteral("en");
        elena.segment = QStringLiteral("Home broadband, works from home");
        elena.customerSince = today.addYears(-6).addMonths(-4);
        elena.sensitiveFlags << QStringLiteral("complaint-open");
        if (!m_customers.upsert(elena, error))
            return false;

        const auto at = [this](int daysAgo, int hour, int minute) {
            return QDateTime(m_now.toLocalTime().date().addDays(-daysAgo), QTime(hour, minute));
        };
        // Her calls as placed in the schedule (oldest first), so the profile and the history agree.
        QList<QDateTime> called;
        for (const SeedCall& call : calls) {
            if (call.customer < 0)
                called << call.ringingAt;
        }
        const auto call = [&](int index, const QDateTime& otherwise) {
            return index < called.size() ? called.at(index) : otherwise;
        };
        const ContactRecord contacts[] = {
            // Kept short: the sidebar has to leave room for the suggestions below the profile.
            {QStringLiteral("demo-contact-elena-1"),
             id,
             call(1, at(6, 9, 40)),
             QStringLiteral("phone"),
             QStringLiteral("your broadband dropping out"),
             QStringLiteral("Router restarted remotely"),
             {}},
            {QStringLiteral("demo-contact-elena-2"),
             id,
             QDateTime(call(1, at(6, 9, 40)).date().addDays(1), QTime(19, 12)),
             QStringLiteral("email"),
             QStringLiteral("an update on the drop-outs"),
             QStringLiteral("Still investigating"),
             {}},
            {QStringLiteral("demo-contact-elena-3"),
             id,
             call(2, at(3, 15, 35)),
             QStringLiteral("phone"),
             QStringLiteral("your broadband dropping out again"),
             QStringLiteral("Call back promised"),
             {}},
        };
        for (const ContactRecord& contact : contacts) {
            if (!m_customers.upsertContact(contact, error))
                return false;
        }
        if (!m_customers.upsertCase({QStringLiteral("CS-58213"), id, today.addDays(-6),
                                     QStringLiteral("the broadband drop-outs"), true},
                                    error) ||
            !m_customers.upsertCase({QStringLiteral("CS-51877"), id, today.addDays(-49),
                                     QStringLiteral("a one-off charge on the bill"), false},
                                    error))
            return false;
        return m_customers.addNote(id, {}, QStringLiteral("Prefers a text to an email."),
                                   call(2, at(3, 15, 35)).addSecs(20 * 60), error);
    }

    bool writeCall(SeedCall& seed, const QDateTime& nextRinging, QString* error)
    {
        const Story& story = kStories[seed.story];
        Call call;
        call.id = seed.callId;
        call.source = QStringLiteral("demo");
        call.caller.phone = displayPhone(seed.customer);
        call.caller.customerId = customerId(seed.customer);
        call.caller.displayName = customerName(seed.customer);
        call.ringingAtWall = seed.ringingAt;
        call.ringingAtMonotonicMs = 1;
        if (seed.answered)
            call.answeredAtMonotonicMs = 1 + seed.ringMs;
        call.endedAtMonotonicMs = 1 + seed.ringMs + seed.talkMs;
        const qint64 row = m_calls.insertRinging(call, error);
        if (row == 0)
            return false;
        // markEnded records the answer too (from the call), so there is no separate write for it.
        if (!m_calls.markEnded(row, call, seed.endedAt, error))
            return false;
        if (!seed.answered)
            return true;

        const double peak = seed.peak.value_or(m_dice.uniform(story.peakLow, story.peakHigh));
        const bool calmed = seed.calmed.value_or(m_dice.chance(story.calmChance));
        StoredArc arc = makeArc(m_dice, peak, calmed, seed.talkMs);
        arc.peakKind = QString::fromLatin1(story.peakKind);
        for (const char* used : story.suggestions) {
            if (used && m_dice.chance(0.6))
                arc.suggestionsUsed << QString::fromUtf8(used);
        }
        if (!m_calls.recordArc(seed.callId, arc, error))
            return false;

        const QString outcome =
            seed.outcome.isEmpty() ? weightedOutcome(m_dice, story) : seed.outcome;
        if (seed.customer >= 0) {
            const ContactRecord contact{seed.callId,
                                        call.caller.customerId,
                                        seed.ringingAt,
                                        QStringLiteral("phone"),
                                        QString::fromUtf8(story.topic),
                                        outcomeInWords(outcome),
                                        {}};
            if (!m_customers.upsertContact(contact, error))
                return false;
        }

        const bool elena = seed.customer < 0;
        if (!elena && !seed.reviewed && !m_dice.chance(0.85))
            return true; // not every call gets assessed
        return writeAssessment(seed, arc, outcome, nextRinging, error);
    }

    bool writeAssessment(const SeedCall& seed, const StoredArc& arc, const QString& outcome,
                         const QDateTime& nextRinging, QString* error)
    {
        const double progress = seed.week / double(DemoSeed::kWeeks - 1);
        Assessment assessment;
        assessment.callId = seed.callId;
        assessment.rubricId = QStringLiteral("attune-default");
        assessment.rubricVersion = 1;
        for (const Habit& habit : kHabits) {
            double yes = habit.firstWeek + (habit.lastWeek - habit.firstWeek) * progress;
            if (QLatin1String(habit.item) == QLatin1String("stayed_calm"))
                yes -= 0.3 * std::max(0.0, arc.peak - 0.5);
            assessment.answers.insert(QString::fromLatin1(habit.item),
                                      seed.reviewed && QLatin1String(habit.item) ==
                                                           QLatin1String("acknowledged_feelings")
                                          ? QStringLiteral("yes")
                                          : answer(m_dice, yes));
        }
        assessment.answers.insert(QStringLiteral("outcome"), outcome);
        const bool hot = arc.peak >= 0.35;
        QString atEnd = QStringLiteral("better");
        if (hot && !arc.calmed)
            atEnd = m_dice.chance(0.6) ? QStringLiteral("same") : QStringLiteral("worse");
        else if (!hot && m_dice.chance(0.4))
            atEnd = QStringLiteral("same");
        assessment.answers.insert(QStringLiteral("customer_at_end"), atEnd);
        const int before = m_dice.between(1, m_lastHot ? 4 : 3);
        int after = seed.stressAfter;
        if (after == 0)
            after = std::clamp(int(std::lround(1 + arc.peak * 3.2 + m_dice.uniform(-0.8, 0.8) -
                                               (arc.calmed ? 0.6 : 0))),
                               1, 5);
        m_lastHot = hot && !arc.calmed;
        assessment.answers.insert(QStringLiteral("stress_before"), QString::number(before));
        assessment.answers.insert(QStringLiteral("stress_after"), QString::number(after));
        assessment.note = QStringLiteral(""); // the column holds '' for "no note", never NULL
        if (!seed.note.isEmpty() || seed.customer < 0) {
            // Elena's notes are the story's own (her profile shows them), never a random one.
            assessment.note = seed.note.isEmpty() ? assessment.note : seed.note;
        } else if (m_dice.chance(0.06)) {
            assessment.note = QString::fromUtf8(m_dice.pick(kPrivateNotes));
            assessment.notePrivate = true;
        } else if (m_dice.chance(0.3)) {
            assessment.note = QString::fromUtf8(m_dice.pick(kNotes));
        }
        assessment.updatedAt = seed.endedAt.addSecs(m_dice.between(40, 200));
        if (!m_assessments.save(&assessment, error))
            return false;
        ++m_assessed;
        if (!writeSurvey(seed, atEnd, error))
            return false;

        // A breathing exercise after a call that left the agent tense, before the next one rings.
        if ((after >= 4 && m_dice.chance(0.75)) || (arc.peak >= 0.6 && m_dice.chance(0.3))) {
            const BreathingKind& kind = m_dice.pick(kBreathing);
            BreathingRecord record;
            record.patternId = QString::fromLatin1(kind.id);
            record.patternName = QString::fromUtf8(kind.name);
            record.startedAt = seed.endedAt.addSecs(m_dice.between(60, 180));
            record.plannedMs = m_dice.chance(0.7) ? 60000 : 120000;
            record.completed = m_dice.chance(0.85);
            record.breathedMs = record.completed ? record.plannedMs : m_dice.between(15, 50) * 1000;
            if (m_dice.chance(0.85)) {
                record.stressBefore = after;
                record.stressAfter = std::max(
                    1, after - (record.completed ? m_dice.between(1, 2) : m_dice.between(0, 1)));
            }
            if (record.startedAt < nextRinging && !m_breathing.save(record, error))
                return false;
        }

        // About one assessed call in eight is scored by the supervisor, some with a coaching note,
        // a few with kudos.
        if (!seed.reviewed && !m_dice.chance(0.125))
            return true;
        Assessment scored;
        for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
            const bool rated = it.value() == QLatin1String("yes") ||
                               it.value() == QLatin1String("partly") ||
                               it.value() == QLatin1String("no");
            scored.answers.insert(it.key(), rated ? supervisorAnswer(m_dice, it.value(), progress)
                                                  : it.value());
        }
        scored.answers.remove(QStringLiteral("stress_before"));
        scored.answers.remove(QStringLiteral("stress_after"));
        const QDateTime reviewed = std::min(
            seed.endedAt.addDays(1).addSecs(m_dice.between(0, 4 * 3600)), m_now.addSecs(-3600));
        if (!m_coaching.scoreAssessment(assessment.id, scored.answers, scored.score(), reviewed,
                                        error))
            return false;
        if (seed.reviewed || m_dice.chance(0.5)) {
            const QString text = QString::fromUtf8(
                kCoachingNotes[std::size_t(m_coachingNotes++) % std::size(kCoachingNotes)]);
            if (m_coaching.addNote(seed.callId, text, reviewed, error) == 0)
                return false;
        }
        if (seed.reviewed) {
            const Praise& praise = kKudos[0];
            return m_coaching.giveKudos(seed.callId, QString::fromUtf8(praise.behaviour),
                                        QString::fromUtf8(praise.text), reviewed, error) != 0;
        }
        if (seed.week >= 3 && m_dice.chance(0.45)) {
            const Praise& praise = kKudos[std::size_t(m_kudosGiven) % std::size(kKudos)];
            if (assessment.answers.value(QString::fromLatin1(praise.item)) ==
                QLatin1String("yes")) {
                ++m_kudosGiven;
                if (m_coaching.giveKudos(seed.callId, QString::fromUtf8(praise.behaviour),
                                         QString::fromUtf8(praise.text), reviewed, error) == 0)
                    return false;
            }
        }
        return true;
    }

    // About one answered call in three has the customer's post-call survey, as
    // `attune import feedback` would have brought it in: mostly in line with how the customer was
    // at the end, sometimes not, so the gap between the agent's view and theirs has a shape. The
    // choice follows the call id, not the dice, so the rest of the history stays as it was.
    bool writeSurvey(const SeedCall& seed, const QString& atEnd, QString* error)
    {
        quint32 hash = 2166136261u;
        for (const char c : seed.callId.toUtf8())
            hash = (hash ^ quint8(c)) * 16777619u;
        if (!seed.reviewed && hash % 3 != 0)
            return true;
        struct Said
        {
            int csat;
            const char* comment;
            const char* cue; // the negative feeling the cue reader finds in it
        };
        static const Said kUpset[] = {
            {1, "Third call about the same thing and it is still not sorted. I am fed up.",
             "frustration"},
            {2, "Nobody listened. I had to explain everything again from the start.",
             "frustration"},
            {2, "I am still worried the money will not come back before the rent is due.",
             "anxiety"},
        };
        static const Said kMixed[] = {
            {3, "Got there in the end, but it took far too long.", ""},
            {3, "Polite, but I am still not sure what happens next.", "confusion"},
        };
        static const Said kHappy[] = {
            {5, "She was kind and sorted it at once. Thank you!", ""},
            {4, "Really listened and explained everything clearly.", ""},
            {5, "Lovely agent, called me back as promised.", ""},
            {4, "", ""},
        };
        const int turn = int((hash / 3) % 10);
        const Said& said =
            seed.reviewed ? kMixed[0]
            : atEnd == QLatin1String("worse") || (atEnd == QLatin1String("same") && turn < 4)
                ? kUpset[(hash / 7) % std::size(kUpset)]
            : turn < 2 ? kMixed[(hash / 7) % std::size(kMixed)]
                       : kHappy[(hash / 7) % std::size(kHappy)];
        // As FeedbackImport decides: a low score, or a comment that reads negative.
        const bool upset = said.csat <= 2 || *said.cue != '\0';
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO customer_feedback (feedback_key, call_id, survey_id, csat, nps, score,"
            " comment, comment_language, comment_cue, upset, imported_at) VALUES (:key, :call,"
            " :survey, :csat, :nps, :score, :comment, :language, :cue, :upset, :at)"));
        insert.bindValue(QStringLiteral(":key"), seed.callId + QStringLiteral("\x1Fsurvey:demo"));
        insert.bindValue(QStringLiteral(":call"), seed.callId);
        insert.bindValue(QStringLiteral(":survey"), QStringLiteral("demo"));
        insert.bindValue(QStringLiteral(":csat"), said.csat);
        insert.bindValue(QStringLiteral(":nps"), std::clamp(said.csat * 2 + int(hash % 2), 0, 10));
        insert.bindValue(QStringLiteral(":score"), (said.csat - 1) * 25.0);
        insert.bindValue(QStringLiteral(":comment"), QString::fromUtf8(said.comment));
        insert.bindValue(QStringLiteral(":language"),
                         *said.comment ? QStringLiteral("en") : QStringLiteral(""));
        insert.bindValue(QStringLiteral(":cue"), QString::fromLatin1(said.cue));
        insert.bindValue(QStringLiteral(":upset"), upset ? 1 : 0);
        insert.bindValue(
            QStringLiteral(":at"),
            std::min(seed.endedAt.addDays(2), m_now).toUTC().toString(Qt::ISODateWithMs));
        return Database::runQuery(insert, error);
    }

    // The agent was told of every kudos when it was given: the demo's sidebar keeps its room for
    // the call (the kudos are in the history).
    bool settleKudos(QString* error)
    {
        for (const Kudos& kudos : m_coaching.kudosToAnnounce()) {
            if (!m_coaching.markAnnounced({kudos.id}, kudos.givenAt.addSecs(2 * 3600), error))
                return false;
        }
        return true;
    }

    Database& m_database;
    QDateTime m_now;
    CallStore m_calls;
    AssessmentStore m_assessments;
    CoachingStore m_coaching;
    BreathingStore m_breathing;
    CustomerStore m_customers;
    Dice m_dice;
    int m_assessed = 0;
    int m_coachingNotes = 0;
    int m_kudosGiven = 0;
    bool m_lastHot = false;
};

const QString kMarkerTable = QStringLiteral("demo_seed");

} // namespace

bool DemoSeed::isSeeded(Database& database)
{
    QSqlQuery query(database.connection());
    query.prepare(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :name"));
    query.bindValue(QStringLiteral(":name"), kMarkerTable);
    if (!Database::runQuery(query, nullptr) || !query.next() || query.value(0).toInt() == 0)
        return false;
    QSqlQuery marker(database.connection());
    marker.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE version >= :version").arg(kMarkerTable));
    marker.bindValue(QStringLiteral(":version"), kVersion);
    return Database::runQuery(marker, nullptr) && marker.next() && marker.value(0).toInt() > 0;
}

QString DemoSeed::supervisorPinHash()
{
    return QStringLiteral("pbkdf2-sha256$200000$acFLzZUz1DPu6uPHQ7JMxA==$"
                          "TbAQfZRtzkkwLnyyafTpLuBe0Bl7Sa1BfPOl5iVrRlU=$"
                          "ic3N4I69CLb5HzXCnoIfbzOjmqdDwExt2/5y3tumxZA=");
}

DemoSeed::Result DemoSeed::ensure(Database& database, const QDateTime& now, QString* error,
                                  Summary* summary)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    if (!database.isOpen()) {
        if (error)
            *error = QStringLiteral("the demo database is not open");
        return Result::Failed;
    }
    if (isSeeded(database))
        return Result::AlreadySeeded;
    QSqlDatabase db = database.connection();
    QString problem;
    // One transaction: a crash or a failed write leaves the database as it was, never half seeded,
    // and the whole seed costs one sync to disk.
    if (!db.transaction()) {
        if (error)
            *error = QStringLiteral("cannot start a transaction");
        return Result::Failed;
    }
    Summary done;
    bool ok = Seeder(database, now).run(&done, &problem);
    if (ok) {
        QSqlQuery create(db);
        create.prepare(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (version INTEGER PRIMARY KEY,"
                                      " seeded_at TEXT NOT NULL, calls INTEGER NOT NULL)")
                           .arg(kMarkerTable));
        QSqlQuery mark(db);
        ok = Database::runQuery(create, &problem);
        if (ok) {
            mark.prepare(QStringLiteral("INSERT INTO %1 (version, seeded_at, calls)"
                                        " VALUES (:version, :at, :calls)")
                             .arg(kMarkerTable));
            mark.bindValue(QStringLiteral(":version"), kVersion);
            mark.bindValue(QStringLiteral(":at"), now.toUTC().toString(Qt::ISODateWithMs));
            mark.bindValue(QStringLiteral(":calls"), done.calls);
            ok = Database::runQuery(mark, &problem);
        }
    }
    if (!ok || !db.commit()) {
        if (problem.isEmpty())
            problem = db.lastError().text();
        db.rollback();
        qCWarning(lcStorage).noquote() << "demo seed failed, nothing written:" << problem;
        if (error)
            *error = problem;
        return Result::Failed;
    }
    done.elapsedMs = timer.elapsed();
    done.cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    // The processor time too: on a busy machine the wall time says more about the neighbours.
    qCInfo(lcStorage).noquote() << "demo database seeded:" << done.calls << "calls,"
                                << done.assessments << "assessments in" << done.elapsedMs << "ms ("
                                << done.cpuMs << "ms of processor time)";
    if (summary)
        *summary = done;
    return Result::Seeded;
}

} // namespace attune
