#include "PhraseService.h"

#include "empathy/EmpathyEngine.h"
#include "storage/PhraseStore.h"
#include "storage/StorageQueue.h"

#include <QPointer>

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

struct PhraseService::Subscriptions
{
    std::vector<boost::signals2::scoped_connection> connections;
};

PhraseService::Saved PhraseService::Saved::readFrom(const PhraseStore& store)
{
    return {store.starred(), store.learning(), store.personalPhrases()};
}

PhraseService::PhraseService(EmpathyEngine& engine, PhraseStore* store, StorageQueue* queue,
                             QObject* parent, std::optional<Saved> saved)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_queue(queue)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    if (!m_store)
        return;
    if (!saved)
        saved = Saved::readFrom(*m_store);
    m_engine.restore(saved->starred, saved->learning, saved->personal);
    // The engine reports from whichever thread the change came on; the storage thread writes it.
    const auto write = [this](const char* what, std::function<bool(QString*)> save) {
        if (!m_queue) {
            save(nullptr);
            return;
        }
        m_queue->write(what, [save = std::move(save)](QString* error) {
            return save(error) ? StorageQueue::Result::Done : StorageQueue::Result::Failed;
        });
    };
    m_subscriptions->connections.emplace_back(
        m_engine.starredChanged.connect([this, write](const QString& id, bool on) {
            write("phrase star", [store = m_store, id, on](QString* error) {
                return store->setStarred(id, on, error);
            });
        }));
    m_subscriptions->connections.emplace_back(
        m_engine.learningChanged.connect([this, write](const PhraseLearning& learned) {
            write("phrase learning", [store = m_store, learned](QString* error) {
                return store->saveLearning(learned, error);
            });
        }));
}

PhraseService::~PhraseService() = default;

QList<Phrase> PhraseService::personalPhrases() const
{
    return m_engine.personalPhrases();
}

bool PhraseService::writeThen(const char* what,
                              std::function<bool(Phrase* phrase, QString* error)> write,
                              Phrase phrase, std::function<void(const Phrase& written)> done,
                              QObject* requester, NotSaved notSaved, QString* error)
{
    const auto refused = [guard = QPointer<QObject>(requester), asked = requester != nullptr,
                          notSaved = std::move(notSaved)](const QString& reason) {
        if (notSaved && (!asked || guard))
            notSaved(reason);
    };
    if (!m_queue) {
        if (!write(&phrase, error))
            return false;
        done(phrase);
        return true;
    }
    m_queue->writeAndReport<Phrase>(
        what,
        [write = std::move(write), phrase](Phrase* outcome, QString* failure) {
            *outcome = phrase;
            return write(outcome, failure) ? StorageQueue::Result::Done
                                           : StorageQueue::Result::Failed;
        },
        this,
        [done = std::move(done), refused](const Phrase& written, bool committed,
                                          const QString& reason) {
            if (committed)
                done(written);
            else
                refused(reason);
        });
    return true;
}

bool PhraseService::addPersonalPhrase(Phrase* phrase, QString* error, QObject* requester,
                                      NotSaved notSaved)
{
    if (!m_store) {
        *error = tr("your own phrases need the local database, which could not be opened");
        return false;
    }
    // What needs no database is checked at once, so the dialog can say so while it is open.
    if (!PhraseLibrary::checkPersonalPhrase(phrase, error))
        return false;
    Phrase* result = m_queue ? nullptr : phrase;
    return writeThen(
        "personal phrase",
        [store = m_store](Phrase* written, QString* failure) {
            return store->addPersonalPhrase(written, failure);
        },
        *phrase,
        [this, result](const Phrase& written) {
            if (result)
                result->id = written.id;
            m_engine.addPersonalPhrase(written);
            Q_EMIT personalPhrasesChanged();
        },
        requester, std::move(notSaved), error);
}

bool PhraseService::removePersonalPhrase(const QString& phraseId, QString* error,
                                         QObject* requester, NotSaved notSaved)
{
    if (!m_store) {
        *error = tr("your own phrases need the local database, which could not be opened");
        return false;
    }
    if (!PhraseStore::isPersonal(phraseId))
        return false;
    Phrase gone;
    gone.id = phraseId;
    return writeThen(
        "personal phrase removed",
        [store = m_store](Phrase* removed, QString* failure) {
            return store->removePersonalPhrase(removed->id, failure);
        },
        gone,
        [this](const Phrase& removed) {
            m_engine.removePersonalPhrase(removed.id);
            Q_EMIT personalPhrasesChanged();
        },
        requester, std::move(notSaved), error);
}

} // namespace attune
