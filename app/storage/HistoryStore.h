#pragma once

#include "core/History.h"
#include "storage/HistorySql.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace attune {

class Database;

// The history, a page at a time with keyset paging: a page starts after the last row of the one
// before (the sorted value, then the row id), so page 5,000 costs what page 1 does and nothing is
// ever loaded whole. Filters are SQL over indexed columns; the name search uses a trigram index.
class HistoryStore
{
public:
    explicit HistoryStore(Database& database);

    // `after` is the last row of the previous page, or null for the first page. With `error`, a
    // failed read puts the reason there (in plain words) instead of being logged.
    QList<HistoryRow> page(const HistoryFilter& filter, const HistoryOrder& order,
                           const HistoryRow* after, int size, QString* error = nullptr) const;
    QList<HistoryRow> page(const HistoryFilter& filter, const HistoryRow* after, int size) const
    {
        return page(filter, HistoryOrder(), after, size);
    }

    std::optional<HistoryDetail> detail(qint64 callRowId, HistoryViewer viewer) const;

    // Weeks (Monday to Sunday, UTC) that overlap [from, to], oldest first; empty weeks included.
    QList<HistoryWeek> weeks(const QDate& from, const QDate& to) const;

    // While `hidden` says so (a supervisor is signed in and IT does not share wellbeing), stress
    // ratings and the breathing exercises' ratings are left out of rows, details and weeks, and
    // cannot be filtered on: a supervisor sees in the local history what the team server would
    // show them (Settings::teamShareWellbeing).
    void hideWellbeingWhile(std::function<bool()> hidden) { m_wellbeingHidden = std::move(hidden); }
    bool wellbeingHidden() const { return m_wellbeingHidden && m_wellbeingHidden(); }
    // For a reader on another thread (HistoryLoader), which makes its own store over it.
    Database& database() const { return m_database; }

private:
    // Above this many name matches, walking the sorted index beats sorting the matches.
    static constexpr int kCommonSearchMatches = 2000;
    bool searchMatchesAtLeast(const QString& text, int count) const;

    Database& m_database;
    HistorySql m_sql;
    std::function<bool()> m_wellbeingHidden;
};

} // namespace attune
