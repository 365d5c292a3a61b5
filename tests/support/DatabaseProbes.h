#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTimer>
#include <QtDebug>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace attune::test {

// Probes for "the GUI thread never waits on a database": another program holding the file, and
// the GUI thread's own pulse. Shared by tst_guithreadwrites and tst_historyreads.

// Another program: holds SQLite's write lock (BEGIN IMMEDIATE) or a long read on a thread and
// connection of its own, for a set time or until released. In WAL neither holds a reader up.
class LockHolder
{
public:
    enum class Kind
    {
        Writer,
        LongRead
    };
    // Holds `path` for at most `maxMs` (a writer's lock by default); returns once it is held.
    bool hold(const QString& path, int maxMs) { return hold(path, Kind::Writer, maxMs); }
    bool hold(const QString& path, Kind kind, int maxMs)
    {
        release();
        m_release = false;
        std::promise<bool> held;
        std::future<bool> heldYet = held.get_future();
        m_thread = std::thread([this, path, kind, maxMs, held = std::move(held)]() mutable {
            const QString name = QStringLiteral("other-program");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QSqlQuery lock(db);
                bool ok = db.open();
                if (ok && kind == Kind::Writer)
                    ok = lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
                else if (ok)
                    ok = lock.exec(QStringLiteral("BEGIN")) &&
                         lock.exec(QStringLiteral("SELECT count(*) FROM calls")) && lock.next();
                if (!ok)
                    qWarning() << "the other program could not hold the file:"
                               << lock.lastError().text();
                held.set_value(ok);
                const auto until =
                    std::chrono::steady_clock::now() + std::chrono::milliseconds(maxMs);
                while (ok && !m_release && std::chrono::steady_clock::now() < until)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                lock.finish();
                if (ok)
                    lock.exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        return heldYet.get();
    }
    void release()
    {
        m_release = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    ~LockHolder() { release(); }

private:
    std::thread m_thread;
    std::atomic<bool> m_release{false};
};

// The GUI thread's 10 ms timer: how often it fired and the longest gap between two ticks.
class GuiPulse
{
public:
    GuiPulse()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longestGapMs = std::max(m_longestGapMs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    int ticks() const { return m_ticks; }
    qint64 longestGapMs() const { return std::max(m_longestGapMs, m_clock.elapsed() - m_last); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestGapMs = 0;
    int m_ticks = 0;
};

} // namespace attune::test
