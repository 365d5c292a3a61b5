#include "DataRetention.h"

#include "Database.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

// A supervisor's note or kudos, or a customer's survey answer, about a call goes with the call,
// however recently it was written. (Supervisor scores go with their assessment by ON DELETE
// CASCADE.)
const PurgedTable kFollowTheirCall[] = {
    {"coaching_notes", nullptr, &DataRetention::Purged::coachingNotes},
    {"kudos", nullptr, &DataRetention::Purged::kudos},
    // The customer's verdict is about the call: it goes when the call goes.
    {"customer_feedback", nullptr, &DataRetention::Purged::feedback},
};

const QString kLastRunKey = QStringLiteral("retention/lastRun");
const QString kHeldSinceKey = QStringLiteral("retention/heldSince");

QString isoText(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& text)
{
    // Written with a "Z", so read back as UTC.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// The newest time any record was written, and how many records there are and would go.
struct Census
{
    QDateTime newest;
    qint64 total = 0;
    qint64 older = 0;
};

bool takeCensus(QSqlDatabase& db, const QString& before, Census* census, QString* error)
{
    QString newest;
    for (const PurgedTable& entry : kTables) {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT max(%2), count(*), count(*) FILTER (WHERE %2 < :before)"
                           " FROM %1")
                .arg(QLatin1String(entry.table), QLatin1String(entry.writtenAt)));
        query.bindValue(QStringLiteral(":before"), before);
        if (!Database::runQuery(query, error) || !query.next())
            return false;
        if (query.value(0).toString() > newest)
            newest = query.value(0).toString();
        census->total += query.value(1).toLongLong();
        census->older += query.value(2).toLongLong();
    }
    if (!newest.isEmpty())
        census->newest = fromIso(newest);
    return true;
}

} // namespace

DataRetention::DataRetention(Database& database, const Clock& clock,
                             std::function<int()> retentionDays, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_retentionDays(std::move(retentionDays))
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_runner)
            m_runner([this] { purgeNow(); });
        else
            purgeNow();
    });
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
            *error = database.fault(db.lastError());
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
            *error = database.fault(db.lastError());
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

void DataRetention::purgeDailyThrough(Runner runner, int intervalMs)
{
    m_runner = std::move(runner);
    m_timer.start(intervalMs);
}

QDateTime DataRetention::lastRun() const
{
    const QString kept = m_database.stateValue(kLastRunKey);
    return kept.isEmpty() ? QDateTime() : fromIso(kept);
}

bool DataRetention::purgeNow(Purged* purged, QString* error)
{
    if (purged)
        *purged = {};
    const QDateTime now = m_clock.wallNow().toUTC();
    const int days = m_retentionDays ? m_retentionDays() : 0;
    if (days <= 0) {
        m_lastDecision = Decision::Off;
        return true;
    }
    const QDateTime cutoff = now.addDays(-days);
    Census census;
    QSqlDatabase db = m_database.connection();
    QString problem;
    if (!takeCensus(db, isoText(cutoff), &census, &problem)) {
        qCWarning(lcStorage).noquote() << "retention purge failed:" << problem;
        if (error)
            *error = problem;
        m_lastDecision = Decision::Failed;
        return false;
    }
    // Counts and ages only: the log never says whose calls these are.
    if (census.newest.isValid() && census.newest.msecsTo(now) < -kClockSlackMs) {
        qCWarning(lcStorage).nospace()
            << "retention purge refused: the clock is " << now.msecsTo(census.newest) / 60000
            << " minutes behind the newest record; nothing was deleted";
        m_lastDecision = Decision::Refused;
        return true;
    }
    const QDateTime last = lastRun();
    const bool tooMuch = census.older > 0 && double(census.older) > kMaxShare * census.total;
    const bool longGap = last.isValid() && last.addDays(days) < now;
    const QString heldText = m_database.stateValue(kHeldSinceKey);
    QDateTime heldSince = heldText.isEmpty() ? QDateTime() : fromIso(heldText);
    QDateTime purgeCutoff = cutoff;
    if ((tooMuch || longGap) && census.older > 0) {
        // A clock that went back since the hold began was the wrong one: start over from now.
        if (!heldSince.isValid() || now < heldSince) {
            heldSince = now;
            m_database.setStateValue(kHeldSinceKey, isoText(now));
        }
        if (heldSince.msecsTo(now) < kConfirmMs) {
            qCWarning(lcStorage).nospace()
                << "retention purge held: it would delete " << census.older << " of "
                << census.total << " records"
                << (longGap ? QStringLiteral(", ") + QString::number(last.daysTo(now)) +
                                  QStringLiteral(" days after the last purge")
                            : QString())
                << "; it runs once the clock has agreed for " << kConfirmMs / (60 * 60 * 1000)
                << " hours; nothing was deleted";
            m_lastDecision = Decision::Held;
            return true;
        }
        // Confirmed: what was held, nothing newer. Measured by the wall clock, a hold begun
        // before the clock jumped a year ahead "agreed" at the first start after the jump, and
        // that start deleted everything older than the wrong date: the whole history. What
        // has aged since the hold began goes through the same checks at the next purge.
        purgeCutoff = std::min(cutoff, heldSince.addDays(-days));
    }
    Purged counts;
    if (!purgeBefore(m_database, purgeCutoff, &counts, &problem)) {
        // Nothing was deleted; the next run tries again.
        qCWarning(lcStorage).noquote() << "retention purge failed:" << problem;
        if (error)
            *error = problem;
        m_lastDecision = Decision::Failed;
        return false;
    }
    m_lastDecision = Decision::Purged;
    m_database.setStateValue(kLastRunKey, isoText(now));
    if (heldSince.isValid())
        m_database.setStateValue(kHeldSinceKey, QString());
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
