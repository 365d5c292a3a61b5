#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace attune {

// How long the customer's audio has carried no sound, in audio time. A call whose file grows
// with silence (the customer muted, one-way audio, a media path that delivers only empty
// frames) looks healthy to the follower; without this the agent would wait for a transcript
// that cannot come.
class SilenceWatch
{
public:
    // Below about -60 dBFS at its loudest: no voice, only the codec's idle pattern or a faint
    // hiss (PCMU's quietest steps decode to 8 and 16).
    static constexpr int kSilentPeak = 32;

    explicit SilenceWatch(int sampleRate)
        : m_rate(sampleRate > 0 ? sampleRate : 1)
    {}

    // Takes the call's next samples: a sound resets the count, silence adds to it.
    void add(const int16_t* samples, size_t count)
    {
        for (size_t i = count; i > 0; --i) {
            if (std::abs(int(samples[i - 1])) > kSilentPeak) {
                m_silentSamples = (long long)(count - i);
                return;
            }
        }
        m_silentSamples += (long long)count;
    }
    // How long the audio so far ends in silence.
    long long silentMs() const { return m_silentSamples * 1000 / m_rate; }
    int sampleRate() const { return m_rate; }

private:
    int m_rate;
    long long m_silentSamples = 0;
};

} // namespace attune
