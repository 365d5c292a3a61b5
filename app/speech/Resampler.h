#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace attune {

// Streams 16-bit mono audio from any rate to another with a windowed-sinc filter whose cutoff
// sits below both Nyquist frequencies, so 48 kHz Opus comes down without aliasing and 8 kHz
// G.711 goes up without images the recogniser would hear as noise. Feed blocks of any size;
// the output is continuous across blocks.
class Resampler
{
public:
    Resampler(int inputRate, int outputRate);

    void process(const int16_t* input, size_t count, std::vector<int16_t>* output);
    int inputRate() const { return m_in; }
    int outputRate() const { return m_out; }

private:
    int m_in;
    int m_out;
    double m_step;   // input samples per output sample
    double m_cutoff; // as a fraction of the input rate
    int m_halfTaps;
    std::vector<float> m_history; // input not yet fully used
    double m_position = 0;        // next output sample's time, in m_history's samples
};

} // namespace attune
