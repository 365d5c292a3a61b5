#include "Rubric.h"

#include "core/JsonFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace attune {

namespace {

// An id of the rubric, an item or an option: 1 to 40 of a-z, 0-9, '-' and '_'. Checked by hand,
// not with a QRegularExpression: the rubric is read on the GUI thread while the storage thread
// loads the SQLite driver, and the first match on a thread registers a thread-local (PCRE2's JIT
// stack) under the dynamic loader's lock, which then waited about 1 ms for that load (issue #15).
bool isRubricId(const QString& id)
{
    if (id.isEmpty() || id.size() > 40)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-'))
            return false;
    }
    return true;
}

} // namespace

QStringList RubricItem::values() const
{
    switch (kind) {
    case Kind::YesPartlyNo:
        return {QStringLiteral("yes"), QStringLiteral("partly"), QStringLiteral("no")};
    case Kind::Scale5:
        return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5")};
    case Kind::Choice:
        break;
    }
    QStringList ids;
    for (const auto& option : options)
        ids << option.first;
    return ids;
}

bool Rubric::load(const QByteArray& json, const QString& fileName, Rubric* out, QString* error)
{
    QJsonObject root;
    if (!JsonFile::parseObject(json, fileName, &root, error))
        return false;
    // The line of a field's first mention after `from`, so the person editing lands near it.
    const auto fail = [&](const QString& field, const QString& problem, qsizetype from = 0) {
        const qsizetype at = json.indexOf(
            QByteArray("\"") + field.section(QLatin1Char('.'), -1).toUtf8() + '"', from);
        *error = tr("%1:%2: field \"%3\": %4")
                     .arg(fileName)
                     .arg(JsonFile::lineOfOffset(json, at < 0 ? from : at))
                     .arg(field, problem);
        return false;
    };
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return fail(QStringLiteral("schema"), tr("must be 1"));
    Rubric rubric;
    rubric.id = root.value(QStringLiteral("id")).toString();
    if (!isRubricId(rubric.id))
        return fail(QStringLiteral("id"), tr("must be 1 to 40 lowercase letters, digits, - or _"));
    rubric.version = root.value(QStringLiteral("version")).toInt(0);
    if (rubric.version < 1)
        return fail(QStringLiteral("version"), tr("must be a whole number from 1"));
    rubric.locale = root.value(QStringLiteral("locale")).toString();
    rubric.name = root.value(QStringLiteral("name")).toString().trimmed();
    if (rubric.name.isEmpty())
        return fail(QStringLiteral("name"), tr("is missing or empty"));
    const QJsonArray items = root.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return fail(QStringLiteral("items"), tr("must be a list with at least one question"));
    QSet<QString> seen;
    qsizetype searchFrom = json.indexOf("\"items\"");
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        RubricItem item;
        item.id = object.value(QStringLiteral("id")).toString();
        const QString where = QStringLiteral("items[%1]").arg(i + 1);
        const qsizetype itemAt = json.indexOf("\"id\"", searchFrom + 1);
        searchFrom = itemAt < 0 ? searchFrom : itemAt;
        if (!isRubricId(item.id))
            return fail(where + QStringLiteral(".id"),
                        tr("must be 1 to 40 lowercase letters, digits, - or _"), searchFrom);
        if (seen.contains(item.id))
            return fail(where + QStringLiteral(".id"), tr("\"%1\" is used twice").arg(item.id),
                        searchFrom);
        seen.insert(item.id);
        item.label = object.value(QStringLiteral("label")).toString().trimmed();
        if (item.label.isEmpty())
            return fail(where + QStringLiteral(".label"), tr("is missing or empty"), searchFrom);
        const QString kind = object.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("yes_partly_no")) {
            item.kind = RubricItem::Kind::YesPartlyNo;
        } else if (kind == QLatin1String("scale5")) {
            item.kind = RubricItem::Kind::Scale5;
        } else if (kind == QLatin1String("choice")) {
            item.kind = RubricItem::Kind::Choice;
            for (const QJsonValue& option : object.value(QStringLiteral("options")).toArray()) {
                const QString optionId = option.toObject().value(QStringLiteral("id")).toString();
                const QString label = option.toObject().value(QStringLiteral("label")).toString();
                if (!isRubricId(optionId) || label.trimmed().isEmpty())
                    return fail(where + QStringLiteral(".options"),
                                tr("each option needs an id and a label"), searchFrom);
                item.options.append({optionId, label.trimmed()});
            }
            if (item.options.size() < 2)
                return fail(where + QStringLiteral(".options"),
                            tr("a choice needs at least two options"), searchFrom);
        } else {
            return fail(where + QStringLiteral(".kind"),
                        tr("\"%1\" is not one of yes_partly_no, scale5, choice").arg(kind),
                        searchFrom);
        }
        rubric.items.append(item);
    }
    const QJsonObject note = root.value(QStringLiteral("note")).toObject();
    rubric.noteLabel = note.value(QStringLiteral("label")).toString().trimmed();
    if (rubric.noteLabel.isEmpty())
        return fail(QStringLiteral("note.label"), tr("is missing or empty"));
    rubric.noteMaxLength = note.value(QStringLiteral("maxLength")).toInt(1000);
    if (rubric.noteMaxLength < 1 || rubric.noteMaxLength > 10000)
        return fail(QStringLiteral("note.maxLength"), tr("must be from 1 to 10000"));
    *out = rubric;
    return true;
}

bool Rubric::loadFile(const QString& path, Rubric* out, QString* error)
{
    QByteArray json;
    if (!JsonFile::read(path, QFileInfo(path).fileName(), &json, error))
        return false;
    return load(json, QFileInfo(path).fileName(), out, error);
}

const RubricItem* Rubric::item(const QString& itemId) const
{
    for (const RubricItem& candidate : items) {
        if (candidate.id == itemId)
            return &candidate;
    }
    return nullptr;
}

bool Rubric::check(const QMap<QString, QString>& answers, const QString& note, QString* error) const
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const RubricItem* question = item(it.key());
        if (!question) {
            *error = tr("\"%1\" is not a question of the rubric \"%2\"").arg(it.key(), id);
            return false;
        }
        if (!question->values().contains(it.value())) {
            *error = tr("\"%1\" is not an answer to \"%2\"; expected one of %3")
                         .arg(it.value(), it.key(), question->values().join(QLatin1String(", ")));
            return false;
        }
    }
    if (note.size() > noteMaxLength) {
        *error = tr("the note is longer than %1 characters").arg(noteMaxLength);
        return false;
    }
    return true;
}

} // namespace attune
