#include "BoundedLineReader.h"

#include <istream>

namespace attune::cli {

namespace {

// Read in pieces this big; a line of up to this size costs a single read call.
constexpr std::size_t kChunkBytes = 64 * 1024;

} // namespace

BoundedLineReader::BoundedLineReader(std::istream& in, std::size_t maxLineBytes)
    : m_in(in)
    , m_maxLineBytes(maxLineBytes)
    , m_chunk(kChunkBytes, '\0')
{}

BoundedLineReader::Result BoundedLineReader::next(std::string* line)
{
    line->clear();
    bool tooLong = false;
    bool readSomething = false;
    for (;;) {
        if (!m_in.good())
            break;
        m_in.getline(m_chunk.data(), std::streamsize(m_chunk.size()));
        const std::size_t extracted = std::size_t(m_in.gcount());
        // getline stops at the newline (extracted, not stored), at the end of the input, or with
        // its buffer full (failbit without eofbit): then the line goes on in the next piece.
        const bool bufferFull = m_in.fail() && !m_in.eof() && extracted > 0;
        const bool sawNewline = !m_in.fail() && !m_in.eof();
        const std::size_t stored = sawNewline ? extracted - 1 : extracted;
        if (extracted > 0)
            readSomething = true;
        if (!tooLong) {
            if (line->size() + stored > m_maxLineBytes) {
                tooLong = true;
                line->clear();
                line->shrink_to_fit();
            } else {
                line->append(m_chunk.data(), stored);
            }
        }
        if (bufferFull) {
            m_in.clear(m_in.rdstate() & ~std::ios::failbit);
            continue;
        }
        break;
    }
    if (!readSomething)
        return Result::End;
    ++m_lineNumber;
    if (tooLong)
        return Result::TooLong;
    if (!line->empty() && line->back() == '\r')
        line->pop_back();
    return Result::Line;
}

} // namespace attune::cli
