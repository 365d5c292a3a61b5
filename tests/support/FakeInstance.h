#pragma once

#include "integration/SingleInstance.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QThread>

#include <memory>

namespace attune::test {

// A stand-in for the running Attune: a real InstanceServer on the XDG folders of `paths`, on its
// own thread, since a forwarding command blocks while it waits for the reply. Records every
// request it was sent.
class FakeInstance
{
public:
    FakeInstance(const AppPaths& paths, InstanceServer::Handler handler)
    {
        m_thread.start();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
        QMetaObject::invokeMethod(
            m_anchor,
            [this, paths, handler = std::move(handler)] {
                m_server = std::make_unique<InstanceServer>(paths);
                QString error;
                m_listening = m_server->claim(&error) == InstanceServer::Claim::Primary &&
                              m_server->listen(&error);
                m_server->setHandler([this, handler](const QJsonObject& request) {
                    QMutexLocker lock(&m_mutex);
                    m_requests.append(request);
                    return handler(request);
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~FakeInstance()
    {
        QMetaObject::invokeMethod(
            m_anchor, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    FakeInstance(const FakeInstance&) = delete;
    FakeInstance& operator=(const FakeInstance&) = delete;

    bool isListening() const { return m_listening; }
    QList<QJsonObject> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

private:
    QThread m_thread;
    QObject* m_anchor = nullptr;
    std::unique_ptr<InstanceServer> m_server;
    bool m_listening = false;
    mutable QMutex m_mutex;
    QList<QJsonObject> m_requests;
};

} // namespace attune::test
