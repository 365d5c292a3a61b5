#include "ProfileService.h"

#include "core/CallSession.h"
#include "core/TextRule.h"
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
        runOnObjectThread(this, [this, call] { request(call); });
    }));
    // The contact center may send the customer id or name after the call started.
    m_connections.emplace_back(session.customerUpdated.connect(
        [this](const Call& call) { runOnObjectThread(this, [this, call] { request(call); }); }));
    m_connections.emplace_back(session.wrapUpFinished.connect([this](const Call&) {
        runOnObjectThread(this, [this] {
            ++m_generation;
            show(ProfileView());
        });
    }));
}

ProfileView ProfileService::lookUp(const Call& call)
{
    m_call = call;
    ++m_generation;
    ProfileView view = find(m_store, call, m_defaultCountry);
    if (view.state == ProfileView::State::Known)
        link(call.id, view.profile.customerId);
    return view;
}

void ProfileService::request(const Call& call)
{
    request(call, Reads::Now);
}

void ProfileService::request(const Call& call, Reads reads)
{
    if (!m_queue) {
        show(lookUp(call));
        return;
    }
    m_call = call;
    const quint64 generation = ++m_generation;
    // On the storage thread's connection. At ring, ahead of the writes queued before it (the
    // call's own ring among them, which may be waiting for another program's lock): the profile
    // shows while the lock is held, a read going through a writer's lock in WAL. After a new
    // profile, behind its write.
    std::function<ProfileView()> query = [store = &m_store, call, country = m_defaultCountry] {
        return find(*store, call, country);
    };
    std::function<void(ProfileView)> deliver = [this, generation](ProfileView view) {
        if (generation != m_generation)
            return; // the call ended, or it was looked up again since
        if (view.state == ProfileView::State::Known)
            link(view.callId, view.profile.customerId);
        show(view);
    };
    if (reads == Reads::Now)
        m_queue->readNow<ProfileView>("caller profile", std::move(query), this, std::move(deliver));
    else
        m_queue->read<ProfileView>("caller profile", std::move(query), this, std::move(deliver));
}

ProfileView ProfileService::find(const CustomerStore& store, const Call& call,
                                 const QString& defaultCountry)
{
    ProfileView view;
    view.callId = call.id;
    view.fromCall = call.caller;
    view.phoneE164 = PhoneNumber::toE164(call.caller.phone, defaultCountry);
    std::optional<CustomerProfile> byId;
    if (!call.caller.customerId.isEmpty())
        byId = store.byId(call.caller.customerId);
    if (byId) {
        view.state = ProfileView::State::Known;
        view.profile = *byId;
    } else {
        const QList<CustomerProfile> matches = store.byPhone(view.phoneE164);
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
    if (view.state == ProfileView::State::Known)
        fillHistory(store, &view);
    return view;
}

void ProfileService::fillHistory(const CustomerStore& store, ProfileView* view)
{
    view->contacts = store.contacts(view->profile.customerId, kContactsShown);
    view->openCases = store.openCases(view->profile.customerId);
    view->notes = store.notes(view->profile.customerId, kNotesShown);
}

void ProfileService::link(const QString& callId, const QString& customerId)
{
    if (!m_queue) {
        m_store.linkCall(callId, customerId);
        return;
    }
    // Queued after the call's own row is written, so the link is not lost to a row not there yet.
    m_queue->write("profile link", [store = &m_store, callId, customerId](QString* failure) {
        if (store->linkCall(callId, customerId, failure))
            return StorageQueue::Result::Done;
        return StorageQueue::isBusy(*failure) ? StorageQueue::Result::Busy
                                              : StorageQueue::Result::Failed;
    });
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
            link(view.callId, customerId);
            if (!m_queue) {
                fillHistory(m_store, &view);
                show(view);
                return true;
            }
            const quint64 generation = ++m_generation;
            m_queue->readNow<ProfileView>(
                "caller profile",
                [store = &m_store, view]() mutable {
                    fillHistory(*store, &view);
                    return view;
                },
                this,
                [this, generation](ProfileView chosen) {
                    if (generation == m_generation)
                        show(chosen);
                });
            return true;
        }
    }
    return false;
}

bool ProfileService::createProfile(const CustomerProfile& profile, QString* error)
{
    // Typed text keeps the rule imported text keeps (TextRule::withBalancedDirection): a line
    // edit's "Insert Unicode control character" menu puts a right-to-left override in as easily
    // as a CRM export does. Taken out rather than refused: the agent cannot see it to remove it.
    CustomerProfile created = profile;
    for (QString* typed : {&created.fullName, &created.preferredName, &created.pronunciationHint,
                           &created.pronouns, &created.language, &created.segment})
        *typed = TextRule::withBalancedDirection(*typed);
    if (created.fullName.trimmed().isEmpty()) {
        *error = tr("a profile needs the customer's name");
        return false;
    }
    if (created.customerId.isEmpty())
        created.customerId =
            QStringLiteral("local-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    if (created.phoneE164.isEmpty())
        created.phoneE164 = m_view.phoneE164;
    Call call = m_call;
    call.caller.customerId = created.customerId; // found by id now, whatever the number says
    if (!m_queue) {
        if (!m_store.upsert(created, error))
            return false;
        show(lookUp(call));
        return true;
    }
    // Written on the storage thread (retried while another program holds the file), then read
    // back. A write that fails for good is told to the panel that asked (profileNotCreated),
    // and nothing is read back, so the unknown caller and what the agent typed stay as they are.
    m_queue->writeAndReport<bool>(
        "customer profile",
        [store = &m_store, created](bool*, QString* failure) {
            return store->upsert(created, failure) ? StorageQueue::Result::Done
                                                   : StorageQueue::Result::Failed;
        },
        this,
        [this, call](bool, bool committed, const QString& reason) {
            if (m_view.callId != call.id || m_view.state != ProfileView::State::Unknown)
                return; // another caller is shown by now
            if (committed)
                request(call, Reads::AfterWrites);
            else
                Q_EMIT profileNotCreated(call.id, tr("the database refused it (%1)").arg(reason));
        });
    return true;
}

bool ProfileService::addNote(const QString& typed, QString* error)
{
    const QString text = TextRule::withBalancedDirection(typed);
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
