#pragma once

#include "core/History.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace attune {

class Database;
class HistoryStore;

// The local history's reader: one thread of its own with its own connection to the database
// (Qt SQL connections belong to the thread that made them), so the history window never waits
// on SQLite, on another program holding the file, or on the first check of a signed supervisor
// record. Requests run one at a time in the order asked; each answer is a value handed to its
// callback on the thread that asked (the GUI thread), and dropped when that callback's context
// object is gone by then.
//
// The same pattern as TeamHistoryLoader, over the agent's own SQLite file.
class HistoryLoader : public QObject
{
    Q_OBJECT

public:
    // Reads what `store` reads, on the store's database; `store` is asked on this thread, at each
    // request, whether wellbeing is hidden (HistoryStore::hideWellbeingWhile).
    explicit HistoryLoader(HistoryStore& store, QObject* parent = nullptr);
    // Stops a read in flight (a running statement is interrupted, a wait for another program's
    // lock given up) and joins the thread: the owner never waits for the database to be free.
    ~HistoryLoader() override;

    // What a read on the loader's thread gets to work with: the database (its connection() is
    // that thread's own) and the store's wellbeing rule as it was when the read was asked for.
    struct Reading
    {
        Database& database;
        bool wellbeingHidden;
        // Set when the owner is going away: a failed read is then no fault.
        const std::atomic<bool>& stopping;
    };

    // The caller's query number: a read asked for under an older number than the counter holds
    // by the time its turn comes is not run at all, and its answer is not delivered.
    using Generation = std::shared_ptr<const std::atomic<quint64>>;

    // A page of the history after `after` (the first page without it); `error` is the reason in
    // plain words when the file could not be read.
    using PageDone = std::function<void(const QList<HistoryRow>& rows, const QString& error)>;
    void page(const HistoryFilter& filter, const HistoryOrder& order,
              std::optional<HistoryRow> after, int size, QObject* context, Generation generation,
              PageDone done);

    // Any other read (the detail of one call, its coaching): `work` runs on the loader's thread,
    // `done` here with its result.
    template <typename Result>
    void read(std::function<Result(const Reading&)> work, QObject* context,
              std::function<void(const Result&)> done)
    {
        post(
            [work = std::move(work),
             done = std::move(done)](const Reading& reading) -> std::function<void()> {
                return [result = work(reading), done] { done(result); };
            },
            context, nullptr);
    }

private:
    // Runs `work` on the thread; what it returns runs here afterwards, while `context` lives
    // and `generation` (when given) has not moved on.
    void post(std::function<std::function<void()>(const Reading&)> work, QObject* context,
              Generation generation);

    HistoryStore& m_store;
    Database& m_database;
    // Set when the owner goes away: waits for a lock give up, queued reads are skipped.
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
    // The thread's SQLite handle once its connection is open (for Database::interrupt).
    std::shared_ptr<std::atomic<void*>> m_handle = std::make_shared<std::atomic<void*>>(nullptr);
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread
};

} // namespace attune
