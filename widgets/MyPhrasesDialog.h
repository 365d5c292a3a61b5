#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace attune {

class EmpathyEngine;
class PhraseStore;

// The agent's own phrases: read them, add one, remove one. Removing takes it out of the
// database and out of the suggestions at once.
class MyPhrasesDialog final : public QDialog
{
    Q_OBJECT

public:
    MyPhrasesDialog(EmpathyEngine& engine, PhraseStore& store, QWidget* parent = nullptr);

    int phraseCount() const;
    // Removes the selected phrase; false when nothing is selected or the database refused.
    bool removeSelected();

private:
    void reload();

    EmpathyEngine& m_engine;
    PhraseStore& m_store;
    QListWidget* m_list = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace attune
