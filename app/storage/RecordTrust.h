#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>

class QSqlDatabase;

namespace attune {

// Whether a supervisor record (coaching note, kudos, score) in the agent's own file may be shown
// as the supervisor's: signed with IT's record key (SupervisorRecords), or handed over by the
// team server during this run (TeamSync::attests). Anyone who can write the file can add rows,
// so every read of these tables goes through here, the SQL ones included: each connection of the
// database gets the SQL function `attune_trusted(kind, …)` (installOn), and the history's
// counts, scores, trends and export only count the rows it passes.
//
// One per Database, shared by its connections on every thread. A signature's outcome depends
// only on the key, the message and the signature, so it is remembered: a page scrolled back to
// costs no new check.
class RecordTrust
{
public:
    using Attestor = std::function<bool(const QString& serverId, const QByteArray& digest)>;

    void setRecordKey(const QByteArray& publicKey);
    void setAttestor(Attestor attested);

    // The stored columns, as text, exactly as the file holds them.
    bool note(const QString& callId, const QString& text, const QString& writtenAt,
              const QByteArray& signature, const QVariant& serverId) const;
    bool kudos(const QString& callId, const QString& behaviour, const QString& text,
               const QString& givenAt, const QByteArray& signature, const QVariant& serverId) const;
    // `syncId`: the assessment's stable id, which a downloaded score names on the server. The
    // signature covers the answers, not the score column, so a local record also needs the score
    // to be the rubric's over those answers.
    bool score(qint64 assessmentId, const QString& syncId, const QByteArray& answersJson,
               const QVariant& score, const QString& scoredAt, const QByteArray& signature,
               const QVariant& serverId) const;

    // What a downloaded record's content is checked by: its kind, server id and the columns
    // stored for it, as text.
    static QByteArray downloadedDigest(const QStringList& fields);
    // A score as a downloaded digest names it (the same text from PostgreSQL's and SQLite's).
    static QString scoreText(const QVariant& score);

    // Records refused since the database was made.
    int unverifiedSeen() const { return m_unverifiedSeen.load(); }

    // Gives an open SQLite connection `attune_trusted`; false (and nothing shows) when it cannot.
    bool installOn(const QSqlDatabase& connection, QString* error) const;

private:
    bool signedBy(const QByteArray& message, const QByteArray& signature) const;
    bool attested(const QStringList& fields, const QVariant& serverId) const;
    bool refused() const;

    mutable QMutex m_mutex;
    QByteArray m_recordKey;
    Attestor m_attested;
    mutable QHash<QByteArray, bool> m_checked; // message + signature -> outcome
    mutable std::atomic<int> m_unverifiedSeen{0};
};

} // namespace attune
