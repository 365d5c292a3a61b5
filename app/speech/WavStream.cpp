#include "WavStream.h"

#include <QtEndian>

namespace attune {

namespace {

// A header with chunks before "data" (LIST, fact) is still small; anything larger is not a
// WAV header we will ever complete.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

quint32 le32(const char* p)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(p));
}
quint16 le16(const char* p)
{
    return qFromLittleEndian<quint16>(reinterpret_cast<const uchar*>(p));
}

} // namespace

WavStream::Status WavStream::parseHeader()
{
    const QByteArray& b = m_pending;
    if (b.size() < 12)
        return Status::NeedHeader;
    if (!b.startsWith("RIFF") || b.mid(8, 4) != "WAVE") {
        m_error = tr("it is not a RIFF/WAVE file");
        return Status::Invalid;
    }
    qsizetype at = 12;
    bool haveFormat = false;
    for (;;) {
        if (b.size() < at + 8)
            break;
        const QByteArray id = b.mid(at, 4);
        const quint32 size = le32(b.constData() + at + 4);
        if (id == "data") {
            if (!haveFormat) {
                m_error = tr("its data chunk comes before its format chunk");
                return Status::Invalid;
            }
            m_pending.remove(0, at + 8);
            return Status::Ready;
        }
        if (id == "fmt ") {
            if (size < 16) {
                m_error = tr("its format chunk has %1 bytes").arg(size);
                return Status::Invalid;
            }
            if (b.size() < at + 8 + 16)
                break;
            const char* f = b.constData() + at + 8;
            const quint16 format = le16(f);
            m_channels = le16(f + 2);
            m_sampleRate = int(le32(f + 4));
            const quint16 bits = le16(f + 14);
            // 0xFFFE is WAVE_FORMAT_EXTENSIBLE, which libsndfile uses for more than 2 channels.
            if ((format != 1 && format != 0xFFFE) || bits != 16) {
                m_error = tr("it is not 16-bit PCM (format %1, %2 bits)").arg(format).arg(bits);
                return Status::Invalid;
            }
            if (m_channels < 1 || m_channels > 8 || m_sampleRate < 4000 || m_sampleRate > 192000) {
                m_error = tr("it has %1 channels at %2 Hz").arg(m_channels).arg(m_sampleRate);
                return Status::Invalid;
            }
            haveFormat = true;
        }
        // Chunks are padded to an even size.
        at += 8 + qsizetype(size) + (size & 1);
        if (at > kMaxHeaderBytes) {
            m_error = tr("it has no data chunk in its first %1 bytes").arg(kMaxHeaderBytes);
            return Status::Invalid;
        }
    }
    if (b.size() > kMaxHeaderBytes) {
        m_error = tr("it has no data chunk in its first %1 bytes").arg(kMaxHeaderBytes);
        return Status::Invalid;
    }
    return Status::NeedHeader;
}

WavStream::Status WavStream::append(const QByteArray& bytes, std::vector<int16_t>* mono)
{
    if (m_status == Status::Invalid)
        return m_status;
    m_pending.append(bytes);
    if (m_status == Status::NeedHeader) {
        m_status = parseHeader();
        if (m_status != Status::Ready)
            return m_status;
    }
    const qsizetype frameBytes = qsizetype(m_channels) * 2;
    const qsizetype frames = m_pending.size() / frameBytes;
    const char* p = m_pending.constData();
    mono->reserve(mono->size() + size_t(frames));
    for (qsizetype i = 0; i < frames; ++i) {
        int sum = 0;
        for (int c = 0; c < m_channels; ++c)
            sum += qint16(le16(p + i * frameBytes + c * 2));
        mono->push_back(int16_t(sum / m_channels));
    }
    m_pending.remove(0, frames * frameBytes);
    m_framesRead += frames;
    return m_status;
}

} // namespace attune
