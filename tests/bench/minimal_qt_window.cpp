// The yardstick for Attune's start-up: the smallest sensible Qt Widgets window (a QMainWindow
// with one QLabel), reporting its first painted frame exactly the way `attune
// --exit-after-first-frame` does.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

class FirstFrameWatcher : public QObject
{
public:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    using namespace std::chrono;
                    const auto us =
                        duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
                    std::printf("first-frame-monotonic-us %lld\n", static_cast<long long>(us));
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    FirstFrameWatcher watcher;
    window.installEventFilter(&watcher);
    window.resize(360, 600);
    window.show();
    return app.exec();
}
