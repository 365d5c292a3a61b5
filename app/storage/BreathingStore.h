#pragma once

#include "breathing/BreathingCoach.h"

#include <QList>

namespace attune {

class Database;

// The agent's breathing exercises in the local database. Use it on the thread that opened the
// database.
class BreathingStore
{
public:
    explicit BreathingStore(Database& database);

    // Inserts the exercise, or updates it when the same exercise (same start) is saved again
    // with the after-rating.
    bool save(const BreathingRecord& record, QString* error = nullptr);
    // Newest first.
    QList<BreathingRecord> recent(int limit) const;

private:
    Database& m_database;
};

} // namespace attune
