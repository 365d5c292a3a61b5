#include "CallAudioFollower.h"

#include "core/Logging.h"
#include "core/PrivatePath.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

namespace {

// A read per poll of at most a few seconds of 48 kHz stereo: the follower catches up over a few
// polls rather than stalling the recogniser's thread.
constexpr qint64 kMaxReadBytes = 1024 * 1024;

// Opens only a regular file, never following a link and never blocking: a FIFO, a device or a
// link to /dev/zero put in the folder under baresip's file name would otherwise hang the
// recogniser's thread or feed it forever.
std::unique_ptr<QFile> openRegularFile(const QString& path, QString* why)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return nullptr;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *why = QStringLiteral("not a regular file");
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: a buffered QFile remembers an end of file the writer has since moved.
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                    QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *why = file->errorString();
        return nullptr;
    }
    return file;
}

} // namespace

CallAudioFollower::CallAudioFollower(QString folder)
    : m_folder(std::move(folder))
{
    m_sinceSamples.start();
}

CallAudioFollower::~CallAudioFollower() = default;

bool CallAudioFollower::prepareFolder(const QString& folder, QString* error)
{
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(folder, error)))
        return false;
    const int left = sweep(folder);
    if (left > 0)
        qCInfo(lcSpeech) << "deleted" << left << "call audio files left from an earlier run";
    return true;
}

int CallAudioFollower::sweep(const QString& folder)
{
    int deleted = 0;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (QFile::remove(dir.absoluteFilePath(name)))
            ++deleted;
    }
    return deleted;
}

bool CallAudioFollower::poll(std::vector<int16_t>* samples)
{
    const QDir dir(m_folder);
    // Names carry baresip's timestamp (dump-2026-12-06-03-12-44-dec.wav), so the newest
    // customer file sorts last.
    const QStringList customer =
        dir.entryList({QStringLiteral("*-dec.wav")}, QDir::Files, QDir::Name);
    if (!customer.isEmpty()) {
        QString why;
        if (std::unique_ptr<QFile> file =
                openRegularFile(dir.absoluteFilePath(customer.last()), &why)) {
            if (m_file)
                qCInfo(lcSpeech) << "baresip started a new customer audio file; following it";
            m_file = std::move(file);
            m_fileName = customer.last();
            m_wav = WavStream();
            m_error.clear();
        } else {
            qCWarning(lcSpeech).noquote() << "customer audio file ignored:" << why;
        }
    }
    // Everything goes, read or not: the agent's file unread, the customer's once it is open.
    sweep(m_folder);
    if (!m_file)
        return true;

    QByteArray bytes = m_file->read(kMaxReadBytes);
    if (bytes.isEmpty())
        return true;
    const size_t before = samples->size();
    if (m_wav.append(bytes, samples) == WavStream::Status::Invalid) {
        m_error = tr("baresip's call audio file cannot be read: %1.").arg(m_wav.error());
        m_file.reset();
        return false;
    }
    if (samples->size() > before)
        m_sinceSamples.restart();
    return true;
}

void CallAudioFollower::close()
{
    m_file.reset();
    m_fileName.clear();
    sweep(m_folder);
}

} // namespace attune
