#pragma once

#include "supervisor/SupervisorAccess.h"

#include <QCoreApplication>
#include <QDialog>
#include <QMap>
#include <QString>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace attune {

class Rubric;

// Asks for the supervisor PIN, with the back-off's wait shown; never echoes the PIN. The PIN is
// checked on a worker thread (SupervisorGate::checkPin), so the window keeps turning; closed
// mid-check, the dialog abandons the check and nothing opens.
class SupervisorPinDialog : public QDialog
{
    Q_OBJECT

public:
    SupervisorPinDialog(SupervisorGate& gate, QWidget* parent = nullptr);
    ~SupervisorPinDialog() override;

    void reject() override;

private:
    void tryPin();
    void answered(PinGuard::Outcome outcome);
    void showStatus(const QString& text);
    void abandon();

    SupervisorGate& m_gate;
    QLineEdit* m_pin = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_signIn = nullptr;
    quint64 m_ticket = 0; // the check in flight, 0 when none
};

// The small forms a supervisor fills in from the history, each modal to `parent`. Each returns
// nothing when cancelled; what is entered is checked where it is stored, not here.
class SupervisorDialogs
{
    Q_DECLARE_TR_FUNCTIONS(SupervisorDialogs)

public:
    struct KudosEntry
    {
        QString behaviour;
        QString text;
    };

    // `kept`: what the supervisor wrote before and could not save, offered again.
    static std::optional<QString> askCoachingNote(QWidget* parent, const QString& kept = {});
    // The behaviours offered are the rubric's yes/partly/no items; the agent may type another.
    static std::optional<KudosEntry> askKudos(QWidget* parent, const Rubric& rubric,
                                              const KudosEntry& kept = {});
    // Starts from the supervisor's answers so far; returns only the items scored.
    static std::optional<QMap<QString, QString>> askScore(QWidget* parent, const Rubric& rubric,
                                                          const QMap<QString, QString>& current);
};

} // namespace attune
