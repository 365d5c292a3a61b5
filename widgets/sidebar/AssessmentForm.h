#pragma once

#include "assessment/Assessment.h"
#include "assessment/Rubric.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace attune {

class AssessmentService;

// What the form shows beside the questions, so the agent remembers the call.
struct AssessmentContext
{
    QString callId;
    QString customer;        // as the call source named them
    qint64 talkMs = 0;       // -1 when resuming a draft of an earlier call
    QDateTime resumedFrom;   // when that draft was last written
    double peak = 0;         // the customer's strongest negative feeling, 0..1
    QString peakFeeling;     // "frustrated", already translated
    qint64 peakAfterMs = -1; // into the call; -1 when no peak
    bool calmedDown = false;
    QStringList suggestionsUsed;
};

// The post-call self-assessment, in the sidebar (never modal, never over a ringing call). Each
// question is a row of radio buttons, so Tab moves between questions and the arrow keys choose:
// a practised agent is through it in well under 30 seconds. Every change becomes a draft within
// a quarter of a second; Save (Ctrl+S) stores it whole.
class AssessmentForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentForm(AssessmentService& assessments, QWidget* parent = nullptr);

    // Fills the form for a call: its draft when there is one, else empty.
    void openFor(const AssessmentContext& context);
    QString callId() const { return m_current.callId; }
    const Assessment& current() const { return m_current; }
    // Chooses an answer as a click would (for tests and keyboard shortcuts).
    bool choose(const QString& itemId, const QString& value);
    void setNote(const QString& note, bool isPrivate);
    // Checks the answers (false, said in the form, when refused) and saves them; `saved` follows
    // once they are on disk, or the form says why not and keeps them as a draft.
    bool save();

Q_SIGNALS:
    void saved(const Assessment& assessment);
    void closedForLater();

private:
    void changed();
    void showNotSaved(const QString& reason);
    static QString valueLabel(const RubricItem& item, const QString& value);

    AssessmentService& m_assessments;
    Assessment m_current;
    QLabel* m_context = nullptr;
    QHash<QString, QButtonGroup*> m_groups;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_private = nullptr;
    QLabel* m_problem = nullptr;
    bool m_filling = false;
};

} // namespace attune
