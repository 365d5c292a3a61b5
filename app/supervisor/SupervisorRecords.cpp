#include "SupervisorRecords.h"

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
    const Key key = privateKey(seed);
    QByteArray out(kPublicKeyBytes, '\0');
    size_t length = size_t(out.size());
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                    &length) != 1 ||
        length != size_t(kPublicKeyBytes))
        return {};
    return out;
}

QByteArray SupervisorRecords::sign(const QByteArray& seed, const QByteArray& message)
{
    const Key key = privateKey(seed);
    const Context context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray signature(kSignatureBytes, '\0');
    size_t length = size_t(signature.size());
    if (!key || !context ||
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       bytes(message), size_t(message.size())) != 1 ||
        length != size_t(kSignatureBytes))
        return {};
    return signature;
}

bool SupervisorRecords::verify(const QByteArray& publicKey, const QByteArray& message,
                               const QByteArray& signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
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
