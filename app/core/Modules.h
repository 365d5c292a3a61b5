#pragma once

#include <QFunctionPointer>
#include <QString>

namespace attune {

// Parts of Attune whose libraries are costly to bind at start (Qt Charts for the history,
// libcrypto for supervisor signatures, PocketSphinx with LAPACK and BLAS for transcription) are
// shared objects of their own, loaded the first time they are needed: the executable links with
// -z now, so every library it names is loaded and bound before the first frame.
//
// A module sits next to the binary in a build tree, and in <libdir>/attune/modules once
// installed. Loaded once and never unloaded; safe from any thread.
namespace modules {

// The entry point `symbol` of `name` ("attune_signing"), loading the module if need be; null,
// with every place tried and why in `error`, when it cannot be had.
QFunctionPointer resolve(const QString& name, const char* symbol, QString* error);

} // namespace modules
} // namespace attune
