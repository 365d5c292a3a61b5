#pragma once

#include <QtGlobal>

#include <cstddef>
#include <iosfwd>
#include <string>

namespace attune::cli {

// Reads lines of at most a fixed number of bytes. A longer line is skipped to its end without
// being kept, so memory stays flat whatever the input holds (one 300 MB line once took 1.5 GB).
class BoundedLineReader
{
public:
    enum class Result
    {
        Line,    // `line` holds the next line, without its "\n" (or "\r\n")
        TooLong, // the next line was longer than the limit and was skipped; `line` is empty
        End,     // no more input
    };

    BoundedLineReader(std::istream& in, std::size_t maxLineBytes);
    Result next(std::string* line);
    // The number of the line last returned, from 1.
    qint64 lineNumber() const { return m_lineNumber; }

private:
    std::istream& m_in;
    std::size_t m_maxLineBytes;
    qint64 m_lineNumber = 0;
    std::string m_chunk;
};

} // namespace attune::cli
