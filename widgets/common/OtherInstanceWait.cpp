#include "OtherInstanceWait.h"

#include "integration/InstanceLock.h"
#include "integration/SingleInstance.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QTimer>

#include <memory>

namespace attune {

OtherInstanceWait::Outcome OtherInstanceWait::run(const AppPaths& paths, bool mayShowWindow,
                                                  int timeoutMs,
                                                  const std::function<void(const QString&)>& say)
{
    QEventLoop loop;
    Outcome outcome = Outcome::TimedOut;
    const auto finish = [&loop, &outcome](Outcome how) {
        outcome = how;
        loop.quit();
    };
    QElapsedTimer waited;
    waited.start();
    // A connect(2) to a socket that is not there fails at once, as in the sleep this replaces.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (InstanceClient::isListening(paths))
            finish(Outcome::Listening);
        else if (!InstanceClient::isRunning(paths))
            finish(Outcome::Gone);
        else if (waited.elapsed() >= timeoutMs)
            finish(Outcome::TimedOut);
    });

    std::unique_ptr<QProgressDialog> window;
    QTimer sayIt;
    sayIt.setSingleShot(true);
    QObject::connect(&sayIt, &QTimer::timeout, &loop, [&] {
        const qint64 pid = InstanceLock::holderPid(paths.lockFile());
        const QString text =
            pid > 0 ? tr("Attune is already running for this data folder (process %1) and is "
                         "still starting or quitting. This one waits for it, at most %n "
                         "second(s).",
                         nullptr, timeoutMs / 1000)
                          .arg(pid)
                    : tr("Attune is already running for this data folder and is still starting "
                         "or quitting. This one waits for it, at most %n second(s).",
                         nullptr, timeoutMs / 1000);
        say(text);
        if (!mayShowWindow)
            return;
        // Busy (no range): how long the other one takes cannot be known.
        window = std::make_unique<QProgressDialog>(text, tr("Stop waiting"), 0, 0);
        // Wrapped to a sidebar's width rather than one line across the screen.
        auto* label = new QLabel(text);
        label->setWordWrap(true);
        window->setLabel(label);
        window->setFixedWidth(window->fontMetrics().averageCharWidth() * 60);
        window->setWindowTitle(tr("Attune is waiting"));
        window->setAccessibleName(tr("Attune is waiting"));
        window->setAccessibleDescription(text);
        window->setMinimumDuration(0);
        window->setAutoClose(false);
        window->setAutoReset(false);
        QObject::connect(window.get(), &QProgressDialog::canceled, &loop,
                         [&] { finish(Outcome::Stopped); });
        window->show();
    });

    poll.start();
    sayIt.start(kSilentMs);
    // Said at once when it is already settled, without a turn of the loop.
    if (InstanceClient::isListening(paths))
        return Outcome::Listening;
    if (!InstanceClient::isRunning(paths))
        return Outcome::Gone;
    loop.exec();
    return outcome;
}

} // namespace attune
