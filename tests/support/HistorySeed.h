#pragma once

#include <QString>

namespace attune::test {

// A history of `count` answered calls ending now, `secondsApart` apart, every call with its arc,
// nine in ten assessed (a fifth of the notes private), some scored by a supervisor, some with kudos
// and a breathing exercise after. SQLite generates the rows itself (a recursive CTE), with the
// journal off for the load only: a million rows in one go would otherwise go through a WAL of
// gigabytes. A file that already holds `count` calls is used as it is.
bool seedHistory(const QString& path, int count, int secondsApart = 126);

} // namespace attune::test
