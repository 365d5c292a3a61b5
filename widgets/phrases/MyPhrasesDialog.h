#pragma once

#include "empathy/PhraseLibrary.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace attune {

class PhraseService;
class Prompts;

// The agent's own phrases: read them, add one, remove one. Removing takes it out of the
// database and out of the suggestions; the list shows what is on disk, and a change the
// database refused is said in a message box (through `prompts`, which a test answers).
class MyPhrasesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MyPhrasesDialog(PhraseService& phrases, QWidget* parent = nullptr,
                             Prompts* prompts = nullptr);

    int phraseCount() const;
    // Removes the selected phrase (the list follows once it is gone from the database); false
    // when nothing is selected or it is not one of the agent's own.
    bool removeSelected();
    // Adds `phrase` as the dialog's "Add…" does; false, said in a message box, when refused.
    bool add(Phrase phrase);

private:
    void reload();

    PhraseService& m_phrases;
    Prompts* m_prompts;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace attune
