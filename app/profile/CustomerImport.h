#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;

namespace attune {

class CustomerStore;
class Database;
class ImportRows;
class ImportStaging;

// `attune import customers|contacts|cases FILE`: a CRM export (CSV with a header row, or a JSON
// array of objects) into the profile store. The file is read as a stream and every row is checked
// and staged outside the database (ImportStaging); only a whole, valid file is swapped in, in
// short transactions, so a bad file changes nothing and a running Attune's writes wait
// milliseconds, not the length of the file. The first bad row is named by file, line and field.
// Rows are keyed by id, so importing again updates them. Column names, formats, text rules and
// limits: docs/import.md.
class CustomerImport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    enum class Kind
    {
        Customers,
        Contacts,
        Cases
    };

    struct Result
    {
        int rows = 0;
        int created = 0;
        int updated = 0;
        // Values changed on the way in, each naming file, line and field (ImportRows).
        QStringList warnings;
    };

    CustomerImport(Database& database, QString defaultCountry);
    ~CustomerImport();

    static QStringList fieldNames(Kind kind);
    static QStringList requiredFields(Kind kind);
    static QStringList knownFlags();
    static QString idField(Kind kind);

    // "CRM header=field,Other header=field": for exports whose headers differ from ours.
    bool setMapping(const QString& spec, Kind kind, QString* error);

    bool importFile(Kind kind, const QString& path, Result* result, QString* error);

    // Handed to the staging of each import (tests write from there, as a running Attune would).
    std::function<void()> afterEachWrite;

    // The most an import file may hold: a million customers take about 150 MB.
    static constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qsizetype kMaxValueChars = 2000;

private:
    using Row = QHash<QString, QString>; // field name -> value
    bool stageRow(Kind kind, const Row& row, int line, const QString& where, QString* error);
    // The file's records as rows, each checked (the rule shared with every import) and staged.
    ImportRows rowsOf(Kind kind, const QString& name);
    bool importCsv(Kind kind, QIODevice& file, const QString& name, QString* error);
    bool importJson(Kind kind, QIODevice& file, const QString& name, QString* error);

    Database& m_database;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<ImportStaging> m_staging;
    QString m_defaultCountry;
    QHash<QString, QString> m_mapping; // lower-case CRM header -> field name
    QStringList m_warnings;
};

} // namespace attune
