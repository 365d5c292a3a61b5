#include "JsonFile.h"

#include "core/InputFile.h"

#include <QJsonDocument>

namespace attune {

bool JsonFile::read(const QString& path, const QString& displayName, QByteArray* json,
                    QString* error)
{
    return InputFile::readAll(path, displayName, kMaxBytes, json, error);
}

int JsonFile::lineOfOffset(const QByteArray& json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    return static_cast<int>(QByteArrayView(json).first(offset).count('\n')) + 1;
}

bool JsonFile::parseObject(const QByteArray& json, const QString& fileName, QJsonObject* out,
                           QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1:%2: %3")
                     .arg(fileName)
                     .arg(lineOfOffset(json, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("%1:1: the file must hold one JSON object").arg(fileName);
        return false;
    }
    *out = document.object();
    return true;
}

} // namespace attune
