#pragma once

#include "core/History.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace attune {

class ExportPolicy;
class Rubric;

// The history's filter controls (search, period, outcome, score, hot calls, stress) and the two
// export buttons. It only describes a filter; the window runs it.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    // `rubric` gives the outcomes to choose from; `exports` says whether the buttons may be used.
    HistoryFilterBar(const Rubric& rubric, const ExportPolicy& exports, QWidget* parent = nullptr);
    // The history's team scope (TeamHistoryView): no export buttons, the stress box is about
    // the agent's stress (on the server only where IT shares it), and the controls' object
    // names start with "team" (teamSearch, teamPeriod, …).
    HistoryFilterBar(const Rubric& rubric, QWidget* parent = nullptr);

    // The filter the controls describe right now (no agent or team: the team scope adds them).
    HistoryFilter filter() const;
    // Puts `control` at the start of the first row (the team scope's team and agent choices).
    void insertLeading(int position, QWidget* control);

Q_SIGNALS:
    // A control changed (typing in the search waits a moment, so a name runs one query).
    void filterChanged();
    void exportCsvRequested();
    void exportPdfRequested();

private:
    HistoryFilterBar(const Rubric& rubric, const ExportPolicy* exports, QWidget* parent);
    void changed();
    void periodChanged();

    QHBoxLayout* m_firstRow = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_scoreBelowOn = nullptr;
    QSpinBox* m_scoreBelow = nullptr;
    QCheckBox* m_hotOnly = nullptr;
    QCheckBox* m_stressOnly = nullptr;
    // Calls whose post-call survey comment read as upset.
    QCheckBox* m_upsetOnly = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace attune
