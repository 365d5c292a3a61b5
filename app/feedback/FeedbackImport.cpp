#include "FeedbackImport.h"

#include "core/InputFile.h"
#include "empathy/CueDetector.h"
#include "empathy/CueModel.h"
#include "profile/CustomerImport.h"
#include "profile/ImportRows.h"
#include "profile/ImportStaging.h"
#include "profile/PhoneNumber.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

namespace attune {

namespace {

const QString kCallId = QStringLiteral("call_id");
const QString kSurveyId = QStringLiteral("survey_id");
const QString kCustomerId = QStringLiteral("customer_id");
const QString kPhone = QStringLiteral("phone");
const QString kCallTime = QStringLiteral("call_time");
const QString kCsat = QStringLiteral("csat");
const QString kNps = QStringLiteral("nps");
const QString kComment = QStringLiteral("comment");
const QString kLanguage = QStringLiteral("language");

ImportStaging::Table feedbackTable()
{
    return {QStringLiteral("customer_feedback"),
            QStringLiteral("feedback_key"),
            {QStringLiteral("feedback_key"), QStringLiteral("call_id"), QStringLiteral("survey_id"),
             QStringLiteral("csat"), QStringLiteral("nps"), QStringLiteral("score"),
             QStringLiteral("comment"), QStringLiteral("comment_language"),
             QStringLiteral("comment_cue"), QStringLiteral("upset"), QStringLiteral("imported_at"),
             QStringLiteral("sync_id"),
             // Kept rows keep their id (the outbox names rows by it); the file's rows get a new
             // one from a NULL.
             QStringLiteral("id")},
            // The outbox triggers hear of the file's rows only while a team server is set.
            QStringLiteral("EXISTS (SELECT 1 FROM team_state WHERE key = 'sync_enabled'"
                           " AND value = '1')")};
}

const QSet<QString>& knownFields()
{
    static const QSet<QString> known = [] {
        const QStringList names = FeedbackImport::fieldNames();
        return QSet<QString>(names.cbegin(), names.cend());
    }();
    return known;
}

QVariant intOrNull(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

// Every import's shared messages are ImportRows', so they read (and are translated) the same.
QString field(const QString& where, const QString& name, const QString& problem)
{
    return ImportRows::fieldProblem(where, name, problem);
}

} // namespace

FeedbackImport::FeedbackImport(Database& database, QString defaultCountry)
    : m_database(database)
    , m_defaultCountry(std::move(defaultCountry))
{
    Lexicon lexicon;
    QString ignored;
    // The English rules sharpen the English model; without them the models read alone.
    if (Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &ignored))
        m_rules = std::make_unique<CueDetector>(std::move(lexicon));
    m_cues = std::make_unique<CueReader>(m_rules.get(), &CueModels::shared());
}

FeedbackImport::~FeedbackImport() = default;

QStringList FeedbackImport::fieldNames()
{
    return {kCallId, kSurveyId, kCustomerId, kPhone, kCallTime, kCsat, kNps, kComment, kLanguage};
}

double FeedbackImport::scoreOf(const std::optional<int>& csat, const std::optional<int>& nps)
{
    if (csat)
        return (*csat - 1) * 25.0;
    return nps ? *nps * 10.0 : 0.0;
}

bool FeedbackImport::lowScore(const std::optional<int>& csat, const std::optional<int>& nps)
{
    if (csat)
        return *csat <= 2;
    return nps && *nps <= 4;
}

QString FeedbackImport::keyOf(const Survey& survey)
{
    if (!survey.surveyId.isEmpty())
        return survey.callId + QStringLiteral("\x1Fsurvey:") + survey.surveyId;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(survey.callId.toUtf8());
    digest.addData(QByteArrayView("\x1F"));
    digest.addData(QByteArray::number(survey.csat.value_or(-1)));
    digest.addData(QByteArrayView("\x1F"));
    digest.addData(QByteArray::number(survey.nps.value_or(-1)));
    digest.addData(QByteArrayView("\x1F"));
    digest.addData(survey.comment.toUtf8());
    return survey.callId + QStringLiteral("\x1Frow:") +
           QString::fromLatin1(digest.result().toHex().left(32));
}

QString FeedbackImport::syncIdOf(const QString& callSyncId, const QString& key)
{
    // A name-based UUID (version 5) in the call's own random id as namespace: unique to this
    // agent's call, and the same for the same survey of it.
    static const QUuid kNoCall(QStringLiteral("{5b0f6e3a-1c1e-4f5e-9d3c-2a7b8c9d0e1f}"));
    const QUuid call(callSyncId);
    return QUuid::createUuidV5(call.isNull() ? kNoCall : call, key.toUtf8())
        .toString(QUuid::WithoutBraces);
}

void FeedbackImport::readComment(Survey* survey, const QString& profileLanguage) const
{
    if (survey->comment.isEmpty()) // trimmed by the caller
        return;
    QString language = survey->language;
    if (language.isEmpty())
        language = profileLanguage;
    // The language asked for is part of the key: "" (detect) and "de" may read differently.
    const QString key = language + QLatin1Char('\x1F') + survey->comment;
    if (const auto known = m_readings.constFind(key); known != m_readings.cend()) {
        survey->language = known->language;
        survey->cue = known->cue;
        survey->upset = known->upset;
        return;
    }
    if (language.isEmpty()) {
        const std::shared_ptr<const LanguageDetector> detector = CueModels::shared().detector();
        language = detector ? detector->detect(survey->comment) : QString();
    }
    if (language.isEmpty())
        language = QStringLiteral("en");
    const CueReading reading = m_cues->read(survey->comment, language);
    survey->language = language;
    if (reading.negative) {
        for (const Cue& cue : reading.cues) {
            if (cue.kind != Cue::Kind::Gratitude) {
                survey->cue = cueKindName(cue.kind);
                break;
            }
        }
        survey->upset = true;
    }
    if (m_readings.size() >= kMaxReadings)
        m_readings.clear();
    m_readings.insert(key, {survey->language, survey->cue, survey->upset});
}

bool FeedbackImport::findCall(const Row& row, const QString& where, QString* callId,
                              QString* callSyncId, QString* profileLanguage, QString* error)
{
    if (m_reading && ++m_lookups % kLookupsPerSnapshot == 0) {
        QSqlDatabase db = m_database.connection();
        m_reading = db.commit() && db.transaction();
    }
    const QString givenCall = row.value(kCallId).trimmed();
    if (!givenCall.isEmpty()) {
        m_byCallId->bindValue(0, givenCall);
        if (!Database::runQuery(*m_byCallId, error))
            return false;
        if (!m_byCallId->next()) {
            *error = field(where, kCallId,
                           tr("no answered call \"%1\" is in this history; nothing is guessed")
                               .arg(givenCall.left(60)));
            return false;
        }
        *callId = m_byCallId->value(0).toString();
        *profileLanguage = cueLanguageOf(m_byCallId->value(1).toString());
        *callSyncId = m_byCallId->value(2).toString();
        m_byCallId->finish();
        return true;
    }
    const QString customer = row.value(kCustomerId).trimmed();
    const QString phone = row.value(kPhone).trimmed();
    if (customer.isEmpty() && phone.isEmpty()) {
        *error = field(where, kCallId,
                       tr("is empty; give the call id, or customer_id or phone with call_time"));
        return false;
    }
    const QString timeText = row.value(kCallTime).trimmed();
    if (timeText.isEmpty()) {
        *error = field(where, kCallTime,
                       tr("is empty; give the call id, or customer_id or phone with call_time"));
        return false;
    }
    // "2026-12-01 10:15" reads like "2026-12-01T10:15"; without an offset it is local time.
    QString isoText = timeText;
    if (isoText.size() > 10 && isoText.at(10) == QLatin1Char(' '))
        isoText[10] = QLatin1Char('T');
    const QDateTime at = QDateTime::fromString(isoText, Qt::ISODate);
    if (!at.isValid() || isoText.size() < 16) {
        *error = field(where, kCallTime,
                       tr("\"%1\" is not a time written YYYY-MM-DDTHH:MM[:SS][Z or +HH:MM]")
                           .arg(timeText.left(40)));
        return false;
    }
    const QString early = at.addSecs(-kMatchMinutes * 60).toUTC().toString(Qt::ISODateWithMs);
    const QString late = at.addSecs(kMatchMinutes * 60).toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery* query = m_byCustomer.get();
    QString who = customer;
    QString whoField = kCustomerId;
    if (customer.isEmpty()) {
        QString problem;
        QString e164 = PhoneNumber::toE164(phone, m_defaultCountry, &problem);
        if (e164.isEmpty())
            e164 = phone;
        query = m_byPhone.get();
        query->bindValue(0, phone);
        query->bindValue(1, e164);
        query->bindValue(2, late);
        query->bindValue(3, early);
        who = phone;
        whoField = kPhone;
    } else {
        query->bindValue(0, customer);
        query->bindValue(1, late);
        query->bindValue(2, early);
    }
    if (!Database::runQuery(*query, error))
        return false;
    QStringList calls;
    QString language;
    QString syncId;
    while (query->next()) {
        calls << query->value(0).toString();
        language = query->value(1).toString();
        syncId = query->value(2).toString();
    }
    query->finish();
    if (calls.isEmpty()) {
        *error = field(where, whoField,
                       tr("no answered call of \"%1\" within %2 minutes of %3 is in this "
                          "history; nothing is guessed")
                           .arg(who.left(60))
                           .arg(kMatchMinutes)
                           .arg(timeText.left(40)));
        return false;
    }
    if (calls.size() > 1) {
        *error = field(where, whoField,
                       tr("%1 calls of \"%2\" are within %3 minutes of %4; give call_id to say "
                          "which")
                           .arg(calls.size())
                           .arg(who.left(60))
                           .arg(kMatchMinutes)
                           .arg(timeText.left(40)));
        return false;
    }
    *callId = calls.first();
    *profileLanguage = cueLanguageOf(language);
    *callSyncId = syncId;
    return true;
}

bool FeedbackImport::stageRow(const Row& row, int line, const QString& where, QString* error)
{
    if (!ImportRows::checkValues(row, kMaxValueChars, where, error))
        return false;
    Survey survey;
    // The scores first: they say whether this is a survey row at all.
    const auto readScore = [&](const QString& name, int low, int high, std::optional<int>* out) {
        const QString text = row.value(name).trimmed();
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high) {
            *error = field(where, name,
                           tr("\"%1\" is not a whole number from %2 to %3")
                               .arg(text.left(40))
                               .arg(low)
                               .arg(high));
            return false;
        }
        *out = value;
        return true;
    };
    if (!readScore(kCsat, 1, 5, &survey.csat) || !readScore(kNps, 0, 10, &survey.nps))
        return false;
    if (!survey.csat && !survey.nps) {
        *error =
            field(where, kCsat,
                  tr("is empty, and so is \"nps\": a row needs CSAT (1 to 5) or NPS (0 to 10)"));
        return false;
    }
    QString profileLanguage;
    QString callSyncId;
    if (!findCall(row, where, &survey.callId, &callSyncId, &profileLanguage, error))
        return false;
    survey.surveyId = row.value(kSurveyId).trimmed();
    survey.comment = row.value(kComment).trimmed();
    survey.language = cueLanguageOf(row.value(kLanguage).trimmed());
    readComment(&survey, profileLanguage);
    survey.upset = survey.upset || lowScore(survey.csat, survey.nps);
    const QString key = keyOf(survey);
    const QVariantList values = {key,
                                 survey.callId,
                                 survey.surveyId.isNull() ? QStringLiteral("") : survey.surveyId,
                                 intOrNull(survey.csat),
                                 intOrNull(survey.nps),
                                 scoreOf(survey.csat, survey.nps),
                                 survey.comment.isNull() ? QStringLiteral("") : survey.comment,
                                 survey.comment.isEmpty() ? QStringLiteral("") : survey.language,
                                 survey.cue.isNull() ? QStringLiteral("") : survey.cue,
                                 survey.upset ? 1 : 0,
                                 m_importedAt,
                                 syncIdOf(callSyncId, key),
                                 QVariant(QMetaType(QMetaType::LongLong))};
    int firstLine = 0;
    QString problem;
    switch (m_staging->add(values, line, &firstLine, &problem)) {
    case ImportStaging::Added::Ok:
        if (survey.upset)
            ++m_upset;
        return true;
    case ImportStaging::Added::Duplicate:
        *error = tr("%1: the same survey of call \"%2\" is already on line %3")
                     .arg(where, survey.callId.left(60))
                     .arg(firstLine);
        return false;
    case ImportStaging::Added::Failed:
        break;
    }
    *error = CustomerImport::tr("%1: %2").arg(where, problem);
    return false;
}

bool FeedbackImport::importFile(const QString& path, Result* result, QString* error)
{
    *result = Result();
    m_upset = 0;
    m_readings.clear();
    const QString name = QFileInfo(path).fileName();
    QFile file;
    if (!InputFile::open(file, path, name, kMaxFileBytes, error))
        return false;
    QByteArray start = file.peek(64).trimmed();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3).trimmed();
    if (start.isEmpty()) {
        *error = ImportRows::emptyFile(name);
        return false;
    }
    // The lookups run on the main database, which WAL lets this process read while the app
    // writes; only the staging file is written meanwhile.
    QSqlDatabase db = m_database.connection();
    const QString columns = QStringLiteral(
        "SELECT DISTINCT c.call_id, coalesce(cu.language, ''), c.sync_id FROM calls c"
        " LEFT JOIN customers cu ON cu.customer_id = c.customer_id WHERE c.answered = 1 AND ");
    m_byCallId = std::make_unique<QSqlQuery>(db);
    m_byCustomer = std::make_unique<QSqlQuery>(db);
    m_byPhone = std::make_unique<QSqlQuery>(db);
    // Read once, front to back: no cached copy of each result (set before prepare()).
    for (QSqlQuery* query : {m_byCallId.get(), m_byCustomer.get(), m_byPhone.get()})
        query->setForwardOnly(true);
    // LIMIT 1 already gives one row: no DISTINCT, so no temporary b-tree for every row.
    m_byCallId->prepare(QStringLiteral("SELECT c.call_id, coalesce(cu.language, ''), c.sync_id"
                                       " FROM calls c"
                                       " LEFT JOIN customers cu ON cu.customer_id = c.customer_id"
                                       " WHERE c.answered = 1 AND c.call_id = ? LIMIT 1"));
    m_byCustomer->prepare(columns + QStringLiteral("c.customer_id = ? AND c.ringing_at <= ?"
                                                   " AND coalesce(c.ended_at, c.ringing_at) >= ?"
                                                   " LIMIT 3"));
    m_byPhone->prepare(columns + QStringLiteral("c.phone IN (?, ?) AND c.ringing_at <= ?"
                                                " AND coalesce(c.ended_at, c.ringing_at) >= ?"
                                                " LIMIT 3"));
    m_importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_staging = std::make_unique<ImportStaging>(m_database, feedbackTable());
    m_staging->afterEachWrite = afterEachWrite;
    int created = 0;
    int updated = 0;
    // The lookups read inside a read transaction, renewed every kLookupsPerSnapshot rows: in
    // autocommit each of them would take and drop SQLite's shared lock (two fcntl calls and a
    // check of the log) and forget the page cache. A reader never blocks the app's writes in WAL
    // mode; renewing it lets checkpoints move on and shows calls recorded meanwhile.
    m_lookups = 0;
    m_reading = db.transaction();
    bool ok = m_staging->begin(error) && (start.startsWith('[') ? importJson(file, name, error)
                                                                : importCsv(file, name, error));
    // The statements go first: a refused row can leave one open, which would keep the read
    // transaction from ending.
    m_byCallId.reset();
    m_byCustomer.reset();
    m_byPhone.reset();
    if (m_reading)
        db.commit(); // only read
    m_reading = false;
    ok = ok && m_staging->apply(&created, &updated, error);
    if (ok) {
        result->warnings = m_warnings;
        result->rows = m_staging->staged();
        result->created = created;
        result->unchanged = updated;
        result->upset = m_upset;
    }
    m_warnings.clear();
    m_staging.reset();
    return ok;
}

ImportRows FeedbackImport::rowsOf(const QString& name)
{
    return ImportRows(
        name, [](const QString& key) { return knownFields().contains(key) ? key : QString(); },
        [this](const ImportRows::Row& row, int line, const QString& where, QString* error) {
            return stageRow(row, line, where, error);
        });
}

bool FeedbackImport::importCsv(QIODevice& file, const QString& name, QString* error)
{
    const auto headerCheck = [&name](const QSet<QString>& present, const QStringList& header) {
        const bool names = present.contains(kCallId) ||
                           ((present.contains(kCustomerId) || present.contains(kPhone)) &&
                            present.contains(kCallTime));
        if (names && (present.contains(kCsat) || present.contains(kNps)))
            return QString();
        return tr("%1:1: the file needs a column call_id (or customer_id or phone, with "
                  "call_time) and a column csat or nps (columns: %2)")
            .arg(name, header.join(QLatin1String(", ")).left(200));
    };
    ImportRows rows = rowsOf(name);
    rows.collectWarningsInto(&m_warnings);
    return rows.readCsv(file, headerCheck, *m_staging, error);
}

bool FeedbackImport::importJson(QIODevice& file, const QString& name, QString* error)
{
    ImportRows rows = rowsOf(name);
    rows.collectWarningsInto(&m_warnings);
    return rows.readJson(file, *m_staging, error);
}

} // namespace attune
