#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>

class QObject;

namespace attune {

// How a listener learns that what a request wrote is durable, so it acknowledges only what is on
// disk: `mark` before the request is applied, then `whenCommitted(mark, context, then)` calls
// `then(committed)` on the context's thread once everything written since is committed (false
// when a write failed for good). Both the local socket and the WebSocket API answer through it.
struct CommitGate
{
    std::function<quint64()> mark;
    std::function<void(quint64 since, QObject* context, std::function<void(bool)> then)>
        whenCommitted;

    // Optional, the ledger of applied requests (storage/RequestLedger.h), so a request sent again
    // after the instance was killed is answered and not applied twice. `find` calls
    // `then(found, command, answer)` on the context's thread. A request's writes go between
    // `beginRequest` and `endRequest`, which records its answer in the same transaction (an
    // empty id records nothing). The answer is read on the storage thread when the record runs,
    // after the writes: a deferred reply's writes fill it there (ControlReply::later). One still
    // empty by then (a refusal, which wrote nothing) is not recorded.
    std::function<void(const QString& requestId, QObject* context,
                       std::function<void(bool found, QString command, QJsonObject answer)> then)>
        find;
    std::function<void()> beginRequest;
    std::function<void(const QString& requestId, const QString& command,
                       std::shared_ptr<const QJsonObject> answer)>
        endRequest;

    bool isSet() const { return mark && whenCommitted; }
    bool hasLedger() const { return find && beginRequest && endRequest; }
};

} // namespace attune
