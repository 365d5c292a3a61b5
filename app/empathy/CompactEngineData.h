#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace attune {

class Lexicon;
class PhraseLibrary;
class PracticeScenario;

// The built-in cue lexicon, phrase libraries and practice scenarios in a compact binary form,
// written at build time (attune_compile_engine_data) from the JSON files, which stay the source of
// truth and are validated by the same loaders then: a JSON file the loaders refuse fails the build.
// Reading the compact form copies strings and builds the indexes, a tenth of what parsing and
// validating the JSON costs at every start (docs/ARCHITECTURE.md, start-up).
//
// Layout, little-endian: the magic "ATENGDAT", u32 format version, u32 kind (1 lexicon,
// 2 phrase library, 3 one language's practice scenarios), u16 byte-order mark 0xFEFF as written,
// u16 zero, u64 payload bytes, u64 checksum (FNV-1a over the payload's 8-byte words, then its last
// bytes), the payload. Strings are a u32 count of UTF-16 units and the units in the writer's byte
// order. The checksum finds damage, not tampering: the file lives inside the executable.
//
// Only Attune's own resources use this form; a phrase library or scenario folder IT deploys stays
// JSON and is validated at every load, with file, line and field in its messages.
namespace compact {

QByteArray encodeLexicon(const Lexicon& lexicon);
QByteArray encodePhraseLibrary(const PhraseLibrary& library);
QByteArray encodeScenarios(const QList<PracticeScenario>& scenarios);

// False with `error` ("<fileName>: <reason>") when the bytes are not a whole, undamaged
// compact file of that kind for this format version; `out` is then left as it was.
bool decodeLexicon(QByteArrayView bytes, const QString& fileName, Lexicon* out, QString* error);
bool decodePhraseLibrary(QByteArrayView bytes, const QString& fileName, PhraseLibrary* out,
                         QString* error);
bool decodeScenarios(QByteArrayView bytes, const QString& fileName, QList<PracticeScenario>* out,
                     QString* error);

// Reads a compact file from a resource (uncompressed in the executable, so nothing is copied
// before decoding) or from disk.
bool loadLexicon(const QString& path, Lexicon* out, QString* error);
bool loadPhraseLibrary(const QString& path, PhraseLibrary* out, QString* error);
bool loadScenarios(const QString& path, QList<PracticeScenario>* out, QString* error);

// The header's checksum of a payload (for tests that build damaged files on purpose).
quint64 payloadChecksum(const char* data, qsizetype size);
inline constexpr qsizetype kHeaderBytes = 36;

// Where the build puts the compact form of a built-in JSON resource: ":/phrases/en.json" is
// read from ":/engine/phrases/en.atd"; the scenario folder ":/scenarios/practice/en" from
// ":/engine/scenarios/practice/en.atd".
QString compactResourceFor(const QString& jsonResource);

} // namespace compact

} // namespace attune
