#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTcpSocket>

namespace attune::test {

// What a softphone plays and which codecs and extra modules it loads.
struct SoftphoneOptions
{
    // baresip's audio_source: a sine (48 kHz only, so it needs Opus) or `aufile,<wav>` (whose
    // rate must be the codec's: 8 kHz for G.711, 16 kHz for G.722).
    QString audioSource = QStringLiteral("ausine,440");
    // Codec modules; the account's `audio_codecs` picks among them.
    QStringList codecModules = {QStringLiteral("opus.so")};
    // Appended to the config as they are ("module sndfile.so\nsnd_path /x").
    QString extraConfig;
};

// One baresip on 127.0.0.1 with its own config folder: SIP, ctrl_tcp and the console bound to
// loopback, no sound hardware (a /dev/null player), no stdio module.
struct Softphone
{
    QString folder;
    quint16 sipPort = 0;
    quint16 ctrlPort = 0;
    quint16 consolePort = 0;
    QProcess process;
    QTcpSocket consoleSocket;
    QByteArray said;

    // Writes the config and the account (`PORT` in `account` becomes the SIP port). Ports are
    // chosen once and kept when the softphone is configured again.
    void configure(const QString& root, const QString& name, const QByteArray& account,
                   const SoftphoneOptions& options = {});
    // Starts baresip and waits until it says it is ready: a softphone that could not bind its
    // ports exits at once, and a command sent then failed with no word of why.
    bool start();
    void stop();
    // Everything baresip printed since it was last started, for a failed test's log.
    QByteArray output();
    // Sends one ctrl_tcp command on a fresh connection (each baresip serves one ctrl_tcp client
    // at a time, and Attune holds the callee's).
    bool command(const QByteArray& json) const;
    // A console command ("/accept"), for the instance whose ctrl_tcp Attune holds. The
    // connection stays open: baresip answers on it, and closing it at once sometimes lost the
    // command (the call then rang until its 120 s timeout).
    bool console(const QByteArray& line);
};

} // namespace attune::test
