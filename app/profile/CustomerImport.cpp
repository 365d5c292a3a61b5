#include "CustomerImport.h"

#include "core/InputFile.h"
#include "profile/ImportRows.h"
#include "profile/ImportStaging.h"
#include "profile/PhoneNumber.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace attune {

namespace {

ImportStaging::Table tableOf(CustomerImport::Kind kind)
{
    switch (kind) {
    case CustomerImport::Kind::Customers:
        return {QStringLiteral("customers"),
                QStringLiteral("customer_id"),
                {QStringLiteral("customer_id"), QStringLiteral("full_name"),
                 QStringLiteral("preferred_name"), QStringLiteral("pronunciation"),
                 QStringLiteral("pronouns"), QStringLiteral("phone_e164"),
                 QStringLiteral("language"), QStringLiteral("segment"),
                 QStringLiteral("customer_since"), QStringLiteral("flags"),
                 QStringLiteral("updated_at")},
                QString()};
    case CustomerImport::Kind::Contacts:
        return {QStringLiteral("contacts"),
                QStringLiteral("contact_id"),
                {QStringLiteral("contact_id"), QStringLiteral("customer_id"),
                 QStringLiteral("contact_at"), QStringLiteral("channel"), QStringLiteral("topic"),
                 QStringLiteral("outcome"), QStringLiteral("agent_note")},
                QString()};
    case CustomerImport::Kind::Cases:
        break;
    }
    return {QStringLiteral("cases"),
            QStringLiteral("case_id"),
            {QStringLiteral("case_id"), QStringLiteral("customer_id"), QStringLiteral("opened_at"),
             QStringLiteral("topic"), QStringLiteral("status")},
            QString()};
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A null QString binds as SQL NULL; these columns hold '' for "not given".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

CustomerImport::CustomerImport(Database& database, QString defaultCountry)
    : m_database(database)
    , m_store(std::make_unique<CustomerStore>(database))
    , m_defaultCountry(std::move(defaultCountry))
{}

CustomerImport::~CustomerImport() = default;

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

bool CustomerImport::stageRow(Kind kind, const Row& row, int line, const QString& where,
                              QString* error)
{
    const auto fail = [&](const QString& field, const QString& problem) {
        *error = ImportRows::fieldProblem(where, field, problem);
        return false;
    };
    if (!ImportRows::checkValues(row, kMaxValueChars, where, error))
        return false;
    for (const QString& field : requiredFields(kind)) {
        if (row.value(field).trimmed().isEmpty())
            return fail(field, tr("is empty, and every row needs it"));
    }
    const CustomerStore& store = *m_store;
    QString problem;
    QVariantList values;
    if (kind == Kind::Customers) {
        const QString phone = row.value(QStringLiteral("phone")).trimmed();
        QString e164;
        if (!phone.isEmpty()) {
            e164 = PhoneNumber::toE164(phone, m_defaultCountry, &problem);
            if (e164.isEmpty())
                return fail(QStringLiteral("phone"), problem);
        }
        const QString since = row.value(QStringLiteral("customer_since")).trimmed();
        QDate sinceDate;
        if (!since.isEmpty()) {
            sinceDate = QDate::fromString(since, Qt::ISODate);
            if (!sinceDate.isValid())
                return fail(QStringLiteral("customer_since"),
                            tr("\"%1\" is not a date written YYYY-MM-DD").arg(since.left(40)));
        }
        QStringList flags;
        for (const QString& flag :
             row.value(QStringLiteral("flags")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString name = flag.trimmed().toLower();
            if (!knownFlags().contains(name))
                return fail(
                    QStringLiteral("flags"),
                    tr("\"%1\" is not one of %2")
                        .arg(flag.trimmed().left(40), knownFlags().join(QLatin1String(", "))));
            flags << name;
        }
        values = {row.value(QStringLiteral("customer_id")).trimmed(),
                  row.value(QStringLiteral("full_name")).trimmed(),
                  notNull(row.value(QStringLiteral("preferred_name")).trimmed()),
                  notNull(row.value(QStringLiteral("pronunciation")).trimmed()),
                  notNull(row.value(QStringLiteral("pronouns")).trimmed()),
                  orNull(e164),
                  notNull(row.value(QStringLiteral("language")).trimmed()),
                  notNull(row.value(QStringLiteral("segment")).trimmed()),
                  orNull(sinceDate.isValid() ? sinceDate.toString(Qt::ISODate) : QString()),
                  notNull(flags.join(QLatin1Char(';'))),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
    } else if (kind == Kind::Cases) {
        const QString caseId = row.value(QStringLiteral("case_id")).trimmed();
        const QString customerId = row.value(QStringLiteral("customer_id")).trimmed();
        const QString opened = row.value(QStringLiteral("opened_at")).trimmed();
        const QDate openedAt = QDate::fromString(opened.left(10), Qt::ISODate);
        if (!openedAt.isValid())
            return fail(QStringLiteral("opened_at"),
                        tr("\"%1\" is not a date written YYYY-MM-DD").arg(opened.left(40)));
        const QString status = row.value(QStringLiteral("status")).trimmed().toLower();
        if (!status.isEmpty() && status != QLatin1String("open") &&
            status != QLatin1String("closed"))
            return fail(QStringLiteral("status"),
                        tr("\"%1\" is not open or closed").arg(status.left(40)));
        if (!store.exists(customerId))
            return fail(
                QStringLiteral("customer_id"),
                tr("no customer \"%1\"; import the customers first").arg(customerId.left(40)));
        values = {caseId, customerId, openedAt.toString(Qt::ISODate),
                  row.value(QStringLiteral("topic")).trimmed(),
                  status == QLatin1String("closed") ? QStringLiteral("closed")
                                                    : QStringLiteral("open")};
    } else {
        const QString contactId = row.value(QStringLiteral("contact_id")).trimmed();
        const QString customerId = row.value(QStringLiteral("customer_id")).trimmed();
        const QString at = row.value(QStringLiteral("contact_at")).trimmed();
        QDateTime contactAt = QDateTime::fromString(at, Qt::ISODate);
        if (!contactAt.isValid()) {
            const QDate day = QDate::fromString(at, Qt::ISODate);
            if (!day.isValid())
                return fail(
                    QStringLiteral("contact_at"),
                    tr("\"%1\" is not a date or time written YYYY-MM-DD[THH:MM]").arg(at.left(40)));
            contactAt = day.startOfDay(Qt::UTC);
        }
        if (!store.exists(customerId))
            return fail(
                QStringLiteral("customer_id"),
                tr("no customer \"%1\"; import the customers first").arg(customerId.left(40)));
        values = {contactId,
                  customerId,
                  contactAt.toUTC().toString(Qt::ISODate),
                  notNull(row.value(QStringLiteral("channel")).trimmed()),
                  notNull(row.value(QStringLiteral("topic")).trimmed()),
                  notNull(row.value(QStringLiteral("outcome")).trimmed()),
                  notNull(row.value(QStringLiteral("agent_note")).trimmed())};
    }
    int firstLine = 0;
    switch (m_staging->add(values, line, &firstLine, &problem)) {
    case ImportStaging::Added::Ok:
        return true;
    case ImportStaging::Added::Duplicate:
        *error = tr("%1: field \"%2\": \"%3\" is already on line %4")
                     .arg(where, idField(kind), values.value(0).toString().left(40))
                     .arg(firstLine);
        return false;
    case ImportStaging::Added::Failed:
        break;
    }
    *error = tr("%1: %2").arg(where, problem);
    return false;
}

bool CustomerImport::importFile(Kind kind, const QString& path, Result* result, QString* error)
{
    *result = Result();
    const QString name = QFileInfo(path).fileName();
    QFile file;
    if (!InputFile::open(file, path, name, kMaxFileBytes, error))
        return false;
    // JSON starts with "[" (after any byte-order mark and spaces); anything else is CSV.
    QByteArray start = file.peek(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (start.isEmpty()) {
        *error = ImportRows::emptyFile(name);
        return false;
    }
    m_staging = std::make_unique<ImportStaging>(m_database, tableOf(kind));
    m_staging->afterEachWrite = afterEachWrite;
    const bool ok = m_staging->begin(error) &&
                    (start.startsWith('[') ? importJson(kind, file, name, error)
                                           : importCsv(kind, file, name, error)) &&
                    m_staging->apply(&result->created, &result->updated, error);
    if (ok) {
        result->rows = m_staging->staged();
        result->warnings = m_warnings;
    }
    m_warnings.clear();
    m_staging.reset(); // the staging file goes, whatever happened
    if (!ok)
        *result = Result();
    return ok;
}

ImportRows CustomerImport::rowsOf(Kind kind, const QString& name)
{
    return ImportRows(
        name,
        [this, kind](const QString& key) {
            const QString field = m_mapping.value(key);
            return !field.isEmpty() || !fieldNames(kind).contains(key) ? field : key;
        },
        [this, kind](const ImportRows::Row& row, int line, const QString& where, QString* error) {
            return stageRow(kind, row, line, where, error);
        });
}

bool CustomerImport::importCsv(Kind kind, QIODevice& file, const QString& name, QString* error)
{
    ImportRows rows = rowsOf(kind, name);
    rows.collectWarningsInto(&m_warnings);
    const auto headerCheck = [kind, &name](const QSet<QString>& present,
                                           const QStringList& header) {
        for (const QString& required : requiredFields(kind)) {
            if (!present.contains(required))
                return tr("%1:1: the required column \"%2\" is missing (columns: %3)")
                    .arg(name, required, header.join(QLatin1String(", ")).left(200));
        }
        return QString();
    };
    return rows.readCsv(file, headerCheck, *m_staging, error);
}

bool CustomerImport::importJson(Kind kind, QIODevice& file, const QString& name, QString* error)
{
    ImportRows rows = rowsOf(kind, name);
    rows.collectWarningsInto(&m_warnings);
    return rows.readJson(file, *m_staging, error);
}

} // namespace attune
