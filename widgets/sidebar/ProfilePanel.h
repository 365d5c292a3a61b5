#pragma once

#include "profile/ProfileService.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace attune {

// Who is calling: how to address them, a "be aware" strip for sensitive flags, the last
// contacts, open cases and notes from earlier calls; for an unknown caller, the number and a
// one-click profile; for a shared number, a chooser. The agent can add a note during the call.
class ProfilePanel final : public QFrame
{
    Q_OBJECT

public:
    explicit ProfilePanel(ProfileService& service, QWidget* parent = nullptr);
    // Showing "no call" until setService: the app builds it while its database opens, before
    // the service that needs the database exists (SidebarWindow::prepareProfilePanel).
    explicit ProfilePanel(QWidget* parent = nullptr);
    ~ProfilePanel() override;

    // Once: the panel follows the service's calls from then on.
    void setService(ProfileService& service);
    bool hasService() const { return m_service != nullptr; }

    void showView(const ProfileView& view);
    QString shownCallId() const { return m_shownCallId; }
    QString headline() const;  // the name to address, or "Unknown caller"
    QString awareText() const; // the "be aware" strip, empty when hidden
    QStringList historyLines() const;
    // Saves a note for the caller shown now; false (and the reason shown) when refused.
    bool addNote(const QString& text);
    bool createProfile(const QString& fullName, const QString& preferredName);

    static QString flagLabel(const QString& flag);

private:
    void build();
    void clearList(QVBoxLayout* list);
    QLabel* addLine(QVBoxLayout* list, const QString& text, bool muted = false);

    ProfileService* m_service = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_aware = nullptr;
    QVBoxLayout* m_history = nullptr;
    QVBoxLayout* m_choices = nullptr;
    QWidget* m_create = nullptr;
    QLineEdit* m_createName = nullptr;
    QLineEdit* m_createPreferred = nullptr;
    QWidget* m_noteRow = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_idle = nullptr;
    QString m_shownCallId;
};

} // namespace attune
