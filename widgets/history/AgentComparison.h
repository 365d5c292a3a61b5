#pragma once

#include "core/History.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace attune {

// The team view's comparison of agents on one rubric behaviour over the weeks: a row per agent,
// a column per week, each cell the share of that agent's assessed calls where the behaviour was
// there (a "partly" counts half), with the whole period at the end. The number is always written
// in the cell; the shading only repeats it, so nothing depends on telling colours apart.
class AgentComparison : public QWidget
{
    Q_OBJECT

public:
    explicit AgentComparison(QWidget* parent = nullptr);
    // `items`: the rubric's yes/partly/no behaviours, id -> label, in rubric order.
    void showShares(const QList<AgentWeekShare>& shares,
                    const QList<QPair<QString, QString>>& items);
    void showLoading();
    QString behaviour() const;
    QTableWidget* table() const { return m_table; }

private:
    void redraw();

    QComboBox* m_behaviour = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QList<AgentWeekShare> m_shares;
};

} // namespace attune
