#include "StorageQueue.h"

#include "Database.h"
#include "core/Logging.h"
#include "core/StartupTimeline.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <vector>

namespace attune {

StorageQueue::StorageQueue(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    m_thread.setObjectName(QStringLiteral("attune-storage"));
}

StorageQueue::~StorageQueue()
{
    if (!m_worker)
        return;
    if (!drain(kShutdownDrainMs)) {
        std::lock_guard lock(m_mutex);
        qCWarning(lcStorage) << m_queue.size()
                             << "writes still waited for the database at exit and were not saved";
    }
    // A connection may only be closed by the thread that made it. That thread then ends its own
    // loop, so the exit waits for one wake-up of it, not one for the close and one for the quit.
    QMetaObject::invokeMethod(m_worker, [this] {
        m_database.releaseThreadConnection();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_worker;
    m_worker = nullptr;
}

void StorageQueue::start()
{
    if (m_worker)
        return;
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    // The thread's first act, ahead of every job: about 1.5 ms of library loading that the first
    // job (the open) then finds done. Started with the app, the thread does it while the window
    // is being built (issue #15).
    QMetaObject::invokeMethod(m_worker, [] {
        Database::loadDriver();
        startupMark("storage driver loaded");
    });
    std::lock_guard lock(m_mutex);
    m_openSeen = m_database.isOpen();
    if (!m_queue.empty() && !m_running) {
        m_running = true;
        schedule(0);
    }
}

bool StorageQueue::isBusy(const QString& error)
{
    return error.contains(QLatin1String("database is locked")) ||
           error.contains(QLatin1String("database is busy")) ||
           error.contains(QLatin1String("database table is locked"));
}

quint64 StorageQueue::write(const char* what, Job job)
{
    return enqueue(what, /*writes=*/true, std::move(job));
}

quint64 StorageQueue::enqueue(const char* what, bool writes, Job job)
{
    std::lock_guard lock(m_mutex);
    const quint64 sequence = m_nextSequence++;
    m_queue.push_back(Entry{sequence, what, std::move(job), writes});
    if (m_worker && !m_running) {
        m_running = true;
        schedule(0);
    }
    return sequence;
}

void StorageQueue::beginRequest()
{
    std::lock_guard lock(m_mutex);
    m_holdFrom = m_nextSequence;
}

bool StorageQueue::endRequest(const char* what, Job record)
{
    std::lock_guard lock(m_mutex);
    const quint64 from = m_holdFrom;
    m_holdFrom = 0;
    bool queued = false;
    const auto first = std::find_if(m_queue.begin(), m_queue.end(),
                                    [from](const Entry& entry) { return entry.sequence == from; });
    const bool wrote = from != 0 && std::any_of(first, m_queue.end(),
                                                [](const Entry& entry) { return entry.writes; });
    if (wrote && record) {
        const quint64 sequence = m_nextSequence++;
        first->groupEnd = sequence;
        Entry entry{sequence, what, std::move(record), true};
        entry.record = true;
        m_queue.push_back(std::move(entry));
        queued = true;
    }
    if (m_worker && !m_queue.empty() && !m_running) {
        m_running = true;
        schedule(0);
    }
    return queued;
}

quint64 StorageQueue::nextSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_nextSequence;
}

void StorageQueue::whenCommitted(quint64 since, QObject* context,
                                 std::function<void(bool committed)> done)
{
    enqueue("barrier", /*writes=*/false,
            [this, since, guard = QPointer<QObject>(context),
             done = std::move(done)](QString*) mutable {
                const bool committed = m_lastFailed < since;
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(),
                        [guard, committed, done = std::move(done)] {
                            if (guard)
                                done(committed);
                        },
                        Qt::QueuedConnection);
                return Result::Done;
            });
}

bool StorageQueue::drain(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    if (!m_worker)
        return m_queue.empty();
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return m_queue.empty() && !m_running; });
}

void StorageQueue::closeConnectionWhenIdle()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [this] {
        {
            // A job queued or between its attempts keeps the connection it is using.
            std::lock_guard lock(m_mutex);
            if (!m_queue.empty() || m_running)
                return;
        }
        m_database.releaseThreadConnection();
        m_connectionReady = false; // a later job sets its short busy wait again
    });
}

// Called with m_mutex held, or from the storage thread.
void StorageQueue::schedule(int delayMs)
{
    if (QThread::currentThread() == &m_thread)
        QTimer::singleShot(delayMs, m_worker, [this] { runNext(); });
    else
        QMetaObject::invokeMethod(
            m_worker, [this] { runNext(); }, Qt::QueuedConnection);
}

void StorageQueue::prepareConnection()
{
    // The app's first job may be the one that opens the database (AppServices::start): no
    // connection is made to the file before it exists with its folder, checks and migrations.
    if (m_connectionReady || !m_database.isOpen())
        return;
    // A short busy wait per attempt keeps this thread answering: the retry below does the
    // long waiting, and reads queued meanwhile are not stuck behind one five-second call.
    QSqlQuery pragma(m_database.connection());
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(kAttemptWaitMs));
    m_connectionReady = true;
}

bool StorageQueue::runAhead(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_worker || !m_openSeen)
            return false;
    }
    // A write waiting for its retry leaves this thread's event loop free between attempts.
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)] {
            prepareConnection();
            job();
        },
        Qt::QueuedConnection);
    return true;
}

void StorageQueue::runNext()
{
    prepareConnection();
    Entry* entry = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.empty()) {
            m_running = false;
            m_idle.notify_all();
            return;
        }
        // A deque keeps references to its elements valid while others are pushed at the back.
        entry = &m_queue.front();
        // A request is being applied: its writes wait to run with its record (endRequest).
        if (m_holdFrom != 0 && entry->sequence >= m_holdFrom) {
            m_running = false;
            return;
        }
    }
    if (entry->groupEnd != 0) {
        runGroup();
        return;
    }
    QString error;
    Result result = entry->job(&error);
    if (!m_openSeen && m_database.isOpen()) {
        std::lock_guard lock(m_mutex);
        m_openSeen = true; // the job opened the database: reads may now run ahead
    }
    if (result == Result::Failed && isBusy(error))
        result = Result::Busy;
    if (result == Result::Busy) {
        if (++m_attempts == 1)
            qCInfo(lcStorage) << "write" << entry->what
                              << "waits: another process holds the database";
        schedule(std::min(25 * m_attempts, kMaxRetryDelayMs));
        return;
    }
    if (result == Result::Failed) {
        m_lastFailed = entry->sequence;
        qCWarning(lcStorage).noquote() << "write" << entry->what << "failed:" << error;
    } else if (m_attempts > 0) {
        qCInfo(lcStorage) << "write" << entry->what << "committed after" << m_attempts + 1
                          << "attempts";
    }
    m_attempts = 0;
    if (result == Result::Done && entry->writes)
        Q_EMIT written();
    std::lock_guard lock(m_mutex);
    m_queue.pop_front();
    if (m_queue.empty()) {
        m_running = false;
        m_idle.notify_all();
    } else {
        schedule(0);
    }
}

bool StorageQueue::runGroup()
{
    std::vector<Entry*> group;
    {
        std::lock_guard lock(m_mutex);
        const quint64 last = m_queue.front().groupEnd;
        for (Entry& entry : m_queue) {
            group.push_back(&entry);
            if (entry.sequence == last)
                break;
        }
    }
    QString error;
    Result result = Result::Done;
    // IMMEDIATE: another program's write lock shows here, as busy, and not halfway through.
    QSqlQuery begin(m_database.connection());
    if (!m_database.isOpen() || !begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = m_database.isOpen() ? begin.lastError().text() : QStringLiteral("not open");
        result = Result::Failed;
    }
    const char* failed = "begin";
    for (Entry* entry : group) {
        if (result != Result::Done)
            break;
        if (entry->writes) {
            failed = entry->what;
            result = entry->job(&error);
        }
    }
    if (result == Result::Done) {
        QSqlQuery commit(m_database.connection());
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            error = commit.lastError().text();
            failed = "commit";
            result = Result::Failed;
        }
    }
    if (result != Result::Done && m_database.isOpen()) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    if (result == Result::Failed && isBusy(error))
        result = Result::Busy;
    if (result == Result::Busy) {
        if (++m_attempts == 1)
            qCInfo(lcStorage) << "request writes wait: another process holds the database";
        schedule(std::min(25 * m_attempts, kMaxRetryDelayMs));
        return false;
    }
    if (result == Result::Failed) {
        // Together they failed; one by one, each write fails or commits on its own, as any
        // other does, and the request is not recorded (sent again, it is applied again).
        qCWarning(lcStorage).noquote()
            << "request writes could not commit together; running them one by one:" << failed
            << error;
        std::lock_guard lock(m_mutex);
        m_queue.front().groupEnd = 0;
        for (Entry* entry : group) {
            if (entry->record) {
                entry->writes = false;
                entry->job = [](QString*) { return Result::Done; };
            }
        }
        m_attempts = 0;
        schedule(0);
        return false;
    }
    m_attempts = 0;
    // Reads and barriers queued among the writes run after the commit, so a barrier never
    // reports as saved what could still be rolled back.
    for (Entry* entry : group) {
        if (!entry->writes) {
            QString ignored;
            entry->job(&ignored);
        }
    }
    Q_EMIT written();
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < group.size(); ++i)
        m_queue.pop_front();
    if (m_queue.empty()) {
        m_running = false;
        m_idle.notify_all();
    } else {
        schedule(0);
    }
    return true;
}

} // namespace attune
