#pragma once

// What a supervisor leaves on a call, as the views show it.

#include <QDateTime>
#include <QString>

namespace attune {

struct CoachingNote
{
    qint64 id = 0;
    QString callId;
    QString text;
    QDateTime writtenAt;
};

// Recognition tied to one behaviour on one call: "great acknowledgement on the refund call".
struct Kudos
{
    qint64 id = 0;
    QString callId;
    QString behaviour; // a rubric question's id, or the supervisor's own words
    QString text;
    QDateTime givenAt;
    QString customer; // the call's customer, for "on the call with …"
};

} // namespace attune
