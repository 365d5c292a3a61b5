#pragma once

#include "core/CallTypes.h"
#include "core/StoredCall.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace attune {

class Database;

// The calls table: one row per call, written as the call moves through its lifecycle.
class CallStore
{
public:
    explicit CallStore(Database& database);

    // Returns the new row id, or 0 with `error` set.
    qint64 insertRinging(const Call& call, QString* error = nullptr);
    bool markAnswered(qint64 rowId, QString* error = nullptr);
    bool markEnded(qint64 rowId, const Call& call, const QDateTime& endedAt,
                   QString* error = nullptr);
    bool updateCaller(qint64 rowId, const CallerInfo& caller, QString* error = nullptr);
    // How the customer's feelings ran on the call (from the empathy engine), and the suggestions
    // the agent used.
    bool recordArc(const QString& callId, const StoredArc& arc, QString* error = nullptr);

    // Newest first.
    QList<StoredCall> recent(int limit) const;
    int count() const;

private:
    Database& m_database;
};

} // namespace attune
