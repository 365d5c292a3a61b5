#pragma once

#include "assessment/Assessment.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace attune {

class Database;

// Self-assessments and their drafts in the local database. A save is one transaction that writes
// the assessment and drops its draft, so after a crash there is either the whole assessment or
// the draft, never half of one. Use it on the thread that opened the database.
class AssessmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentStore)

public:
    explicit AssessmentStore(Database& database);

    // Inserts or replaces the draft of `draft.callId`.
    bool saveDraft(const Assessment& draft, QString* error = nullptr);
    std::optional<Assessment> draft(const QString& callId) const;
    // Drafts not yet saved, newest first: offered again at start.
    QList<Assessment> drafts() const;
    bool discardDraft(const QString& callId, QString* error = nullptr);

    // Sets `assessment->id` on success.
    bool save(Assessment* assessment, QString* error = nullptr);
    std::optional<Assessment> assessment(qint64 id) const;
    // Oldest first, for export; `limit` 0 for all.
    QList<Assessment> assessments(int limit = 0) const;
    int count() const;

private:
    Database& m_database;
};

} // namespace attune
