#pragma once

#include <QSqlDatabase>
#include <QString>

namespace attune::test {

// A small team server for the team-view tests, written as IT (the cluster's admin) after
// TeamSchema::initialise: team t1 (agents alice and bob, supervisor sam), team t2 (agent carol,
// supervisor tess), each role's password "<name>-pw". `callsPerAgent` calls each, with ties in
// every sort key, unfinished calls, unassessed calls, calls assessed twice, names with LIKE
// wildcards and quotes, supervisor scores and kudos.
bool seedTeamHistory(QSqlDatabase admin, int callsPerAgent, QString* error);

} // namespace attune::test
