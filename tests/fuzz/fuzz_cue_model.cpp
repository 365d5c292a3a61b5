// libFuzzer target for the cue model's weights reader (CueModel::load, LanguageDetector::load)
// and for reading lines with a real model: any bytes must give either a model that scores lines
// or a refusal with a reason, and any line a reading, never a crash, a hang or a read out of
// bounds. Built with clang's -fsanitize=fuzzer,address (tests/CMakeLists.txt), run by
// `ctest -L fuzz` for a bounded time; run it longer by hand:
//   build/tests/fuzz_cue_model -max_total_time=600 build/tests/fuzz-cue-corpus
//   tests/data/cue_model_corpus

#include "empathy/CueModel.h"

#include <QFile>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace attune;

namespace {

const CueModel& englishModel()
{
    static const CueModel model = [] {
        CueModel loaded;
        QString error;
        if (!CueModel::loadFile(QStringLiteral(ATTUNE_MODEL_DIR "/cues-en.atm"),
                                QStringLiteral("en"), &loaded, &error))
            std::abort(); // the committed model must load
        return loaded;
    }();
    return model;
}

void checkScores(const CueModel::Scores& scores)
{
    for (const double p : scores.probability) {
        if (!(p >= 0.0 && p <= 1.0))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // Half the inputs are weights files (anything starting like one), the rest are lines.
    if (bytes.startsWith("ATCUEMDL") || (size > 0 && data[0] == 0)) {
        CueModel model;
        QString error;
        const bool ok =
            CueModel::load(bytes, QStringLiteral("fuzz.atm"), QString(), &model, &error);
        if (ok == !error.isEmpty() && !ok)
            std::abort(); // a refusal always has a reason
        if (ok)
            checkScores(model.score(u"this is the third time, I'm not happy 😡"));
        LanguageDetector detector;
        error.clear();
        if (LanguageDetector::load(bytes, QStringLiteral("fuzz.atm"), &detector, &error))
            detector.detect(u"hola, buenos días");
        else if (error.isEmpty())
            std::abort();
        return 0;
    }
    const QString line = QString::fromUtf8(bytes);
    checkScores(englishModel().score(line));
    return 0;
}
