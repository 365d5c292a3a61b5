#pragma once

#include <QDateTime>
#include <QString>

namespace attune {

class Database;

// What `attune --demo` has to show besides its scripted call: Elena Marsh's profile (the
// scenario's caller, so she pops as a known customer with an open case, earlier contacts, notes
// and an earlier "next time I will…"), and twelve weeks of earlier calls with their arcs,
// self-assessments, supervisor scores, coaching notes, kudos and breathing exercises, so the
// history, the trends and the supervisor view have something real to show.
//
// Everything is written through the stores, in one transaction, from a fixed random seed (the
// same history every time, so screenshots are stable) dated back from `now`. A marker table of
// its own records that the seed ran, so seeding again changes nothing, whatever the schema's
// version. Only ever called on the demo database; the agent's own is never touched.
class DemoSeed
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kWeeks = 12;
    // The scenario's caller (resources/scenarios/demo.json).
    static constexpr char kCustomerId[] = "C-10482";
    static constexpr char kCustomerPhone[] = "+442079460321";
    // The demo's supervisor: the seeded coaching notes, kudos and scores are signed with this
    // passphrase's record key (so they show as the supervisor's, as real ones do), and the demo
    // signs into its supervisor view with it. Public on purpose: it guards only the demo's own
    // made-up history, never the agent's database or IT's PIN.
    static constexpr char kSupervisorPassphrase[] = "demo supervisor";
    // `attune hash-pin` of kSupervisorPassphrase: what the demo uses in place of IT's pinHash.
    static QString supervisorPinHash();

    enum class Result
    {
        Seeded,
        AlreadySeeded,
        Failed
    };

    struct Summary
    {
        int calls = 0;
        int assessments = 0;
        qint64 elapsedMs = 0;
        qint64 cpuMs = 0;
    };

    // Seeds an open database once. On failure nothing is written and `error` says why.
    static Result ensure(Database& database, const QDateTime& now, QString* error = nullptr,
                         Summary* summary = nullptr);
    static bool isSeeded(Database& database);
};

} // namespace attune
