#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <utility>

namespace attune {

// The answer to one request on the local socket. Most are known at once; a request whose answer
// comes from the database (an assessment saved: its id, or why it was refused) is answered once
// its write has run on the storage thread, so the GUI thread never waits for it.
struct ControlReply
{
    Q_DECLARE_TR_FUNCTIONS(ControlReply)

public:
    using Answer = std::function<void(QJsonObject reply)>;

    ControlReply(QJsonObject now) // NOLINT(google-explicit-constructor): most replies are this
        : reply(std::move(now))
    {}

    // `start(answer)` is called by the server once the request is counted as pending; it calls
    // `answer` exactly once, later, on the server's thread.
    // `stored`, when given, is filled on the storage thread by the writes `start` queues, with
    // the answer they make when they apply the request (left empty when they refuse it); the ledger
    // of applied requests records it in their transaction (CommitGate::endRequest), so that the
    // request sent again after a kill is answered with it and not applied twice.
    static ControlReply later(std::function<void(Answer answer)> start,
                              std::shared_ptr<QJsonObject> stored = {})
    {
        ControlReply deferred{QJsonObject{}};
        deferred.answerLater = std::move(start);
        deferred.stored = std::move(stored);
        return deferred;
    }

    bool isDeferred() const { return bool(answerLater); }
    // For callers that handle only requests answered at once (tests, the fuzzer).
    operator QJsonObject() const // NOLINT(google-explicit-constructor)
    {
        if (!isDeferred())
            return reply;
        return QJsonObject{
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), tr("this request is answered once its write has run")}};
    }

    QJsonObject reply;
    std::function<void(Answer answer)> answerLater;
    std::shared_ptr<QJsonObject> stored;
};

} // namespace attune
