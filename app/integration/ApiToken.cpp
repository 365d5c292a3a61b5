#include "ApiToken.h"

#include "core/InputFile.h"
#include "core/Logging.h"
#include "core/PrivatePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace attune {

QString ApiToken::fileBeside(const QString& userSettingsFile)
{
    return QFileInfo(userSettingsFile).absolutePath() + QStringLiteral("/api-token");
}

QString ApiToken::generate()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof words)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool ApiToken::isWellFormed(const QString& token)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{32,256}$"));
    return pattern.match(token).hasMatch();
}

bool ApiToken::matches(const QString& expected, const QString& presented)
{
    const QByteArray a = expected.toUtf8();
    const QByteArray b = presented.toUtf8();
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i < b.size() ? i : 0));
    return difference == 0 && !a.isEmpty();
}

bool ApiToken::loadOrCreate(const QString& file, QString* token, QString* error)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(folder, error)))
        return false;
    const QByteArray path = QFile::encodeName(file);
    // O_EXCL with the mode given at creation: the token is never readable by others, not even
    // for a moment, and two starting instances cannot both write one.
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        const QByteArray fresh = generate().toLatin1() + '\n';
        const bool written = ::write(fd, fresh.constData(), size_t(fresh.size())) == fresh.size();
        const bool synced = ::fsync(fd) == 0;
        ::close(fd);
        if (!written || !synced) {
            QFile::remove(file);
            *error = ApiToken::tr("Cannot write the API token file %1.").arg(file);
            return false;
        }
        qCInfo(lcApi) << "generated a new API token file";
    } else if (errno != EEXIST) {
        *error = ApiToken::tr("Cannot create the API token file %1: %2")
                     .arg(file, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Only an ordinary file of ours is the token's to fix: through a link to /dev/zero the
    // chmod took the device's mode from everyone; through a link to another user's file it
    // would have used their secret as ours.
    struct stat before
    {};
    const bool exposed = ::lstat(path.constData(), &before) == 0 && S_ISREG(before.st_mode) &&
                         (before.st_mode & 077) != 0;
    if (!PrivatePath::usable(PrivatePath::makeFilePrivate(file, error)))
        return false;
    if (exposed)
        qCWarning(lcApi) << "the API token file was readable by others; made it 0600";
    // A token is under 100 characters; 1 KB leaves room for a trailing line break or two, and a
    // FIFO or device in its place is refused rather than waited on.
    QByteArray bytes;
    QString problem;
    if (!InputFile::readAll(file, file, 1024, &bytes, &problem)) {
        *error = ApiToken::tr("Cannot read the API token file: %1").arg(problem);
        return false;
    }
    const QString read = QString::fromLatin1(bytes).trimmed();
    if (!isWellFormed(read)) {
        *error = ApiToken::tr("The API token file %1 does not hold a token (at least 32 letters, "
                              "digits, '-' or '_'); delete it to have a new one made.")
                     .arg(file);
        return false;
    }
    *token = read;
    return true;
}

} // namespace attune
