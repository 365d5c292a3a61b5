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

QMap<QString, QString> Assessment::answersFromJson(const QByteArray& json)
{
    QMap<QString, QString> answers;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        answers.insert(it.key(), it.value().toString());
    return answers;
}

} // namespace attune
