#pragma once

#include "core/History.h"
#include "services/CoachingService.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace attune {

class ArcChart;
class CustomerFeedbackView;
class Rubric;

// The right-hand side of the history: one call's arc, self-assessment, the supervisor's score,
// coaching notes and kudos, and (for a supervisor) the buttons that add to them.
class HistoryDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryDetailPane(const Rubric& rubric, QWidget* parent = nullptr);

    // Which supervisor buttons are shown, and which of them apply to the selected call.
    void setActions(bool supervisor, bool callSelected, bool callAssessed);
    // Nothing selected; says so when the list is empty.
    void showNothing(bool noCallMatches);
    // The selected call's row is still being read (its page was dropped from memory).
    void showLoading();
    // One call. `profile` is a line about the customer (may be empty).
    void showCall(const HistoryRow& row, const CallDetail& call, const QString& profile);
    // The title and the text shown, as plain text.
    QString text() const;

Q_SIGNALS:
    void coachingNoteRequested();
    void kudosRequested();
    void scoreRequested();

private:
    const Rubric& m_rubric;
    QLabel* m_title = nullptr;
    ArcChart* m_arc = nullptr;
    QTextBrowser* m_detail = nullptr;
    // The customer's verdict (post-call survey), under the self-assessment.
    CustomerFeedbackView* m_feedback = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_kudosButton = nullptr;
    QPushButton* m_scoreButton = nullptr;
};

} // namespace attune
