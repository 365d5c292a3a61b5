#pragma once

#include <QIODevice>

// A sequential device over fixed bytes that hands out at most `piece` bytes per read, as a slow
// disk or a pipe would: the readers must not care where reads split their input.
class ChunkedDevice : public QIODevice
{
public:
    ChunkedDevice(QByteArray bytes, qint64 piece)
        : m_bytes(std::move(bytes))
        , m_piece(piece)
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_piece, qint64(m_bytes.size()) - m_position});
        if (n <= 0)
            return m_position >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_piece;
    qint64 m_position = 0;
};
