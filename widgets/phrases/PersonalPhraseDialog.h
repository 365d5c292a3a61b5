#pragma once

#include "empathy/PhraseLibrary.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace attune {

// Lets the agent write a phrasing of their own: the words, the technique, and the feelings and
// parts of the call it fits. Checked with the same rules as a library phrase before it closes.
class PersonalPhraseDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PersonalPhraseDialog(QWidget* parent = nullptr);

    // The phrase as entered; valid only after the dialog was accepted.
    Phrase phrase() const { return m_phrase; }
    // Fills the form (for tests and for editing).
    void setPhrase(const QString& text, Technique technique, quint8 cues, quint8 moments);

    void accept() override;

private:
    Phrase collect() const;

    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_technique = nullptr;
    std::array<QCheckBox*, kCueTagCount> m_cues{};
    std::array<QCheckBox*, kCallMomentCount> m_moments{};
    QLabel* m_problem = nullptr;
    Phrase m_phrase;
};

} // namespace attune
