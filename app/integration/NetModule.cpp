#include "NetModule.h"

#include "SingleInstance.h"
#include "core/Logging.h"
#include "core/Modules.h"

// Weak: defined where the network code is linked in (the tests and the benchmark), absent from
// the executable, which loads attune_net.so.
extern "C" attune::NetModule* attune_net_module(int interfaceVersion, const char* version)
    __attribute__((weak));

namespace attune {

NetModule* NetModule::load(QString* error)
{
    using Entry = NetModule* (*)(int, const char*);
    Entry entry = attune_net_module;
    if (!entry) {
        QString why;
        entry = reinterpret_cast<Entry>(
            modules::resolve(QLatin1String(kNetModule), kNetModuleSymbol, &why));
        if (!entry) {
            *error = InstanceServer::tr("%1.so cannot be loaded: %2")
                         .arg(QLatin1String(kNetModule), why);
            return nullptr;
        }
    }
    NetModule* module = entry(kInterfaceVersion, ATTUNE_VERSION);
    if (!module)
        *error = InstanceServer::tr("%1.so belongs to another version of Attune (this is %2)")
                     .arg(QLatin1String(kNetModule), QLatin1String(ATTUNE_VERSION));
    return module;
}

void NetModule::mapAhead()
{
    if (!attune_net_module)
        modules::resolve(QLatin1String(kNetModule), kNetModuleSymbol, nullptr);
}

} // namespace attune
