#include "FreePorts.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QUdpSocket>

namespace attune::test {

namespace {

// Below this are well-known and commonly registered services' ports.
constexpr int kLowest = 15000;

int ephemeralLow()
{
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (!range.open(QIODevice::ReadOnly))
        return 32768; // Linux's default
    const QList<QByteArray> bounds = range.readAll().simplified().split(' ');
    bool ok = false;
    const int low = bounds.value(0).toInt(&ok);
    return ok ? low : 32768;
}

bool bindable(quint16 port, PortUse use)
{
    QTcpServer tcp;
    if (!tcp.listen(QHostAddress::LocalHost, port))
        return false;
    if (use == PortUse::Tcp)
        return true;
    QUdpSocket udp;
    QTcpServer next;
    return udp.bind(QHostAddress::LocalHost, port) &&
           next.listen(QHostAddress::LocalHost, quint16(port + 1));
}

} // namespace

quint16 freeLoopbackPort(PortUse use)
{
    static QMutex mutex;
    static QSet<quint16> handedOut;
    const QMutexLocker locker(&mutex);
    // A Sip port's neighbour is recorded with it.
    const auto taken = [use](quint16 port) {
        return handedOut.contains(port) ||
               (use == PortUse::Sip && handedOut.contains(quint16(port + 1)));
    };
    const auto handOut = [use](quint16 port) {
        handedOut.insert(port);
        if (use == PortUse::Sip)
            handedOut.insert(quint16(port + 1));
        return port;
    };

    const int high = ephemeralLow() - 2; // room for a Sip port's neighbour
    if (high - kLowest >= 1000) {
        const int span = high - kLowest;
        const int start = QRandomGenerator::system()->bounded(span);
        for (int step = 0; step < 2000; ++step) {
            const auto port = quint16(kLowest + (start + step) % span);
            if (!taken(port) && bindable(port, use))
                return handOut(port);
        }
    }
    // An unusual range leaves no room below it: the kernel's own choice, checked as above.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            continue;
        const quint16 port = probe.serverPort();
        probe.close();
        if (port < 65000 && !taken(port) && bindable(port, use))
            return handOut(port);
    }
    return 0;
}

} // namespace attune::test
