#include "DataRetention.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace attune {

namespace {

// Each table with the column that says when its row was written. Every timestamp is stored as
// UTC ISO 8601 with milliseconds, so comparing the text compares the times.
struct PurgedTable
{
    const char* table;
    const char* writtenAt;
    int DataRetention::Purged::*count;
};

const PurgedTable kTables[] = {
    {"calls", "ringing_at", &DataRetention::Purged::calls},
    {"assessments", "saved_at", &DataRetention::Purged::assessments},
    {"assessment_drafts", "updated_at", &DataRetention::Purged::drafts},
    {"breathing_sessions", "started_at", &DataRetention::Purged::breathingSessions},
    {"customer_notes", "written_at", &DataRetention::Purged::notes},
    {"coaching_notes", "written_at", &DataRetention::Purged::coachingNotes},
    {"kudos", "given_at", &DataRetention::Purged::kudos},
};

// A supervisor's note or kudos about a call goes with the call, however recently it was
// written. (Supervisor scores go with their assessment by ON DELETE CASCADE.)
const PurgedTable kFollowTheirCall[] = {
    {"coaching_notes", nullptr, &DataRetention::Purged::coachingNotes},
    {"kudos", nullptr, &DataRetention::Purged::kudos},
};

} // namespace

DataRetention::DataRetention(Database& database, const Clock& clock,
                             std::function<int()> retentionDays, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_retentionDays(std::move(retentionDays))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { purgeNow(); });
}

bool DataRetention::purgeBefore(Database& database, const QDateTime& cutoff, Purged* purged,
                                QString* error)
{
    Purged counts;
    QSqlDatabase db = database.connection();
    // Overwrite what is deleted: a retention period is a promise that the data is gone.
    QSqlQuery secure(db);
    secure.prepare(QStringLiteral("PRAGMA secure_delete = ON"));
    Database::runQuery(secure, nullptr);
    if (!db.transaction()) {
        if (error)
            *error = tr("cannot start a transaction");
        return false;
    }
    const QString before = cutoff.toUTC().toString(Qt::ISODateWithMs);
    for (const PurgedTable& entry : kTables) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 < :before")
                          .arg(QLatin1String(entry.table), QLatin1String(entry.writtenAt)));
        query.bindValue(QStringLiteral(":before"), before);
        if (!Database::runQuery(query, error)) {
            db.rollback();
            return false;
        }
        counts.*entry.count = query.numRowsAffected();
    }
    for (const PurgedTable& entry : kFollowTheirCall) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("DELETE FROM %1 WHERE call_id NOT IN (SELECT call_id FROM calls)")
                .arg(QLatin1String(entry.table)));
        if (!Database::runQuery(query, error)) {
            db.rollback();
            return false;
        }
        counts.*entry.count += query.numRowsAffected();
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    if (purged)
        *purged = counts;
    return true;
}

void DataRetention::start(int intervalMs)
{
    purgeNow();
    m_timer.start(intervalMs);
}

bool DataRetention::purgeNow(Purged* purged, QString* error)
{
    m_lastRun = m_clock.wallNow();
    const int days = m_retentionDays ? m_retentionDays() : 0;
    if (days <= 0) {
        if (purged)
            *purged = {};
        return true;
    }
    Purged counts;
    QString problem;
    if (!purgeBefore(m_database, m_lastRun.addDays(-days), &counts, &problem)) {
        // Nothing was deleted; the next run tries again.
        qCWarning(lcStorage).noquote() << "retention purge failed:" << problem;
        if (error)
            *error = problem;
        return false;
    }
    if (counts.total() > 0)
        qCInfo(lcStorage).nospace()
            << "retention (" << days << " days): purged " << counts.calls << " calls, "
            << counts.assessments << " assessments, " << counts.drafts << " drafts, "
            << counts.breathingSessions << " breathing exercises, " << counts.notes << " notes";
    if (purged)
        *purged = counts;
    return true;
}

} // namespace attune
