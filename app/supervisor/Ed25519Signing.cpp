// Ed25519 for supervisor records through libcrypto: the signing module (attune_signing.so),
// loaded the first time a record is signed or checked, never at start.

#include "SigningModule.h"
#include "SupervisorRecords.h"

#include <QtGlobal>

#include <memory>
#include <openssl/evp.h>

namespace attune {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

Key privateKey(const QByteArray& seed)
{
    if (seed.size() != SupervisorRecords::kSeedBytes)
        return Key(nullptr, &EVP_PKEY_free);
    return Key(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(seed), size_t(seed.size())),
        &EVP_PKEY_free);
}

QByteArray publicKey(const QByteArray& seed)
{
    const Key key = privateKey(seed);
    QByteArray out(SupervisorRecords::kPublicKeyBytes, '\0');
    size_t length = size_t(out.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                    &length) != 1 ||
        length != size_t(SupervisorRecords::kPublicKeyBytes))
        return {};
    return out;
}

QByteArray sign(const QByteArray& seed, const QByteArray& message)
{
    const Key key = privateKey(seed);
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(SupervisorRecords::kSignatureBytes, '\0');
    size_t length = size_t(signature.size());
    if (!key || !context ||
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       bytes(message), size_t(message.size())) != 1 ||
        length != size_t(SupervisorRecords::kSignatureBytes))
        return {};
    return signature;
}

bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != SupervisorRecords::kPublicKeyBytes ||
        signature.size() != SupervisorRecords::kSignatureBytes)
        return false;
    const Key key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey),
                                              size_t(publicKey.size())),
                  &EVP_PKEY_free);
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return key && context &&
           EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()),
                            bytes(message), size_t(message.size())) == 1;
}

} // namespace

} // namespace attune

extern "C" Q_DECL_EXPORT const attune::SigningFunctions* attune_signing_functions()
{
    static constexpr attune::SigningFunctions functions{&attune::publicKey, &attune::sign,
                                                        &attune::verify};
    return &functions;
}
