#include "Resampler.h"

#include <algorithm>
#include <cmath>

namespace attune {

namespace {

constexpr double kPi = 3.14159265358979323846;
// Zero crossings of the sinc on each side: enough for a clean telephone band, cheap enough to
// run beside the recogniser on a busy machine.
constexpr int kZeroCrossings = 8;

} // namespace

Resampler::Resampler(int inputRate, int outputRate)
    : m_in(inputRate)
    , m_out(outputRate)
    , m_step(double(inputRate) / double(outputRate))
{
    // 0.45 of the lower rate: a little room for the filter's transition band.
    m_cutoff = 0.45 * double(std::min(inputRate, outputRate)) / double(inputRate);
    m_halfTaps = int(std::ceil(kZeroCrossings / (2.0 * m_cutoff)));
    // Start with silence before the first sample, so the first output needs no special case.
    m_history.assign(size_t(m_halfTaps), 0.0f);
    m_position = m_halfTaps;
}

void Resampler::process(const int16_t* input, size_t count, std::vector<int16_t>* output)
{
    if (m_in == m_out) {
        output->insert(output->end(), input, input + count);
        return;
    }
    m_history.insert(m_history.end(), input, input + count);
    const double window = m_halfTaps;
    while (m_position + window < double(m_history.size())) {
        const int centre = int(std::floor(m_position));
        double sum = 0;
        double weight = 0;
        for (int k = centre - m_halfTaps + 1; k <= centre + m_halfTaps; ++k) {
            const double x = m_position - k;
            const double arg = 2.0 * m_cutoff * x;
            const double sinc = std::abs(arg) < 1e-9 ? 1.0 : std::sin(kPi * arg) / (kPi * arg);
            // Hann window over the filter's span.
            const double hann = 0.5 + 0.5 * std::cos(kPi * x / window);
            const double w = sinc * hann;
            sum += w * m_history[size_t(k)];
            weight += w;
        }
        // Normalising by the taps' sum keeps the gain exactly one at every phase.
        const double value = weight != 0 ? sum / weight : 0;
        output->push_back(int16_t(std::clamp(std::lround(value), -32768L, 32767L)));
        m_position += m_step;
    }
    // Keep what the next outputs still need.
    const int keepFrom = std::max(0, int(std::floor(m_position)) - m_halfTaps);
    m_history.erase(m_history.begin(), m_history.begin() + keepFrom);
    m_position -= keepFrom;
}

} // namespace attune
