#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace attune {

// Reads a JSON array of objects (a CRM export) one object at a time, so memory follows the
// largest record, not the file: QJsonDocument on a whole 100 MB file took about 750 MB. Each
// record is cut out of the stream by a scan that follows strings and nesting, then parsed alone.
// Every problem reads "file:line: what": a syntax error, a record that is not an object, a record
// over kMaxRecordBytes, text after the closing bracket, a list never closed, and a \u escape that
// is a lone surrogate (QJsonDocument would silently pair it with the next character).
class JsonRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordReader)

public:
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    JsonRecordReader(QIODevice& device, QString fileName);

    // The next record; false at the end (error empty) or on a problem (error set).
    bool next(QJsonObject* record, QString* error);
    // The line the last record started on (1-based), and its position in the list (1-based).
    int recordLine() const { return m_recordLine; }
    int recordNumber() const { return m_recordNumber; }

private:
    enum class State
    {
        Start,
        FirstElement,
        Element,
        AfterElement,
        End
    };
    bool fill();
    bool peekByte(char* c);
    bool checkEscapes(QString* error) const;
    bool fail(int line, const QString& problem, QString* error) const;

    QIODevice& m_device;
    QString m_fileName;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
    State m_state = State::Start;
    QByteArray m_record;
    int m_line = 1;
    int m_recordLine = 0;
    int m_recordNumber = 0;
};

} // namespace attune
