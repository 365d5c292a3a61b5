#pragma once

#include "empathy/PhraseLibrary.h"
#include "empathy/Suggester.h"

#include <QList>
#include <QSet>
#include <QString>

namespace attune {

class Database;

// The agent's own side of the phrase library, in the local database: starred favourites, the
// weights the suggester learned from their choices, and phrases they wrote themselves. All of
// it stays on this machine and belongs to this agent; none of it is ever exported.
//
// Use it on the thread that opened the database.
class PhraseStore
{
    Q_DECLARE_TR_FUNCTIONS(PhraseStore)

public:
    explicit PhraseStore(Database& database);

    QSet<QString> starred() const;
    bool setStarred(const QString& phraseId, bool starred, QString* error = nullptr);

    PhraseLearning learning() const;
    // Replaces the stored weights with `learning`, in one transaction.
    bool saveLearning(const PhraseLearning& learning, QString* error = nullptr);

    // Personal phrases get ids "personal:<number>"; library ids cannot hold a colon, so an IT
    // library update never shadows one.
    QList<Phrase> personalPhrases() const;
    // Checks `phrase` (PhraseLibrary::checkPersonalPhrase), stores it and sets its id.
    bool addPersonalPhrase(Phrase* phrase, QString* error);
    bool removePersonalPhrase(const QString& phraseId, QString* error = nullptr);
    // True for the id of a phrase the agent wrote (one this store can remove).
    static bool isPersonal(const QString& phraseId);

private:
    Database& m_database;
};

} // namespace attune
