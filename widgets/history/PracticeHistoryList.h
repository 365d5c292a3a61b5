#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace attune {

class PracticeService;
struct PracticeRun;

// The agent's practice runs, apart from their calls: when, which scenario, how it ended and what
// the replies showed (counts only; the replies themselves are never kept). Read off the GUI
// thread each time the page is shown.
class PracticeHistoryList final : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeHistoryList(PracticeService& practice, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Asks for the runs again; they arrive a moment later.
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(const QList<PracticeRun>& runs);

    PracticeService& m_practice;
    QLabel* m_empty = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace attune
