#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace attune {

// Supervisor records (coaching notes, kudos, scores) are signed, so a row an agent inserts into
// their own database is not shown as their supervisor's. Ed25519: the private key is derived
// from the supervisor's passphrase (PBKDF2 with a salt of its own, not the verifier's), held only
// while a supervisor is signed in; the public key sits in IT's root-owned policy beside the PIN
// verifier, so the agent's Attune can check a record without being able to make one.
//
// What it cannot do (docs/deployment.md): an agent who owns the file can still delete records,
// and anyone who learns the passphrase can sign. Only a team server can be the authority.
struct SupervisorRecords
{
    static constexpr int kSeedBytes = 32;
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    static QByteArray publicKey(const QByteArray& seed);
    static QByteArray sign(const QByteArray& seed, const QByteArray& message);
    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);

    // What is signed: every field the agent sees, each length-prefixed, under a label per kind
    // (a note's signature never passes for kudos).
    static QByteArray noteMessage(const QString& callId, const QString& text,
                                  const QDateTime& writtenAt);
    static QByteArray kudosMessage(const QString& callId, const QString& behaviour,
                                   const QString& text, const QDateTime& givenAt);
    static QByteArray scoreMessage(qint64 assessmentId, const QByteArray& answersJson,
                                   const QDateTime& scoredAt);
};

} // namespace attune
