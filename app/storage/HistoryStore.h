#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace attune {

class Database;

// One row of the history: a call and (when there is one) its self-assessment.
struct HistoryRow
{
    qint64 callRowId = 0;
    QString callId;
    QDateTime at;
    QString customer;
    qint64 talkMs = 0;
    std::optional<double> arcPeak;
    QString arcPeakKind;
    std::optional<bool> calmed;
    qint64 assessmentId = 0; // 0: not assessed
    QString outcome;
    std::optional<double> score;
    std::optional<int> stressBefore;
    std::optional<int> stressAfter;
};

// What the history view asks for. Every field becomes indexed SQL.
struct HistoryFilter
{
    QDate from; // inclusive, local days; invalid: no bound
    QDate to;
    QString outcome; // "resolved", "follow_up", "escalated"; empty: any
    std::optional<double> scoreBelow;
    bool hotOnly = false;        // the customer's arc peaked at or above kHotPeak
    bool highStressOnly = false; // the agent rated their stress after the call 4 or 5
    QString customerContains;

    static constexpr double kHotPeak = 0.6;
};

// The history, newest first, a page at a time with keyset paging: a page starts after the last
// row of the one before (time, then row id), so page 5,000 costs what page 1 does and nothing is
// ever loaded whole. Private notes are not read here at all.
class HistoryStore
{
public:
    explicit HistoryStore(Database& database);

    // `after` is the last row of the previous page, or null for the first page.
    QList<HistoryRow> page(const HistoryFilter& filter, const HistoryRow* after, int size) const;

private:
    Database& m_database;
};

} // namespace attune
