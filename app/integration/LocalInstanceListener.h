#pragma once

#include "core/UnixSocket.h"
#include "integration/CommitGate.h"
#include "integration/ControlReply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace attune {

// The local socket of InstanceServer (integration/SingleInstance.h), which says what a request
// may expect: answered once what it wrote has committed, and a re-sent "requestId" answered
// with its first outcome. On Qt Core alone (core/UnixSocket.h): serving it loads no Qt Network
// and no network module.
class LocalInstanceListener final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ControlReply(const QJsonObject& request)>;

    LocalInstanceListener();
    ~LocalInstanceListener() override;

    bool listen(const QString& socketPath, QString* error);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setCommitGate(CommitGate gate) { m_gate = std::move(gate); }
    // A client connection that has no request going (nothing sent, a line left unfinished, no
    // reply owed or unread) is closed after this long: each one holds a file descriptor of the
    // app's. A client that keeps its connection sends a request at least this often.
    static constexpr int kIdleTimeoutMs = 60 * 1000;
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // On the way out, before anything is torn down: takes no new connection and reads no new
    // request, and answers every request already applied once its writes have committed (at
    // most `timeoutMs`; then it says plainly it quit before saving), so nothing applied goes
    // unanswered and nothing unanswered was applied. Runs an event loop meanwhile.
    void closeAndAnswerAccepted(int timeoutMs);

private:
    struct Remembered
    {
        bool done = false;
        QJsonObject reply;
        QList<QPointer<UnixSocketConnection>> waiting;
        // The request's command: an id sent again with another one gets no answer of this one.
        QString command;
    };
    void serve(UnixSocketConnection* socket);
    void pump(UnixSocketConnection* socket);
    void handle(UnixSocketConnection* socket, const QJsonObject& request);
    void apply(QPointer<UnixSocketConnection> socket, const QJsonObject& request,
               const QString& requestId);
    void answerOnCommit(const QString& requestId, QPointer<UnixSocketConnection> socket,
                        quint64 since, QJsonObject reply);
    void finish(const QString& requestId, QPointer<UnixSocketConnection> socket, QJsonObject reply);
    void respond(UnixSocketConnection* socket, const QJsonObject& reply);
    static void restartIdleTimer(UnixSocketConnection* socket);
    void closeIfIdle(UnixSocketConnection* socket);
    void remember(const QString& requestId, Remembered remembered);

    bool isAwaitingAnyReply() const;
    // The outcomes answered by an instance that quit, for the one after it (see the .cpp).
    void keepAnsweredForTheNextInstance() const;
    void takeAnsweredFromTheLastInstance();

    UnixSocketServer* m_server = nullptr;
    QString m_answeredPath;
    // Every client connection served, to answer or close on the way out.
    QList<QPointer<UnixSocketConnection>> m_clients;
    bool m_closing = false;
    Handler m_handler;
    CommitGate m_gate;
    int m_idleTimeoutMs = kIdleTimeoutMs;
    QHash<QString, Remembered> m_remembered;
    std::deque<QString> m_rememberedOrder; // oldest first
};

} // namespace attune
