#pragma once

#include "empathy/PhraseLibrary.h"
#include "empathy/Suggester.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

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
    // What the store keeps for the engine, read on the storage thread at start-up (readFrom), so
    // the GUI thread does not wait on the database for it.
    struct Saved
    {
        QSet<QString> starred;
        PhraseLearning learning;
        QList<Phrase> personal;
        static Saved readFrom(const PhraseStore& store);
    };
    // Restores from `saved` when given, else reads `store` on this thread (tests, tools).
    PhraseService(EmpathyEngine& engine, PhraseStore* store, StorageQueue* queue,
                  QObject* parent = nullptr, std::optional<Saved> saved = std::nullopt);
    ~PhraseService() override;

    EmpathyEngine& engine() { return m_engine; }
    bool canKeepOwnPhrases() const { return m_store != nullptr; }
    QList<Phrase> personalPhrases() const;
    // Checked now: false with the reason (an empty text, no cue), nothing written. Then written
    // on the storage thread and offered once it is on disk (`personalPhrasesChanged`), or
    // `notSaved(reason)` runs on `requester`'s thread (unless it is gone): the dialog that asked
    // says why. Without a queue it is written before this returns: `phrase` gets its id, and a
    // refused write returns false with the reason.
    using NotSaved = std::function<void(const QString& reason)>;
    bool addPersonalPhrase(Phrase* phrase, QString* error, QObject* requester = nullptr,
                           NotSaved notSaved = {});
    // The same for taking one out: false at once for a phrase that is not the agent's own.
    bool removePersonalPhrase(const QString& phraseId, QString* error, QObject* requester = nullptr,
                              NotSaved notSaved = {});

Q_SIGNALS:
    void personalPhrasesChanged();

private:
    // Writes on the storage thread and calls `done` on this thread once written, or `notSaved`;
    // without a queue at once, and false with the reason in `error` when not written.
    bool writeThen(const char* what, std::function<bool(Phrase* phrase, QString* error)> write,
                   Phrase phrase, std::function<void(const Phrase& written)> done,
                   QObject* requester, NotSaved notSaved, QString* error);

    EmpathyEngine& m_engine;
    PhraseStore* m_store;
    StorageQueue* m_queue;
    struct Subscriptions;
    std::unique_ptr<Subscriptions> m_subscriptions;
};

} // namespace attune
