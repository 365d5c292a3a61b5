#include "DisplayLabels.h"

namespace attune {

QString DisplayLabels::feeling(const QString& kind)
{
    if (kind == QLatin1String("frustration"))
        return tr("frustrated");
    if (kind == QLatin1String("anxiety"))
        return tr("worried");
    if (kind == QLatin1String("sadness"))
        return tr("sad");
    if (kind == QLatin1String("confusion"))
        return tr("confused");
    if (kind == QLatin1String("urgency"))
        return tr("in a hurry");
    if (kind == QLatin1String("gratitude"))
        return tr("grateful");
    return kind;
}

QString DisplayLabels::technique(const QString& technique)
{
    if (technique == QLatin1String("acknowledge"))
        return tr("Acknowledge");
    if (technique == QLatin1String("validate"))
        return tr("Validate");
    if (technique == QLatin1String("apologise"))
        return tr("Apologise");
    if (technique == QLatin1String("reassure"))
        return tr("Reassure");
    if (technique == QLatin1String("open_question"))
        return tr("Open question");
    if (technique == QLatin1String("clarify"))
        return tr("Clarify");
    if (technique == QLatin1String("set_expectations"))
        return tr("Set expectations");
    if (technique == QLatin1String("de_escalate"))
        return tr("De-escalate");
    if (technique == QLatin1String("personalise"))
        return tr("Personalise");
    if (technique == QLatin1String("close"))
        return tr("Close warmly");
    return technique;
}

QString DisplayLabels::outcome(const QString& outcome)
{
    if (outcome == QLatin1String("resolved"))
        return tr("resolved");
    if (outcome == QLatin1String("follow_up"))
        return tr("follow-up");
    if (outcome == QLatin1String("escalated"))
        return tr("escalated");
    return outcome;
}

} // namespace attune
