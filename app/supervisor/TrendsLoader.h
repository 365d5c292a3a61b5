#pragma once

#include "storage/HistoryStore.h"

#include <QObject>

#include <functional>

class QThread;

namespace attune {

class Database;

// Works out the weekly trends on a thread of its own (with its own database connection): a year
// of assessments takes SQLite a second or two to read, and the history window must not freeze
// meanwhile. Only the latest request's answer is delivered.
class TrendsLoader : public QObject
{
    Q_OBJECT

public:
    explicit TrendsLoader(Database& database, QObject* parent = nullptr);
    ~TrendsLoader() override;

    void request(const QDate& from, const QDate& to);
    // Asked at each request: the weeks then leave out stress ratings (HistoryStore's rule).
    void hideWellbeingWhile(std::function<bool()> hidden) { m_wellbeingHidden = std::move(hidden); }

Q_SIGNALS:
    void ready(const QDate& from, const QDate& to, const QList<attune::HistoryWeek>& weeks);

private:
    Database& m_database;
    std::function<bool()> m_wellbeingHidden;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread
    quint64 m_generation = 0;
};

} // namespace attune
