#pragma once

#include "core/Coaching.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

#include <functional>
#include <optional>

namespace attune {

class Database;

// What a supervisor adds to the history: coaching notes, kudos and their own rubric score of an
// assessment. The agent reads all of it in their own view.
//
// Every record is signed while a supervisor is signed in (SupervisorGate::sign), and read back
// only when its signature checks against IT's record key: a row typed into the file by hand is
// never shown or announced as the supervisor's (it is logged as a count, nothing else).
class CoachingStore
{
    Q_DECLARE_TR_FUNCTIONS(CoachingStore)

public:
    explicit CoachingStore(Database& database);

    using Signer = std::function<QByteArray(const QByteArray& message)>;
    // Who signs new records (the supervisor's session) and the key records are checked against.
    // Without a signer, or when it gives no signature, nothing is written.
    void protect(Signer signer, QByteArray recordPublicKey);
    // Records read back whose signature did not check (since the database was made), by any
    // read: this store's, the history's counts and scores, the trends.
    int unverifiedSeen() const;

    // Records that came down from the team server carry its id (`server_id`, their origin) and
    // no local signature: the server's row-level security let only the supervisor's own role
    // write them. They are shown only while `attested` says the server handed over that very
    // record, content included (TeamSync::attests), so a row the agent writes into the file with
    // a made-up or copied server id is hidden like any unsigned one.
    using Attestor = std::function<bool(const QString& serverId, const QByteArray& digest)>;
    void trustServerRecords(Attestor attested);
    // What a downloaded record's content is checked by (RecordTrust::downloadedDigest).
    static QByteArray downloadedDigest(const QStringList& fields);

    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxBehaviourLength = 200;
    static constexpr int kMaxKudosTextLength = 1000;

    // A record checked and signed at the moment the supervisor gives it, to be written later
    // (the running app writes it on the storage thread: signing is work for the CPU, the write
    // may wait for another process holding the database).
    struct Signed
    {
        enum class Kind
        {
            Note,
            Kudos,
            Score
        };
        Kind kind = Kind::Note;
        QString callId;
        qint64 assessmentId = 0;
        QString behaviour;
        QString text; // the note, or the kudos' words
        QByteArray answersJson;
        std::optional<double> score;
        QDateTime at;
        QByteArray signature;
    };
    // Each checks and signs without touching the database; nothing, with the reason in `error`
    // (empty text, too long, nobody signed in), when it cannot be given.
    std::optional<Signed> signNote(const QString& callId, const QString& text, const QDateTime& at,
                                   QString* error = nullptr) const;
    std::optional<Signed> signKudos(const QString& callId, const QString& behaviour,
                                    const QString& text, const QDateTime& at,
                                    QString* error = nullptr) const;
    std::optional<Signed> signScore(qint64 assessmentId, const QMap<QString, QString>& answers,
                                    std::optional<double> score, const QDateTime& at,
                                    QString* error = nullptr) const;
    // Writes a signed record: its new id (1 for a score), or 0 with the reason (no such call or
    // assessment any more: then `gone` is set; or the database's refusal).
    qint64 write(const Signed& record, QString* error = nullptr, bool* gone = nullptr);

    // Sign and write at once. Each returns the new id, or 0 with the reason in `error` (empty
    // text, too long, no such call).
    qint64 addNote(const QString& callId, const QString& text, const QDateTime& at,
                   QString* error = nullptr);
    qint64 giveKudos(const QString& callId, const QString& behaviour, const QString& text,
                     const QDateTime& at, QString* error = nullptr);
    // Replaces the supervisor's earlier score of the same assessment.
    bool scoreAssessment(qint64 assessmentId, const QMap<QString, QString>& answers,
                         std::optional<double> score, const QDateTime& at,
                         QString* error = nullptr);

    QList<CoachingNote> notes(const QString& callId) const;
    QList<Kudos> kudos(const QString& callId) const;
    // Kudos the agent has not been told about yet, oldest first; marking them is separate so a
    // crash between showing and marking shows them again rather than never.
    QList<Kudos> kudosToAnnounce() const;
    bool markAnnounced(const QList<qint64>& ids, const QDateTime& at, QString* error = nullptr);
    // The kudos not announced yet as lines for the agent ("Stayed calm: … (the call with Ana)"),
    // marked announced: each is announced once.
    QStringList takeKudosToAnnounce(const QDateTime& at);
    // The lines the agent reads for `kudos` ("Stayed calm: … (the call with Ana)").
    static QStringList announcementLines(const QList<Kudos>& kudos);

private:
    QList<Kudos> readKudos(QSqlQuery& query) const;

    Database& m_database;
    Signer m_signer;
};

} // namespace attune
