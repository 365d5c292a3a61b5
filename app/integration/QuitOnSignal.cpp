#include "QuitOnSignal.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

namespace attune {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    // Only async-signal-safe calls here.
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

QuitOnSignal::QuitOnSignal(QObject* parent)
    : QObject(parent)
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcIpc) << "no signal pipe; SIGTERM will end Attune without saving its state";
        return;
    }
    m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) == 1) {
        }
        qCInfo(lcIpc) << "stop signal received; quitting";
        QCoreApplication::quit();
    });
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigset_t heard;
    sigemptyset(&heard);
    ::sigaction(SIGTERM, &action, nullptr);
    sigaddset(&heard, SIGTERM);
    // A shell without job control starts `attune &` with SIGINT ignored, so that a Ctrl+C meant
    // for the command in front leaves it running; that choice is kept.
    struct sigaction before
    {};
    if (::sigaction(SIGINT, nullptr, &before) == 0 && before.sa_handler != SIG_IGN) {
        ::sigaction(SIGINT, &action, nullptr);
        sigaddset(&heard, SIGINT);
        m_handlesInterrupt = true;
    }
    // A blocked signal waits until unblocked, and the mask is inherited through fork and exec:
    // started by a program that blocks SIGTERM, Attune never heard the logout, was killed when
    // the session's time ran out, and lost what the agent had typed last. Threads made from now
    // on copy this thread's mask; one made earlier that still blocks them leaves them to this one.
    ::pthread_sigmask(SIG_UNBLOCK, &heard, nullptr);
}

QuitOnSignal::~QuitOnSignal()
{
    ::signal(SIGTERM, SIG_DFL);
    if (m_handlesInterrupt)
        ::signal(SIGINT, SIG_DFL);
    if (g_signalPipe[0] >= 0) {
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
}

} // namespace attune
