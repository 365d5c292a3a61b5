// libFuzzer target for the CSV reader of `attune import` (CsvReader): any bytes, delivered in
// pieces of any size (so that quotes, CRLF and UTF-8 sequences split across reads are covered),
// must give records within the limits or an error naming file and line; never a crash, a hang or
// a read out of bounds. Built with clang's -fsanitize=fuzzer,address,undefined
// (tests/CMakeLists.txt) and run by `ctest -L fuzz` for a bounded time; run it longer by hand:
//   build/tests/fuzz_csv_reader -max_total_time=600 build/tests/fuzz-csv-corpus
//   tests/data/csv_corpus

#include "ChunkedDevice.h"
#include "profile/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using attune::CsvReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks how many bytes each read returns (1 to 256).
    const qint64 piece = qint64(data[0]) + 1;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    ChunkedDevice device(bytes, piece);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(device, QStringLiteral("f.csv"));
    QStringList fields;
    QString error;
    int records = 0;
    int lastLine = 0;
    while (reader.next(&fields, &error)) {
        ++records;
        if (fields.isEmpty() || fields.size() > CsvReader::kMaxFields)
            std::abort();
        qsizetype total = 0;
        for (const QString& field : std::as_const(fields)) {
            if (field.size() > CsvReader::kMaxFieldChars)
                std::abort();
            total += field.size();
        }
        if (total > CsvReader::kMaxRecordChars)
            std::abort();
        // Lines only go forward, and a record never starts past the input's line count.
        if (reader.recordLine() < lastLine || reader.recordLine() < 1 ||
            reader.recordLine() > bytes.count('\n') + bytes.count('\r') + 1)
            std::abort();
        lastLine = reader.recordLine();
        if (records > bytes.size() + 1) // every record consumes at least one byte
            std::abort();
    }
    if (!error.isEmpty() && !error.startsWith(QLatin1String("f.csv:")))
        std::abort(); // a refusal always names the file and line
    return 0;
}
