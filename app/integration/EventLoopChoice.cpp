#include "EventLoopChoice.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace attune {

namespace {

constexpr char kNoGlib[] = "QT_NO_GLIB";

// Any platform theme plugin at all in `dir`/platformthemes: GTK's, GNOME's, qt6ct, KDE's. Only
// none at all is known to be safe; a name alone does not say which loop a theme needs.
bool holdsAPlatformTheme(const QString& dir)
{
    const QDir themes(dir + QStringLiteral("/platformthemes"));
    return !themes.entryList({QStringLiteral("*.so*")}, QDir::Files | QDir::NoDotAndDotDot)
                .isEmpty();
}

} // namespace

EventLoopChoice::Facts EventLoopChoice::fromProcess(const QStringList& arguments)
{
    Facts facts;
    facts.noGlibAlreadySet = !qEnvironmentVariableIsEmpty(kNoGlib);
    facts.platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("-platform"))
            facts.platform = arguments.at(i + 1);
    }
    facts.platformTheme = qEnvironmentVariable("QT_QPA_PLATFORMTHEME");
    // As Qt tells a Flatpak or a Snap (it then tries the portal theme, which loads another).
    facts.sandboxed = QFileInfo::exists(QStringLiteral("/.flatpak-info")) ||
                      !qEnvironmentVariableIsEmpty("FLATPAK_ID") ||
                      !qEnvironmentVariableIsEmpty("SNAP");
    // QCoreApplication::libraryPaths() is not asked: called before the application exists it
    // settles the list early. These are the places it would name.
    facts.pluginDirs << QLibraryInfo::path(QLibraryInfo::PluginsPath);
    const QString extra = qEnvironmentVariable("QT_PLUGIN_PATH");
    facts.pluginDirs << extra.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // The executable's folder (one readlink, where canonicalPath would take one per folder).
    facts.pluginDirs
        << QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
    return facts;
}

bool EventLoopChoice::qtsOwnLoopIsSafe(const Facts& facts)
{
    if (facts.noGlibAlreadySet || facts.sandboxed || !facts.platformTheme.isEmpty())
        return false;
    // These platforms bring their own theme and load no theme plugin unless one is named.
    // The first of a list ("wayland;xcb") is tried first; options follow a colon.
    const QString platform = facts.platform.section(u';', 0, 0).section(u':', 0, 0);
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return true;
    for (const QString& dir : facts.pluginDirs) {
        if (!dir.isEmpty() && holdsAPlatformTheme(dir))
            return false;
    }
    return true;
}

QtsOwnEventLoop::QtsOwnEventLoop(const EventLoopChoice::Facts& facts)
    : m_chosen(EventLoopChoice::qtsOwnLoopIsSafe(facts))
{
    if (m_chosen && qEnvironmentVariableIsEmpty(kNoGlib))
        m_set = qputenv(kNoGlib, "1");
}

QtsOwnEventLoop::~QtsOwnEventLoop()
{
    release();
}

void QtsOwnEventLoop::release()
{
    if (m_set)
        qunsetenv(kNoGlib);
    m_set = false;
}

} // namespace attune
