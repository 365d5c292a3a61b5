// libFuzzer target for the WebSocket API's message parser (ApiMessage::parse): any bytes a
// client sends must give either a valid message within its limits or an error with a reason,
// never a crash, a hang or a read out of bounds. Built with clang's -fsanitize=fuzzer,address
// (tests/CMakeLists.txt) and run by `ctest -R fuzz` for a bounded time; run it longer by hand:
//   build/tests/fuzz_api_message -max_total_time=600 build/tests/fuzz-corpus tests/data/ws_corpus

#include "integration/ApiMessage.h"

#include <cstdint>
#include <cstdlib>

using attune::ApiMessage;
using attune::ApiProtocol::kMaxMessageBytes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ApiMessage message;
    QString error;
    const bool ok = ApiMessage::parse(bytes, &message, &error);
    // What the rest of the app relies on, checked on every input.
    if (ok == !error.isEmpty() && !ok)
        std::abort(); // a refusal always has a reason
    if (ok) {
        if (bytes.size() > kMaxMessageBytes || message.callId.size() > 128 ||
            message.utterance.text.size() > 16 * 1024 || message.caller.phone.size() > 64 ||
            message.caller.extraFields.size() > 32)
            std::abort();
        if (message.type == ApiMessage::Type::Utterance && message.utterance.text.isEmpty())
            std::abort();
        if (message.type == ApiMessage::Type::Auth && message.token.isEmpty())
            std::abort();
    }
    return 0;
}
