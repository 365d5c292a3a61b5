#include "ApiMessage.h"

#include "core/TextRule.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

namespace attune {

namespace {

constexpr qsizetype kMaxIdChars = 128;
constexpr qsizetype kMaxExtraFields = 32;

struct TypeInfo
{
    const char* name;
    ApiMessage::Type type;
    QSet<QString> fields; // allowed besides "type", "version" and "id"
};

const QList<TypeInfo>& types()
{
    static const QList<TypeInfo> table = {
        {"auth", ApiMessage::Type::Auth, {QStringLiteral("token")}},
        {"call.started",
         ApiMessage::Type::CallStarted,
         {QStringLiteral("callId"), QStringLiteral("caller")}},
        {"call.answered", ApiMessage::Type::CallAnswered, {QStringLiteral("callId")}},
        {"utterance",
         ApiMessage::Type::Utterance,
         {QStringLiteral("callId"), QStringLiteral("speaker"), QStringLiteral("text"),
          QStringLiteral("final"), QStringLiteral("timestamp")}},
        {"call.ended", ApiMessage::Type::CallEnded, {QStringLiteral("callId")}},
        {"customer.update",
         ApiMessage::Type::CustomerUpdate,
         {QStringLiteral("callId"), QStringLiteral("caller")}},
    };
    return table;
}

// An optional string field, taken only as the one text rule allows (core/TextRule.h).
bool readString(const QJsonObject& object, const QString& field, TextRule::Kind kind,
                const QString& label, QString* out, QString* error)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = ApiMessage::tr("field \"%1\" must be a string").arg(label);
        return false;
    }
    const QString text = value.toString();
    if (const QString refusal = TextRule::check(text, kind, label); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    *out = text.trimmed();
    return true;
}

bool readCaller(const QJsonObject& object, CallerInfo* caller, QString* error)
{
    const QJsonValue value = object.value(QStringLiteral("caller"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        *error = ApiMessage::tr("field \"caller\" must be an object");
        return false;
    }
    const QJsonObject fields = value.toObject();
    static const QSet<QString> allowed = {QStringLiteral("phone"), QStringLiteral("name"),
                                          QStringLiteral("customerId"), QStringLiteral("fields"),
                                          QStringLiteral("language")};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error = ApiMessage::tr("unknown field \"caller.%1\"").arg(it.key().left(64));
            return false;
        }
    }
    if (!readString(fields, QStringLiteral("phone"), TextRule::Kind::Phone,
                    QStringLiteral("caller.phone"), &caller->phone, error) ||
        !readString(fields, QStringLiteral("name"), TextRule::Kind::Name,
                    QStringLiteral("caller.name"), &caller->displayName, error) ||
        !readString(fields, QStringLiteral("customerId"), TextRule::Kind::Id,
                    QStringLiteral("caller.customerId"), &caller->customerId, error))
        return false;
    // The customer's language, when the contact center knows it: "es", "pt-BR", "de_AT".
    if (!readString(fields, QStringLiteral("language"), TextRule::Kind::Id,
                    QStringLiteral("caller.language"), &caller->language, error))
        return false;
    if (caller->language.size() > 16) {
        *error = ApiMessage::tr("field \"caller.language\" is longer than 16 characters");
        return false;
    }
    const QJsonValue extra = fields.value(QStringLiteral("fields"));
    if (extra.isUndefined() || extra.isNull())
        return true;
    if (!extra.isObject()) {
        *error = ApiMessage::tr("field \"caller.fields\" must be an object of strings");
        return false;
    }
    const QJsonObject extraObject = extra.toObject();
    if (extraObject.size() > kMaxExtraFields) {
        *error =
            ApiMessage::tr("field \"caller.fields\" has more than %1 entries").arg(kMaxExtraFields);
        return false;
    }
    for (auto it = extraObject.begin(); it != extraObject.end(); ++it) {
        if (!it.value().isString() || it.key().size() > 64 || it.key().trimmed().isEmpty()) {
            *error = ApiMessage::tr("field \"caller.fields\" must map short names to short "
                                    "strings");
            return false;
        }
        const QString label = QStringLiteral("caller.fields.") + it.key().left(64);
        QString refusal = TextRule::check(it.key(), TextRule::Kind::Name, label);
        if (refusal.isEmpty())
            refusal = TextRule::check(it.value().toString(), TextRule::Kind::Detail, label);
        if (!refusal.isEmpty()) {
            *error = refusal;
            return false;
        }
        caller->extraFields.insert(it.key().trimmed(), it.value().toString().trimmed());
    }
    return true;
}

} // namespace

QString ApiMessage::typeName(Type type)
{
    for (const TypeInfo& info : types()) {
        if (info.type == type)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QJsonObject ApiMessage::ackReply(const QJsonValue& requestId)
{
    QJsonObject reply{{QStringLiteral("type"), QStringLiteral("ack")},
                      {QStringLiteral("version"), ApiProtocol::kVersion}};
    if (!requestId.isNull() && !requestId.isUndefined())
        reply.insert(QStringLiteral("id"), requestId);
    return reply;
}

QJsonObject ApiMessage::errorReply(const QJsonValue& requestId, const QString& reason)
{
    QJsonObject reply{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("version"), ApiProtocol::kVersion},
                      {QStringLiteral("reason"), reason}};
    if (!requestId.isNull() && !requestId.isUndefined())
        reply.insert(QStringLiteral("id"), requestId);
    return reply;
}

bool ApiMessage::parse(const QByteArray& utf8, ApiMessage* message, QString* error)
{
    *message = ApiMessage();
    if (utf8.size() > ApiProtocol::kMaxMessageBytes) {
        *error = ApiMessage::tr("message longer than %1 bytes").arg(ApiProtocol::kMaxMessageBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiMessage::tr("malformed JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = ApiMessage::tr("a message must be a JSON object");
        return false;
    }
    const QJsonObject object = document.object();

    // The id first, so that every later error can be matched to its request.
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (id.isString() && id.toString().size() <= kMaxIdChars)
        message->requestId = id;
    else if (id.isDouble())
        message->requestId = id;
    else if (!id.isUndefined() && !id.isNull()) {
        *error = ApiMessage::tr("field \"id\" must be a number or a string of at most %1 "
                                "characters")
                     .arg(kMaxIdChars);
        return false;
    }

    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != ApiProtocol::kVersion) {
        *error = ApiMessage::tr("unsupported protocol version (field \"version\"); expected %1")
                     .arg(ApiProtocol::kVersion);
        return false;
    }
    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    if (!typeValue.isString()) {
        *error = ApiMessage::tr("field \"type\" is missing or not a string");
        return false;
    }
    const QString typeText = typeValue.toString();
    const TypeInfo* info = nullptr;
    for (const TypeInfo& candidate : types()) {
        if (typeText == QLatin1String(candidate.name))
            info = &candidate;
    }
    if (!info) {
        *error = ApiMessage::tr("unknown message type \"%1\"").arg(typeText.left(64));
        return false;
    }
    message->type = info->type;
    // Unknown fields are refused rather than ignored: a misspelt "speeker" must not silently
    // turn an agent's line into the customer's.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (key != QLatin1String("type") && key != QLatin1String("version") &&
            key != QLatin1String("id") && key != QLatin1String("requestId") &&
            !info->fields.contains(key)) {
            *error = ApiMessage::tr("unknown field \"%1\" for \"%2\"").arg(key.left(64), typeText);
            return false;
        }
    }

    if (!readString(object, QStringLiteral("callId"), TextRule::Kind::Id, QStringLiteral("callId"),
                    &message->callId, error))
        return false;
    const QJsonValue applyOnce = object.value(QStringLiteral("requestId"));
    if (!applyOnce.isUndefined()) {
        if (!applyOnce.isString() || applyOnce.toString().isEmpty() ||
            applyOnce.toString().size() > kMaxIdChars) {
            *error = ApiMessage::tr("field \"requestId\" must be a string of 1 to %1 characters")
                         .arg(kMaxIdChars);
            return false;
        }
        message->applyOnceId = applyOnce.toString();
    }

    switch (message->type) {
    case Type::Auth:
        if (!readString(object, QStringLiteral("token"), TextRule::Kind::Detail,
                        QStringLiteral("token"), &message->token, error))
            return false;
        if (message->token.isEmpty()) {
            *error = ApiMessage::tr("field \"token\" is missing or empty");
            return false;
        }
        return true;
    case Type::CallStarted:
    case Type::CustomerUpdate:
        if (!readCaller(object, &message->caller, error))
            return false;
        if (message->type == Type::CustomerUpdate && message->caller == CallerInfo()) {
            *error = ApiMessage::tr("field \"caller\" is missing or empty");
            return false;
        }
        return true;
    case Type::CallAnswered:
    case Type::CallEnded:
        return true;
    case Type::Utterance: {
        QString speaker;
        if (!readString(object, QStringLiteral("speaker"), TextRule::Kind::Name,
                        QStringLiteral("speaker"), &speaker, error) ||
            !readString(object, QStringLiteral("text"), TextRule::Kind::Text,
                        QStringLiteral("text"), &message->utterance.text, error))
            return false;
        if (!Utterance::speakerFromName(speaker, &message->utterance.speaker)) {
            *error = ApiMessage::tr("field \"speaker\" must be \"customer\" or \"agent\"");
            return false;
        }
        if (message->utterance.text.isEmpty()) {
            *error = ApiMessage::tr("field \"text\" is missing or empty");
            return false;
        }
        const QJsonValue isFinal = object.value(QStringLiteral("final"));
        if (!isFinal.isUndefined() && !isFinal.isBool()) {
            *error = ApiMessage::tr("field \"final\" must be true or false");
            return false;
        }
        message->utterance.isFinal = isFinal.toBool(true);
        const QJsonValue timestamp = object.value(QStringLiteral("timestamp"));
        if (timestamp.isDouble()) {
            const double ms = timestamp.toDouble();
            // Epoch milliseconds between 2000 and 2100: a seconds value or garbage is caught.
            if (!(ms >= 946684800000.0 && ms < 4102444800000.0)) {
                *error = ApiMessage::tr("field \"timestamp\" must be milliseconds since 1970 "
                                        "(or an ISO 8601 time)");
                return false;
            }
            message->timestampMs = qint64(ms);
        } else if (timestamp.isString()) {
            const QDateTime at = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
            if (!at.isValid() || timestamp.toString().size() > 64) {
                *error = ApiMessage::tr("field \"timestamp\" is not an ISO 8601 time");
                return false;
            }
            message->timestampMs = at.toMSecsSinceEpoch();
        } else if (!timestamp.isUndefined() && !timestamp.isNull()) {
            *error = ApiMessage::tr("field \"timestamp\" must be a number or a string");
            return false;
        }
        return true;
    }
    }
    return true;
}

} // namespace attune
