#pragma once

#include "core/CallTypes.h"
#include "core/CustomerProfile.h"
#include "storage/CustomerStore.h"

#include <QObject>

#include <boost/signals2/connection.hpp>
#include <boost/signals2/signal.hpp>

#include <vector>

namespace attune {

class StorageQueue;

class CallSession;

// What the sidebar shows about the caller.
struct ProfileView
{
    enum class State
    {
        NoCall,
        Known,     // one stored profile
        Ambiguous, // several profiles share the number: the agent chooses
        Unknown    // none: the number, and a way to create one
    };

    State state = State::NoCall;
    QString callId;
    CallerInfo fromCall;     // what the call source sent, shown at once
    QString phoneE164;       // the caller's number, normalised ("" when none or unreadable)
    CustomerProfile profile; // Known
    QList<CustomerProfile> candidates; // Ambiguous
    QList<ContactRecord> contacts;     // newest first
    QStringList openCases;
    QList<CustomerStore::Note> notes;
};

// Finds the caller on every call: by customer id when the call brings one, else by the number
// in E.164. The call source's own fields are shown at once and never written over the stored
// profile, so newer local notes are never overwritten. Lookups run on this object's thread (the
// one that owns the database); call events may come from any thread.
class ProfileService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kContactsShown = 5;
    static constexpr int kNotesShown = 5;

    ProfileService(CustomerStore& store, QString defaultCountry, QObject* parent = nullptr);
    ~ProfileService() override;

    void attach(CallSession& session);
    // With it (the running app) the caller is looked up, the call linked to its profile and
    // notes written on the storage thread, and the view shown when the answer comes back: the
    // GUI thread never waits on the database at ring. Without it, all at once on this thread
    // (tests that wire the store by hand).
    void setStorageQueue(StorageQueue* queue) { m_queue = queue; }
    ProfileView current() const { return m_view; }

    // Looks the caller up on this thread (tests and tools; the app goes through request()).
    ProfileView lookUp(const Call& call);
    // Looks the caller up on the storage thread when there is one (else at once) and shows it,
    // unless a later call or lookup came first.
    void request(const Call& call);
    // The agent chose among several profiles for this number.
    bool choose(const QString& customerId);
    // One click "create profile" for an unknown caller; the new profile is shown once written
    // (at once without a storage queue).
    bool createProfile(const CustomerProfile& profile, QString* error);
    // A note during the call: checked at once, saved (on the storage thread when there is one)
    // and shown once it is read back.
    bool addNote(const QString& text, QString* error);

    boost::signals2::signal<void(const ProfileView&)> changed;

Q_SIGNALS:
    // The same, as a Qt signal for the views (they connect it queued, so it reaches them on
    // their thread).
    void viewChanged(const attune::ProfileView& view);
    // A profile asked for by createProfile() was not written (the database refused it for good);
    // `reason` is translated. Emitted on this object's thread.
    void profileNotCreated(const QString& callId, const QString& reason);

private:
    // Reads only: callable on the storage thread.
    static ProfileView find(const CustomerStore& store, const Call& call,
                            const QString& defaultCountry);
    static void fillHistory(const CustomerStore& store, ProfileView* view);
    enum class Reads
    {
        Now,        // ahead of queued writes
        AfterWrites // behind them (a profile just written)
    };
    void request(const Call& call, Reads reads);
    void link(const QString& callId, const QString& customerId);
    void show(const ProfileView& view);

    CustomerStore& m_store;
    StorageQueue* m_queue = nullptr;
    QString m_defaultCountry;
    ProfileView m_view;
    Call m_call;
    // Bumped by every lookup asked for and by the end of a call: an older answer is dropped.
    quint64 m_generation = 0;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
