#pragma once

#include <QByteArray>

namespace attune {

// What the signing module (attune_signing.so, app/supervisor/Ed25519Signing.cpp) gives
// SupervisorRecords: Ed25519 through libcrypto, which the executable does not link (see
// core/Modules.h). Built with the executable, so Qt types may cross.
struct SigningFunctions
{
    QByteArray (*publicKey)(const QByteArray& seed);
    QByteArray (*sign)(const QByteArray& seed, const QByteArray& message);
    bool (*verify)(const QByteArray& publicKey, const QByteArray& message,
                   const QByteArray& signature);
};

inline constexpr char kSigningModule[] = "attune_signing";
// `extern "C" const SigningFunctions* attune_signing_functions()`: defined by the module, and by
// the tests, which link the signing code in.
inline constexpr char kSigningFunctionsSymbol[] = "attune_signing_functions";

} // namespace attune
