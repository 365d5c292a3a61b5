#include "history/SupervisorDialogs.h"

#include "assessment/Rubric.h"
#include "supervisor/SupervisorAccess.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace attune {

namespace {

// A small form, modal to `parent`, with OK and Cancel; true when accepted. The caller keeps
// `body` (and reads it) after the dialog is gone.
bool runForm(QWidget* parent, const QString& title, QWidget* body)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setAccessibleName(title);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    body->setParent(nullptr);
    return accepted;
}

} // namespace

std::optional<QString> SupervisorDialogs::askCoachingNote(QWidget* parent, const QString& kept)
{
    auto text = std::make_unique<QPlainTextEdit>(kept);
    text->setAccessibleName(tr("Coaching note"));
    text->setPlaceholderText(tr("What to keep doing, and one thing to try next time"));
    text->setTabChangesFocus(true);
    if (!runForm(parent, tr("Coaching note"), text.get()))
        return std::nullopt;
    return text->toPlainText();
}

std::optional<SupervisorDialogs::KudosEntry>
SupervisorDialogs::askKudos(QWidget* parent, const Rubric& rubric, const KudosEntry& kept)
{
    auto form = std::make_unique<QWidget>();
    auto* fields = new QFormLayout(form.get());
    auto* behaviour = new QComboBox(form.get());
    behaviour->setEditable(true);
    behaviour->setAccessibleName(tr("Behaviour"));
    for (const RubricItem& item : rubric.items) {
        if (item.kind == RubricItem::Kind::YesPartlyNo)
            behaviour->addItem(item.label);
    }
    if (!kept.behaviour.isEmpty())
        behaviour->setCurrentText(kept.behaviour);
    auto* text = new QLineEdit(kept.text, form.get());
    text->setAccessibleName(tr("What was good"));
    text->setPlaceholderText(tr("e.g. great empathy about the late refund"));
    fields->addRow(tr("Behaviour"), behaviour);
    fields->addRow(tr("What was good"), text);
    if (!runForm(parent, tr("Give kudos"), form.get()))
        return std::nullopt;
    return KudosEntry{behaviour->currentText(), text->text()};
}

std::optional<QMap<QString, QString>>
SupervisorDialogs::askScore(QWidget* parent, const Rubric& rubric,
                            const QMap<QString, QString>& current)
{
    auto form = std::make_unique<QWidget>();
    auto* fields = new QFormLayout(form.get());
    QMap<QString, QComboBox*> boxes;
    for (const RubricItem& item : rubric.items) {
        if (item.kind != RubricItem::Kind::YesPartlyNo)
            continue;
        auto* box = new QComboBox(form.get());
        box->setAccessibleName(item.label);
        box->addItem(tr("Not scored"), QString());
        box->addItem(tr("Yes"), QStringLiteral("yes"));
        box->addItem(tr("Partly"), QStringLiteral("partly"));
        box->addItem(tr("No"), QStringLiteral("no"));
        box->setCurrentIndex(std::max(0, box->findData(current.value(item.id))));
        fields->addRow(item.label, box);
        boxes.insert(item.id, box);
    }
    if (!runForm(parent, tr("Your score of this call"), form.get()))
        return std::nullopt;
    QMap<QString, QString> answers;
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
        if (!it.value()->currentData().toString().isEmpty())
            answers.insert(it.key(), it.value()->currentData().toString());
    }
    return answers;
}

SupervisorPinDialog::SupervisorPinDialog(SupervisorGate& gate, QWidget* parent)
    : QDialog(parent)
    , m_gate(gate)
{
    setWindowTitle(tr("Supervisor sign-in"));
    setAccessibleName(tr("Supervisor sign-in"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Supervisor PIN or passphrase"), this);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Supervisor PIN"));
    label->setBuddy(m_pin);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    showStatus(m_gate.waitText());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorPinDialog::tryPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_pin);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

SupervisorPinDialog::~SupervisorPinDialog()
{
    abandon();
}

void SupervisorPinDialog::reject()
{
    abandon();
    QDialog::reject();
}

void SupervisorPinDialog::abandon()
{
    if (m_ticket != 0)
        m_gate.abandonCheck(m_ticket);
    m_ticket = 0;
}

void SupervisorPinDialog::tryPin()
{
    // Enter pressed again while checking: the PIN in flight answers, this one is not sent.
    if (m_ticket != 0)
        return;
    const QString pin = m_pin->text();
    m_pin->clear();
    m_signIn->setEnabled(false);
    showStatus(tr("Checking the PIN…"));
    // `done` runs at once (waiting, busy) or later on this thread, never after abandon().
    const quint64 ticket =
        m_gate.checkPin(pin, [this](PinGuard::Outcome outcome) { answered(outcome); });
    if (ticket != 0)
        m_ticket = ticket;
}

void SupervisorPinDialog::answered(PinGuard::Outcome outcome)
{
    m_ticket = 0;
    m_signIn->setEnabled(true);
    if (outcome == PinGuard::Outcome::Accepted) {
        showStatus(QString());
        accept();
        return;
    }
    const QString wait = m_gate.waitText();
    if (outcome == PinGuard::Outcome::Waiting)
        showStatus(wait);
    else if (outcome == PinGuard::Outcome::Busy)
        showStatus(tr("Another PIN is being checked; try again when it is answered."));
    else if (outcome == PinGuard::Outcome::Interrupted)
        showStatus(tr("The sign-in was interrupted (a call rang or the history was put "
                      "away); nothing was opened. Sign in again."));
    else
        showStatus(wait.isEmpty() ? tr("That PIN is not right.")
                                  : tr("That PIN is not right. %1").arg(wait));
}

void SupervisorPinDialog::showStatus(const QString& text)
{
    m_status->setText(text);
    // The label's name says what it is; its description carries the news, announced.
    m_status->setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent announce(m_status, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&announce);
    }
}

} // namespace attune
