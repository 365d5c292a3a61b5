#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace attune {

class PhraseService;

// The agent's own phrases: read them, add one, remove one. Removing takes it out of the
// database and out of the suggestions at once.
class MyPhrasesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MyPhrasesDialog(PhraseService& phrases, QWidget* parent = nullptr);

    int phraseCount() const;
    // Removes the selected phrase; false when nothing is selected or the database refused.
    bool removeSelected();

private:
    void reload();

    PhraseService& m_phrases;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace attune
