#pragma once

#include "core/Coaching.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace attune {

class Database;

// What a supervisor adds to the history: coaching notes, kudos and their own rubric score of an
// assessment. The agent reads all of it in their own view.
class CoachingStore
{
    Q_DECLARE_TR_FUNCTIONS(CoachingStore)

public:
    explicit CoachingStore(Database& database);

    static constexpr int kMaxNoteLength = 2000;
    static constexpr int kMaxBehaviourLength = 200;
    static constexpr int kMaxKudosTextLength = 1000;

    // Each returns the new id, or 0 with the reason in `error` (empty text, too long, no such
    // call).
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

private:
    Database& m_database;
};

} // namespace attune
