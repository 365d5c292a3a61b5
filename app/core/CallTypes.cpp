#include "CallTypes.h"

namespace attune {

QString callStateName(CallState state)
{
    switch (state) {
    case CallState::Idle:
        return QStringLiteral("idle");
    case CallState::Ringing:
        return QStringLiteral("ringing");
    case CallState::Active:
        return QStringLiteral("active");
    case CallState::WrapUp:
        return QStringLiteral("wrap-up");
    }
    return QStringLiteral("idle");
}

QString Utterance::speakerName(Speaker speaker)
{
    return speaker == Speaker::Customer ? QStringLiteral("customer") : QStringLiteral("agent");
}

bool Utterance::speakerFromName(const QString& name, Speaker* speaker)
{
    if (name == QLatin1String("customer")) {
        *speaker = Speaker::Customer;
        return true;
    }
    if (name == QLatin1String("agent")) {
        *speaker = Speaker::Agent;
        return true;
    }
    return false;
}

qint64 Call::talkDurationMs(qint64 nowMs) const
{
    if (!wasAnswered())
        return 0;
    const qint64 end = endedAtMonotonicMs != 0 ? endedAtMonotonicMs : nowMs;
    return qMax<qint64>(0, end - answeredAtMonotonicMs);
}

} // namespace attune
