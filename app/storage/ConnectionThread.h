#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace attune {

// A Qt SQL connection belongs to the thread that opened it: a query run on it from any other
// thread races that thread inside the driver (a crash, or an answer from the wrong transaction).
// A store that holds one connection (the team server's) asks here first, so such a use is refused
// with a clear reason and a log line instead.
struct ConnectionThread
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionThread)

public:
    // True on the connection's own thread (or for no connection: the store says why itself).
    static bool isOwn(const QSqlDatabase& db, QString* error);
};

} // namespace attune
