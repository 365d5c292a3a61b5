#include "ConnectionThread.h"

#include "core/Logging.h"

#include <QSqlDriver>
#include <QThread>

namespace attune {

bool ConnectionThread::isOwn(const QSqlDatabase& db, QString* error)
{
    const QSqlDriver* driver = db.driver();
    if (!db.isValid() || !driver || driver->thread() == QThread::currentThread())
        return true;
    qCWarning(lcStorage) << "a store's connection was used on a thread other than its own; refused";
    if (error)
        *error = tr("Attune asked the database from the wrong thread, and nothing was read or "
                    "written. Please report this.");
    return false;
}

} // namespace attune
