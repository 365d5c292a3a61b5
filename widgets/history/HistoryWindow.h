#pragma once

#include "core/History.h"
#include "history/SupervisorDialogs.h"
#include "settings/ExportPolicy.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace attune {

class CoachingService;
class CoachingStore;
class HistoryDetailPane;
class HistoryFilterBar;
class HistoryReportPrinter;
class HistoryService;
class HistoryStore;
class HistoryModel;
class Prompts;
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
    // `profileSummary` gives a line or two about a customer id (empty when unknown); it is called
    // on the history's reader thread, since it may read the database.
    HistoryWindow(HistoryService& history, CoachingService& coaching, const Rubric& rubric,
                  SupervisorGate& gate, ExportPolicy exports,
                  std::function<QString(const QString&)> profileSummary, QWidget* parent = nullptr);
    // The same over the stores, with services of its own (tests that wire the stores by hand).
    HistoryWindow(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                  const Rubric& rubric, SupervisorGate& gate, ExportPolicy exports,
                  std::function<QString(const QString&)> profileSummary, QWidget* parent = nullptr);
    ~HistoryWindow() override;

    HistoryViewer viewer() const { return m_viewer; }
    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    TrendsView* trends() const { return m_trendsView; }
    // Pages other features add (practice runs, from HistoryPlugin).
    QTabWidget* tabs() const { return m_tabs; }
    QString detailText() const;
    // The filter the controls describe right now.
    HistoryFilter currentFilter() const;
    // Supervisor actions, also behind the buttons; each is signed at once and returns false with
    // the reason shown when refused; the call's row and detail follow once it is written. They
    // act on the call the detail pane shows, also while its row is being read again.
    bool addCoachingNote(const QString& text);
    bool giveKudos(const QString& behaviour, const QString& text);
    bool scoreSelected(const QMap<QString, QString>& answers);
    // Both read on the history's reader thread: false with the reason when refused at once (IT's
    // policy, a file that cannot be made); otherwise the outcome follows in the message line.
    bool exportCsv(const QString& path, QString* error);
    bool exportPdf(const QString& path, QString* error);
    // Where the "save as" dialogs go (QFileDialog unless a test answers them).
    void setPrompts(Prompts& prompts) { m_prompts = &prompts; }
    // The "My calls / My team" switch (TeamHistoryView.h), when IT set a team server.
    TeamHistoryView* addTeamScope(const TeamServerLogin& team);
    // Signs in without the dialog (tests, and the dialog itself).
    bool signIn(const QString& pin);
    void signOut();

Q_SIGNALS:
    void firstRowsPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build(ExportPolicy exports);
    void applyFilter();
    void exportTo(bool pdf);
    void askForCoachingNote();
    void askForKudos();
    void askForScore();
    void showSelected();
    void setViewer(HistoryViewer viewer);
    void askForPin();
    void requestTrends();
    void showMessage(const QString& text);
    void showCoachingWritten();
    const HistoryRow* selectedRow() const;

    std::unique_ptr<HistoryService> m_ownedHistory;
    std::unique_ptr<CoachingService> m_ownedCoaching;
    HistoryService* m_history = nullptr;
    CoachingService* m_coaching = nullptr;
    const Rubric& m_rubric;
    SupervisorGate& m_gate;
    std::function<QString(const QString&)> m_profileSummary;
    Prompts* m_prompts = nullptr;
    HistoryViewer m_viewer = HistoryViewer::Agent;
    bool m_painted = false;

    HistoryModel* m_model = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_supervisorButton = nullptr;
    HistoryFilterBar* m_filters = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_table = nullptr;
    HistoryDetailPane* m_detail = nullptr;
    std::unique_ptr<HistoryReportPrinter> m_printer;
    TrendsView* m_trendsView = nullptr;
    QTimer* m_sessionWatch = nullptr;
    // Reads run on the history's reader thread (HistoryLoader): a quiet line says so when the
    // rows take a moment, and only the detail asked for last is shown.
    QLabel* m_loading = nullptr;
    QTimer* m_loadingDelay = nullptr;
    quint64 m_detailTicket = 0;
    int m_reselectRow = 0; // the row to select when the next first page arrives
    // The call the detail pane shows and its table row: while the model reads that row's page
    // again (dropped from memory as the view scrolled away), an action acts on this call.
    std::optional<HistoryRow> m_shownRow;
    int m_shownAt = -1;
    bool stillLoading(); // an action asked for a selected call not read yet: says so
};

} // namespace attune
