// libFuzzer target for the JSON side of `attune import` (JsonRecordReader, the streaming reader
// of a list of records): any bytes, delivered in pieces of any size, must give objects of at most
// kMaxRecordBytes, in order, or an error naming file and line; never a crash, a hang, unbounded
// memory or a read out of bounds. Built and run like fuzz_csv_reader; by hand:
//   build/tests/fuzz_json_import -max_total_time=600 build/tests/fuzz-json-corpus
//   tests/data/json_corpus

#include "ChunkedDevice.h"
#include "profile/JsonRecordReader.h"

#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using attune::JsonRecordReader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qint64 piece = qint64(data[0]) + 1;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    ChunkedDevice device(bytes, piece);
    device.open(QIODevice::ReadOnly);
    JsonRecordReader reader(device, QStringLiteral("f.json"));
    QJsonObject record;
    QString error;
    int records = 0;
    int lastLine = 0;
    while (reader.next(&record, &error)) {
        ++records;
        if (reader.recordNumber() != records || reader.recordLine() < lastLine ||
            reader.recordLine() > bytes.count('\n') + 1)
            std::abort();
        lastLine = reader.recordLine();
        if (records * 2 > bytes.size()) // "{}" at least
            std::abort();
        // A value the reader let through never holds half a surrogate pair.
        for (auto it = record.begin(); it != record.end(); ++it) {
            if (!it.value().isString())
                continue;
            const QString text = it.value().toString();
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
                    text.at(i + 1).isLowSurrogate()) {
                    ++i;
                    continue;
                }
                if (text.at(i).isSurrogate())
                    std::abort();
            }
        }
    }
    if (!error.isEmpty() && !error.startsWith(QLatin1String("f.json:")))
        std::abort();
    return 0;
}
