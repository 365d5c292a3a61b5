#pragma once

// A call as it was recorded, and the arc of the customer's feelings on it: what the views list.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace attune {

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

} // namespace attune
