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
// It uses the connection it is given, on the thread that opened it (TeamHistoryLoader's worker);
// a call from any other thread is refused with a reason (ConnectionThread), never run.
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
    // Sends `action` once. A connection the server dropped is not this class's business: the
    // caller runs this through TeamHistoryLoader's one rule for lost connections (opened again
    // once with the same credentials and the statement sent again, safe because of its id).
    TeamCoachingOutcome save(const TeamCoachingAction& action);
    // Why nothing was saved when the server could not be reached: `reason` is the driver's
    // text of the last failed connection attempt, `sent` whether the statement may have left
    // this computer before the connection was lost.
    QString notReached(const QString& reason, bool sent) const;

private:
    QString plainWords(const QString& driverText, const QString& state, bool sent) const;

    QSqlDatabase m_db;
};

} // namespace attune
