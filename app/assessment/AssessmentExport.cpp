#include "AssessmentExport.h"

#include "core/OwnFiles.h"
#include "settings/ExportPolicy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace attune {

QByteArray AssessmentExport::csvField(const QString& text)
{
    // RFC 4180: quote every field that needs it, double the quotes inside. A leading = + - @
    // is prefixed so a spreadsheet never runs a note as a formula.
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value.toUtf8();
}

bool AssessmentExport::writeFile(const ExportPolicy& policy, const QList<Assessment>& assessments,
                                 const QString& format, const QString& path, QString* error)
{
    if (!policy.check(error))
        return false;
    // QSaveFile would rename over a FIFO, a device or the database itself, and create a missing
    // folder's file in vain: all are refused, with what is wrong, and left as they were.
    if (!OutputFile::checkTarget(path, error))
        return false;
    const QByteArray data =
        format == QLatin1String("json") ? toJson(assessments) : toCsv(assessments);
    // Private before the first byte: the temporary file is made with the umask's mode.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray AssessmentExport::toCsv(const QList<Assessment>& assessments)
{
    // One column per question any exported assessment answered, in first-seen order.
    QStringList questions;
    for (const Assessment& assessment : assessments) {
        for (auto it = assessment.answers.cbegin(); it != assessment.answers.cend(); ++it) {
            if (!questions.contains(it.key()))
                questions << it.key();
        }
    }
    QList<QByteArray> header = {"id", "call_id", "saved_at", "rubric", "rubric_version"};
    for (const QString& question : questions)
        header << csvField(question);
    header << "note"
           << "note_private";
    QByteArray csv = header.join(',') + "\r\n";
    for (const Assessment& a : assessments) {
        QList<QByteArray> row = {QByteArray::number(a.id), csvField(a.callId),
                                 a.updatedAt.toUTC().toString(Qt::ISODate).toUtf8(),
                                 csvField(a.rubricId), QByteArray::number(a.rubricVersion)};
        for (const QString& question : questions)
            row << csvField(a.answers.value(question));
        row << (a.notePrivate ? QByteArray() : csvField(a.note)) << (a.notePrivate ? "yes" : "no");
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

QByteArray AssessmentExport::toJson(const QList<Assessment>& assessments)
{
    QJsonArray list;
    for (const Assessment& a : assessments) {
        QJsonObject answers;
        for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
            answers.insert(it.key(), it.value());
        QJsonObject object{{QStringLiteral("id"), a.id},
                           {QStringLiteral("callId"), a.callId},
                           {QStringLiteral("savedAt"), a.updatedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("rubric"), a.rubricId},
                           {QStringLiteral("rubricVersion"), a.rubricVersion},
                           {QStringLiteral("answers"), answers},
                           {QStringLiteral("notePrivate"), a.notePrivate}};
        if (!a.notePrivate)
            object.insert(QStringLiteral("note"), a.note);
        list.append(object);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace attune
