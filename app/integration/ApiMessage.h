#pragma once

#include "core/CallTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace attune {

// Version 1 of the WebSocket API (docs/integration.md): one JSON object per text message, with
// a "type" and a "version". Every request gets one reply: {"type":"ack",…} or
// {"type":"error","reason":…}.
namespace ApiProtocol {
constexpr int kVersion = 1;
constexpr qsizetype kMaxMessageBytes = 64 * 1024;
} // namespace ApiProtocol

// One request from a WebSocket client, validated. Parsing is a pure function of the bytes (no
// sockets, no state), so it is unit-tested and fuzzed on its own.
struct ApiMessage
{
    Q_DECLARE_TR_FUNCTIONS(ApiMessage)

public:
    enum class Type
    {
        Auth,
        CallStarted,
        CallAnswered,
        Utterance,
        CallEnded,
        CustomerUpdate
    };

    Type type = Type::Auth;
    QJsonValue requestId;   // the client's "id", echoed in the reply; null when absent
    QString token;          // auth
    QString callId;         // empty: the live call
    CallerInfo caller;      // call.started, customer.update
    Utterance utterance;    // utterance (its atMonotonicMs is left for the session to stamp)
    qint64 timestampMs = 0; // utterance: when it was said, ms since the epoch; 0 when not given
    // The optional "requestId": the same one sent again is answered, not applied again, also
    // after Attune was killed (docs/integration.md). Empty when absent.
    QString applyOnceId;

    // False with a reason for the client when the message is not a valid request. `requestId`
    // is filled as soon as it is known, so even an error reply can carry it.
    static bool parse(const QByteArray& utf8, ApiMessage* message, QString* error);

    static QString typeName(Type type);
    static QJsonObject ackReply(const QJsonValue& requestId);
    static QJsonObject errorReply(const QJsonValue& requestId, const QString& reason);
};

} // namespace attune
