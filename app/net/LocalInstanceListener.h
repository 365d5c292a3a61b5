#pragma once

#include "integration/NetModule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

class QLocalServer;
class QLocalSocket;

namespace attune {

// The local socket of InstanceServer (integration/SingleInstance.h), which says what a request
// may expect: answered once what it wrote has committed, and a re-sent "requestId" answered
// with its first outcome. Part of attune_net.so.
class LocalInstanceListener final : public QObject, public InstanceListener
{
    Q_OBJECT

public:
    LocalInstanceListener();
    ~LocalInstanceListener() override;

    bool listen(const QString& socketPath, QString* error) override;
    void setHandler(Handler handler) override { m_handler = std::move(handler); }
    void setCommitGate(CommitGate gate) override { m_gate = std::move(gate); }
    void closeAndAnswerAccepted(int timeoutMs) override;

private:
    struct Remembered
    {
        bool done = false;
        QJsonObject reply;
        QList<QPointer<QLocalSocket>> waiting;
        // The request's command: an id sent again with another one gets no answer of this one.
        QString command;
    };
    void serve(QLocalSocket* socket);
    void pump(QLocalSocket* socket);
    void handle(QLocalSocket* socket, const QJsonObject& request);
    void apply(QPointer<QLocalSocket> socket, const QJsonObject& request, const QString& requestId);
    void answerOnCommit(const QString& requestId, QPointer<QLocalSocket> socket, quint64 since,
                        QJsonObject reply);
    void finish(const QString& requestId, QPointer<QLocalSocket> socket, QJsonObject reply);
    void respond(QLocalSocket* socket, const QJsonObject& reply);
    void remember(const QString& requestId, Remembered remembered);

    bool isAwaitingAnyReply() const;
    // The outcomes answered by an instance that quit, for the one after it (see the .cpp).
    void keepAnsweredForTheNextInstance() const;
    void takeAnsweredFromTheLastInstance();

    QLocalServer* m_server = nullptr;
    QString m_answeredPath;
    // Every client connection served, to answer or close on the way out.
    QList<QPointer<QLocalSocket>> m_clients;
    bool m_closing = false;
    Handler m_handler;
    CommitGate m_gate;
    QHash<QString, Remembered> m_remembered;
    std::deque<QString> m_rememberedOrder; // oldest first
};

// InstanceClient::send's work: one request over the local socket, sent again with the same id
// until answered or `timeoutMs` is over.
bool sendOverLocalSocket(const AppPaths& paths, const QJsonObject& request, QJsonObject* reply,
                         QString* error, int timeoutMs);

} // namespace attune
