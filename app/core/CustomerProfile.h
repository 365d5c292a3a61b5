#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace attune {

// What the agent needs to know about the person on the line. The profile store (and its lookup)
// fills it; until a stored profile is found, the call source's CallerInfo is all there is.
struct CustomerProfile
{
    QString customerId;
    QString preferredName; // how the customer likes to be addressed
    QString fullName;
    QString pronunciationHint;
    QString pronouns;
    QString phoneE164;
    QString language;
    QString segment;
    QDate customerSince;
    QStringList sensitiveFlags; // e.g. "bereavement", "vulnerable", "complaint-open", "vip"

    bool isKnown() const { return !customerId.isEmpty(); }
    // The name to greet with: the preferred name when given, else the full name.
    QString addressName() const { return preferredName.isEmpty() ? fullName : preferredName; }
};

} // namespace attune
