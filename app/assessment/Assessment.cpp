#include "Assessment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace attune {

QByteArray Assessment::answersJson() const
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<double> Assessment::score() const
{
    double points = 0;
    int counted = 0;
    for (const QString& answer : answers) {
        if (answer == QLatin1String("yes"))
            points += 1.0;
        else if (answer == QLatin1String("partly"))
            points += 0.5;
        else if (answer != QLatin1String("no"))
            continue; // a scale or a choice, not a yes/partly/no question
        ++counted;
    }
    if (counted == 0)
        return std::nullopt;
    return 100.0 * points / counted;
}

QMap<QString, QString> Assessment::answersFromJson(const QByteArray& json)
{
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        answers.insert(it.key(), it.value().toString());
    return answers;
}

} // namespace attune
