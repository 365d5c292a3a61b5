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
    // The most a data file may hold: the built-in phrase libraries are about 90 KB, so this leaves
    // a deployed library room for some 400,000 words while /dev/zero or a mistaken log file is
    // refused at once. docs/phrases.md and docs/rubric.md state it.
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    // Reads a data file whole (an ordinary file of at most kMaxBytes; a FIFO, a device, a folder
    // or a socket is refused); `error` names `displayName`.
    static bool read(const QString& path, const QString& displayName, QByteArray* json,
                     QString* error);
    // The 1-based line of a byte offset into `json`.
    static int lineOfOffset(const QByteArray& json, qsizetype offset);
    // Parses `json` as one object; on failure `error` reads "file:line: what".
    static bool parseObject(const QByteArray& json, const QString& fileName, QJsonObject* out,
                            QString* error);
};

} // namespace attune
