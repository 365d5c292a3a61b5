#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace attune {

// One post-call self-assessment (or its draft): the agent's own record of a call.
struct Assessment
{
    qint64 id = 0;  // 0 until saved
    QString callId; // the call it is about
    QString rubricId;
    int rubricVersion = 0; // the rubric as it was when answered
    QMap<QString, QString> answers;
    QString note;             // "next time I will …"
    bool notePrivate = false; // never shown to a supervisor, never exported unless asked
    QDateTime updatedAt;

    QByteArray answersJson() const;
    // The share of "yes" answers (a "partly" counts half) among the yes/partly/no questions,
    // 0 to 100; none when no such question was answered.
    std::optional<double> score() const;
    static QMap<QString, QString> answersFromJson(const QByteArray& json);
    bool operator==(const Assessment& other) const = default;
};

} // namespace attune
