#pragma once

#include "AppPaths.h"
#include "CommitGate.h"
#include "ControlReply.h"
#include "InstanceLock.h"
#include "LocalInstanceListener.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace attune {

// One Attune per user and data folder. The first process takes a lock in the data folder
// and listens on a local socket named after that folder; later processes find the socket and
// forward their request. A killed process holds no lock (the kernel releases it), so its
// file is simply taken again, and the socket file it left is removed before listening again.
//
// A reply means "done and saved": a request that may change something is answered only once
// what it wrote has committed (see CommitGate), and the GUI thread keeps running meanwhile.
// A request carrying a "requestId" is applied at most once: the ids of recent requests are
// remembered, and the same id sent again (while the first is still pending, or after) gets the
// first outcome.
//
// The lock is taken here; the socket is served by LocalInstanceListener on Qt Core alone
// (core/UnixSocket.h), so neither serving it nor forwarding to it loads Qt Network or the
// network module.
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
    using Handler = LocalInstanceListener::Handler;
    using CommitGate = attune::CommitGate;
    // Recent request ids remembered to answer a re-send with its first outcome.
    static constexpr int kRememberedRequests = 512;

    explicit InstanceServer(const AppPaths& paths, QObject* parent = nullptr);
    ~InstanceServer() override;

    // Takes the instance lock. Listening is a separate step so the app can finish what must be
    // ready before the first request (its database) after its first frame is on screen.
    Claim claim(QString* error);
    bool listen(QString* error);
    void setHandler(Handler handler);
    // Without a gate (no database) a request is answered as soon as it is applied.
    void setCommitGate(CommitGate gate);
    // The first step of quitting, while the database and the event loop still run: stops
    // listening and answers every request already applied (LocalInstanceListener). Keeps the lock,
    // which goes with the process, so the next instance cannot start before this one is done.
    void closeAndAnswerAccepted(int timeoutMs = kQuitAnswerMs);
    // As long as the storage queue's own bound for committing on the way out.
    static constexpr int kQuitAnswerMs = 10000;

private:
    AppPaths m_paths;
    InstanceLock m_lock;
    // Beside the socket, when the data folder cannot be written (read-only): Attune then still
    // starts, pops calls and says what is wrong with the folder, rather than exiting.
    std::unique_ptr<InstanceLock> m_runtimeLock;
    std::unique_ptr<LocalInstanceListener> m_listener;
    Handler m_handler;
    CommitGate m_gate;
};

namespace InstanceClient {

// How long `send` waits for the reply to one attempt before it sends the request again (with the
// same id, so it is never applied twice), and how long it keeps trying in all. The instance
// answers once the request's writes have committed, which waits for another process holding
// the database (a long import) rather than dropping the write.
constexpr int kAttemptTimeoutMs = 10000;
constexpr int kReplyTimeoutMs = 60000;

// Sends one request and waits for its reply. The request gets a "requestId" when it has none.
// False with `error` when no instance answers, or none confirmed within `timeoutMs`, or the
// instance went away (it quit) before it
// answered: then it had not applied the request (a quitting instance answers every request it
// applied), and the caller may send it again, with the same id, to the next one.
bool send(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply, QString* error,
          int timeoutMs = kReplyTimeoutMs);
// Whether something accepts connections on the instance socket (a plain connect(2): the lock
// check calls it before the first frame).
bool isListening(const AppPaths& paths);
// Whether an Attune runs for these folders: it listens, or it holds the instance lock (one
// still opening its database, or quitting, holds it without listening).
bool isRunning(const AppPaths& paths);
// Waits, at most `timeoutMs`, while an instance holds the lock without listening (one quitting,
// or one still opening its database). True when one listens at the end.
bool waitWhileStartingOrQuitting(const AppPaths& paths, int timeoutMs);
// How long a new instance is held back for one that quits (it answers what it applied, up to
// InstanceServer::kQuitAnswerMs, and its storage gets as long again to commit) or starts.
constexpr int kWaitForOtherInstanceMs = 30000;
// How long a second launch waits for the running instance to answer `raise` (RunApp).
constexpr int kRaiseTimeoutMs = 5000;

} // namespace InstanceClient

} // namespace attune
