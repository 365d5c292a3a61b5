#pragma once

#include <QString>
#include <QStringList>

namespace attune {

// Which event loop the GUI thread runs: Qt's own, or Qt's on top of GLib's.
//
// GLib's loop wakes itself with a system call (a write to an eventfd) for every event posted to
// the GUI thread, and every widget Attune makes posts one: about 240 at a start, against 19 for
// the minimal window, each a costly call on a virtual machine. Qt's own loop wakes once for a
// burst. But a platform theme such as GTK's runs its native dialogs and its settings on GLib's
// loop, and they would freeze without it. So Qt's own loop is chosen only where it is known that
// no such theme can load; anywhere else Qt decides as it always did.
struct EventLoopChoice
{
    // What decides it, read from the process (fromProcess) or given by a test.
    struct Facts
    {
        bool noGlibAlreadySet = false; // QT_NO_GLIB is set: Qt's loop already, nothing to do
        QString platform;              // -platform, else QT_QPA_PLATFORM; empty: Qt's default
        QString platformTheme;         // QT_QPA_PLATFORMTHEME
        bool sandboxed = false;        // Flatpak or Snap: Qt then loads the portal theme
        QStringList pluginDirs;        // where Qt looks for plugins
    };

    // Reads the facts before QApplication exists; `arguments` as QApplication will see them.
    static Facts fromProcess(const QStringList& arguments);

    // True when no theme that needs GLib's loop can load, so Qt's own loop is safe.
    static bool qtsOwnLoopIsSafe(const Facts& facts);
};

// Sets QT_NO_GLIB while QApplication is made (Qt reads it once, there) when Qt's own loop is
// safe, and takes it away again at release() or destruction, so the programs Attune starts (a
// browser, the agent's softphone) inherit the environment as the agent had it.
class QtsOwnEventLoop
{
public:
    explicit QtsOwnEventLoop(const EventLoopChoice::Facts& facts);
    ~QtsOwnEventLoop();
    QtsOwnEventLoop(const QtsOwnEventLoop&) = delete;
    QtsOwnEventLoop& operator=(const QtsOwnEventLoop&) = delete;

    void release();
    bool chosen() const { return m_chosen; }

private:
    bool m_chosen = false;
    bool m_set = false;
};

} // namespace attune
