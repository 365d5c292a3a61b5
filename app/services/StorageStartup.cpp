#include "StorageStartup.h"

#include "demo/DemoSeed.h"
#include "storage/AssessmentStore.h"
#include "storage/DataRetention.h"
#include "storage/Database.h"
#include "storage/PhraseStore.h"
#include "supervisor/SupervisorAccess.h"

namespace attune {

StorageStartup StorageStartup::run(const Parts& parts)
{
    StorageStartup found;
    if (!parts.database.open(&found.failure))
        return found;
    found.opened = true;
    found.movedAsideTo = parts.database.movedAsideTo();
    // The demo's twelve weeks of made-up history, once, on its own database.
    if (parts.demo)
        DemoSeed::ensure(parts.database, parts.now);
    // Old history goes before anything reads it (a purged draft is not offered again).
    parts.retention.purgeNow();
    found.phrases = PhraseService::Saved::readFrom(parts.phrases);
    found.drafts = parts.assessments.drafts();
    for (const QString& key : PinGuard::keptKeys())
        found.supervisorBackOff.insert(key, parts.database.stateValue(key));
    return found;
}

} // namespace attune
