#include "SingleInstance.h"

#include "CommandLine.h"
#include "ControlProtocol.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace attune {

namespace {

QByteArray toLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

InstanceServer::InstanceServer(const AppPaths& paths, QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_lock(paths.lockFile())
{
    // Only a dead owner makes a lock stale: a busy app must never lose its lock to a timeout.
    m_lock.setStaleLockTime(0);
}

InstanceServer::~InstanceServer()
{
    if (m_server)
        m_server->close();
}

InstanceServer::Claim InstanceServer::claim(QString* error)
{
    QDir().mkpath(m_paths.dataDir);
    QFile::setPermissions(m_paths.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir().mkpath(m_paths.runtimeDir);
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError)
            return Claim::AlreadyRunning;
        if (m_lock.error() == QLockFile::PermissionError) {
            if (InstanceClient::isListening(m_paths))
                return Claim::AlreadyRunning;
            m_runtimeLock =
                std::make_unique<QLockFile>(m_paths.socketPath() + QStringLiteral(".lock"));
            m_runtimeLock->setStaleLockTime(0);
            if (m_runtimeLock->tryLock(0))
                return Claim::Primary;
            if (m_runtimeLock->error() == QLockFile::LockFailedError)
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

bool InstanceServer::listen(QString* error)
{
    // We hold the lock, so any socket file there is a leftover of a killed instance.
    QLocalServer::removeServer(m_paths.socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_paths.socketPath())) {
        *error = InstanceServer::tr("Cannot listen on %1: %2")
                     .arg(m_paths.socketPath(), m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return true;
}

void InstanceServer::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
        while (socket->canReadLine()) {
            const QByteArray line = socket->readLine(ControlMessage::kMaxLineBytes + 1);
            QJsonObject request;
            QJsonObject reply;
            if (!line.endsWith('\n')) {
                reply =
                    ControlProtocol::errorReply(InstanceServer::tr("request longer than %1 bytes")
                                                    .arg(ControlMessage::kMaxLineBytes));
            } else if (ControlProtocol::parse(line.trimmed(), &request, &reply)) {
                reply = m_handler ? m_handler(request)
                                  : ControlProtocol::errorReply(InstanceServer::tr("not ready"));
            }
            if (!reply.value(QStringLiteral("ok")).toBool())
                qCWarning(lcIpc).noquote()
                    << "request refused:" << reply.value(QStringLiteral("error")).toString();
            socket->write(toLine(reply));
            if (!line.endsWith('\n')) {
                socket->disconnectFromServer();
                return;
            }
        }
        // A client that sends a huge line without a newline is cut off rather than buffered.
        if (socket->bytesAvailable() > ControlMessage::kMaxLineBytes) {
            socket->write(toLine(
                ControlProtocol::errorReply(InstanceServer::tr("request longer than %1 bytes")
                                                .arg(ControlMessage::kMaxLineBytes))));
            qCWarning(lcIpc) << "oversized request dropped";
            socket->disconnectFromServer();
        }
    });
}

namespace InstanceClient {

bool send(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply, QString* error,
          int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(paths.socketPath());
    if (!socket.waitForConnected(timeoutMs)) {
        *error = InstanceServer::tr("Attune is not running.");
        return false;
    }
    socket.write(toLine(request));
    if (!socket.waitForBytesWritten(timeoutMs)) {
        *error = InstanceServer::tr("Could not send the request: %1").arg(socket.errorString());
        return false;
    }
    QByteArray buffer;
    while (!buffer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            *error = InstanceServer::tr("Attune did not answer: %1").arg(socket.errorString());
            return false;
        }
        buffer += socket.readAll();
    }
    QJsonObject errorReply;
    if (!ControlProtocol::parse(buffer.left(buffer.indexOf('\n')), reply, &errorReply)) {
        *error = errorReply.value(QStringLiteral("error")).toString();
        return false;
    }
    return true;
}

bool isListening(const AppPaths& paths)
{
    QLocalSocket socket;
    socket.connectToServer(paths.socketPath());
    return socket.waitForConnected(200);
}

} // namespace InstanceClient

} // namespace attune
