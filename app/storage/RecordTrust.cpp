#include "RecordTrust.h"

#include "assessment/Assessment.h"
#include "core/Logging.h"
#include "supervisor/SupervisorRecords.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <cmath>
#include <dlfcn.h>
#include <sqlite3.h>
#include <type_traits>

namespace attune {

namespace {

// Records remembered before the cache starts again: a long history's every record, bounded.
constexpr qsizetype kMaxRemembered = 200000;

// The executable does not link SQLite: Qt's driver plugin brings it in with the first
// connection, so the few functions used here are looked up there rather than adding a library
// to every start.
struct SqliteApi
{
    decltype(&sqlite3_create_function_v2) createFunction = nullptr;
    decltype(&sqlite3_user_data) userData = nullptr;
    decltype(&sqlite3_value_type) valueType = nullptr;
    decltype(&sqlite3_value_text) valueText = nullptr;
    decltype(&sqlite3_value_blob) valueBlob = nullptr;
    decltype(&sqlite3_value_bytes) valueBytes = nullptr;
    decltype(&sqlite3_value_int64) valueInt64 = nullptr;
    decltype(&sqlite3_value_double) valueDouble = nullptr;
    decltype(&sqlite3_result_int) resultInt = nullptr;
    decltype(&sqlite3_result_error) resultError = nullptr;

    bool complete() const
    {
        return createFunction && userData && valueType && valueText && valueBlob && valueBytes &&
               valueInt64 && valueDouble && resultInt && resultError;
    }
};

const SqliteApi& api()
{
    static const SqliteApi loaded = [] {
        SqliteApi found;
        void* library = ::dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!library)
            library = ::dlopen("libsqlite3.so.0", RTLD_NOW);
        if (!library)
            return found;
        const auto resolve = [library](auto& function, const char* name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
                ::dlsym(library, name));
        };
        resolve(found.createFunction, "sqlite3_create_function_v2");
        resolve(found.userData, "sqlite3_user_data");
        resolve(found.valueType, "sqlite3_value_type");
        resolve(found.valueText, "sqlite3_value_text");
        resolve(found.valueBlob, "sqlite3_value_blob");
        resolve(found.valueBytes, "sqlite3_value_bytes");
        resolve(found.valueInt64, "sqlite3_value_int64");
        resolve(found.valueDouble, "sqlite3_value_double");
        resolve(found.resultInt, "sqlite3_result_int");
        resolve(found.resultError, "sqlite3_result_error");
        return found;
    }();
    return loaded;
}

QString textOf(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(api().valueText(value));
    return text ? QString::fromUtf8(text, api().valueBytes(value)) : QString();
}

QByteArray blobOf(sqlite3_value* value)
{
    const void* blob = api().valueBlob(value);
    return blob ? QByteArray(static_cast<const char*>(blob), api().valueBytes(value))
                : QByteArray();
}

QVariant variantOf(sqlite3_value* value)
{
    switch (api().valueType(value)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(api().valueInt64(value)));
    case SQLITE_FLOAT:
        return QVariant(api().valueDouble(value));
    default:
        return QVariant(textOf(value));
    }
}

// attune_trusted('note', call_id, text, written_at, signature, server_id)
// attune_trusted('kudos', call_id, behaviour, text, given_at, signature, server_id)
// attune_trusted('score', assessment_id, assessment sync_id, answers, score, scored_at,
//                signature, server_id)
void trustedFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    const auto* trust = static_cast<const RecordTrust*>(api().userData(context));
    const QString kind = argc > 0 ? textOf(argv[0]) : QString();
    bool ok = false;
    if (kind == QLatin1String("note") && argc == 6)
        ok = trust->note(textOf(argv[1]), textOf(argv[2]), textOf(argv[3]), blobOf(argv[4]),
                         variantOf(argv[5]));
    else if (kind == QLatin1String("kudos") && argc == 7)
        ok = trust->kudos(textOf(argv[1]), textOf(argv[2]), textOf(argv[3]), textOf(argv[4]),
                          blobOf(argv[5]), variantOf(argv[6]));
    else if (kind == QLatin1String("score") && argc == 8)
        ok = trust->score(api().valueInt64(argv[1]), textOf(argv[2]), textOf(argv[3]).toUtf8(),
                          variantOf(argv[4]), textOf(argv[5]), blobOf(argv[6]), variantOf(argv[7]));
    else {
        api().resultError(context, "attune_trusted: unknown record kind or arity", -1);
        return;
    }
    api().resultInt(context, ok ? 1 : 0);
}

QDateTime timeOf(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

void RecordTrust::setRecordKey(const QByteArray& publicKey)
{
    QMutexLocker locker(&m_mutex);
    if (publicKey != m_recordKey)
        m_checked.clear();
    m_recordKey = publicKey;
}

void RecordTrust::setAttestor(Attestor attested)
{
    QMutexLocker locker(&m_mutex);
    m_attested = std::move(attested);
}

QByteArray RecordTrust::downloadedDigest(const QStringList& fields)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& field : fields) {
        // Length-prefixed, so no two different lists of fields hash alike.
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    }
    return hash.result();
}

QString RecordTrust::scoreText(const QVariant& score)
{
    return score.isNull() ? QString() : QString::number(score.toDouble(), 'g', 17);
}

bool RecordTrust::signedBy(const QByteArray& message, const QByteArray& signature) const
{
    if (signature.size() != SupervisorRecords::kSignatureBytes)
        return false;
    QByteArray key;
    const QByteArray remembered = message + signature;
    {
        QMutexLocker locker(&m_mutex);
        const auto found = m_checked.constFind(remembered);
        if (found != m_checked.constEnd())
            return *found;
        key = m_recordKey;
    }
    const bool ok = SupervisorRecords::verify(key, message, signature);
    QMutexLocker locker(&m_mutex);
    if (key == m_recordKey) {
        if (m_checked.size() >= kMaxRemembered)
            m_checked.clear();
        m_checked.insert(remembered, ok);
    }
    return ok;
}

bool RecordTrust::attested(const QStringList& fields, const QVariant& serverId) const
{
    if (serverId.isNull())
        return false;
    Attestor attestor;
    {
        QMutexLocker locker(&m_mutex);
        attestor = m_attested;
    }
    // Not remembered: a record becomes attested when a later sync run reads it from the server.
    return attestor && attestor(serverId.toString(),
                                downloadedDigest(QStringList{fields.first(), serverId.toString()} +
                                                 fields.mid(1)));
}

bool RecordTrust::refused() const
{
    if (m_unverifiedSeen.fetch_add(1) == 0)
        qCWarning(lcStorage) << "a supervisor record without a valid signature is not shown";
    return false;
}

bool RecordTrust::note(const QString& callId, const QString& text, const QString& writtenAt,
                       const QByteArray& signature, const QVariant& serverId) const
{
    if (signedBy(SupervisorRecords::noteMessage(callId, text, timeOf(writtenAt)), signature) ||
        attested({QStringLiteral("note"), callId, text, writtenAt}, serverId))
        return true;
    return refused();
}

bool RecordTrust::kudos(const QString& callId, const QString& behaviour, const QString& text,
                        const QString& givenAt, const QByteArray& signature,
                        const QVariant& serverId) const
{
    if (signedBy(SupervisorRecords::kudosMessage(callId, behaviour, text, timeOf(givenAt)),
                 signature) ||
        attested({QStringLiteral("kudos"), callId, behaviour, text, givenAt}, serverId))
        return true;
    return refused();
}

bool RecordTrust::score(qint64 assessmentId, const QString& syncId, const QByteArray& answersJson,
                        const QVariant& score, const QString& scoredAt, const QByteArray& signature,
                        const QVariant& serverId) const
{
    Assessment rubric;
    rubric.answers = Assessment::answersFromJson(answersJson);
    const std::optional<double> expected = rubric.score();
    const bool scoreMatches = expected
                                  ? !score.isNull() && std::abs(score.toDouble() - *expected) < 1e-9
                                  : score.isNull();
    if ((scoreMatches &&
         signedBy(SupervisorRecords::scoreMessage(assessmentId, answersJson, timeOf(scoredAt)),
                  signature)) ||
        attested({QStringLiteral("score"), syncId, QString::fromUtf8(answersJson), scoreText(score),
                  scoredAt},
                 serverId))
        return true;
    return refused();
}

bool RecordTrust::installOn(const QSqlDatabase& connection, QString* error) const
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    sqlite3* db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3* const*>(handle.data())
                      : nullptr;
    if (!db || !api().complete()) {
        if (error)
            *error = QStringLiteral("no SQLite handle to give attune_trusted to");
        return false;
    }
    // SQLITE_DIRECTONLY: a view or trigger someone put into the file cannot call it.
    if (api().createFunction(db, "attune_trusted", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                             const_cast<RecordTrust*>(this), trustedFunction, nullptr, nullptr,
                             nullptr) != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("attune_trusted could not be registered");
        return false;
    }
    return true;
}

} // namespace attune
