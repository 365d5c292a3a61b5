#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace attune {

class Database;
class PracticeSession;
struct PracticeFeedback;

// One practice run as the agent's history keeps it. Kept in its own table (practice_runs), never
// in `calls`: the history's call queries, trends and exports never see a practice run.
struct PracticeRecord
{
    qint64 id = 0;
    QString scenarioId;
    QString locale;
    QDateTime startedAt;
    QDateTime endedAt;
    int turns = 0;
    QJsonObject behaviours; // behaviour name -> replies that showed it
    QString outcome;        // better, same, worse, turn_limit, abandoned

    static PracticeRecord of(const PracticeSession& session, const PracticeFeedback& feedback);
};

// The agent's practice runs in the local database. Use it on the thread that opened it.
class PracticeStore
{
    Q_DECLARE_TR_FUNCTIONS(PracticeStore)

public:
    explicit PracticeStore(Database& database);

    // Saves a finished run; the record's id is filled in.
    bool save(PracticeRecord* record, QString* error = nullptr);
    // Newest first.
    QList<PracticeRecord> recent(int limit) const;

private:
    Database& m_database;
};

} // namespace attune
