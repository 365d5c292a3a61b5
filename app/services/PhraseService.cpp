#include "PhraseService.h"

#include "empathy/EmpathyEngine.h"
#include "storage/PhraseStore.h"
#include "storage/StorageQueue.h"

#include <boost/signals2/connection.hpp>

#include <vector>

namespace attune {

struct PhraseService::Subscriptions
{
    std::vector<boost::signals2::scoped_connection> connections;
};

PhraseService::PhraseService(EmpathyEngine& engine, PhraseStore* store, StorageQueue* queue,
                             QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_store(store)
    , m_queue(queue)
    , m_subscriptions(std::make_unique<Subscriptions>())
{
    if (!m_store)
        return;
    m_engine.restore(m_store->starred(), m_store->learning(), m_store->personalPhrases());
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

bool PhraseService::addPersonalPhrase(Phrase* phrase, QString* error)
{
    if (!m_store) {
        *error = tr("your own phrases need the local database, which could not be opened");
        return false;
    }
    if (!m_store->addPersonalPhrase(phrase, error))
        return false;
    m_engine.addPersonalPhrase(*phrase);
    Q_EMIT personalPhrasesChanged();
    return true;
}

bool PhraseService::removePersonalPhrase(const QString& phraseId, QString* error)
{
    if (!m_store) {
        *error = tr("your own phrases need the local database, which could not be opened");
        return false;
    }
    if (!m_store->removePersonalPhrase(phraseId, error))
        return false;
    m_engine.removePersonalPhrase(phraseId);
    Q_EMIT personalPhrasesChanged();
    return true;
}

} // namespace attune
