#pragma once

#include "settings/Settings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace attune {

class Prompts;

// Edits the user scope of Settings. A key IT set in the system scope is shown with its value,
// disabled, and marked in words as set by IT, so the agent knows why it cannot change.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // A refused value is said through `prompts` (QMessageBox unless a test answers it).
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr,
                            Prompts* prompts = nullptr);

    QWidget* editorFor(SettingKey key) const { return m_editors.value(key); }
    // Writes every changed, unlocked value; false (and a message box) if one was refused.
    bool apply();

protected:
    void accept() override;

private:
    void addRow(QFormLayout* form, SettingKey key, const QString& label, QWidget* editor);
    QVariant editorValue(SettingKey key) const;

    Settings& m_settings;
    Prompts* m_prompts;
    QHash<SettingKey, QWidget*> m_editors;
    QDialogButtonBox* m_buttons;
};

} // namespace attune
