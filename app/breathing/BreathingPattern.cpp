#include "BreathingPattern.h"

#include <QRegularExpression>

#include <cmath>

namespace attune {

namespace {

BreathingPattern make(const char* id, const QString& name,
                      std::initializer_list<BreathPhase> phases)
{
    BreathingPattern pattern;
    pattern.id = QString::fromLatin1(id);
    pattern.name = name;
    pattern.phases = phases;
    return pattern;
}

constexpr BreathPhase in(qint64 ms)
{
    return {BreathPhase::Kind::Inhale, ms};
}
constexpr BreathPhase topUp(qint64 ms)
{
    return {BreathPhase::Kind::TopUp, ms};
}
constexpr BreathPhase hold(qint64 ms)
{
    return {BreathPhase::Kind::Hold, ms};
}
constexpr BreathPhase out(qint64 ms)
{
    return {BreathPhase::Kind::Exhale, ms};
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'g', 4);
}

} // namespace

QString BreathPhase::kindWord(Kind kind)
{
    switch (kind) {
    case Kind::Inhale:
        return QStringLiteral("in");
    case Kind::TopUp:
        return QStringLiteral("top-up");
    case Kind::Hold:
        return QStringLiteral("hold");
    case Kind::Exhale:
        break;
    }
    return QStringLiteral("out");
}

qint64 BreathingPattern::cycleMs() const
{
    qint64 total = 0;
    for (const BreathPhase& phase : phases)
        total += phase.ms;
    return total;
}

QString BreathingPattern::specification() const
{
    QStringList parts;
    for (const BreathPhase& phase : phases)
        parts << BreathPhase::kindWord(phase.kind) + QLatin1Char(' ') + seconds(phase.ms);
    return parts.join(QLatin1String(", "));
}

QList<BreathingPattern> BreathingPattern::builtIns()
{
    return {
        make("box", tr("Box breathing"), {in(4000), hold(4000), out(4000), hold(4000)}),
        make("4-7-8", tr("4-7-8 breathing"), {in(4000), hold(7000), out(8000)}),
        make("coherent", tr("Coherent breathing"), {in(5500), out(5500)}),
        // A full breath in, a short top-up to fill the lungs, then a long slow breath out.
        make("cyclic-sighing", tr("Cyclic sighing"), {in(2500), topUp(1000), out(6500)}),
    };
}

bool BreathingPattern::parse(const QString& text, BreathingPattern* out, QString* error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? QString() : text.left(colon).trimmed();
    if (name.isEmpty()) {
        *error = tr("\"%1\": start with a name and a colon, e.g. \"Calm: in 4, out 6\"")
                     .arg(text.trimmed());
        return false;
    }
    BreathingPattern pattern;
    pattern.name = name;
    pattern.id = QStringLiteral("custom:") + name.toLower().simplified();
    const QStringList steps = text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    static const QRegularExpression stepPattern(
        QStringLiteral("^\\s*(in|top-up|hold|out)\\s+([0-9]+(?:\\.[0-9]+)?)\\s*s?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QRegularExpressionMatch match = stepPattern.match(steps.at(i));
        const auto fail = [&](const QString& problem) {
            *error = tr("\"%1\": phase %2 \"%3\": %4")
                         .arg(name)
                         .arg(i + 1)
                         .arg(steps.at(i).trimmed(), problem);
            return false;
        };
        if (!match.hasMatch())
            return fail(tr("write in, top-up, hold or out and a number of seconds"));
        const double secondsValue = match.captured(2).toDouble();
        const qint64 ms = qRound64(secondsValue * 1000.0);
        if (ms <= 0)
            return fail(tr("the length must be above 0 seconds"));
        if (ms > kMaxPhaseMs)
            return fail(tr("the length must be at most %1 seconds").arg(kMaxPhaseMs / 1000));
        BreathPhase phase;
        const QString word = match.captured(1).toLower();
        phase.kind = word == QLatin1String("in")       ? BreathPhase::Kind::Inhale
                     : word == QLatin1String("top-up") ? BreathPhase::Kind::TopUp
                     : word == QLatin1String("hold")   ? BreathPhase::Kind::Hold
                                                       : BreathPhase::Kind::Exhale;
        phase.ms = ms;
        pattern.phases.append(phase);
    }
    const auto has = [&pattern](BreathPhase::Kind kind) {
        return std::any_of(pattern.phases.cbegin(), pattern.phases.cend(),
                           [kind](const BreathPhase& phase) { return phase.kind == kind; });
    };
    if (!has(BreathPhase::Kind::Inhale) || !has(BreathPhase::Kind::Exhale)) {
        *error = tr("\"%1\": a breath needs at least one \"in\" and one \"out\"").arg(name);
        return false;
    }
    const qint64 cycle = pattern.cycleMs();
    if (cycle < kMinCycleMs || cycle > kMaxCycleMs) {
        *error = tr("\"%1\": one breath takes %2 seconds; it must take %3 to %4 seconds")
                     .arg(name, seconds(cycle))
                     .arg(kMinCycleMs / 1000)
                     .arg(kMaxCycleMs / 1000);
        return false;
    }
    *out = pattern;
    return true;
}

bool BreathingPattern::parseList(const QString& text, QList<BreathingPattern>* out, QString* error)
{
    QList<BreathingPattern> patterns;
    const QStringList items = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).trimmed().isEmpty())
            continue;
        BreathingPattern pattern;
        QString problem;
        if (!parse(items.at(i), &pattern, &problem)) {
            *error = tr("pattern %1: %2").arg(i + 1).arg(problem);
            return false;
        }
        patterns.append(pattern);
    }
    *out = patterns;
    return true;
}

} // namespace attune
