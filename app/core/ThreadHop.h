#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace attune {

// Runs `fn` on the thread of `context`, later, through its event loop; never on the caller's
// stack. Core signals fire on whichever thread published the event, so every QObject subscriber
// goes through here before touching itself. If `context` dies first, `fn` is dropped.
template <typename Fn>
void runOnObjectThread(QObject* context, Fn&& fn)
{
    QMetaObject::invokeMethod(
        context,
        [guard = QPointer<QObject>(context), fn = std::forward<Fn>(fn)]() mutable {
            if (guard)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace attune
