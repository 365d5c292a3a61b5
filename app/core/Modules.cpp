#include "Modules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

#include <map>
#include <memory>

namespace attune::modules {

namespace {

QString binaryFolder()
{
    // The command-line tools run before (or without) a QCoreApplication.
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
}

} // namespace

QFunctionPointer resolve(const QString& name, const char* symbol, QString* error)
{
    static QMutex mutex;
    // Kept for the life of the process: a QLibrary that goes away does not unload, but the
    // loaded handle is found again faster here than through the file system.
    static std::map<QString, std::unique_ptr<QLibrary>> loaded;
    const QMutexLocker lock(&mutex);
    auto found = loaded.find(name);
    if (found != loaded.end())
        return found->second->resolve(symbol);
    const QString binary = binaryFolder();
    const QStringList places = {binary, binary + QStringLiteral("/" ATTUNE_MODULE_RELATIVE_DIR)};
    QStringList tried;
    for (const QString& place : places) {
        auto library =
            std::make_unique<QLibrary>(place + QLatin1Char('/') + name + QStringLiteral(".so"));
        if (QFunctionPointer entry = library->resolve(symbol)) {
            loaded.emplace(name, std::move(library));
            return entry;
        }
        // QLibrary says "Unknown error" for a library that loaded without the symbol.
        tried << (library->isLoaded()
                      ? QCoreApplication::translate("Modules", "%1 has no entry point %2")
                            .arg(library->fileName(), QLatin1String(symbol))
                      : library->errorString());
    }
    if (error)
        *error = tried.join(QLatin1String("; "));
    return nullptr;
}

} // namespace attune::modules
