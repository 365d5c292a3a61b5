#include "phrases/PersonalPhraseDialog.h"

#include "sidebar/SuggestionPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

namespace {

QString cueTagLabel(CueTag tag)
{
    if (tag == CueTag::Neutral)
        return PersonalPhraseDialog::tr("calm");
    return SuggestionPanel::cueLabel(Cue::Kind(tag));
}

QString momentLabel(CallMoment moment)
{
    switch (moment) {
    case CallMoment::Opening:
        return PersonalPhraseDialog::tr("Opening");
    case CallMoment::Discovery:
        return PersonalPhraseDialog::tr("Finding out");
    case CallMoment::Resolution:
        return PersonalPhraseDialog::tr("Solving");
    case CallMoment::Closing:
        break;
    }
    return PersonalPhraseDialog::tr("Closing");
}

} // namespace

PersonalPhraseDialog::PersonalPhraseDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add my own phrase"));
    setAccessibleName(tr("Add my own phrase"));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_text = new QPlainTextEdit;
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Phrase text"));
    m_text->setPlaceholderText(
        tr("I can see why that would worry you, {customer.preferred_name}."));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    auto* textLabel = new QLabel(tr("&Words"));
    textLabel->setBuddy(m_text);
    form->addRow(textLabel, m_text);
    auto* hint = new QLabel(
        tr("Placeholders: {customer.preferred_name}, {last_contact.topic}, {agent.name}. A phrase "
           "whose placeholder has no value for a caller is not offered to you."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);

    m_technique = new QComboBox;
    m_technique->setAccessibleName(tr("Technique"));
    for (int i = 0; i < kTechniqueCount; ++i) {
        const QString name = techniqueName(Technique(i));
        m_technique->addItem(SuggestionPanel::techniqueLabel(name), i);
    }
    auto* techniqueLabel = new QLabel(tr("&Technique"));
    techniqueLabel->setBuddy(m_technique);
    form->addRow(techniqueLabel, m_technique);

    auto* cueGrid = new QGridLayout;
    for (int i = 0; i < kCueTagCount; ++i) {
        m_cues[i] = new QCheckBox(cueTagLabel(CueTag(i)));
        m_cues[i]->setAccessibleName(tr("Fits when the customer is %1").arg(m_cues[i]->text()));
        cueGrid->addWidget(m_cues[i], i / 2, i % 2);
    }
    form->addRow(new QLabel(tr("When the customer is")), cueGrid);

    auto* momentGrid = new QGridLayout;
    for (int i = 0; i < kCallMomentCount; ++i) {
        m_moments[i] = new QCheckBox(momentLabel(CallMoment(i)));
        m_moments[i]->setAccessibleName(tr("Fits the call part %1").arg(m_moments[i]->text()));
        momentGrid->addWidget(m_moments[i], i / 2, i % 2);
    }
    form->addRow(new QLabel(tr("Part of the call")), momentGrid);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the phrase"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save phrase"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonalPhraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonalPhraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void PersonalPhraseDialog::setPhrase(const QString& text, Technique technique, quint8 cues,
                                     quint8 moments)
{
    m_text->setPlainText(text);
    m_technique->setCurrentIndex(m_technique->findData(int(technique)));
    for (int i = 0; i < kCueTagCount; ++i)
        m_cues[i]->setChecked(cues & (1u << i));
    for (int i = 0; i < kCallMomentCount; ++i)
        m_moments[i]->setChecked(moments & (1u << i));
}

Phrase PersonalPhraseDialog::collect() const
{
    Phrase phrase;
    phrase.text = m_text->toPlainText();
    phrase.technique = Technique(m_technique->currentData().toInt());
    for (int i = 0; i < kCueTagCount; ++i)
        phrase.cues |= m_cues[i]->isChecked() ? quint8(1u << i) : quint8(0);
    for (int i = 0; i < kCallMomentCount; ++i)
        phrase.moments |= m_moments[i]->isChecked() ? quint8(1u << i) : quint8(0);
    return phrase;
}

void PersonalPhraseDialog::accept()
{
    Phrase phrase = collect();
    QString problem;
    if (!PhraseLibrary::checkPersonalPhrase(&phrase, &problem)) {
        // Nothing the agent typed is lost: the dialog stays open with the reason.
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    m_phrase = phrase;
    QDialog::accept();
}

} // namespace attune
