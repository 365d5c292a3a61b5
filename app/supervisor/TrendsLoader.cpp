#include "TrendsLoader.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace attune {

TrendsLoader::TrendsLoader(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{}

TrendsLoader::~TrendsLoader()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void TrendsLoader::request(const QDate& from, const QDate& to)
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("attune-trends"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        // Runs on the ending thread itself: only it may close the connection it made.
        connect(
            m_thread, &QThread::finished, m_worker,
            [database = &m_database] { database->releaseThreadConnection(); },
            Qt::DirectConnection);
        m_thread->start(QThread::LowPriority);
    }
    const quint64 generation = ++m_generation;
    QPointer<TrendsLoader> self(this);
    Database* database = &m_database;
    const bool hideWellbeing = m_wellbeingHidden && m_wellbeingHidden();
    QMetaObject::invokeMethod(m_worker, [self, database, from, to, generation, hideWellbeing] {
        // The store's queries run on this thread's own connection (Database::connection()).
        HistoryStore store(*database);
        if (hideWellbeing)
            store.hideWellbeingWhile([] { return true; });
        const QList<HistoryWeek> weeks = store.weeks(from, to);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, from, to, weeks, generation] {
                if (self && generation == self->m_generation)
                    Q_EMIT self->ready(from, to, weeks);
            },
            Qt::QueuedConnection);
    });
}

} // namespace attune
