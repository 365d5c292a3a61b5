#include "PhraseStore.h"

#include "Database.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace attune {

namespace {

// A colon cannot appear in a library id, so a personal phrase never clashes with one.
const QString kPersonalPrefix = QStringLiteral("personal:");

QString tagNames(quint8 bits, QLatin1String (*name)(int), int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (bits & (1u << i))
            names << QString(name(i));
    }
    return names.join(QLatin1Char(','));
}

QLatin1String cueName(int index)
{
    return cueTagName(CueTag(index));
}

QLatin1String momentNameAt(int index)
{
    return momentName(CallMoment(index));
}

quint8 tagBits(const QString& names, QLatin1String (*name)(int), int count)
{
    quint8 bits = 0;
    for (const QString& part : names.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (int i = 0; i < count; ++i) {
            if (part == name(i))
                bits |= quint8(1u << i);
        }
    }
    return bits;
}

} // namespace

PhraseStore::PhraseStore(Database& database)
    : m_database(database)
{}

QSet<QString> PhraseStore::starred() const
{
    QSet<QString> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT phrase_id FROM phrase_preferences WHERE starred = 1"));
    if (!Database::runQuery(query, nullptr))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

bool PhraseStore::setStarred(const QString& phraseId, bool starred, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO phrase_preferences (phrase_id, starred) VALUES (:id, :starred)"
                       " ON CONFLICT (phrase_id) DO UPDATE SET starred = excluded.starred"));
    query.bindValue(QStringLiteral(":id"), phraseId);
    query.bindValue(QStringLiteral(":starred"), starred ? 1 : 0);
    return Database::runQuery(query, error);
}

PhraseLearning PhraseStore::learning() const
{
    PhraseLearning learning;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT phrase_id, learned_weight FROM phrase_preferences WHERE learned_weight != 0"));
    if (!Database::runQuery(query, nullptr))
        return learning;
    while (query.next())
        learning.weights.insert(query.value(0).toString(),
                                std::clamp(query.value(1).toDouble(), -1.0, 1.0));
    return learning;
}

bool PhraseStore::saveLearning(const PhraseLearning& learning, QString* error)
{
    QSqlDatabase db = m_database.connection();
    // A savepoint, not BEGIN: atomic on its own, and it nests inside the transaction of the
    // forwarded request whose call end learned this (StorageQueue::endRequest).
    QSqlQuery savepoint(db);
    if (!savepoint.exec(QStringLiteral("SAVEPOINT phrase_learning"))) {
        if (error)
            *error = m_database.fault(savepoint.lastError());
        return false;
    }
    QSqlQuery reset(db);
    reset.prepare(QStringLiteral("UPDATE phrase_preferences SET learned_weight = 0"));
    bool ok = Database::runQuery(reset, error);
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO phrase_preferences (phrase_id, learned_weight) VALUES (:id, :weight)"
        " ON CONFLICT (phrase_id) DO UPDATE SET learned_weight = excluded.learned_weight"));
    for (auto it = learning.weights.cbegin(); ok && it != learning.weights.cend(); ++it) {
        upsert.bindValue(QStringLiteral(":id"), it.key());
        upsert.bindValue(QStringLiteral(":weight"), std::clamp(it.value(), -1.0, 1.0));
        ok = Database::runQuery(upsert, error);
    }
    // Rows that hold nothing any more are dropped, so the table does not grow forever.
    QSqlQuery prune(db);
    prune.prepare(
        QStringLiteral("DELETE FROM phrase_preferences WHERE starred = 0 AND learned_weight = 0"));
    ok = ok && Database::runQuery(prune, error);
    if (!ok) {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK TO phrase_learning"));
        rollback.exec(QStringLiteral("RELEASE phrase_learning"));
        return false;
    }
    QSqlQuery release(db);
    if (!release.exec(QStringLiteral("RELEASE phrase_learning"))) {
        if (error)
            *error = m_database.fault(release.lastError());
        return false;
    }
    return true;
}

QList<Phrase> PhraseStore::personalPhrases() const
{
    QList<Phrase> phrases;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, text, technique, cues, moments FROM personal_phrases ORDER BY id"));
    if (!Database::runQuery(query, nullptr))
        return phrases;
    while (query.next()) {
        Phrase phrase;
        phrase.id = kPersonalPrefix + query.value(0).toString();
        phrase.text = query.value(1).toString();
        phrase.cues = tagBits(query.value(3).toString(), cueName, kCueTagCount);
        phrase.moments = tagBits(query.value(4).toString(), momentNameAt, kCallMomentCount);
        QString problem;
        if (!techniqueFromName(query.value(2).toString(), &phrase.technique) ||
            !PhraseLibrary::checkPersonalPhrase(&phrase, &problem)) {
            // Only a hand-edited database gets here; skip the row rather than show a hole.
            qCWarning(lcStorage) << "skipping personal phrase" << phrase.id;
            continue;
        }
        phrases.append(phrase);
    }
    return phrases;
}

bool PhraseStore::addPersonalPhrase(Phrase* phrase, QString* error)
{
    if (!PhraseLibrary::checkPersonalPhrase(phrase, error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO personal_phrases (text, technique, cues, moments, created_at)"
                       " VALUES (:text, :technique, :cues, :moments, :created_at)"));
    query.bindValue(QStringLiteral(":text"), phrase->text);
    query.bindValue(QStringLiteral(":technique"), QString(techniqueName(phrase->technique)));
    query.bindValue(QStringLiteral(":cues"), tagNames(phrase->cues, cueName, kCueTagCount));
    query.bindValue(QStringLiteral(":moments"),
                    tagNames(phrase->moments, momentNameAt, kCallMomentCount));
    query.bindValue(QStringLiteral(":created_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!Database::runQuery(query, error))
        return false;
    phrase->id = kPersonalPrefix + QString::number(query.lastInsertId().toLongLong());
    return true;
}

bool PhraseStore::isPersonal(const QString& phraseId)
{
    return phraseId.startsWith(kPersonalPrefix);
}

bool PhraseStore::removePersonalPhrase(const QString& phraseId, QString* error)
{
    if (!isPersonal(phraseId))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM personal_phrases WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), phraseId.mid(kPersonalPrefix.size()).toLongLong());
    return Database::runQuery(query, error);
}

} // namespace attune
