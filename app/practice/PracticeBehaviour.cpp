#include "PracticeBehaviour.h"

#include <array>

namespace attune {

namespace {

constexpr std::array<QLatin1String, kPracticeBehaviourCount> kNames{
    QLatin1String("used_name"),     QLatin1String("acknowledged_feeling"),
    QLatin1String("open_question"), QLatin1String("assumption"),
    QLatin1String("apology"),       QLatin1String("ownership"),
    QLatin1String("next_steps"),    QLatin1String("blame"),
    QLatin1String("jargon")};

} // namespace

QLatin1String behaviourName(PracticeBehaviour behaviour)
{
    return kNames[std::size_t(behaviour)];
}

bool behaviourFromName(QStringView name, PracticeBehaviour* out)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (name == kNames[i]) {
            *out = PracticeBehaviour(i);
            return true;
        }
    }
    return false;
}

} // namespace attune
