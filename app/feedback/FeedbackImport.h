#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace attune {

class CueDetector;
class CueReader;
class Database;
class ImportRows;
class ImportStaging;

// `attune import feedback FILE`: post-call survey results (CSV with a header row, or a JSON array
// of objects) beside the agent's own calls. It is the CRM import's machinery with survey rules:
// read as a stream, every row checked and staged outside the database (ImportStaging), and only a
// whole, valid file swapped in, so a bad row changes nothing and a running Attune's writes wait
// milliseconds. Each row names its call by call_id, or by customer_id or phone with call_time;
// a call that is not in this history, or a customer and time that fit more than one call, is
// refused with the reason, never guessed. The comment is read by the cue reader at import time
// (in the row's language, the customer's profile language, or the one it is detected in) so the
// history can find the customers who left upset. Format and keys: docs/import.md.
class FeedbackImport
{
    Q_DECLARE_TR_FUNCTIONS(FeedbackImport)

public:
    struct Result
    {
        int rows = 0;
        int created = 0;
        int unchanged = 0; // already imported (the same call and survey, or the same row)
        int upset = 0;
        // Values changed on the way in, each naming file, line and field (ImportRows).
        QStringList warnings;
    };

    // One survey answer, as checked.
    struct Survey
    {
        QString callId;
        QString surveyId;
        std::optional<int> csat;
        std::optional<int> nps;
        QString comment;
        QString language; // the comment's, "" when it has none
        QString cue;      // the strongest negative cue of the comment, "" when none
        bool upset = false;
    };

    FeedbackImport(Database& database, QString defaultCountry);
    ~FeedbackImport();

    static QStringList fieldNames();
    bool importFile(const QString& path, Result* result, QString* error);

    // The customer's score on the history's 0..100 scale: CSAT 1..5 as 0, 25 .. 100, else
    // NPS 0..10 as 0, 10 .. 100.
    static double scoreOf(const std::optional<int>& csat, const std::optional<int>& nps);
    // The row's identity: the call and the survey id, or the call and a digest of the answers
    // when the survey tool gives no id. Importing a row with a key that is there replaces it.
    static QString keyOf(const Survey& survey);
    // The survey's id on the team server: the same call and key give the same id, so a survey
    // imported again updates its row there.
    static QString syncIdOf(const QString& callSyncId, const QString& key);
    // Upset: the comment reads negative, or a low score (CSAT 1 or 2; NPS 0 to 4 without CSAT).
    static bool lowScore(const std::optional<int>& csat, const std::optional<int>& nps);

    // A survey about a call names its time within this much of the call.
    static constexpr int kMatchMinutes = 10;
    static constexpr qint64 kMaxFileBytes = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qsizetype kMaxValueChars = 2000;

    // Handed to the staging (tests write from there, as a running Attune would).
    std::function<void()> afterEachWrite;

private:
    using Row = QHash<QString, QString>;
    bool stageRow(const Row& row, int line, const QString& where, QString* error);
    bool findCall(const Row& row, const QString& where, QString* callId, QString* callSyncId,
                  QString* profileLanguage, QString* error);
    void readComment(Survey* survey, const QString& profileLanguage) const;
    // The file's records as rows, each checked (the rule shared with every import) and staged.
    ImportRows rowsOf(const QString& name);
    bool importCsv(QIODevice& file, const QString& name, QString* error);
    bool importJson(QIODevice& file, const QString& name, QString* error);

    Database& m_database;
    QString m_defaultCountry;
    std::unique_ptr<CueDetector> m_rules;
    std::unique_ptr<CueReader> m_cues;
    std::unique_ptr<ImportStaging> m_staging;
    std::unique_ptr<QSqlQuery> m_byCallId;
    std::unique_ptr<QSqlQuery> m_byCustomer;
    std::unique_ptr<QSqlQuery> m_byPhone;
    QString m_importedAt;
    QStringList m_warnings;
    int m_upset = 0;
    // Survey tools send the same few comments ("ok", "Thanks!") thousands of times: each distinct
    // comment (in the language it was read in) is read once. Bounded so memory stays flat on a
    // file of distinct comments.
    struct Reading
    {
        QString language;
        QString cue;
        bool upset = false;
    };
    static constexpr qsizetype kMaxReadings = 4096;
    static constexpr int kLookupsPerSnapshot = 2000;
    bool m_reading = false;
    int m_lookups = 0;
    mutable QHash<QString, Reading> m_readings;
};

} // namespace attune
