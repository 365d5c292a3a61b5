#include "HistoryLoader.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QThread>

namespace attune {

HistoryLoader::HistoryLoader(HistoryStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_database(store.database())
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("attune-history"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Runs on the ending thread itself: only it may close the connection it made.
    connect(
        m_thread, &QThread::finished, m_worker,
        [database = &m_database, handle = m_handle] {
            *handle = nullptr;
            database->releaseThreadConnection();
        },
        Qt::DirectConnection);
    // The thread starts with the first read (post), not here: most runs never open the history,
    // and a thread made at start-up waited behind the network module's mapping for the
    // loader's TLS lock (about 2 ms of the GUI thread, issue #15), then had to be joined at exit.
}

HistoryLoader::~HistoryLoader()
{
    *m_stopping = true;
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        // Never started: the worker waits for no `finished` to be deleted.
        delete m_worker;
        return;
    }
    Database::interrupt(m_handle->load());
    m_thread->quit();
    m_thread->wait();
}

void HistoryLoader::page(const HistoryFilter& filter, const HistoryOrder& order,
                         std::optional<HistoryRow> after, int size, QObject* context,
                         Generation generation, PageDone done)
{
    post(
        [filter, order, after = std::move(after), size,
         done = std::move(done)](const Reading& reading) -> std::function<void()> {
            HistoryStore store(reading.database);
            if (reading.wellbeingHidden)
                store.hideWellbeingWhile([] { return true; });
            QString error;
            QList<HistoryRow> rows;
            // SQLite goes on reading a deleted or replaced file's old contents: not shown as
            // if they were the agent's history.
            if (reading.database.stillIntact(&error))
                rows = store.page(filter, order, after ? &*after : nullptr, size, &error);
            if (!error.isEmpty() && !reading.stopping)
                qCWarning(lcStorage) << "history: a page could not be read";
            return [rows = std::move(rows), error, done] { done(rows, error); };
        },
        context, std::move(generation));
}

void HistoryLoader::post(std::function<std::function<void()>(const Reading&)> work,
                         QObject* context, Generation generation)
{
    // Asked here, on the owner's thread: the rule reads the supervisor session and the settings.
    const bool hidden = m_store.wellbeingHidden();
    const quint64 asked = generation ? generation->load() : 0;
    // Nothing to compare with: always current.
    const auto current = [generation, asked] { return !generation || *generation == asked; };
    QPointer<QObject> target(context);
    // Not low priority, unlike the trends: the agent is looking at an empty table meanwhile.
    if (!m_thread->isRunning())
        m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), target, current, hidden,
                                         database = &m_database, stopping = m_stopping,
                                         handle = m_handle] {
        if (*stopping || !current())
            return;
        if (!*handle)
            *handle = database->makeCancellable(stopping.get());
        std::function<void()> deliver = work(Reading{*database, hidden, *stopping});
        if (*stopping)
            return;
        // To the loader, not to `target`: the loader outlives this thread
        // (its destructor joins it), while `target` may go at any moment
        // on its own thread.
        QMetaObject::invokeMethod(
            this,
            [target, current, deliver = std::move(deliver)] {
                if (target && current())
                    deliver();
            },
            Qt::QueuedConnection);
    });
}

} // namespace attune
