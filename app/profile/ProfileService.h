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
    // Notes are then written on the storage thread (the running app); without it, at once on
    // this one (tests that wire the store by hand).
    void setStorageQueue(StorageQueue* queue) { m_queue = queue; }
    ProfileView current() const { return m_view; }

    // Looks the caller up again (after a choice, a new profile or an import).
    ProfileView lookUp(const Call& call);
    // The agent chose among several profiles for this number.
    bool choose(const QString& customerId);
    // One click "create profile" for an unknown caller; the new profile is shown at once.
    bool createProfile(const CustomerProfile& profile, QString* error);
    // A note during the call: checked at once, saved (on the storage thread when there is one)
    // and shown once it is read back.
    bool addNote(const QString& text, QString* error);

    boost::signals2::signal<void(const ProfileView&)> changed;

Q_SIGNALS:
    // The same, as a Qt signal for the views (they connect it queued, so it reaches them on
    // their thread).
    void viewChanged(const attune::ProfileView& view);

private:
    void fillHistory(ProfileView* view) const;
    void show(const ProfileView& view);

    CustomerStore& m_store;
    StorageQueue* m_queue = nullptr;
    QString m_defaultCountry;
    ProfileView m_view;
    Call m_call;
    std::vector<boost::signals2::scoped_connection> m_connections;
};

} // namespace attune
