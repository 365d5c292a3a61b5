#pragma once

#include <QObject>

class QSocketNotifier;

namespace attune {

// Turns SIGTERM and SIGINT (a logout, `systemctl stop`, Ctrl+C in a terminal) into an orderly
// QCoreApplication::quit, so the window geometry is saved and the lock released as on a normal
// exit. The handler only writes a byte to a pipe; the quit happens in the event loop. Both are
// unblocked, whatever mask the program that started Attune left it; a SIGINT that was ignored
// on entry (a background job of a shell script) stays ignored.
class QuitOnSignal final : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier* m_notifier = nullptr;
    bool m_handlesInterrupt = false;
};

} // namespace attune
