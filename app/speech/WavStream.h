#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace attune {

// Reads a WAV file that is still being written. baresip's sndfile module writes the header
// first with a data length of 0 and fixes it only when the call closes, so the data chunk is
// taken to run to the end of whatever has been written so far. Bytes come in as they are read;
// the header may itself arrive in pieces.
class WavStream
{
    Q_DECLARE_TR_FUNCTIONS(WavStream)

public:
    enum class Status
    {
        NeedHeader, // not enough bytes yet to know the format
        Ready,      // the format is known; samples flow
        Invalid,    // not a WAV file this reader can follow (the reason is in error())
    };

    // Appends `bytes` and moves every whole sample frame into `mono` (channels averaged), at
    // sampleRate(). Returns the status after these bytes.
    Status append(const QByteArray& bytes, std::vector<int16_t>* mono);

    Status status() const { return m_status; }
    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    QString error() const { return m_error; }
    qint64 framesRead() const { return m_framesRead; }

private:
    Status parseHeader();

    Status m_status = Status::NeedHeader;
    QByteArray m_pending;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_framesRead = 0;
    QString m_error;
};

} // namespace attune
