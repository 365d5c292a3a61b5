#include "phrases/MyPhrasesDialog.h"

#include "common/Prompts.h"
#include "phrases/PersonalPhraseDialog.h"
#include "services/PhraseService.h"
#include "sidebar/SuggestionPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

MyPhrasesDialog::MyPhrasesDialog(PhraseService& phrases, QWidget* parent, Prompts* prompts)
    : QDialog(parent)
    , m_phrases(phrases)
    , m_prompts(prompts ? prompts : &Prompts::real())
{
    setWindowTitle(tr("My phrases"));
    setAccessibleName(tr("My phrases"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Phrases you wrote yourself. They are offered alongside the library "
                      "and stay on this computer."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Your own phrases"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* add = buttons->addButton(tr("Add…"), QDialogButtonBox::ActionRole);
    add->setAccessibleName(tr("Add a phrase of your own"));
    m_remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    m_remove->setAccessibleName(tr("Remove the selected phrase"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close my phrases"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(add, &QPushButton::clicked, this, [this] {
        PersonalPhraseDialog form(this);
        if (form.exec() == QDialog::Accepted)
            this->add(form.phrase());
    });
    // The list shows what is on disk: it follows each add or remove once written.
    connect(&m_phrases, &PhraseService::personalPhrasesChanged, this, &MyPhrasesDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    layout->addWidget(buttons);
    resize(420, 360);
    reload();
}

void MyPhrasesDialog::reload()
{
    m_list->clear();
    for (const Phrase& phrase : m_phrases.personalPhrases()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(
                phrase.text, SuggestionPanel::techniqueLabel(techniqueName(phrase.technique))),
            m_list);
        item->setData(Qt::UserRole, phrase.id);
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

int MyPhrasesDialog::phraseCount() const
{
    return m_list->count();
}

bool MyPhrasesDialog::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const QString id = item->data(Qt::UserRole).toString();
    QString error;
    const auto notRemoved = [this](const QString& reason) {
        m_prompts->warn(this, tr("My phrases"), tr("The phrase was not removed: %1").arg(reason));
    };
    if (!m_phrases.removePersonalPhrase(id, &error, this, notRemoved)) {
        notRemoved(error);
        return false;
    }
    return true;
}

bool MyPhrasesDialog::add(Phrase phrase)
{
    QString error;
    const auto notSaved = [this](const QString& reason) {
        m_prompts->warn(this, tr("My phrases"), tr("The phrase was not saved: %1").arg(reason));
    };
    if (!m_phrases.addPersonalPhrase(&phrase, &error, this, notSaved)) {
        notSaved(error);
        return false;
    }
    return true;
}

} // namespace attune
