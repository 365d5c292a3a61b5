#include "CustomerStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QThread>

namespace attune {

namespace {

const QString kProfileColumns = QStringLiteral(
    "customer_id, full_name, preferred_name, pronunciation, pronouns, phone_e164, language, "
    "segment, customer_since, flags");

CustomerProfile profileFrom(const QSqlQuery& query)
{
    CustomerProfile profile;
    profile.customerId = query.value(0).toString();
    profile.fullName = query.value(1).toString();
    profile.preferredName = query.value(2).toString();
    profile.pronunciationHint = query.value(3).toString();
    profile.pronouns = query.value(4).toString();
    profile.phoneE164 = query.value(5).toString();
    profile.language = query.value(6).toString();
    profile.segment = query.value(7).toString();
    profile.customerSince = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    profile.sensitiveFlags = query.value(9).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    return profile;
}

// A null QString binds as SQL NULL; these columns hold '' for "not given".
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

CustomerStore::CustomerStore(Database& database)
    : m_database(database)
{}

CustomerStore::~CustomerStore() = default;

QSqlQuery& CustomerStore::prepared(std::unique_ptr<QSqlQuery>& slot, const QString& sql,
                                   std::unique_ptr<QSqlQuery>& elsewhere) const
{
    const Qt::HANDLE self = QThread::currentThreadId();
    Qt::HANDLE owner = nullptr;
    if (!m_preparedOn.compare_exchange_strong(owner, self) && owner != self) {
        elsewhere = std::make_unique<QSqlQuery>(m_database.connection());
        elsewhere->prepare(sql);
        return *elsewhere;
    }
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

std::optional<CustomerProfile> CustomerStore::byId(const QString& customerId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM customers WHERE customer_id = :id").arg(kProfileColumns));
    query.bindValue(QStringLiteral(":id"), customerId);
    if (!Database::runQuery(query, nullptr) || !query.next())
        return std::nullopt;
    return profileFrom(query);
}

QList<CustomerProfile> CustomerStore::byPhone(const QString& e164) const
{
    QList<CustomerProfile> found;
    if (e164.isEmpty())
        return found;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM customers WHERE phone_e164 = :phone ORDER BY customer_id")
            .arg(kProfileColumns));
    query.bindValue(QStringLiteral(":phone"), e164);
    if (!Database::runQuery(query, nullptr))
        return found;
    while (query.next())
        found.append(profileFrom(query));
    return found;
}

QList<ContactRecord> CustomerStore::contacts(const QString& customerId, int limit) const
{
    QList<ContactRecord> list;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT contact_id, contact_at, channel, topic, outcome, agent_note FROM contacts"
        " WHERE customer_id = :id ORDER BY contact_at DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":id"), customerId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!Database::runQuery(query, nullptr))
        return list;
    while (query.next()) {
        ContactRecord contact;
        contact.contactId = query.value(0).toString();
        contact.customerId = customerId;
        contact.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        contact.channel = query.value(2).toString();
        contact.topic = query.value(3).toString();
        contact.outcome = query.value(4).toString();
        contact.agentNote = query.value(5).toString();
        list.append(contact);
    }
    return list;
}

int CustomerStore::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM customers"));
    return Database::runQuery(query, nullptr) && query.next() ? query.value(0).toInt() : -1;
}

bool CustomerStore::exists(const QString& customerId) const
{
    std::unique_ptr<QSqlQuery> elsewhere;
    QSqlQuery& query = prepared(
        m_exists, QStringLiteral("SELECT 1 FROM customers WHERE customer_id = :id"), elsewhere);
    query.bindValue(QStringLiteral(":id"), customerId);
    const bool found = Database::runQuery(query, nullptr) && query.next();
    query.finish();
    return found;
}

QStringList CustomerStore::openCases(const QString& customerId) const
{
    QStringList topics;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT topic FROM cases WHERE customer_id = :id AND status = 'open'"
                       " ORDER BY opened_at DESC"));
    query.bindValue(QStringLiteral(":id"), customerId);
    if (Database::runQuery(query, nullptr)) {
        while (query.next())
            topics << query.value(0).toString();
    }
    return topics;
}

QList<CustomerStore::Note> CustomerStore::notes(const QString& customerId, int limit) const
{
    QList<Note> list;
    QSqlQuery query(m_database.connection());
    // The agent's own assessments of this customer's calls are theirs to see, private or not.
    query.prepare(QStringLiteral(
        "SELECT written_at, text, 0 FROM customer_notes WHERE customer_id = :id"
        " UNION ALL"
        " SELECT a.saved_at, a.note, 1 FROM assessments a JOIN calls c ON c.call_id = a.call_id"
        " WHERE c.customer_id = :id AND a.note != ''"
        " ORDER BY 1 DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":id"), customerId);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!Database::runQuery(query, nullptr))
        return list;
    while (query.next())
        list.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                     query.value(1).toString(), query.value(2).toInt() == 1});
    return list;
}

bool CustomerStore::addNote(const QString& customerId, const QString& callId, const QString& text,
                            QString* error)
{
    return addNote(customerId, callId, text, QDateTime::currentDateTimeUtc(), error);
}

bool CustomerStore::addNote(const QString& customerId, const QString& callId, const QString& text,
                            const QDateTime& at, QString* error)
{
    if (!checkNote(text, error))
        return false;
    const QString trimmed = text.trimmed();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO customer_notes (customer_id, written_at, call_id, text)"
                       " VALUES (:id, :at, :call, :text)"));
    query.bindValue(QStringLiteral(":id"), customerId);
    query.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":call"), callId);
    query.bindValue(QStringLiteral(":text"), trimmed);
    return Database::runQuery(query, error);
}

bool CustomerStore::checkNote(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && trimmed.size() <= 2000)
        return true;
    if (error)
        *error = tr("a note is 1 to 2000 characters");
    return false;
}

bool CustomerStore::linkCall(const QString& callId, const QString& customerId, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calls SET customer_id = :customer WHERE call_id = :call"
                                 " AND (customer_id IS NULL OR customer_id = '')"));
    query.bindValue(QStringLiteral(":customer"), customerId);
    query.bindValue(QStringLiteral(":call"), callId);
    return Database::runQuery(query, error);
}

bool CustomerStore::upsert(const CustomerProfile& profile, QString* error)
{
    std::unique_ptr<QSqlQuery> elsewhere;
    QSqlQuery& query = prepared(
        m_upsert,
        QStringLiteral(
            "INSERT INTO customers (%1, updated_at) VALUES (:id, :full, :preferred, :pronunciation,"
            " :pronouns, :phone, :language, :segment, :since, :flags, :updated)"
            " ON CONFLICT (customer_id) DO UPDATE SET full_name = excluded.full_name,"
            " preferred_name = excluded.preferred_name, pronunciation = excluded.pronunciation,"
            " pronouns = excluded.pronouns, phone_e164 = excluded.phone_e164,"
            " language = excluded.language, segment = excluded.segment,"
            " customer_since = excluded.customer_since, flags = excluded.flags,"
            " updated_at = excluded.updated_at")
            .arg(kProfileColumns),
        elsewhere);
    query.bindValue(QStringLiteral(":id"), profile.customerId);
    query.bindValue(QStringLiteral(":full"), notNull(profile.fullName));
    query.bindValue(QStringLiteral(":preferred"), notNull(profile.preferredName));
    query.bindValue(QStringLiteral(":pronunciation"), notNull(profile.pronunciationHint));
    query.bindValue(QStringLiteral(":pronouns"), notNull(profile.pronouns));
    query.bindValue(QStringLiteral(":phone"), profile.phoneE164.isEmpty()
                                                  ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(profile.phoneE164));
    query.bindValue(QStringLiteral(":language"), notNull(profile.language));
    query.bindValue(QStringLiteral(":segment"), notNull(profile.segment));
    query.bindValue(QStringLiteral(":since"),
                    profile.customerSince.isValid()
                        ? QVariant(profile.customerSince.toString(Qt::ISODate))
                        : QVariant(QMetaType(QMetaType::QString)));
    query.bindValue(QStringLiteral(":flags"),
                    notNull(profile.sensitiveFlags.join(QLatin1Char(';'))));
    query.bindValue(QStringLiteral(":updated"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return Database::runQuery(query, error);
}

bool CustomerStore::upsertCase(const CaseRecord& record, QString* error)
{
    std::unique_ptr<QSqlQuery> elsewhere;
    QSqlQuery& query = prepared(
        m_upsertCase,
        QStringLiteral("INSERT INTO cases (case_id, customer_id, opened_at, topic, status)"
                       " VALUES (:id, :customer, :opened, :topic, :status)"
                       " ON CONFLICT (case_id) DO UPDATE SET customer_id = excluded.customer_id,"
                       " opened_at = excluded.opened_at, topic = excluded.topic,"
                       " status = excluded.status"),
        elsewhere);
    query.bindValue(QStringLiteral(":id"), record.caseId);
    query.bindValue(QStringLiteral(":customer"), record.customerId);
    query.bindValue(QStringLiteral(":opened"), record.openedAt.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":topic"), record.topic);
    query.bindValue(QStringLiteral(":status"),
                    record.open ? QStringLiteral("open") : QStringLiteral("closed"));
    return Database::runQuery(query, error);
}

bool CustomerStore::upsertContact(const ContactRecord& contact, QString* error)
{
    std::unique_ptr<QSqlQuery> elsewhere;
    QSqlQuery& query = prepared(
        m_upsertContact,
        QStringLiteral(
            "INSERT INTO contacts (contact_id, customer_id, contact_at, channel, topic, outcome,"
            " agent_note) VALUES (:id, :customer, :at, :channel, :topic, :outcome, :note)"
            " ON CONFLICT (contact_id) DO UPDATE SET customer_id = excluded.customer_id,"
            " contact_at = excluded.contact_at, channel = excluded.channel, topic = excluded.topic,"
            " outcome = excluded.outcome, agent_note = excluded.agent_note"),
        elsewhere);
    query.bindValue(QStringLiteral(":id"), contact.contactId);
    query.bindValue(QStringLiteral(":customer"), contact.customerId);
    query.bindValue(QStringLiteral(":at"), contact.at.toUTC().toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":channel"), notNull(contact.channel));
    query.bindValue(QStringLiteral(":topic"), notNull(contact.topic));
    query.bindValue(QStringLiteral(":outcome"), notNull(contact.outcome));
    query.bindValue(QStringLiteral(":note"), notNull(contact.agentNote));
    return Database::runQuery(query, error);
}

} // namespace attune
