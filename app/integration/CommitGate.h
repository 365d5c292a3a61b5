#pragma once

#include <QtGlobal>

#include <functional>

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

    bool isSet() const { return mark && whenCommitted; }
};

} // namespace attune
