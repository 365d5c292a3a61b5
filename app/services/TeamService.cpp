#include "TeamService.h"

#include "core/Logging.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageQueue.h"

#include <QPointer>

namespace attune {

TeamService::TeamService(Settings& settings, bool usable, QObject* parent)
    : QObject(parent)
    , m_config(TeamSyncConfig::fromSettings(settings))
{
    qRegisterMetaType<TeamSyncStatus>();
    if (!usable)
        m_config.host.clear();
}

TeamService::~TeamService()
{
    stop();
}

void TeamService::start(Database& database, StorageQueue& storage)
{
    if (m_sync)
        return;
    const bool enable = isConfigured();
    // The outbox triggers run in the writer's own transaction, so the switch is a write like any
    // other: on the storage thread, never on the GUI thread.
    const quint64 since = storage.nextSequence();
    storage.write("team outbox switch", [&database, enable](QString* error) {
        return TeamSync::setEnabled(database, enable, error) ? StorageQueue::Result::Done
                                                             : StorageQueue::Result::Failed;
    });
    if (!enable)
        return;
    qCInfo(lcStorage) << "team sync configured; starting after the outbox is on";
    storage.whenCommitted(since, this, [this, &database, &storage](bool committed) {
        if (!committed) {
            // Said in the sidebar like any other sync problem; records are still safe locally.
            TeamSyncStatus failed = m_status;
            failed.lastError = tr("The team sync could not start: this computer's database "
                                  "refused to switch the outbox on.");
            onStatus(failed);
            return;
        }
        m_sync = std::make_unique<TeamSync>(database, m_config);
        // Published on the worker's thread; re-emitted here, on the GUI thread.
        connect(m_sync.get(), &TeamSync::statusChanged, this, &TeamService::onStatus,
                Qt::QueuedConnection);
        m_sync->followCommitsOf(storage);
        m_sync->start();
    });
}

void TeamService::stop()
{
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
}

void TeamService::nudge()
{
    if (m_sync)
        m_sync->nudge();
}

void TeamService::onStatus(const TeamSyncStatus& status)
{
    const bool received = status.received > m_status.received;
    m_status = status;
    Q_EMIT statusChanged(m_status);
    if (received)
        Q_EMIT recordsReceived();
}

QJsonObject TeamService::statusJson() const
{
    if (!isConfigured())
        return {{QStringLiteral("configured"), false}};
    QJsonObject json{
        {QStringLiteral("configured"), true},
        {QStringLiteral("server"), m_config.host},
        {QStringLiteral("user"), m_config.user},
        {QStringLiteral("running"), m_status.running},
        {QStringLiteral("connected"), m_status.connected},
        {QStringLiteral("pending"), m_status.pending},
        {QStringLiteral("delivered"), m_status.delivered},
        {QStringLiteral("received"), m_status.received},
        {QStringLiteral("serverSchema"), m_status.serverSchema},
        {QStringLiteral("shareWellbeing"), m_config.shareWellbeing},
    };
    json.insert(QStringLiteral("lastSuccess"),
                m_status.lastSuccess.isValid()
                    ? QJsonValue(m_status.lastSuccess.toUTC().toString(Qt::ISODateWithMs))
                    : QJsonValue());
    json.insert(QStringLiteral("lastError"),
                m_status.lastError.isEmpty() ? QJsonValue() : QJsonValue(m_status.lastError));
    return json;
}

bool TeamService::attests(const QString& serverId, const QByteArray& digest) const
{
    return m_sync && m_sync->attests(serverId, digest);
}

} // namespace attune
