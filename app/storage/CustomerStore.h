#pragma once

#include "core/CustomerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <atomic>
#include <memory>
#include <optional>

class QSqlQuery;

namespace attune {

class Database;

// One earlier contact with the customer, as the CRM or Attune recorded it.
struct ContactRecord
{
    QString contactId;
    QString customerId;
    QDateTime at;
    QString channel; // "phone", "email", "chat", ...
    QString topic;
    QString outcome;
    QString agentNote;
};

// Customer profiles and their history in the local database. Any thread may use it: each runs
// its statements on its own connection (Database::connection). The app uses it on the storage
// thread; the statements an import repeats are prepared once for the first thread that uses the
// store and prepared afresh on any other, since a prepared query belongs to its connection's
// thread.
class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)

public:
    explicit CustomerStore(Database& database);
    ~CustomerStore();

    std::optional<CustomerProfile> byId(const QString& customerId) const;
    // Every profile with this number (E.164); several means the agent chooses.
    QList<CustomerProfile> byPhone(const QString& e164) const;
    // Newest first.
    QList<ContactRecord> contacts(const QString& customerId, int limit) const;
    int count() const;

    // Inserts or updates by customer id (a re-import updates, never duplicates).
    bool upsert(const CustomerProfile& profile, QString* error);
    bool upsertContact(const ContactRecord& contact, QString* error);
    struct CaseRecord
    {
        QString caseId;
        QString customerId;
        QDate openedAt;
        QString topic;
        bool open = true;
    };
    bool upsertCase(const CaseRecord& record, QString* error);
    bool exists(const QString& customerId) const;

    // Open cases, newest first.
    QStringList openCases(const QString& customerId) const;
    // Notes left after earlier calls (newest first): the agents' own notes, and the "next time I
    // will …" lines of earlier self-assessments of this customer's calls.
    struct Note
    {
        QDateTime at;
        QString text;
        bool fromSelfAssessment = false;
    };
    QList<Note> notes(const QString& customerId, int limit) const;
    // True when `text` makes a note (1 to 2000 characters once trimmed); else the reason.
    static bool checkNote(const QString& text, QString* error);
    bool addNote(const QString& customerId, const QString& callId, const QString& text,
                 QString* error);
    // The same, written at `at` (a note carried over from an earlier call).
    bool addNote(const QString& customerId, const QString& callId, const QString& text,
                 const QDateTime& at, QString* error);
    // Records which customer a call was with, once the lookup knows.
    bool linkCall(const QString& callId, const QString& customerId, QString* error = nullptr);

private:
    // Prepared once and reused on the thread that used the store first (an import writes
    // 100,000 rows through these); on any other thread prepared into `elsewhere` on that thread's
    // own connection, so it neither shares a query across threads nor writes outside that
    // thread's transaction.
    QSqlQuery& prepared(std::unique_ptr<QSqlQuery>& slot, const QString& sql,
                        std::unique_ptr<QSqlQuery>& elsewhere) const;

    Database& m_database;
    mutable std::atomic<Qt::HANDLE> m_preparedOn{nullptr};
    mutable std::unique_ptr<QSqlQuery> m_upsert;
    mutable std::unique_ptr<QSqlQuery> m_upsertContact;
    mutable std::unique_ptr<QSqlQuery> m_exists;
    mutable std::unique_ptr<QSqlQuery> m_upsertCase;
};

} // namespace attune
