#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

namespace attune {

class Database;

// The storage thread: every write of the running app, and the reads that must see them, run
// here in the order they were queued, on one thread with its own connection to the database.
// The GUI thread never waits on SQLite: another process holding the write lock (a long
// `attune import`, say) delays a write here, never a paint.
//
// A write the database refuses because it is busy is tried again, in order, until it commits;
// nothing queued behind it overtakes it, so a call's answer is never written before its ring.
// Only a write that fails for another reason (it would fail again) is logged and given up.
class StorageQueue final : public QObject
{
    Q_OBJECT

public:
    enum class Result
    {
        Done,
        Busy, // the database is locked by someone else: try again later
        Failed
    };
    // Runs on the storage thread; on failure puts the driver's message in `error`.
    using Job = std::function<Result(QString* error)>;

    // How long one attempt waits for another writer before it is retried (SQLite's busy
    // timeout on the storage connection), and the longest pause between attempts.
    static constexpr int kAttemptWaitMs = 200;
    static constexpr int kMaxRetryDelayMs = 400;
    // On the way out, queued writes get this long to commit before the thread stops.
    static constexpr int kShutdownDrainMs = 10000;

    explicit StorageQueue(Database& database, QObject* parent = nullptr);
    ~StorageQueue() override;

    // Starts the thread; jobs queued before run once it is up. The database need not be open
    // yet: a first job may open it (Database::open) on this thread.
    void start();

    // Queues a write; callable from any thread. `what` names it in the log (no personal data).
    // Returns its sequence number.
    quint64 write(const char* what, Job job);
    // Runs `query` on the storage thread after every earlier write and hands its result to
    // `deliver` on `context`'s thread (dropped if `context` is gone by then).
    template <typename T>
    void read(const char* what, std::function<T()> query, QObject* context,
              std::function<void(T)> deliver)
    {
        enqueue(what, /*writes=*/false,
                [job = readJob<T>(std::move(query), context, std::move(deliver))](QString*) {
                    job();
                    return Result::Done;
                });
    }

    // Runs `query` on the storage thread as soon as it is free, ahead of queued writes (one
    // waiting for another program's lock included: a read goes through a writer's lock in WAL),
    // and hands its result to `deliver` on `context`'s thread. For reads that need not see the
    // writes queued before them, such as the caller's profile at ring. Only once the database is
    // open (after start-up); before that it is queued like read().
    template <typename T>
    void readNow(const char* what, std::function<T()> query, QObject* context,
                 std::function<void(T)> deliver)
    {
        // One job for both ways: `query` and `deliver` are moved into it, so the queued way
        // must enqueue this job, not wrap them again.
        std::function<void()> job = readJob<T>(std::move(query), context, std::move(deliver));
        if (!runAhead(job))
            enqueue(what, /*writes=*/false, [job](QString*) {
                job();
                return Result::Done;
            });
    }

    // Queues a write whose caller needs its outcome (an id, a refusal): `job` fills `outcome`,
    // and once it has committed or failed for good (a busy database is waited for, never
    // reported) `deliver(outcome, committed, error)` runs on `context`'s thread (dropped if
    // `context` is gone by then). A refusal the job finds in the data is Done with the reason
    // in `outcome`: it is an answer, not a failed write.
    template <typename T>
    quint64 writeAndReport(const char* what, std::function<Result(T* outcome, QString* error)> job,
                           QObject* context,
                           std::function<void(T outcome, bool committed, QString error)> deliver)
    {
        return write(what, [job = std::move(job), deliver = std::move(deliver),
                            guard = QPointer<QObject>(context)](QString* error) mutable {
            T outcome{};
            Result result = job(&outcome, error);
            if (result == Result::Failed && isBusy(*error))
                result = Result::Busy;
            if (result == Result::Busy)
                return result;
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, outcome = std::move(outcome), committed = result == Result::Done,
                     reason = *error, deliver]() mutable {
                        if (guard)
                            deliver(std::move(outcome), committed, reason);
                    },
                    Qt::QueuedConnection);
            return result;
        });
    }

    // A forwarded request's writes and its record in the ledger of applied requests
    // (RequestLedger) commit in one transaction, so a kill leaves both or neither. Between
    // beginRequest and endRequest (one thread, no nesting) nothing queued runs; endRequest
    // queues `record` after the writes and runs them all in one transaction. Returns false,
    // queueing nothing, when no write was queued meanwhile (nothing to record). Should the
    // transaction fail for another reason than a busy database, the writes run one by one as
    // before and the record is dropped.
    void beginRequest();
    bool endRequest(const char* what, Job record);

    // The sequence number the next write will get: pass it to whenCommitted to ask about the
    // writes queued from now on.
    quint64 nextSequence() const;
    // Calls `done` on `context`'s thread once every write queued so far has committed (or
    // failed for good); `done(false)` when a write numbered `since` or later failed for good.
    void whenCommitted(quint64 since, QObject* context, std::function<void(bool committed)> done);
    // Blocks until every queued write has run; false when `timeoutMs` passed first.
    bool drain(int timeoutMs);
    // On the way out: the storage thread closes its connection now if nothing is queued, so the
    // close (a WAL checkpoint, the -wal and -shm files removed) runs beside what the GUI thread
    // frees instead of after it. A job that comes later opens it again; the destructor still
    // drains and closes for good.
    void closeConnectionWhenIdle();

    // True for SQLite's "database is locked/busy": worth trying again.
    static bool isBusy(const QString& error);

Q_SIGNALS:
    // A write committed; emitted on the storage thread (connect directly to something
    // thread-safe, such as TeamSync::followCommitsOf). Never for a read or a barrier: nothing
    // changed for anyone to look at.
    void written();

private:
    // A read's job: runs `query` on the storage thread and hands its result to `deliver` on
    // `context`'s thread, dropped if `context` is gone by then.
    template <typename T>
    static std::function<void()> readJob(std::function<T()> query, QObject* context,
                                         std::function<void(T)> deliver)
    {
        return [query = std::move(query), deliver = std::move(deliver),
                guard = QPointer<QObject>(context)]() mutable {
            T value = query();
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, value = std::move(value), deliver = deliver]() mutable {
                        if (guard)
                            deliver(std::move(value));
                    },
                    Qt::QueuedConnection);
        };
    }

    struct Entry
    {
        quint64 sequence = 0;
        const char* what = "";
        Job job;
        bool writes = true; // false for reads and barriers: no `written` after them
        // On the first entry of a request's group: the sequence of its last (the record).
        quint64 groupEnd = 0;
        bool record = false; // a request's record: dropped if its group runs one by one
    };
    quint64 enqueue(const char* what, bool writes, Job job);
    // Posts `job` to the storage thread outside the queue; false (nothing posted) before the
    // database is open.
    bool runAhead(std::function<void()> job);
    void prepareConnection();
    void schedule(int delayMs);
    void runNext();
    // Runs the request group at the head of the queue; false when it was put back (busy) or
    // broken up (failed).
    bool runGroup();

    Database& m_database;
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread
    mutable std::mutex m_mutex;
    std::condition_variable m_idle;
    std::deque<Entry> m_queue;
    quint64 m_nextSequence = 1;
    quint64 m_lastFailed = 0;
    bool m_running = false;   // a job is being run or waits for its retry
    bool m_scheduled = false; // runNext is queued on the storage thread
    int m_attempts = 0;       // of the job at the head of the queue
    bool m_connectionReady = false;
    // The database is open (readNow may run ahead); written under m_mutex.
    bool m_openSeen = false;
    // While a request is being applied: the first sequence held back (0: none).
    quint64 m_holdFrom = 0;
};

} // namespace attune
