#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace attune {

class ImportStaging;

// What every import file goes through before its own rules (the CRM's customers and cases,
// the customers' surveys): CSV or JSON read record by record into rows of the fields the import
// knows, and the text rule every value keeps (docs/import.md). Each refusal names the file, the
// line and, where there is one, the field ("crm.csv:7: field \"phone\": …"), the same way for
// every import.
class ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(ImportRows)

public:
    using Row = QHash<QString, QString>; // field name -> value
    // The field a CSV column or a JSON key (lower case, trimmed) holds; empty: not imported.
    using FieldOf = std::function<QString(const QString& key)>;
    // What the CSV header's fields lack for this import, as the whole message; empty when fine.
    using HeaderCheck =
        std::function<QString(const QSet<QString>& present, const QStringList& header)>;
    // The import's own checks of one row and its staging; `where` is "file:line".
    using Stage =
        std::function<bool(const Row& row, int line, const QString& where, QString* error)>;

    // `name` is the file's name as the messages give it.
    ImportRows(QString name, FieldOf fieldOf, Stage stage);

    // The whole file, each row staged in `staging`; false with the first problem. A file with
    // no rows is refused too.
    bool readCsv(QIODevice& file, const HeaderCheck& headerCheck, const ImportStaging& staging,
                 QString* error) const;
    bool readJson(QIODevice& file, const ImportStaging& staging, QString* error) const;

    // Every value of `row`: at most `maxChars` characters, and text (textProblem).
    static bool checkValues(const Row& row, qsizetype maxChars, const QString& where,
                            QString* error);
    // Why `value` breaks the text rule (NUL, control characters other than tab and line breaks,
    // lone surrogates), or empty when it does not.
    static QString textProblem(const QString& value);
    // "file:line: field "name": problem".
    static QString fieldProblem(const QString& where, const QString& field, const QString& problem);
    static QString emptyFile(const QString& name);

    // Text-direction overrides and unclosed embeddings are taken out of every value before its
    // row is checked (TextRule::withBalancedDirection: a CRM name "\u202EanelE" showed as
    // "Elena"); each value changed adds a warning naming file, line and field here. Refusing
    // the file instead would lose a whole export over one invisible character.
    void collectWarningsInto(QStringList* warnings) { m_warnings = warnings; }
    // At most this many warnings are listed; the last one says how many more there were.
    static constexpr int kMaxWarnings = 20;

private:
    QString where(int line) const;
    void takeOutDirectionControls(Row& row, const QString& where) const;

    QString m_name;
    FieldOf m_fieldOf;
    Stage m_stage;
    QStringList* m_warnings = nullptr;
    mutable int m_warningCount = 0;
};

} // namespace attune
