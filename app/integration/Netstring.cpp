#include "Netstring.h"

namespace attune {

namespace {

// Ten digits hold any length we would accept; more is an attack or garbage.
constexpr qsizetype kMaxLengthDigits = 10;

} // namespace

NetstringReader::NetstringReader(qsizetype maxPayloadBytes)
    : m_maxPayload(maxPayloadBytes)
{}

void NetstringReader::append(const QByteArray& bytes)
{
    if (!m_failed)
        m_buffer.append(bytes);
}

NetstringReader::Status NetstringReader::fail(const QString& reason, QString* error)
{
    m_failed = true;
    m_failure = reason;
    m_buffer.clear();
    m_start = 0;
    if (error)
        *error = reason;
    return Status::Error;
}

NetstringReader::Status NetstringReader::next(QByteArray* payload, QString* error)
{
    if (m_failed) {
        if (error)
            *error = m_failure;
        return Status::Error;
    }
    const qsizetype available = m_buffer.size() - m_start;
    qsizetype digits = 0;
    qint64 length = 0;
    while (digits < available) {
        const char c = m_buffer.at(m_start + digits);
        if (c == ':')
            break;
        if (c < '0' || c > '9')
            return fail(NetstringReader::tr("not a netstring: a length must be digits"), error);
        if (digits == kMaxLengthDigits)
            return fail(NetstringReader::tr("not a netstring: the length is too long"), error);
        length = length * 10 + (c - '0');
        ++digits;
    }
    if (digits > 1 && m_buffer.at(m_start) == '0')
        return fail(NetstringReader::tr("not a netstring: the length has a leading zero"), error);
    if (length > m_maxPayload)
        return fail(NetstringReader::tr("a message of %1 bytes is over the limit of %2 bytes")
                        .arg(length)
                        .arg(m_maxPayload),
                    error);
    if (digits == available)
        return Status::NeedMore; // the length (or its colon) is still on its way
    if (digits == 0)
        return fail(NetstringReader::tr("not a netstring: the length is missing"), error);
    const qsizetype frameEnd = digits + 1 + length; // index of the comma, from m_start
    if (available <= frameEnd)
        return Status::NeedMore;
    if (m_buffer.at(m_start + frameEnd) != ',')
        return fail(NetstringReader::tr("not a netstring: the message does not end with a comma"),
                    error);
    *payload = m_buffer.mid(m_start + digits + 1, length);
    m_start += frameEnd + 1;
    // Drop what was read once it is most of the buffer, so memory stays flat on a long stream.
    if (m_start > 4096 && m_start * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    return Status::Frame;
}

QByteArray NetstringReader::encode(const QByteArray& payload)
{
    return QByteArray::number(payload.size()) + ':' + payload + ',';
}

} // namespace attune
