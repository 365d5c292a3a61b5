#include "sidebar/SuggestionPanel.h"

#include "common/FocusChain.h"
#include "common/WrappedLabel.h"
#include "core/DisplayLabels.h"

#include <QAccessible>
#include <QClipboard>
#include <QEnterEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace attune {

SuggestionPanel::SuggestionPanel(SuggestionService& suggestions, QWidget* parent)
    : QFrame(parent)
    , m_engine(suggestions.engine())
{
    setAccessibleName(tr("Suggested phrasings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* header = new QHBoxLayout;
    m_cues = new WrappedLabel(this);
    m_cues->setForegroundRole(QPalette::PlaceholderText);
    m_cues->setAccessibleName(tr("What the customer's words suggest"));
    m_snooze = new QToolButton(this);
    m_snooze->setText(tr("Snooze"));
    m_snooze->setCheckable(true);
    m_snooze->setAutoRaise(true);
    m_snooze->setFocusPolicy(Qt::TabFocus);
    m_snooze->setToolTip(tr("No more suggestions during this call"));
    m_snooze->setAccessibleName(tr("Snooze suggestions for this call"));
    connect(m_snooze, &QToolButton::toggled, this, [this](bool on) { m_engine.setSnoozed(on); });
    header->addWidget(m_cues, 1);
    header->addWidget(m_snooze, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_empty = new WrappedLabel(tr("Suggestions appear here while the customer speaks."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(m_empty->text());
    layout->addWidget(m_empty);

    connect(&suggestions, &SuggestionService::snapshotChanged, this,
            [this](const EmpathySnapshot& snapshot) { showSnapshot(snapshot); });
    apply(m_engine.snapshot());
}

SuggestionPanel::~SuggestionPanel() = default;

void SuggestionPanel::buildRows()
{
    if (m_rowsBuilt)
        return;
    m_rowsBuilt = true;
    // Below the "suggestions appear here" line, where they were when the panel made them.
    auto* panel = static_cast<QVBoxLayout*>(layout());
    for (int i = 0; i < kRows; ++i) {
        Row& row = m_rows[i];
        row.frame = new QFrame(this);
        row.frame->setAutoFillBackground(true);
        row.frame->setBackgroundRole(QPalette::AlternateBase);
        auto* rowLayout = new QVBoxLayout(row.frame);
        rowLayout->setContentsMargins(10, 8, 8, 8);
        rowLayout->setSpacing(3);
        auto* top = new QHBoxLayout;
        // Wrapped: a technique's name in a longer language ("Persönlich eingehen") takes a second
        // line beside the buttons rather than pushing the row past the sidebar's edge.
        row.technique = new WrappedLabel(row.frame);
        QFont small = row.technique->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        row.technique->setFont(small);
        row.technique->setForegroundRole(QPalette::Link);
        const auto makeButton = [&row](const QString& text, const QString& name) {
            auto* button = new QToolButton(row.frame);
            button->setText(text);
            button->setAutoRaise(true);
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleName(name);
            button->setToolTip(name);
            return button;
        };
        row.copy = makeButton(tr("Copy"), tr("Copy suggestion %1 (Ctrl+%1)").arg(i + 1));
        row.star = makeButton(QStringLiteral("☆"), tr("Star suggestion %1").arg(i + 1));
        row.star->setCheckable(true);
        row.dismiss = makeButton(QStringLiteral("✕"), tr("Dismiss suggestion %1").arg(i + 1));
        row.more = makeButton(QStringLiteral("⋯"), tr("More like suggestion %1").arg(i + 1));
        row.more->setPopupMode(QToolButton::InstantPopup);
        top->addWidget(row.technique, 1);
        top->addWidget(row.copy);
        top->addWidget(row.star);
        top->addWidget(row.dismiss);
        top->addWidget(row.more);
        row.text = new WrappedLabel(row.frame);
        row.text->setTextFormat(Qt::PlainText);
        row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row.why = new WrappedLabel(row.frame);
        row.why->setTextFormat(Qt::PlainText);
        row.why->setFont(small);
        row.why->setForegroundRole(QPalette::PlaceholderText);
        rowLayout->addLayout(top);
        rowLayout->addWidget(row.text);
        rowLayout->addWidget(row.why);
        panel->addWidget(row.frame);

        connect(row.copy, &QToolButton::clicked, this, [this, i] { copySuggestion(i); });
        connect(row.star, &QToolButton::toggled, this, [this, i](bool on) {
            const QString id = m_rows[i].phraseId;
            if (id.isEmpty())
                return;
            m_engine.setStarred(id, on);
            m_rows[i].star->setText(on ? QStringLiteral("★") : QStringLiteral("☆"));
        });
        // The menu is filled when it opens, so it lists alternatives for the row as it is now.
        auto* menu = new QMenu(row.more);
        menu->setAccessibleName(tr("More like suggestion %1").arg(i + 1));
        row.more->setMenu(menu);
        connect(menu, &QMenu::aboutToShow, this, [this, i] { moreMenuFor(i); });
        connect(row.dismiss, &QToolButton::clicked, this, [this, i] {
            if (!m_rows[i].phraseId.isEmpty())
                m_engine.markDismissed(m_rows[i].phraseId);
        });
    }

    // Tab reaches the rows' buttons right after Snooze, as when the panel made them with itself.
    QList<QWidget*> frames;
    for (const Row& row : m_rows)
        frames << row.frame;
    placeFocusChainAfter(m_snooze, frames);
}

QString SuggestionPanel::techniqueLabel(const QString& technique)
{
    return DisplayLabels::technique(technique);
}

QString SuggestionPanel::cueLabel(Cue::Kind kind)
{
    return DisplayLabels::feeling(cueKindName(kind));
}

void SuggestionPanel::showSnapshot(const EmpathySnapshot& snapshot)
{
    if (m_hovered) {
        m_pending = snapshot;
        return;
    }
    apply(snapshot);
}

void SuggestionPanel::apply(const EmpathySnapshot& snapshot)
{
    m_pending.reset();
    QStringList cues;
    for (const Cue& cue : snapshot.activeCues) {
        if (cue.intensity >= 0.15)
            cues << tr("%1 (%2%)").arg(cueLabel(cue.kind)).arg(qRound(cue.intensity * 100));
    }
    m_cues->setText(cues.isEmpty() ? tr("The customer sounds calm.")
                                   : tr("The customer sounds %1.").arg(cues.join(tr(", "))));
    m_cues->setVisible(!snapshot.callId.isEmpty());
    m_snooze->setVisible(!snapshot.callId.isEmpty()); // nothing to snooze between calls
    {
        const QSignalBlocker block(m_snooze);
        m_snooze->setChecked(snapshot.snoozed);
    }
    const QString firstBefore = m_rows[0].phraseId;
    if (!snapshot.suggestions.isEmpty())
        buildRows();
    for (int i = 0; m_rowsBuilt && i < kRows; ++i) {
        Row& row = m_rows[i];
        const bool has = i < snapshot.suggestions.size();
        row.frame->setVisible(has);
        if (!has) {
            row.phraseId.clear();
            continue;
        }
        const Suggestion& suggestion = snapshot.suggestions.at(i);
        row.phraseId = suggestion.phraseId;
        m_techniques[i] = suggestion.technique;
        row.technique->setText(
            QStringLiteral("%1  ·  %2").arg(i + 1).arg(techniqueLabel(suggestion.technique)));
        row.text->setText(suggestion.text);
        row.why->setText(tr("Why: %1").arg(suggestion.why));
        row.text->setAccessibleName(suggestion.text);
        row.technique->setAccessibleName(row.technique->text());
        row.why->setAccessibleName(row.why->text());
        const bool starred = m_engine.isStarred(suggestion.phraseId);
        const QSignalBlocker block(row.star);
        row.star->setChecked(starred);
        row.star->setText(starred ? QStringLiteral("★") : QStringLiteral("☆"));
    }
    QString emptyText;
    if (snapshot.callId.isEmpty())
        emptyText = tr("Suggestions appear here while the customer speaks.");
    else if (snapshot.snoozed)
        emptyText = tr("Snoozed for this call.");
    else if (snapshot.budgetSpent)
        emptyText = tr("That's enough prompts for one call; they return with the next call.");
    m_empty->setText(emptyText);
    m_empty->setAccessibleName(emptyText);
    m_empty->setVisible(snapshot.suggestions.isEmpty() && !emptyText.isEmpty());
    // Screen readers hear the new top suggestion without the panel taking focus.
    if (!m_rows[0].phraseId.isEmpty() && m_rows[0].phraseId != firstBefore) {
        QAccessibleEvent announce(m_rows[0].text, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&announce);
    }
}

QMenu* SuggestionPanel::moreMenuFor(int index)
{
    if (index < 0 || index >= kRows || !m_rowsBuilt || m_rows[index].phraseId.isEmpty())
        return nullptr;
    QMenu* menu = m_rows[index].more->menu();
    menu->clear();
    const Row& row = m_rows[index];
    const QList<Suggestion> alternatives = m_engine.moreLike(row.phraseId);
    if (alternatives.isEmpty())
        menu->addAction(tr("No other phrasing fits"))->setEnabled(false);
    for (const Suggestion& alternative : alternatives) {
        // Long phrasings are cut in the menu; the full text is what gets copied.
        const QString shown = menu->fontMetrics().elidedText(alternative.text, Qt::ElideRight, 420);
        QAction* action = menu->addAction(shown);
        action->setToolTip(alternative.text);
        connect(action, &QAction::triggered, this, [this, alternative] {
            QGuiApplication::clipboard()->setText(alternative.text);
            m_engine.markCopied(alternative.phraseId);
        });
    }
    menu->addSeparator();
    const QString technique = m_techniques[index];
    menu->addAction(tr("Stop suggesting \"%1\"").arg(techniqueLabel(technique)), this,
                    [this, technique] { Q_EMIT muteTechniqueRequested(technique); });
    menu->addAction(tr("Add my own phrase…"), this, [this] { Q_EMIT addPhraseRequested(); });
    menu->addAction(tr("My phrases…"), this, [this] { Q_EMIT managePhrasesRequested(); });
    return menu;
}

bool SuggestionPanel::copySuggestion(int index)
{
    if (index < 0 || index >= kRows || !m_rowsBuilt || m_rows[index].phraseId.isEmpty() ||
        !m_rows[index].frame->isVisible())
        return false;
    QGuiApplication::clipboard()->setText(m_rows[index].text->text());
    m_engine.markCopied(m_rows[index].phraseId);
    return true;
}

QStringList SuggestionPanel::shownTexts() const
{
    QStringList texts;
    for (const Row& row : m_rows) {
        if (!row.phraseId.isEmpty())
            texts << row.text->text();
    }
    return texts;
}

QString SuggestionPanel::cueSummary() const
{
    return m_cues->text();
}

void SuggestionPanel::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    QFrame::enterEvent(event);
}

void SuggestionPanel::leaveEvent(QEvent* event)
{
    m_hovered = false;
    if (m_pending)
        apply(*m_pending);
    QFrame::leaveEvent(event);
}

} // namespace attune
