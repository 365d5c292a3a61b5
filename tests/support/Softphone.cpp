#include "Softphone.h"

#include "FreePorts.h"

#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>

namespace attune::test {

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
}

QByteArray netstring(const QByteArray& payload)
{
    return QByteArray::number(payload.size()) + ':' + payload + ',';
}

} // namespace

void Softphone::configure(const QString& root, const QString& name, const QByteArray& account,
                          const SoftphoneOptions& options)
{
    folder = root + QLatin1Char('/') + name;
    if (sipPort == 0) {
        sipPort = freeLoopbackPort(PortUse::Sip);
        ctrlPort = freeLoopbackPort();
        consolePort = freeLoopbackPort();
    }
    QString modules;
    for (const QString& codec : options.codecModules)
        modules += QStringLiteral("module %1\n").arg(codec);
    writeFile(folder + QStringLiteral("/config"),
              QStringLiteral("poll_method epoll\n"
                             "sip_listen 127.0.0.1:%1\n"
                             "ctrl_tcp_listen 127.0.0.1:%2\n"
                             "cons_listen 127.0.0.1:%3\n"
                             "audio_player aufile,/dev/null\n"
                             "audio_alert aufile,/dev/null\n"
                             "audio_source %4\n"
                             "module_path /usr/lib/baresip/modules\n"
                             "%5"
                             "module ausine.so\n"
                             "module aufile.so\n"
                             "module cons.so\n"
                             "%6\n"
                             "module_app account.so\n"
                             "module_app menu.so\n"
                             "module_app ctrl_tcp.so\n")
                  .arg(sipPort)
                  .arg(ctrlPort)
                  .arg(consolePort)
                  .arg(options.audioSource, modules, options.extraConfig)
                  .toUtf8());
    QByteArray accounts = account;
    accounts.replace("PORT", QByteArray::number(sipPort));
    writeFile(folder + QStringLiteral("/accounts"), accounts + ";regint=0\n");
}

bool Softphone::start()
{
    process.setStandardInputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::MergedChannels);
    said.clear();
    process.start(QStringLiteral("baresip"), {QStringLiteral("-f"), folder});
    if (!process.waitForStarted(10000))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (!output().contains("baresip is ready.")) {
        if (process.state() != QProcess::Running || waited.elapsed() > 15000) {
            qWarning().noquote() << "baresip in" << folder << "did not get ready:\n" << said;
            return false;
        }
        process.waitForReadyRead(200);
    }
    return true;
}

QByteArray Softphone::output()
{
    said += process.readAll();
    return said;
}

void Softphone::stop()
{
    consoleSocket.abort();
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

bool Softphone::command(const QByteArray& json) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, ctrlPort);
    if (!socket.waitForConnected(10000))
        return false;
    socket.write(netstring(json));
    if (!socket.waitForBytesWritten(10000))
        return false;
    // The response says the command was taken.
    QByteArray reply;
    while (!reply.contains("\"response\":true") && socket.waitForReadyRead(10000))
        reply += socket.readAll();
    return reply.contains("\"ok\":true");
}

bool Softphone::console(const QByteArray& line)
{
    if (consoleSocket.state() != QAbstractSocket::ConnectedState) {
        consoleSocket.connectToHost(QHostAddress::LocalHost, consolePort);
        if (!consoleSocket.waitForConnected(10000))
            return false;
    }
    consoleSocket.readAll();
    consoleSocket.write(line + '\n');
    return consoleSocket.waitForBytesWritten(10000);
}

} // namespace attune::test
