#pragma once

#include "core/History.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace attune {

// The customer's verdict on one call in the history's detail pane: their survey scores, how far
// they sit from the agent's own score, and their comment with what the cue reader found in it.
// Hidden for a call without a survey.
class CustomerFeedbackView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFeedbackView(QWidget* parent = nullptr);

    // `selfScore`: the agent's own score of the call, when they assessed it.
    void showFeedback(const std::optional<CustomerFeedback>& feedback,
                      const std::optional<double>& selfScore);
    QString text() const;

    // The history's "customer left upset" filter box (HistoryFilter::customerUpsetOnly).
    static QCheckBox* makeUpsetFilter(QWidget* parent);

private:
    QLabel* m_scores = nullptr;
    QLabel* m_comment = nullptr;
};

} // namespace attune
