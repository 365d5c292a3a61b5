#pragma once

#include <functional>

namespace attune::bench {

// asr_wer_g722_percent, asr_wer_pcmu_percent, asr_cue_recall_pcmu, asr_false_cues_pcmu,
// asr_kws_cue_recall_pcmu, asr_final_latency_p95_ms, asr_cpu_percent, asr_extra_memory_mb.
void asrBenchmarks(const std::function<bool(const char*)>& wanted);

} // namespace attune::bench
