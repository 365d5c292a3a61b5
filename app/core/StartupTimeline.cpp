#include "StartupTimeline.h"

#include "Logging.h"

#include <chrono>

namespace attune {

void startupMark(const char* milestone)
{
    if (!lcStartup().isDebugEnabled())
        return;
    using namespace std::chrono;
    const long long us =
        duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
    qCDebug(lcStartup, "%lld %s", us, milestone);
}

void startupNote(const char* what, const char* value)
{
    qCDebug(lcStartup, "%s: %s", what, value);
}

} // namespace attune
