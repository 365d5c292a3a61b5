#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QSqlQuery;

namespace attune {

class CustomerStore;
class Database;

// `attune import customers|contacts|cases FILE`: a CRM export (CSV with a header row, or a JSON
// array of objects) into the profile store. The file is read as a stream inside one transaction:
// the first bad row (named by file, line and field) rolls everything back, so a bad file changes
// nothing, and a good one lands whole. Rows are keyed by id, so importing again updates them.
// Column names and formats: docs/import.md.
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

private:
    using Row = QHash<QString, QString>; // field name -> value
    bool writeRow(Kind kind, const Row& row, const QString& where, Result* result, QString* error);
    bool importCsv(Kind kind, const QString& path, Result* result, QString* error);
    bool importJson(Kind kind, const QString& path, Result* result, QString* error);

    // Remembers each id of this file (in a temporary table, so memory stays flat however long
    // the file is); the line it was first seen on, or 0 when new.
    int firstLineOf(const QString& id, int line);

    Database& m_database;
    std::unique_ptr<CustomerStore> m_store;
    std::unique_ptr<QSqlQuery> m_seenInsert;
    std::unique_ptr<QSqlQuery> m_seenLookup;
    QString m_defaultCountry;
    QHash<QString, QString> m_mapping; // lower-case CRM header -> field name
};

} // namespace attune
