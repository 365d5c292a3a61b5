#include "CustomerImport.h"

#include "core/JsonFile.h"
#include "profile/CsvReader.h"
#include "profile/PhoneNumber.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace attune {

namespace {

constexpr qsizetype kMaxValueChars = 2000;

// The 1-based line each top-level object of a JSON array starts on, by a scan that skips
// strings: QJsonDocument keeps no positions, and a person fixing the file needs the line.
QList<int> objectLines(const QByteArray& json)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (c == '{' && depth == 1)
                lines << line;
            ++depth;
        } else if (c == ']' || c == '}')
            --depth;
    }
    return lines;
}

} // namespace

CustomerImport::CustomerImport(Database& database, QString defaultCountry)
    : m_database(database)
    , m_store(std::make_unique<CustomerStore>(database))
    , m_defaultCountry(std::move(defaultCountry))
{}

CustomerImport::~CustomerImport() = default;

int CustomerImport::firstLineOf(const QString& id, int line)
{
    if (!m_seenInsert) {
        QSqlQuery create(m_database.connection());
        create.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS import_seen (id TEXT PRIMARY KEY, line INTEGER)"));
        create.exec(QStringLiteral("DELETE FROM import_seen"));
        m_seenLookup = std::make_unique<QSqlQuery>(m_database.connection());
        m_seenLookup->prepare(QStringLiteral("SELECT line FROM import_seen WHERE id = :id"));
        m_seenInsert = std::make_unique<QSqlQuery>(m_database.connection());
        m_seenInsert->prepare(
            QStringLiteral("INSERT INTO import_seen (id, line) VALUES (:id, :line)"));
    }
    m_seenLookup->bindValue(QStringLiteral(":id"), id);
    if (m_seenLookup->exec() && m_seenLookup->next()) {
        const int first = m_seenLookup->value(0).toInt();
        m_seenLookup->finish();
        return first;
    }
    m_seenLookup->finish();
    m_seenInsert->bindValue(QStringLiteral(":id"), id);
    m_seenInsert->bindValue(QStringLiteral(":line"), line);
    m_seenInsert->exec();
    return 0;
}

QStringList CustomerImport::fieldNames(Kind kind)
{
    if (kind == Kind::Customers)
        return {QStringLiteral("customer_id"),    QStringLiteral("full_name"),
                QStringLiteral("preferred_name"), QStringLiteral("pronunciation"),
                QStringLiteral("pronouns"),       QStringLiteral("phone"),
                QStringLiteral("language"),       QStringLiteral("segment"),
                QStringLiteral("customer_since"), QStringLiteral("flags")};
    if (kind == Kind::Cases)
        return {QStringLiteral("case_id"), QStringLiteral("customer_id"),
                QStringLiteral("opened_at"), QStringLiteral("topic"), QStringLiteral("status")};
    return {QStringLiteral("contact_id"), QStringLiteral("customer_id"),
            QStringLiteral("contact_at"), QStringLiteral("channel"),
            QStringLiteral("topic"),      QStringLiteral("outcome"),
            QStringLiteral("agent_note")};
}

QString CustomerImport::idField(Kind kind)
{
    switch (kind) {
    case Kind::Customers:
        return QStringLiteral("customer_id");
    case Kind::Contacts:
        return QStringLiteral("contact_id");
    case Kind::Cases:
        break;
    }
    return QStringLiteral("case_id");
}

QStringList CustomerImport::requiredFields(Kind kind)
{
    if (kind == Kind::Customers)
        return {QStringLiteral("customer_id"), QStringLiteral("full_name")};
    if (kind == Kind::Cases)
        return {QStringLiteral("case_id"), QStringLiteral("customer_id"),
                QStringLiteral("opened_at"), QStringLiteral("topic")};
    return {QStringLiteral("contact_id"), QStringLiteral("customer_id"),
            QStringLiteral("contact_at")};
}

QStringList CustomerImport::knownFlags()
{
    return {QStringLiteral("bereavement"), QStringLiteral("vulnerable"),
            QStringLiteral("complaint-open"), QStringLiteral("vip")};
}

bool CustomerImport::setMapping(const QString& spec, Kind kind, QString* error)
{
    m_mapping.clear();
    for (const QString& pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString header = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString field = pair.section(QLatin1Char('='), 1).trimmed();
        if (header.isEmpty() || !fieldNames(kind).contains(field)) {
            *error = tr("--map \"%1\": write CRM header=field, with field one of %2")
                         .arg(pair, fieldNames(kind).join(QLatin1String(", ")));
            return false;
        }
        m_mapping.insert(header.toLower(), field);
    }
    return true;
}

bool CustomerImport::writeRow(Kind kind, const Row& row, const QString& where, Result* result,
                              QString* error)
{
    const auto fail = [&](const QString& field, const QString& problem) {
        *error = tr("%1: field \"%2\": %3").arg(where, field, problem);
        return false;
    };
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.value().size() > kMaxValueChars)
            return fail(it.key(), tr("longer than %1 characters").arg(kMaxValueChars));
    }
    for (const QString& field : requiredFields(kind)) {
        if (row.value(field).trimmed().isEmpty())
            return fail(field, tr("is empty, and every row needs it"));
    }
    CustomerStore& store = *m_store;
    QString problem;
    if (kind == Kind::Customers) {
        CustomerProfile profile;
        profile.customerId = row.value(QStringLiteral("customer_id")).trimmed();
        profile.fullName = row.value(QStringLiteral("full_name")).trimmed();
        profile.preferredName = row.value(QStringLiteral("preferred_name")).trimmed();
        profile.pronunciationHint = row.value(QStringLiteral("pronunciation")).trimmed();
        profile.pronouns = row.value(QStringLiteral("pronouns")).trimmed();
        profile.language = row.value(QStringLiteral("language")).trimmed();
        profile.segment = row.value(QStringLiteral("segment")).trimmed();
        const QString phone = row.value(QStringLiteral("phone")).trimmed();
        if (!phone.isEmpty()) {
            profile.phoneE164 = PhoneNumber::toE164(phone, m_defaultCountry, &problem);
            if (profile.phoneE164.isEmpty())
                return fail(QStringLiteral("phone"), problem);
        }
        const QString since = row.value(QStringLiteral("customer_since")).trimmed();
        if (!since.isEmpty()) {
            profile.customerSince = QDate::fromString(since, Qt::ISODate);
            if (!profile.customerSince.isValid())
                return fail(QStringLiteral("customer_since"),
                            tr("\"%1\" is not a date written YYYY-MM-DD").arg(since.left(40)));
        }
        for (const QString& flag :
             row.value(QStringLiteral("flags")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString name = flag.trimmed().toLower();
            if (!knownFlags().contains(name))
                return fail(
                    QStringLiteral("flags"),
                    tr("\"%1\" is not one of %2")
                        .arg(flag.trimmed().left(40), knownFlags().join(QLatin1String(", "))));
            profile.sensitiveFlags << name;
        }
        if (!store.upsert(profile, &problem))
            return fail(QStringLiteral("customer_id"), problem);
    } else if (kind == Kind::Cases) {
        CustomerStore::CaseRecord record;
        record.caseId = row.value(QStringLiteral("case_id")).trimmed();
        record.customerId = row.value(QStringLiteral("customer_id")).trimmed();
        record.topic = row.value(QStringLiteral("topic")).trimmed();
        const QString opened = row.value(QStringLiteral("opened_at")).trimmed();
        record.openedAt = QDate::fromString(opened.left(10), Qt::ISODate);
        if (!record.openedAt.isValid())
            return fail(QStringLiteral("opened_at"),
                        tr("\"%1\" is not a date written YYYY-MM-DD").arg(opened.left(40)));
        const QString status = row.value(QStringLiteral("status")).trimmed().toLower();
        if (!status.isEmpty() && status != QLatin1String("open") &&
            status != QLatin1String("closed"))
            return fail(QStringLiteral("status"),
                        tr("\"%1\" is not open or closed").arg(status.left(40)));
        record.open = status != QLatin1String("closed");
        if (!store.exists(record.customerId))
            return fail(QStringLiteral("customer_id"),
                        tr("no customer \"%1\"; import the customers first")
                            .arg(record.customerId.left(40)));
        if (!store.upsertCase(record, &problem))
            return fail(QStringLiteral("case_id"), problem);
    } else {
        ContactRecord contact;
        contact.contactId = row.value(QStringLiteral("contact_id")).trimmed();
        contact.customerId = row.value(QStringLiteral("customer_id")).trimmed();
        const QString at = row.value(QStringLiteral("contact_at")).trimmed();
        contact.at = QDateTime::fromString(at, Qt::ISODate);
        if (!contact.at.isValid()) {
            const QDate day = QDate::fromString(at, Qt::ISODate);
            if (!day.isValid())
                return fail(
                    QStringLiteral("contact_at"),
                    tr("\"%1\" is not a date or time written YYYY-MM-DD[THH:MM]").arg(at.left(40)));
            contact.at = day.startOfDay(Qt::UTC);
        }
        if (!store.exists(contact.customerId))
            return fail(QStringLiteral("customer_id"),
                        tr("no customer \"%1\"; import the customers first")
                            .arg(contact.customerId.left(40)));
        contact.channel = row.value(QStringLiteral("channel")).trimmed();
        contact.topic = row.value(QStringLiteral("topic")).trimmed();
        contact.outcome = row.value(QStringLiteral("outcome")).trimmed();
        contact.agentNote = row.value(QStringLiteral("agent_note")).trimmed();
        if (!store.upsertContact(contact, &problem))
            return fail(QStringLiteral("contact_id"), problem);
    }
    ++result->rows;
    return true;
}

bool CustomerImport::importFile(Kind kind, const QString& path, Result* result, QString* error)
{
    *result = Result();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    // JSON starts with "[" (after any byte-order mark and spaces); anything else is CSV.
    QByteArray start = file.peek(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    file.close();
    if (start.isEmpty()) {
        *error = tr("%1: the file is empty").arg(QFileInfo(path).fileName());
        return false;
    }
    QSqlDatabase db = m_database.connection();
    const auto countRows = [&db, kind] {
        QSqlQuery count(db);
        count.exec(kind == Kind::Customers  ? QStringLiteral("SELECT COUNT(*) FROM customers")
                   : kind == Kind::Contacts ? QStringLiteral("SELECT COUNT(*) FROM contacts")
                                            : QStringLiteral("SELECT COUNT(*) FROM cases"));
        return count.next() ? count.value(0).toInt() : 0;
    };
    const int before = countRows();
    m_seenInsert.reset(); // a fresh list of this file's ids
    m_seenLookup.reset();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction");
        return false;
    }
    const bool ok = start.startsWith('[') ? importJson(kind, path, result, error)
                                          : importCsv(kind, path, result, error);
    if (!ok || !db.commit()) {
        db.rollback();
        if (ok)
            *error = tr("the database did not accept the import");
        *result = Result();
        return false;
    }
    // New rows are the growth of the table; the rest of the rows updated existing ones.
    result->created = countRows() - before;
    result->updated = result->rows - result->created;
    return true;
}

bool CustomerImport::importCsv(Kind kind, const QString& path, Result* result, QString* error)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QString name = QFileInfo(path).fileName();
    CsvReader reader(file, name);
    QStringList header;
    if (!reader.next(&header, error)) {
        if (error->isEmpty())
            *error = tr("%1: the file is empty").arg(name);
        return false;
    }
    // Which of our fields each column holds.
    QList<QString> columns;
    QSet<QString> present;
    for (const QString& title : std::as_const(header)) {
        const QString key = title.trimmed().toLower();
        QString field = m_mapping.value(key);
        if (field.isEmpty() && fieldNames(kind).contains(key))
            field = key;
        if (!field.isEmpty() && present.contains(field)) {
            *error = tr("%1:1: column \"%2\" appears twice").arg(name, field);
            return false;
        }
        columns << field; // empty: a column we do not import
        present.insert(field);
    }
    for (const QString& required : requiredFields(kind)) {
        if (!present.contains(required)) {
            *error = tr("%1:1: the required column \"%2\" is missing (columns: %3)")
                         .arg(name, required, header.join(QLatin1String(", ")));
            return false;
        }
    }
    const QString idField = CustomerImport::idField(kind);
    QStringList fields;
    while (reader.next(&fields, error)) {
        const QString where = tr("%1:%2").arg(name).arg(reader.recordLine());
        if (fields.size() != header.size()) {
            *error = tr("%1: has %2 fields, the header has %3")
                         .arg(where)
                         .arg(fields.size())
                         .arg(header.size());
            return false;
        }
        Row row;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (!columns.at(i).isEmpty())
                row.insert(columns.at(i), fields.at(i));
        }
        const QString id = row.value(idField).trimmed();
        if (const int first = id.isEmpty() ? 0 : firstLineOf(id, reader.recordLine())) {
            *error = tr("%1: field \"%2\": \"%3\" is already on line %4")
                         .arg(where, idField, id.left(40))
                         .arg(first);
            return false;
        }
        if (!writeRow(kind, row, where, result, error))
            return false;
    }
    if (!error->isEmpty())
        return false;
    if (result->rows == 0) {
        *error = tr("%1: there are no rows under the header").arg(name);
        return false;
    }
    return true;
}

bool CustomerImport::importJson(Kind kind, const QString& path, Result* result, QString* error)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QString name = QFileInfo(path).fileName();
    QByteArray json = file.readAll();
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isArray()) {
        *error =
            tr("%1:%2: %3")
                .arg(name)
                .arg(JsonFile::lineOfOffset(json, parse.offset))
                .arg(parse.error != QJsonParseError::NoError ? parse.errorString()
                                                             : tr("expected a list of records"));
        return false;
    }
    const QJsonArray records = document.array();
    const QList<int> lines = objectLines(json);
    const QString idField = CustomerImport::idField(kind);
    for (qsizetype i = 0; i < records.size(); ++i) {
        const int line = lines.value(i, 1);
        const QString where = tr("%1:%2").arg(name).arg(line);
        if (!records.at(i).isObject()) {
            *error = tr("%1: record %2 is not an object").arg(where).arg(i + 1);
            return false;
        }
        Row row;
        const QJsonObject object = records.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key().toLower();
            QString field = m_mapping.value(key);
            if (field.isEmpty() && fieldNames(kind).contains(key))
                field = key;
            if (field.isEmpty())
                continue;
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isNull()) {
                *error = tr("%1: field \"%2\": must be text").arg(where, field);
                return false;
            }
            row.insert(field, it.value().isDouble()
                                  ? QString::number(it.value().toDouble(), 'g', 15)
                                  : it.value().toString());
        }
        const QString id = row.value(idField).trimmed();
        if (const int first = id.isEmpty() ? 0 : firstLineOf(id, line)) {
            *error = tr("%1: field \"%2\": \"%3\" is already on line %4")
                         .arg(where, idField, id.left(40))
                         .arg(first);
            return false;
        }
        if (!writeRow(kind, row, where, result, error))
            return false;
    }
    if (result->rows == 0) {
        *error = tr("%1: the list is empty").arg(name);
        return false;
    }
    return true;
}

} // namespace attune
