#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace attune {

// Netstrings (`<length>:<bytes>,`), the framing of baresip's ctrl_tcp. The reader takes bytes as
// they arrive from a socket and hands out whole payloads. A stream that breaks the framing cannot
// be resynchronised (a length may sit anywhere in the bytes that follow), so the first error is
// final: the connection must be dropped and opened again.
class NetstringReader
{
    Q_DECLARE_TR_FUNCTIONS(NetstringReader)

public:
    enum class Status
    {
        NeedMore,
        Frame,
        Error
    };

    // Payloads above `maxPayloadBytes` are an error, so a peer cannot make us buffer without end.
    explicit NetstringReader(qsizetype maxPayloadBytes = 1024 * 1024);

    void append(const QByteArray& bytes);
    // The next whole payload, if there is one. After Error, every call returns Error.
    Status next(QByteArray* payload, QString* error = nullptr);
    qsizetype bufferedBytes() const { return m_buffer.size() - m_start; }

    static QByteArray encode(const QByteArray& payload);

private:
    Status fail(const QString& reason, QString* error);

    QByteArray m_buffer;
    qsizetype m_start = 0; // consumed bytes at the front, dropped in batches
    qsizetype m_maxPayload;
    bool m_failed = false;
    QString m_failure;
};

} // namespace attune
