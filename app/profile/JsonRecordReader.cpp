#include "JsonRecordReader.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

namespace attune {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The value of four hex digits at `at`, or -1.
int hexAt(const QByteArray& text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    bool ok = false;
    const int value = text.mid(at, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

} // namespace

JsonRecordReader::JsonRecordReader(QIODevice& device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{}

bool JsonRecordReader::fill()
{
    if (m_atEnd)
        return false;
    const QByteArray chunk = m_device.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.remove(0, m_position);
    m_position = 0;
    m_buffer += chunk;
    return true;
}

bool JsonRecordReader::peekByte(char* c)
{
    if (m_position >= m_buffer.size() && !fill())
        return false;
    *c = m_buffer.at(m_position);
    return true;
}

bool JsonRecordReader::fail(int line, const QString& problem, QString* error) const
{
    *error = tr("%1:%2: %3").arg(m_fileName).arg(line).arg(problem);
    return false;
}

bool JsonRecordReader::checkEscapes(QString* error) const
{
    int line = m_recordLine;
    int depth = 0;
    bool inString = false;
    bool isKey = false;
    bool expectKey = false;
    QByteArray key;
    QByteArray current;
    const qsizetype size = m_record.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = m_record.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\') {
                const int code =
                    i + 1 < size && m_record.at(i + 1) == 'u' ? hexAt(m_record, i + 2) : -1;
                if (code >= 0xD800 && code <= 0xDBFF && m_record.mid(i + 6, 2) == "\\u") {
                    const int low = hexAt(m_record, i + 8);
                    if (low >= 0xDC00 && low <= 0xDFFF) {
                        i += 11; // a proper pair
                        continue;
                    }
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    return fail(line,
                                tr("field \"%1\": \\u%2 is half of a surrogate pair without the "
                                   "other half, which is not a character")
                                    .arg(QString::fromUtf8(key.left(64)),
                                         QString::number(code, 16).toUpper()),
                                error);
                i += code >= 0 ? 5 : 1;
                continue;
            }
            if (c == '"') {
                inString = false;
                if (isKey)
                    key = current;
            } else if (isKey && current.size() < 64) {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            isKey = depth == 1 && expectKey;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (depth == 1 && c == ',') {
            expectKey = true;
        } else if (depth == 1 && c == ':') {
            expectKey = false;
        }
    }
    return true;
}

bool JsonRecordReader::next(QJsonObject* record, QString* error)
{
    *record = QJsonObject();
    error->clear();
    while (true) {
        char c = 0;
        if (!peekByte(&c)) {
            if (m_state == State::End)
                return false;
            if (m_state == State::Start)
                return fail(m_line, tr("expected a list of records"), error);
            return fail(m_line, tr("the list is never closed with ]"), error);
        }
        if (isSpace(c)) {
            ++m_position;
            if (c == '\n')
                ++m_line;
            continue;
        }
        switch (m_state) {
        case State::Start:
            if (c == '\xEF' && m_line == 1) { // the UTF-8 byte-order mark some exports write
                ++m_position;
                for (const char mark : {'\xBB', '\xBF'}) {
                    if (!peekByte(&c) || c != mark)
                        return fail(m_line, tr("expected a list of records"), error);
                    ++m_position;
                }
                continue;
            }
            if (c != '[')
                return fail(m_line, tr("expected a list of records"), error);
            ++m_position;
            m_state = State::FirstElement;
            continue;
        case State::FirstElement:
            if (c == ']') {
                ++m_position;
                m_state = State::End;
                continue;
            }
            m_state = State::Element;
            continue;
        case State::AfterElement:
            if (c == ',') {
                ++m_position;
                m_state = State::Element;
                continue;
            }
            if (c == ']') {
                ++m_position;
                m_state = State::End;
                continue;
            }
            return fail(m_line, tr("expected , or ] after record %1").arg(m_recordNumber), error);
        case State::End:
            return fail(m_line, tr("there is more text after the end of the list"), error);
        case State::Element:
            break;
        }
        ++m_recordNumber;
        m_recordLine = m_line;
        if (c != '{')
            return fail(m_line, tr("record %1 is not an object").arg(m_recordNumber), error);
        // Cut the record out: up to the brace that closes the one it opened with.
        m_record.clear();
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        bool closed = false;
        while (!closed) {
            if (m_position >= m_buffer.size() && !fill())
                return fail(m_recordLine, tr("record %1 is never closed").arg(m_recordNumber),
                            error);
            const qsizetype start = m_position;
            while (m_position < m_buffer.size()) {
                const char b = m_buffer.at(m_position++);
                if (b == '\n')
                    ++m_line;
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (b == '\\')
                        escaped = true;
                    else if (b == '"')
                        inString = false;
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    ++depth;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    closed = true;
                    break;
                }
            }
            m_record.append(m_buffer.constData() + start, m_position - start);
            if (m_record.size() > kMaxRecordBytes)
                return fail(m_recordLine,
                            tr("record %1 is longer than %2 KB")
                                .arg(m_recordNumber)
                                .arg(kMaxRecordBytes / 1024),
                            error);
        }
        m_state = State::AfterElement;
        if (!checkEscapes(error))
            return false;
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(m_record, &parse);
        if (parse.error != QJsonParseError::NoError) {
            const qsizetype offset = qBound(qsizetype(0), qsizetype(parse.offset), m_record.size());
            const int line = m_recordLine + int(QByteArrayView(m_record).first(offset).count('\n'));
            return fail(line, parse.errorString(), error);
        }
        if (!document.isObject())
            return fail(m_recordLine, tr("record %1 is not an object").arg(m_recordNumber), error);
        *record = document.object();
        return true;
    }
}

} // namespace attune
