#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace attune {

// One question of the post-call self-assessment.
struct RubricItem
{
    enum class Kind
    {
        YesPartlyNo, // "yes", "partly", "no"
        Scale5,      // "1".."5"
        Choice       // one of `options`
    };

    QString id;
    Kind kind = Kind::YesPartlyNo;
    QString label;
    QList<QPair<QString, QString>> options; // Choice: id and label

    // The values an answer may take, in the order the form offers them.
    QStringList values() const;
};

// The self-assessment's questions, as data: resources/rubrics/<locale>.json, or a file IT
// deploys. Validated as a whole; each saved assessment keeps the rubric id and version it was
// answered with, so a later rubric never reinterprets old answers. Schema in docs/rubric.md.
class Rubric
{
    Q_DECLARE_TR_FUNCTIONS(Rubric)

public:
    QString id;
    int version = 0;
    QString locale;
    QString name;
    QList<RubricItem> items;
    QString noteLabel;
    int noteMaxLength = 1000;

    static bool load(const QByteArray& json, const QString& fileName, Rubric* out, QString* error);
    static bool loadFile(const QString& path, Rubric* out, QString* error);

    const RubricItem* item(const QString& itemId) const;
    // Every answer names a question of this rubric and holds one of its values; the note fits.
    bool check(const QMap<QString, QString>& answers, const QString& note, QString* error) const;
};

} // namespace attune
