#pragma once

#include "core/History.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace attune {

// The customer's arc on one call: the smoothed level of negative feeling after each of their
// lines, with the "hot" line drawn across. Hidden when the call has no arc.
class ArcChart : public QWidget
{
    Q_OBJECT

public:
    explicit ArcChart(QWidget* parent = nullptr);
    void showArc(const QList<QPair<qint64, double>>& points);
    int pointCount() const { return m_points; }

private:
    QChartView* m_view = nullptr;
    int m_points = 0;
};

// The trends tab: rubric answers week by week, the share of hot calls that calmed, self score
// against the supervisor's and against the customer's survey, and stress before and after
// breathing. Every series differs by line style as well as colour, so nothing depends on telling
// colours apart.
class TrendsView : public QWidget
{
    Q_OBJECT

public:
    explicit TrendsView(QWidget* parent = nullptr);
    // `itemLabels`: the rubric's yes/partly/no questions, id -> label, in rubric order.
    void showWeeks(const QList<HistoryWeek>& weeks,
                   const QList<QPair<QString, QString>>& itemLabels);
    void showLoading();
    // How many series each chart drew (for tests): rubric, calmed, scores, stress, and the
    // customer's score against the self score.
    QList<int> seriesCounts() const;

private:
    QLabel* m_status = nullptr;
    QChartView* m_rubric = nullptr;
    QChartView* m_calmed = nullptr;
    QChartView* m_scores = nullptr;
    QChartView* m_stress = nullptr;
    QChartView* m_verdict = nullptr;
};

} // namespace attune
