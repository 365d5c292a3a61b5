#include "ImportRows.h"

#include "core/TextRule.h"
#include "profile/CsvReader.h"
#include "profile/ImportStaging.h"
#include "profile/JsonRecordReader.h"

#include <QIODevice>
#include <QJsonObject>

namespace attune {

ImportRows::ImportRows(QString name, FieldOf fieldOf, Stage stage)
    : m_name(std::move(name))
    , m_fieldOf(std::move(fieldOf))
    , m_stage(std::move(stage))
{}

QString ImportRows::where(int line) const
{
    return tr("%1:%2").arg(m_name).arg(line);
}

QString ImportRows::emptyFile(const QString& name)
{
    return tr("%1: the file is empty").arg(name);
}

QString ImportRows::fieldProblem(const QString& where, const QString& field, const QString& problem)
{
    return tr("%1: field \"%2\": %3").arg(where, field, problem);
}

QString ImportRows::textProblem(const QString& value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() &&
            QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return tr("holds a lone surrogate (U+%1), which is not a character")
                .arg(QString::number(c, 16).toUpper());
        if (c == 0)
            return tr("holds a NUL character (U+0000)");
        // Tab and line breaks are text; every other control character is a sign of a broken
        // export, and would reach the agent's screen as an invisible mark.
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F))
            return tr("holds the control character U+%1")
                .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

void ImportRows::takeOutDirectionControls(Row& row, const QString& where) const
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        char32_t first = 0;
        int removed = 0;
        QString balanced = TextRule::withBalancedDirection(it.value(), &first, &removed);
        if (removed == 0)
            continue;
        it.value() = std::move(balanced);
        if (!m_warnings)
            continue;
        ++m_warningCount;
        if (m_warningCount <= kMaxWarnings) {
            m_warnings->append(fieldProblem(
                where, it.key(),
                tr("took out %n text-direction character(s) (the first U+%1) that override the "
                   "direction or were left unclosed; they could make the text look different "
                   "from what it is",
                   nullptr, removed)
                    .arg(QString::number(uint(first), 16)
                             .toUpper()
                             .rightJustified(4, QLatin1Char('0')))));
        } else if (m_warningCount == kMaxWarnings + 1) {
            m_warnings->append(QString());
        }
        if (m_warningCount > kMaxWarnings)
            m_warnings->last() = tr("%1: %n more value(s) had text-direction characters taken out",
                                    nullptr, m_warningCount - kMaxWarnings)
                                     .arg(m_name);
    }
}

bool ImportRows::checkValues(const Row& row, qsizetype maxChars, const QString& where,
                             QString* error)
{
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        QString problem = it.value().size() > maxChars
                              ? tr("longer than %1 characters").arg(maxChars)
                              : textProblem(it.value());
        if (!problem.isEmpty()) {
            *error = fieldProblem(where, it.key(), problem);
            return false;
        }
    }
    return true;
}

bool ImportRows::readCsv(QIODevice& file, const HeaderCheck& headerCheck,
                         const ImportStaging& staging, QString* error) const
{
    CsvReader reader(file, m_name);
    QStringList header;
    if (!reader.next(&header, error)) {
        if (error->isEmpty())
            *error = emptyFile(m_name);
        return false;
    }
    // Which of the import's fields each column holds.
    QList<QString> columns;
    QSet<QString> present;
    for (const QString& title : std::as_const(header)) {
        const QString field = m_fieldOf(title.trimmed().toLower());
        if (!field.isEmpty() && present.contains(field)) {
            *error = tr("%1:1: column \"%2\" appears twice").arg(m_name, field);
            return false;
        }
        columns << field; // empty: a column not imported
        if (!field.isEmpty())
            present.insert(field);
    }
    const QString missing = headerCheck(present, header);
    if (!missing.isEmpty()) {
        *error = missing;
        return false;
    }
    QStringList fields;
    while (reader.next(&fields, error)) {
        const QString at = where(reader.recordLine());
        if (fields.size() != header.size()) {
            *error = tr("%1: has %n field(s), the header has %2", nullptr, int(fields.size()))
                         .arg(at)
                         .arg(header.size());
            return false;
        }
        Row row;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!columns.at(i).isEmpty())
                row.insert(columns.at(i), fields.at(i));
        }
        takeOutDirectionControls(row, at);
        if (!m_stage(row, reader.recordLine(), at, error))
            return false;
    }
    if (!error->isEmpty())
        return false;
    if (staging.staged() == 0) {
        *error = tr("%1: there are no rows under the header").arg(m_name);
        return false;
    }
    return true;
}

bool ImportRows::readJson(QIODevice& file, const ImportStaging& staging, QString* error) const
{
    JsonRecordReader reader(file, m_name);
    QJsonObject object;
    while (reader.next(&object, error)) {
        const QString at = where(reader.recordLine());
        Row row;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = m_fieldOf(it.key().toLower());
            if (field.isEmpty())
                continue;
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isNull()) {
                *error = tr("%1: field \"%2\": must be text").arg(at, field);
                return false;
            }
            row.insert(field, it.value().isDouble()
                                  ? QString::number(it.value().toDouble(), 'g', 15)
                                  : it.value().toString());
        }
        takeOutDirectionControls(row, at);
        if (!m_stage(row, reader.recordLine(), at, error))
            return false;
    }
    if (!error->isEmpty())
        return false;
    if (staging.staged() == 0) {
        *error = tr("%1: the list is empty").arg(m_name);
        return false;
    }
    return true;
}

} // namespace attune
