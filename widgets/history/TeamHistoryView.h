#pragma once

#include "core/History.h"
#include "supervisor/TeamHistoryLoader.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace attune {

class AgentComparison;
class HistoryDetailPane;
class HistoryFilterBar;
class Rubric;
class TeamCoachingPanel;
class TeamCoachingService;
class TeamHistoryModel;
class TrendsView;

// The history's team scope: a supervisor signed in to the team server with their own
// PostgreSQL role reads their team(s)' calls with the same filters, sorting, detail and trends
// as their own history, narrowed to one agent or one team, and compares agents on the rubric
// behaviours week by week. Every read goes through TeamHistoryLoader's thread; the server's
// row-level security decides what this role sees.
class TeamHistoryView : public QWidget
{
    Q_OBJECT

public:
    // `defaults`: the server IT configured (team/... settings); the password is never in it
    // unless IT deployed a password file only this user can read.
    TeamHistoryView(const TeamServerLogin& defaults, const Rubric& rubric,
                    QWidget* parent = nullptr);
    ~TeamHistoryView() override;

    TeamHistoryLoader& loader() { return *m_loader; }
    TeamHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    TrendsView* trends() const { return m_trendsView; }
    AgentComparison* comparison() const { return m_comparison; }
    // Notes, kudos and scores from the team scope (TeamCoachingPanel.h).
    TeamCoachingService& coaching() { return *m_coaching; }
    TeamCoachingPanel* coachingPanel() const { return m_coachingPanel; }
    QString detailText() const;
    QString statusText() const;
    bool isSignedIn() const;
    HistoryFilter currentFilter() const;

    // Signs in without the dialog (the dialog itself, and tests). The answer comes later:
    // signedIn() or signInFailed().
    void signIn(const TeamServerLogin& login);
    void signOut();
    // Opens the sign-in dialog (the button).
    void askToSignIn();

Q_SIGNALS:
    void signedIn();
    void signInFailed(const QString& error);
    void detailShown();
    void trendsShown();

private:
    QWidget* buildFilters();
    QWidget* buildDetail();
    void applyFilter();
    void teamChanged();
    void showSelected();
    void requestTrends();
    void setStatus(const QString& text);

    TeamServerLogin m_defaults;
    const Rubric& m_rubric;
    TeamHistoryLoader* m_loader = nullptr;
    TeamHistoryModel* m_model = nullptr;
    quint64 m_detailRequest = 0;
    quint64 m_trendsRequest = 0;

    QLabel* m_status = nullptr;
    QPushButton* m_signInButton = nullptr;
    QWidget* m_body = nullptr;
    HistoryFilterBar* m_filterBar = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_agent = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    HistoryDetailPane* m_detailPane = nullptr;
    TrendsView* m_trendsView = nullptr;
    AgentComparison* m_comparison = nullptr;
    TeamCoachingService* m_coaching = nullptr;
    TeamCoachingPanel* m_coachingPanel = nullptr;
};

// Asks for the supervisor's name and password on the team server; the password is never shown,
// stored or logged.
class TeamSignInDialog : public QDialog
{
    Q_OBJECT

public:
    TeamSignInDialog(const TeamServerLogin& defaults, QWidget* parent = nullptr);
    TeamServerLogin login() const;

private:
    TeamServerLogin m_defaults;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
};

// Adds the "My calls / My team" switch to the history window when a team server is set (IT's
// team/server); with none, the window is left exactly as it was. `content` is the window's
// layout: what it holds becomes the "My calls" page.
TeamHistoryView* installTeamScope(QWidget* window, QVBoxLayout* content,
                                  const TeamServerLogin& defaults, const Rubric& rubric);

} // namespace attune
