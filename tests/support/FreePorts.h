#pragma once

#include <QtGlobal>

namespace attune::test {

// What a server started later will bind on 127.0.0.1.
enum class PortUse
{
    Tcp,
    // SIP listens on UDP and TCP, and baresip takes the next port for SIP over TLS.
    Sip,
};

// A port on 127.0.0.1 that nothing holds now, for a server the test starts later.
//
// Chosen below the kernel's ephemeral range (net.ipv4.ip_local_port_range) when there is room:
// the kernel gives ports in that range to every outgoing connection, so a port merely probed
// free there could be taken by any client before the server bound it. CI met it: a baresip's
// SIP port was "already in use" when it started. The start is random so that tests running at
// once rarely try the same ports, and no port (nor, for Sip, its neighbour) is handed out twice
// in one process. 0 when none was found.
quint16 freeLoopbackPort(PortUse use = PortUse::Tcp);

} // namespace attune::test
