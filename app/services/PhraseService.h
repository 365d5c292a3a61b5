#pragma once

#include "empathy/PhraseLibrary.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace attune {

class EmpathyEngine;
class PhraseStore;
class StorageQueue;

// The agent's phrases in one place: their own (added, removed), the ones they starred and what
// the engine learned from their clicks. The sidebar, "My phrases" and the engine used to each
// keep a piece of this; now the views ask here and the engine's changes are written from here.
class PhraseService final : public QObject
{
    Q_OBJECT

public:
    // Without `store` (no database) the agent cannot keep phrases of their own, and stars and
    // learning last for the session. Without `queue` (tests) the store is written directly.
    PhraseService(EmpathyEngine& engine, PhraseStore* store, StorageQueue* queue,
                  QObject* parent = nullptr);
    ~PhraseService() override;

    EmpathyEngine& engine() { return m_engine; }
    bool canKeepOwnPhrases() const { return m_store != nullptr; }
    QList<Phrase> personalPhrases() const;
    // Saved, then offered at once; false with the reason when not saved.
    bool addPersonalPhrase(Phrase* phrase, QString* error);
    bool removePersonalPhrase(const QString& phraseId, QString* error);

Q_SIGNALS:
    void personalPhrasesChanged();

private:
    EmpathyEngine& m_engine;
    PhraseStore* m_store;
    StorageQueue* m_queue;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
