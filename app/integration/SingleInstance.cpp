#include "SingleInstance.h"

#include "CommandLine.h"
#include "ControlProtocol.h"
#include "core/Logging.h"
#include "core/PrivatePath.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace attune {

InstanceServer::InstanceServer(const AppPaths& paths, QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_lock(paths.lockFile())
{}

InstanceServer::~InstanceServer() = default;

InstanceServer::Claim InstanceServer::claim(QString* error)
{
    // The database says why a data folder it cannot use is refused; the lock only moves beside
    // the socket, so calls still pop.
    const bool dataFolderUsable =
        PrivatePath::usable(PrivatePath::makeFolderPrivate(m_paths.dataDir));
    QDir().mkpath(m_paths.runtimeDir);
    // Only a dead owner frees the lock (the kernel releases it): a busy app never loses it.
    const InstanceLock::Result locked =
        dataFolderUsable ? m_lock.tryLock() : InstanceLock::Result::CannotWrite;
    if (locked != InstanceLock::Result::Locked) {
        if (locked == InstanceLock::Result::HeldByAnother)
            return Claim::AlreadyRunning;
        if (locked == InstanceLock::Result::CannotWrite) {
            if (InstanceClient::isListening(m_paths))
                return Claim::AlreadyRunning;
            m_runtimeLock =
                std::make_unique<InstanceLock>(m_paths.socketPath() + QStringLiteral(".lock"));
            const InstanceLock::Result runtime = m_runtimeLock->tryLock();
            if (runtime == InstanceLock::Result::Locked)
                return Claim::Primary;
            if (runtime == InstanceLock::Result::HeldByAnother)
                return Claim::AlreadyRunning;
        }
        *error = InstanceServer::tr("Cannot take the instance lock %1: its folder cannot be "
                                    "written. Make %2 writable for your user (or ask IT to), then "
                                    "start Attune again.")
                     .arg(m_paths.lockFile(), m_paths.dataDir);
        return Claim::Failed;
    }
    return Claim::Primary;
}

bool InstanceServer::listen(QString* error, NetModule* module)
{
    if (!module && !(module = NetModule::load(error)))
        return false;
    m_listener = module->makeInstanceListener();
    m_listener->setHandler(m_handler);
    m_listener->setCommitGate(m_gate);
    return m_listener->listen(m_paths.socketPath(), error);
}

void InstanceServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
    if (m_listener)
        m_listener->setHandler(m_handler);
}

void InstanceServer::setCommitGate(CommitGate gate)
{
    m_gate = std::move(gate);
    if (m_listener)
        m_listener->setCommitGate(m_gate);
}

void InstanceServer::closeAndAnswerAccepted(int timeoutMs)
{
    if (m_listener)
        m_listener->closeAndAnswerAccepted(timeoutMs);
}

namespace InstanceClient {

bool send(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply, QString* error,
          int timeoutMs)
{
    NetModule* module = NetModule::load(error);
    return module && module->sendToInstance(paths, request, reply, error, timeoutMs);
}

bool isListening(const AppPaths& paths)
{
    const QByteArray path = QFile::encodeName(paths.socketPath());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    // Non-blocking: a full backlog (EAGAIN) still means something listens there.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return false;
    const int connected =
        ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
    const bool listening = connected == 0 || errno == EAGAIN;
    ::close(fd);
    return listening;
}

bool isRunning(const AppPaths& paths)
{
    return isListening(paths) || InstanceLock::isHeldByAnyone(paths.lockFile()) ||
           InstanceLock::isHeldByAnyone(paths.socketPath() + QStringLiteral(".lock"));
}

bool waitWhileStartingOrQuitting(const AppPaths& paths, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (isListening(paths))
            return true;
        if (!isRunning(paths) || waited.elapsed() >= timeoutMs)
            return false;
        QThread::msleep(10);
    }
}

} // namespace InstanceClient

} // namespace attune
