#include "SupervisorRecords.h"

#include "SigningModule.h"
#include "core/Logging.h"
#include "core/Modules.h"

// Weak: defined where the signing code is linked in (the tests), absent from the executable,
// which loads the module on the first signature instead of binding libcrypto at start.
extern "C" const attune::SigningFunctions* attune_signing_functions() __attribute__((weak));

namespace attune {

namespace {

const SigningFunctions* signing()
{
    static const SigningFunctions* const functions = []() -> const SigningFunctions* {
        if (attune_signing_functions)
            return attune_signing_functions();
        QString error;
        const auto entry = reinterpret_cast<const SigningFunctions* (*)()>(
            modules::resolve(QLatin1String(kSigningModule), kSigningFunctionsSymbol, &error));
        if (!entry) {
            // Nothing is signed and no record passes its check: never a record shown unchecked.
            qCWarning(lcStorage) << "supervisor records can be neither signed nor checked:"
                                 << error;
            return nullptr;
        }
        return entry();
    }();
    return functions;
}

QByteArray field(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return QByteArray::number(utf8.size()) + ':' + utf8;
}

QByteArray when(const QDateTime& at)
{
    return field(at.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

QByteArray SupervisorRecords::publicKey(const QByteArray& seed)
{
    const SigningFunctions* functions = signing();
    return functions ? functions->publicKey(seed) : QByteArray();
}

QByteArray SupervisorRecords::sign(const QByteArray& seed, const QByteArray& message)
{
    const SigningFunctions* functions = signing();
    return functions ? functions->sign(seed, message) : QByteArray();
}

bool SupervisorRecords::verify(const QByteArray& publicKey, const QByteArray& message,
                               const QByteArray& signature)
{
    // A record without a well-formed key or signature fails without loading anything.
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    const SigningFunctions* functions = signing();
    return functions && functions->verify(publicKey, message, signature);
}

QByteArray SupervisorRecords::noteMessage(const QString& callId, const QString& text,
                                          const QDateTime& writtenAt)
{
    return "attune-coaching-note-1|" + field(callId) + field(text) + when(writtenAt);
}

QByteArray SupervisorRecords::kudosMessage(const QString& callId, const QString& behaviour,
                                           const QString& text, const QDateTime& givenAt)
{
    return "attune-kudos-1|" + field(callId) + field(behaviour) + field(text) + when(givenAt);
}

QByteArray SupervisorRecords::scoreMessage(qint64 assessmentId, const QByteArray& answersJson,
                                           const QDateTime& scoredAt)
{
    return "attune-supervisor-score-1|" + QByteArray::number(assessmentId) + '|' +
           field(QString::fromUtf8(answersJson)) + when(scoredAt);
}

} // namespace attune
