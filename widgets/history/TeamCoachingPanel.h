#pragma once

#include "core/History.h"
#include "core/TeamCoaching.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace attune {

class Rubric;
class TeamCoachingService;

// Under the team scope's detail: the selected call's coaching notes and kudos from the server,
// and the supervisor's buttons to add a note, kudos or their score, with the same forms as on
// this computer (SupervisorDialogs). Saving runs in the background (TeamCoachingService); this
// shows "Saving…" and then the outcome, and offers again what could not be saved.
class TeamCoachingPanel : public QWidget
{
    Q_OBJECT

public:
    TeamCoachingPanel(TeamCoachingService& service, const Rubric& rubric,
                      QWidget* parent = nullptr);

    // The selected call (nothing selected: null); reads its coaching from the server.
    void showCall(const HistoryRow* row);
    QString text() const;
    QString statusText() const;

    // The buttons' handlers (the buttons, and tests).
    void askForNote();
    void askForKudos();
    void askForScore();
    void retry();

Q_SIGNALS:
    // A save was committed: the call's coaching as the server now has it.
    void coachingChanged(const attune::TeamCallCoaching& after);
    // The call's notes and kudos were read and shown.
    void coachingShown();

private:
    void showCoaching(const TeamCallCoaching& coaching);
    void updateButtons();
    void setStatus(const QString& text, bool canRetry);
    void onSaved(const TeamCoachingAction& action, const TeamCallCoaching& after, bool applied);
    void onFailed(const TeamCoachingAction& action, const QString& reason);

    TeamCoachingService& m_service;
    const Rubric& m_rubric;
    std::optional<HistoryRow> m_row;
    TeamCallCoaching m_coaching;
    quint64 m_readRequest = 0;
    std::optional<TeamCoachingAction::Kind> m_failedKind; // what "Try again" sends

    QTextBrowser* m_list = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_kudosButton = nullptr;
    QPushButton* m_scoreButton = nullptr;
    QPushButton* m_retryButton = nullptr;
};

} // namespace attune
