#pragma once

#include "core/CallTypes.h"

#include <QList>

namespace attune {

class Database;

struct StoredCall
{
    qint64 rowId = 0;
    QString callId;
    QString source;
    QString phone;
    QString customerId;
    QString displayName;
    QDateTime ringingAt;
    bool answered = false;
    qint64 talkMs = -1; // -1 while unknown
    QString outcome;    // "completed", "missed", or empty while live
};

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
    // How the customer's feelings ran on the call (from the empathy engine): the peak (0..1), its
    // kind, when it came after the answer, and whether the call calmed down.
    bool recordArc(const QString& callId, double peak, const QString& peakKind, qint64 peakAfterMs,
                   bool calmed, QString* error = nullptr);

    // Newest first.
    QList<StoredCall> recent(int limit) const;
    int count() const;

private:
    Database& m_database;
};

} // namespace attune
