#pragma once

#include "core/History.h"
#include "settings/ExportPolicy.h"

#include <QDialog>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace attune {

class ArcChart;
class CoachingStore;
class HistoryStore;
class HistoryModel;
class Rubric;
class SupervisorGate;
class TrendsLoader;
class TrendsView;
class TeamHistoryView;
struct TeamServerLogin;

// The history: the agent's own calls and assessments, and behind the supervisor PIN the same
// history without private notes, with coaching notes, kudos and the supervisor's own score.
// Every query is the model's or the store's; this window only arranges them.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    // `profileSummary` gives a line or two about a customer id (empty when unknown).
    HistoryWindow(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                  const Rubric& rubric, SupervisorGate& gate, ExportPolicy exports,
                  std::function<QString(const QString&)> profileSummary, QWidget* parent = nullptr);
    ~HistoryWindow() override;

    HistoryViewer viewer() const { return m_viewer; }
    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    TrendsView* trends() const { return m_trendsView; }
    QString detailText() const;
    // The filter the controls describe right now.
    HistoryFilter currentFilter() const;
    // Supervisor actions, also behind the buttons; each returns false with the reason shown.
    bool addCoachingNote(const QString& text);
    bool giveKudos(const QString& behaviour, const QString& text);
    bool scoreSelected(const QMap<QString, QString>& answers);
    bool exportCsv(const QString& path, QString* error);
    bool exportPdf(const QString& path, QString* error);
    // The "My calls / My team" switch (TeamHistoryView.h), when IT set a team server.
    TeamHistoryView* addTeamScope(const TeamServerLogin& team);
    // Signs in without the dialog (tests, and the dialog itself).
    bool signIn(const QString& pin);
    void signOut();

Q_SIGNALS:
    void firstRowsPainted();
    void kudosGiven();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFilters();
    QWidget* buildDetail();
    void applyFilter();
    void periodChanged();
    void showSelected();
    void setViewer(HistoryViewer viewer);
    void askForPin();
    void requestTrends();
    void showMessage(const QString& text);
    const HistoryRow* selectedRow() const;

    HistoryStore& m_store;
    ExportPolicy m_exports;
    CoachingStore& m_coaching;
    TrendsLoader& m_trendsLoader;
    const Rubric& m_rubric;
    SupervisorGate& m_gate;
    std::function<QString(const QString&)> m_profileSummary;
    HistoryViewer m_viewer = HistoryViewer::Agent;
    bool m_painted = false;

    HistoryModel* m_model = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_supervisorButton = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_scoreBelowOn = nullptr;
    QSpinBox* m_scoreBelow = nullptr;
    QCheckBox* m_hotOnly = nullptr;
    QCheckBox* m_stressOnly = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detailTitle = nullptr;
    ArcChart* m_arc = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_noteButton = nullptr;
    QPushButton* m_kudosButton = nullptr;
    QPushButton* m_scoreButton = nullptr;
    TrendsView* m_trendsView = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_sessionWatch = nullptr;
};

// Asks for the supervisor PIN, with the back-off's wait shown; never echoes the PIN.
class SupervisorPinDialog : public QDialog
{
    Q_OBJECT

public:
    SupervisorPinDialog(SupervisorGate& gate, QWidget* parent = nullptr);

private:
    void tryPin();

    SupervisorGate& m_gate;
    QLineEdit* m_pin = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace attune
