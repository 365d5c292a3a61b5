#pragma once

#include "AppPaths.h"

#include <QJsonObject>
#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;

namespace attune {

// One Attune per user and data folder. The first process takes a QLockFile in the data folder
// and listens on a local socket named after that folder; later processes find the socket and
// forward their request. A lock left by a killed process is stale (its PID is gone) and is taken
// over, and the socket file it left is removed before listening again.
class InstanceServer final : public QObject
{
    Q_OBJECT

public:
    enum class Claim
    {
        Primary,
        AlreadyRunning,
        Failed
    };
    using Handler = std::function<QJsonObject(const QJsonObject& request)>;

    explicit InstanceServer(const AppPaths& paths, QObject* parent = nullptr);
    ~InstanceServer() override;

    // Takes the instance lock. Listening is a separate step so the app can finish what must be
    // ready before the first request (its database) after its first frame is on screen.
    Claim claim(QString* error);
    bool listen(QString* error);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

private:
    void serve(QLocalSocket* socket);

    AppPaths m_paths;
    QLockFile m_lock;
    // Beside the socket, when the data folder cannot be written (read-only): Attune then still
    // starts, pops calls and says what is wrong with the folder, rather than exiting.
    std::unique_ptr<QLockFile> m_runtimeLock;
    QLocalServer* m_server = nullptr;
    Handler m_handler;
};

namespace InstanceClient {

// Sends one request and waits for its reply. False with `error` when no instance answers.
bool send(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply, QString* error,
          int timeoutMs = 5000);
bool isListening(const AppPaths& paths);

} // namespace InstanceClient

} // namespace attune
