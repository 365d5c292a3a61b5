#include "FreePorts.h"

#include <QFile>
#include <QHostAddress>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace attune::test;

// The tests' port picker (tests/support/FreePorts.h): CI met a baresip whose SIP port, probed
// free in the kernel's ephemeral range, was taken before baresip bound it.
class TestFreePorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portsAreFreeDistinctAndBelowTheEphemeralRange()
    {
        QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
        QVERIFY(range.open(QIODevice::ReadOnly));
        const int ephemeralLow = range.readAll().simplified().split(' ').value(0).toInt();
        QVERIFY(ephemeralLow > 0);

        QSet<quint16> seen;
        for (int round = 0; round < 100; ++round) {
            const bool sip = round % 3 == 0;
            const quint16 port = freeLoopbackPort(sip ? PortUse::Sip : PortUse::Tcp);
            QVERIFY(port != 0);
            // This machine's range leaves room below it; then no port is in it.
            if (ephemeralLow > 17000)
                QVERIFY2(port < ephemeralLow, qPrintable(QString::number(port)));
            QVERIFY2(!seen.contains(port), "a port handed out twice");
            seen.insert(port);
            QTcpServer tcp;
            QVERIFY(tcp.listen(QHostAddress::LocalHost, port));
            if (sip) {
                // baresip binds UDP too, and the next port for SIP over TLS.
                QVERIFY2(!seen.contains(quint16(port + 1)), "a SIP port's neighbour handed out");
                seen.insert(quint16(port + 1));
                QUdpSocket udp;
                QVERIFY(udp.bind(QHostAddress::LocalHost, port));
                QTcpServer next;
                QVERIFY(next.listen(QHostAddress::LocalHost, quint16(port + 1)));
            }
        }
    }

    void aPortHeldNowIsNeverHandedOut()
    {
        // Hold many ports, then ask for many: none of the held ones comes back.
        QList<QTcpServer*> held;
        QSet<quint16> heldPorts;
        for (int i = 0; i < 200; ++i) {
            auto* server = new QTcpServer(this);
            const quint16 port = freeLoopbackPort();
            QVERIFY(port != 0);
            QVERIFY(server->listen(QHostAddress::LocalHost, port));
            held << server;
            heldPorts.insert(port);
        }
        for (int i = 0; i < 200; ++i)
            QVERIFY(!heldPorts.contains(freeLoopbackPort()));
        qDeleteAll(held);
    }
};

QTEST_GUILESS_MAIN(TestFreePorts)
#include "tst_freeports.moc"
