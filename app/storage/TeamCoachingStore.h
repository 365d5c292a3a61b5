#pragma once

#include "core/TeamCoaching.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace attune {

// The team server's side of coaching from the team scope: reads a call's notes and kudos and
// writes notes, kudos and scores as the signed-in supervisor's own role, so the server's
// row-level security is what decides whether this supervisor may (never a check here). Each
// write is one statement, so it is on the server whole or not at all.
//
// It uses the connection it is given, on the thread that opened it (TeamHistoryLoader's worker).
class TeamCoachingStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamCoachingStore)

public:
    explicit TeamCoachingStore(QSqlDatabase db);

    // Why `action` cannot be sent (the same limits as coaching on this computer, so what comes
    // down to the agent fits there whole); empty when it can.
    static QString check(const TeamCoachingAction& action);

    TeamCallCoaching read(const QString& callKey, const QString& assessmentKey,
                          QString* error = nullptr) const;
    // Sends `action`; a connection the server dropped (restart, network) is opened again once
    // with the same credentials, and the statement sent again, which is safe because of its id.
    TeamCoachingOutcome save(const TeamCoachingAction& action);

private:
    bool reopen(QString* error);
    QString plainWords(const QString& driverText, const QString& state, bool sent) const;

    QSqlDatabase m_db;
};

} // namespace attune
