#pragma once

#include "core/CallTypes.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace attune {

class Database;

// How the customer's feelings ran on one answered call, as the empathy engine saw it.
struct StoredArc
{
    double peak = 0; // 0..1
    QString peakKind;
    qint64 peakAfterMs = 0; // after the answer
    bool calmed = false;
    QList<QPair<qint64, double>> points; // the smoothed level after each customer line
    QStringList suggestionsUsed;
    // At most this many points are kept: enough to draw the shape of a long call.
    static constexpr int kMaxPoints = 120;
};

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
