#pragma once

#include <QCoreApplication>
#include <QString>

class QByteArray;
class QFile;

namespace attune {

// Every file Attune reads goes through here, so that a setting or a command-line argument
// pointing at /dev/zero, a FIFO, a folder or a socket is refused with the file's name instead of
// hanging start-up (a FIFO blocks open() until a writer comes) or filling memory (/dev/zero never
// ends). The limits themselves are the callers' (documented with each file kind); this class
// applies them before the first byte is read.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Opens `path` for reading when it is an ordinary file of at most `maxBytes`; otherwise
    // `error` says why, naming `displayName`. Qt resources (":/...") are built in and trusted.
    static bool open(QFile& file, const QString& path, const QString& displayName, qint64 maxBytes,
                     QString* error);
    // The whole file, by the same rules; a file that grows past `maxBytes` while being read is
    // refused too.
    static bool readAll(const QString& path, const QString& displayName, qint64 maxBytes,
                        QByteArray* out, QString* error);
    // "12 MB" / "64 KB", for messages about limits.
    static QString sizeText(qint64 bytes);
};

} // namespace attune
