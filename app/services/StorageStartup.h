#pragma once

#include "assessment/Assessment.h"
#include "services/PhraseService.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace attune {

class AssessmentStore;
class DataRetention;
class Database;
class PhraseStore;

// What start-up needs from the database, done on the storage thread after the first frame: the
// file opened (created, checked, migrated), the demo's history seeded, old history purged, and
// the reads the services start from. AppServices starts what needs them when they arrive, so the
// GUI thread never waits on the file (issue #15), however long a full integrity check, a
// migration or another program holding the lock takes.
struct StorageStartup
{
    bool opened = false;
    QString failure; // why the database could not be opened; nothing below is read then
    QString movedAsideTo;
    PhraseService::Saved phrases;
    QList<Assessment> drafts;
    // The supervisor PIN back-off as kept across restarts (PinGuard::keptKeys()).
    QHash<QString, QString> supervisorBackOff;

    struct Parts
    {
        Database& database;
        bool demo;
        QDateTime now;
        DataRetention& retention;
        const PhraseStore& phrases;
        const AssessmentStore& assessments;
    };
    // On the storage thread, as its first job.
    static StorageStartup run(const Parts& parts);
};

} // namespace attune
