#include "ProfileService.h"

#include "core/CallSession.h"
#include "core/ThreadHop.h"
#include "profile/PhoneNumber.h"
#include "storage/StorageQueue.h"

namespace attune {

ProfileService::ProfileService(CustomerStore& store, QString defaultCountry, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_defaultCountry(std::move(defaultCountry))
{}

ProfileService::~ProfileService() = default;

void ProfileService::attach(CallSession& session)
{
    m_connections.emplace_back(session.ringing.connect([this](const Call& call, qint64) {
        runOnObjectThread(this, [this, call] { show(lookUp(call)); });
    }));
    // The contact center may send the customer id or name after the call started.
    m_connections.emplace_back(session.customerUpdated.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { show(lookUp(call)); });
    }));
    m_connections.emplace_back(session.wrapUpFinished.connect(
        [this](const Call&) { runOnObjectThread(this, [this] { show(ProfileView()); }); }));
}

ProfileView ProfileService::lookUp(const Call& call)
{
    m_call = call;
    ProfileView view;
    view.callId = call.id;
    view.fromCall = call.caller;
    view.phoneE164 = PhoneNumber::toE164(call.caller.phone, m_defaultCountry);
    std::optional<CustomerProfile> byId;
    if (!call.caller.customerId.isEmpty())
        byId = m_store.byId(call.caller.customerId);
    if (byId) {
        view.state = ProfileView::State::Known;
        view.profile = *byId;
    } else {
        const QList<CustomerProfile> matches = m_store.byPhone(view.phoneE164);
        if (matches.size() == 1) {
            view.state = ProfileView::State::Known;
            view.profile = matches.first();
        } else if (matches.size() > 1) {
            view.state = ProfileView::State::Ambiguous;
            view.candidates = matches;
        } else {
            view.state = ProfileView::State::Unknown;
        }
    }
    if (view.state == ProfileView::State::Known) {
        fillHistory(&view);
        m_store.linkCall(call.id, view.profile.customerId);
    }
    return view;
}

void ProfileService::fillHistory(ProfileView* view) const
{
    view->contacts = m_store.contacts(view->profile.customerId, kContactsShown);
    view->openCases = m_store.openCases(view->profile.customerId);
    view->notes = m_store.notes(view->profile.customerId, kNotesShown);
}

void ProfileService::show(const ProfileView& view)
{
    m_view = view;
    changed(m_view);
    Q_EMIT viewChanged(m_view);
}

bool ProfileService::choose(const QString& customerId)
{
    if (m_view.state != ProfileView::State::Ambiguous)
        return false;
    for (const CustomerProfile& candidate : std::as_const(m_view.candidates)) {
        if (candidate.customerId == customerId) {
            ProfileView view = m_view;
            view.state = ProfileView::State::Known;
            view.profile = candidate;
            view.candidates.clear();
            fillHistory(&view);
            m_store.linkCall(view.callId, customerId);
            show(view);
            return true;
        }
    }
    return false;
}

bool ProfileService::createProfile(const CustomerProfile& profile, QString* error)
{
    CustomerProfile created = profile;
    if (created.fullName.trimmed().isEmpty()) {
        *error = tr("a profile needs the customer's name");
        return false;
    }
    if (created.customerId.isEmpty())
        created.customerId =
            QStringLiteral("local-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    if (created.phoneE164.isEmpty())
        created.phoneE164 = m_view.phoneE164;
    if (!m_store.upsert(created, error))
        return false;
    Call call = m_call;
    call.caller.customerId = created.customerId; // found by id now, whatever the number says
    show(lookUp(call));
    return true;
}

bool ProfileService::addNote(const QString& text, QString* error)
{
    if (m_view.state != ProfileView::State::Known) {
        *error = tr("notes belong to a known customer; create or choose the profile first");
        return false;
    }
    if (m_queue) {
        if (!CustomerStore::checkNote(text, error))
            return false;
        // Written on the storage thread, then read back in order, so the view shows what is
        // on disk; the GUI thread never waits on SQLite.
        CustomerStore* store = &m_store;
        const QString customerId = m_view.profile.customerId;
        const QString callId = m_view.callId;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        m_queue->write("profile note", [store, customerId, callId, text, at](QString* failure) {
            if (store->addNote(customerId, callId, text, at, failure))
                return StorageQueue::Result::Done;
            return StorageQueue::isBusy(*failure) ? StorageQueue::Result::Busy
                                                  : StorageQueue::Result::Failed;
        });
        m_queue->read<QList<CustomerStore::Note>>(
            "profile notes", [store, customerId] { return store->notes(customerId, kNotesShown); },
            this,
            [this, customerId](QList<CustomerStore::Note> notes) {
                if (m_view.state != ProfileView::State::Known ||
                    m_view.profile.customerId != customerId)
                    return; // another caller is shown by now
                ProfileView view = m_view;
                view.notes = std::move(notes);
                show(view);
            });
        return true;
    }
    if (!m_store.addNote(m_view.profile.customerId, m_view.callId, text, error))
        return false;
    ProfileView view = m_view;
    view.notes = m_store.notes(view.profile.customerId, kNotesShown);
    show(view);
    return true;
}

} // namespace attune
