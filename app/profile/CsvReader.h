#pragma once

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace attune {

// Reads CSV (RFC 4180) a record at a time, so a CRM export of any size is never loaded whole:
// quoted fields with commas, doubled quotes and line breaks, CRLF or LF, a UTF-8 byte-order mark.
// Every problem names the file and the line: text that is not UTF-8, a quote left open, a field
// over kMaxFieldChars, a record of more than kMaxFields fields or over kMaxRecordChars (so that
// one line of 100 million commas is refused after a thousand, instead of taking gigabytes).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxFieldChars = 64 * 1024;
    static constexpr qsizetype kMaxFields = 1000;
    static constexpr qsizetype kMaxRecordChars = 1024 * 1024;

    CsvReader(QIODevice& device, QString fileName);

    // The next record; false at the end (error empty) or on a problem (error set).
    bool next(QStringList* fields, QString* error);
    // The line the last record returned by next() started on (1-based).
    int recordLine() const { return m_recordLine; }

private:
    bool fill();

    QIODevice& m_device;
    QString m_fileName;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // stateful: a character may span two chunks
    QString m_buffer;
    QByteArray m_tail;     // the last bytes read, to tell a character cut off by the end
    bool m_cutOff = false; // the file ends inside a UTF-8 sequence
    qsizetype m_position = 0;
    bool m_atEnd = false;
    bool m_first = true;
    int m_line = 1;
    int m_recordLine = 0;
};

} // namespace attune
