#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace attune {

// Data files (scenarios, phrase libraries, lexicons, rubrics) are JSON objects, and a person
// fixing one needs the file and line of the problem.
struct JsonFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)

public:
    // The 1-based line of a byte offset into `json`.
    static int lineOfOffset(const QByteArray& json, qsizetype offset);
    // Parses `json` as one object; on failure `error` reads "file:line: what".
    static bool parseObject(const QByteArray& json, const QString& fileName, QJsonObject* out,
                            QString* error);
};

} // namespace attune
