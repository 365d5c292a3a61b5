#include "Clock.h"

#include <chrono>

namespace attune {

qint64 SystemClock::monotonicMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

qint64 machineMonotonicUs()
{
    // libstdc++'s steady_clock reads CLOCK_MONOTONIC.
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

QDateTime SystemClock::wallNow() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace attune
