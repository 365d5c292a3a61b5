#include "sidebar/AssessmentForm.h"

#include "common/FlowLayout.h"
#include "common/WrappedLabel.h"
#include "services/AssessmentService.h"
#include "sidebar/CallHeaderWidget.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace attune {

AssessmentForm::AssessmentForm(AssessmentService& assessments, QWidget* parent)
    : QWidget(parent)
    , m_assessments(assessments)
{
    const Rubric& rubric = m_assessments.rubric();
    setAccessibleName(rubric.name);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_context = new WrappedLabel(this);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_context->setAccessibleName(tr("About the call"));
    layout->addWidget(m_context);

    for (const RubricItem& item : rubric.items) {
        auto* question = new WrappedLabel(item.label, this);
        layout->addWidget(question);
        auto* row = new QWidget(this);
        // The choices wrap onto a second line where a language's words do not fit one
        // ("Dans le même état", "Nachverfolgung"), instead of pushing the form past the sidebar.
        auto* rowLayout = new FlowLayout(row, 10, 2);
        rowLayout->setContentsMargins(8, 0, 0, 0);
        auto* group = new QButtonGroup(this);
        group->setExclusive(true);
        for (const QString& value : item.values()) {
            // Radio buttons, not push buttons: within a question the arrow keys move the choice,
            // and Tab goes on to the next question.
            auto* button = new QRadioButton(valueLabel(item, value), row);
            button->setProperty("value", value);
            button->setAccessibleName(QStringLiteral("%1: %2").arg(item.label, button->text()));
            group->addButton(button);
            rowLayout->addWidget(button);
        }
        connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
            if (on)
                changed();
        });
        m_groups.insert(item.id, group);
        layout->addWidget(row);
    }

    auto* noteLabel = new QLabel(rubric.noteLabel, this);
    m_note = new QLineEdit(this);
    m_note->setMaxLength(rubric.noteMaxLength);
    m_note->setAccessibleName(rubric.noteLabel);
    noteLabel->setBuddy(m_note);
    // A short box label and a wrapping hint: a long check box label cannot wrap and would push
    // the form wider than the sidebar.
    m_private = new QCheckBox(tr("Private note"), this);
    m_private->setAccessibleName(tr("Keep this note private"));
    auto* privateHint =
        new WrappedLabel(tr("A private note is never shown to a supervisor or exported."), this);
    privateHint->setForegroundRole(QPalette::PlaceholderText);
    if (!m_assessments.privateNotesAllowed()) {
        // Still shown, greyed out, so the agent learns the choice exists and who took it away
        // rather than wondering where it went.
        m_private->setEnabled(false);
        privateHint->setText(tr("🔒 Your IT department has turned off private notes: a "
                                "supervisor may read every note."));
        m_private->setToolTip(privateHint->text());
    }
    privateHint->setObjectName(QStringLiteral("privateNoteHint"));
    m_private->setAccessibleDescription(privateHint->text());
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_private);
    layout->addWidget(privateHint);
    connect(m_note, &QLineEdit::textEdited, this, [this] { changed(); });
    connect(m_private, &QCheckBox::toggled, this, [this] { changed(); });

    m_problem = new WrappedLabel(this);
    m_problem->setAccessibleName(tr("Problem saving the self-assessment"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save"), this);
    save->setAccessibleName(tr("Save the self-assessment (Ctrl+S)"));
    save->setToolTip(tr("Ctrl+S"));
    auto* later = new QPushButton(tr("Later"), this);
    later->setAccessibleName(tr("Finish the self-assessment later; it is kept as a draft"));
    buttons->addWidget(save);
    buttons->addWidget(later);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &AssessmentForm::save);
    connect(later, &QPushButton::clicked, this, [this] {
        m_assessments.flushDrafts();
        Q_EMIT closedForLater();
    });
    auto* saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, this, &AssessmentForm::save);
    addAction(saveShortcut);

    // The outcome of a save comes once it is written (the storage thread may wait for another
    // process holding the database); only this form's call is its business.
    connect(&m_assessments, &AssessmentService::saved, this, [this](const Assessment& stored) {
        if (stored.callId == m_current.callId)
            Q_EMIT saved(stored);
    });
    connect(&m_assessments, &AssessmentService::saveFailed, this,
            [this](const Assessment& refused, const QString& reason) {
                if (refused.callId == m_current.callId)
                    showNotSaved(reason);
            });
    // The DraftKeeper reports a disk problem; the form says so, and that nothing is lost.
    connect(&m_assessments, &AssessmentService::draftProblem, this, [this](const QString& reason) {
        m_problem->setVisible(!reason.isEmpty());
        m_problem->setText(tr("Your answers cannot be written to disk right now (%1). They are "
                              "kept and Attune keeps trying.")
                               .arg(reason));
    });
}

QString AssessmentForm::valueLabel(const RubricItem& item, const QString& value)
{
    switch (item.kind) {
    case RubricItem::Kind::YesPartlyNo:
        return value == QLatin1String("yes")      ? tr("Yes")
               : value == QLatin1String("partly") ? tr("Partly")
                                                  : tr("No");
    case RubricItem::Kind::Scale5:
        return value;
    case RubricItem::Kind::Choice:
        break;
    }
    for (const auto& option : item.options) {
        if (option.first == value)
            return option.second;
    }
    return value;
}

void AssessmentForm::openFor(const AssessmentContext& context)
{
    // The last quarter second of answers for the call shown so far is written before another
    // call's answers take its place in the draft keeper.
    m_filling = true;
    m_current = m_assessments.startFor(context.callId); // writes what is pending first
    QStringList about;
    if (context.talkMs < 0)
        about << tr("You had not finished this one (last changed %1).")
                     .arg(QLocale().toString(context.resumedFrom.toLocalTime(),
                                             QLocale::ShortFormat));
    else
        about << tr("%1 · %2 on the call")
                     .arg(context.customer.isEmpty() ? tr("Unknown caller") : context.customer,
                          CallHeaderWidget::formatDuration(context.talkMs));
    if (context.peakAfterMs >= 0 && context.peak >= 0.35)
        about << tr("The customer was most %1 (%2%) after %3%4.")
                     .arg(context.peakFeeling)
                     .arg(qRound(context.peak * 100))
                     .arg(CallHeaderWidget::formatDuration(context.peakAfterMs))
                     .arg(context.calmedDown ? tr(", and calmed down by the end") : QString());
    if (!context.suggestionsUsed.isEmpty())
        about << tr("You used: %1").arg(context.suggestionsUsed.join(QLatin1String(" · ")));
    m_context->setText(about.join(QLatin1Char('\n')));
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const QString answer = m_current.answers.value(it.key());
        // Unchecking an exclusive group needs exclusivity off for a moment.
        it.value()->setExclusive(false);
        for (QAbstractButton* button : it.value()->buttons())
            button->setChecked(button->property("value").toString() == answer);
        it.value()->setExclusive(true);
    }
    m_note->setText(m_current.note);
    m_private->setChecked(m_current.notePrivate);
    m_problem->hide();
    m_filling = false;
}

bool AssessmentForm::choose(const QString& itemId, const QString& value)
{
    QButtonGroup* group = m_groups.value(itemId);
    if (!group)
        return false;
    for (QAbstractButton* button : group->buttons()) {
        if (button->property("value").toString() == value) {
            button->setChecked(true);
            return true;
        }
    }
    return false;
}

void AssessmentForm::setNote(const QString& note, bool isPrivate)
{
    m_note->setText(note);
    m_private->setChecked(isPrivate && m_assessments.privateNotesAllowed());
    changed();
}

void AssessmentForm::changed()
{
    if (m_filling || m_current.callId.isEmpty())
        return;
    m_current.answers.clear();
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (QAbstractButton* checked = it.value()->checkedButton())
            m_current.answers.insert(it.key(), checked->property("value").toString());
    }
    m_current.note = m_note->text();
    m_current.notePrivate = m_private->isChecked() && m_assessments.privateNotesAllowed();
    m_assessments.edit(m_current);
}

bool AssessmentForm::save()
{
    changed();
    QString error;
    if (!m_assessments.save(m_current, &error)) {
        showNotSaved(error);
        return false;
    }
    m_problem->hide();
    return true;
}

void AssessmentForm::showNotSaved(const QString& reason)
{
    m_problem->setText(tr("Not saved: %1. Your answers are kept as a draft.").arg(reason));
    m_problem->show();
}

} // namespace attune
