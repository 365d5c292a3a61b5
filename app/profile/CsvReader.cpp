#include "CsvReader.h"

#include <QIODevice>

namespace attune {

namespace {
constexpr qint64 kChunkBytes = 64 * 1024;
}

CsvReader::CsvReader(QIODevice& device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{}

bool CsvReader::fill()
{
    // A read can end inside a UTF-8 sequence (a pipe or a slow disk hands out a few bytes at a
    // time), decoding to nothing yet: read on until there is a character or the end.
    while (!m_atEnd) {
        const QByteArray chunk = m_device.read(kChunkBytes);
        if (chunk.isEmpty()) {
            m_atEnd = true;
            // A sequence cut off by the end of the file is an error too, not silently dropped
            // (the decoder only holds on to it, waiting for the rest).
            for (qsizetype back = 1; back <= m_tail.size(); ++back) {
                const uchar byte = uchar(m_tail.at(m_tail.size() - back));
                if (byte < 0x80)
                    break;
                if (byte >= 0xC0) {
                    const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
                    m_cutOff = back < length;
                    break;
                }
            }
            break;
        }
        m_tail = (m_tail + chunk).right(3);
        // Keep only what is not yet consumed, so memory stays at about one chunk plus one record.
        m_buffer.remove(0, m_position);
        m_position = 0;
        const QString decoded = m_decoder.decode(chunk);
        if (!decoded.isEmpty()) {
            m_buffer += decoded;
            return true;
        }
    }
    return false;
}

bool CsvReader::next(QStringList* fields, QString* error)
{
    fields->clear();
    error->clear();
    if (m_decoder.hasError() || m_cutOff) {
        *error = tr("%1:%2: the file is not UTF-8 text (at or after this line); save it from the "
                    "CRM as CSV UTF-8")
                     .arg(m_fileName)
                     .arg(m_line);
        return false;
    }
    if (m_position >= m_buffer.size() && !fill())
        return false;
    if (m_first) {
        m_first = false;
        if (m_buffer.startsWith(QChar(0xFEFF)))
            ++m_position; // the byte-order mark Excel writes
    }
    m_recordLine = m_line;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qsizetype recordChars = 0;
    const auto fail = [&](const QString& problem) {
        *error = tr("%1:%2: %3").arg(m_fileName).arg(m_recordLine).arg(problem);
        return false;
    };
    while (true) {
        if (m_position >= m_buffer.size() && !fill()) {
            if (m_decoder.hasError() || m_cutOff)
                return fail(tr("the file is not UTF-8 text (at or after this line); save it from "
                               "the CRM as CSV UTF-8"));
            if (quoted)
                return fail(tr("a quoted field is never closed"));
            if (fieldStarted || !fields->isEmpty())
                fields->append(field);
            return !fields->isEmpty();
        }
        const QChar c = m_buffer.at(m_position++);
        if (++recordChars > kMaxRecordChars)
            return fail(tr("the record is longer than %1 characters").arg(kMaxRecordChars));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_position >= m_buffer.size())
                    fill();
                if (m_position < m_buffer.size() && m_buffer.at(m_position) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_position;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            if (fields->size() + 1 >= kMaxFields)
                return fail(tr("the record has more than %1 fields").arg(kMaxFields));
            fields->append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r')) {
                if (m_position >= m_buffer.size())
                    fill();
                if (m_position < m_buffer.size() && m_buffer.at(m_position) == QLatin1Char('\n'))
                    ++m_position;
            }
            ++m_line;
            if (!fieldStarted && fields->isEmpty() && field.isEmpty()) {
                m_recordLine = m_line; // a blank line is skipped, not a record
                continue;
            }
            fields->append(field);
            return true;
        } else {
            field += c;
            fieldStarted = true;
        }
        if (field.size() > kMaxFieldChars)
            return fail(tr("field %1 is longer than %2 characters")
                            .arg(fields->size() + 1)
                            .arg(kMaxFieldChars));
    }
}

} // namespace attune
