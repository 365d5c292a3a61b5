#include "history/TeamCoachingPanel.h"

#include "assessment/Rubric.h"
#include "history/HistoryDetailPane.h"
#include "history/SupervisorDialogs.h"
#include "services/TeamCoachingService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attune {

using Kind = TeamCoachingAction::Kind;

TeamCoachingPanel::TeamCoachingPanel(TeamCoachingService& service, const Rubric& rubric,
                                     QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_rubric(rubric)
{
    setObjectName(QStringLiteral("teamCoaching"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTextBrowser(this);
    m_list->setObjectName(QStringLiteral("teamCoachingList"));
    m_list->setAccessibleName(tr("Coaching notes and kudos on this call"));
    m_list->setTabChangesFocus(true);
    m_list->setMaximumHeight(fontMetrics().height() * 9);
    layout->addWidget(m_list);
    auto* actions = new QHBoxLayout;
    // The same buttons, in the same words, as in the supervisor's history on this computer.
    m_noteButton = new QPushButton(HistoryDetailPane::tr("Coaching note…"), this);
    m_noteButton->setObjectName(QStringLiteral("teamNote"));
    m_kudosButton = new QPushButton(HistoryDetailPane::tr("Give kudos…"), this);
    m_kudosButton->setObjectName(QStringLiteral("teamKudos"));
    m_scoreButton = new QPushButton(HistoryDetailPane::tr("Score this call…"), this);
    m_scoreButton->setObjectName(QStringLiteral("teamScore"));
    m_retryButton = new QPushButton(tr("Try again"), this);
    m_retryButton->setObjectName(QStringLiteral("teamRetry"));
    m_retryButton->hide();
    for (QPushButton* button : {m_noteButton, m_kudosButton, m_scoreButton, m_retryButton}) {
        button->setAccessibleName(button->text().remove(QStringLiteral("…")));
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamCoachingStatus"));
    m_status->setAccessibleName(tr("Saving status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_noteButton, &QPushButton::clicked, this, &TeamCoachingPanel::askForNote);
    connect(m_kudosButton, &QPushButton::clicked, this, &TeamCoachingPanel::askForKudos);
    connect(m_scoreButton, &QPushButton::clicked, this, &TeamCoachingPanel::askForScore);
    connect(m_retryButton, &QPushButton::clicked, this, &TeamCoachingPanel::retry);
    connect(&m_service, &TeamCoachingService::saving, this,
            [this](const TeamCoachingAction& action) {
                if (m_row && action.callKey == m_row->key)
                    setStatus(tr("Saving…"), false);
                updateButtons();
            });
    connect(&m_service, &TeamCoachingService::saved, this, &TeamCoachingPanel::onSaved);
    connect(&m_service, &TeamCoachingService::failed, this, &TeamCoachingPanel::onFailed);
    showCall(nullptr);
}

void TeamCoachingPanel::showCall(const HistoryRow* row)
{
    const bool sameCall = row && m_row && row->key == m_row->key;
    if (!row) {
        m_row.reset();
        m_coaching = {};
        m_list->clear();
        m_failedKind.reset();
        setStatus(QString(), false);
        updateButtons();
        return;
    }
    m_row = *row;
    if (!sameCall) {
        m_list->clear();
        m_failedKind.reset();
        setStatus(QString(), false);
        // Something written on this call earlier and not saved is still kept.
        for (const Kind kind : {Kind::Note, Kind::Kudos, Kind::Score}) {
            if (!m_service.isSaving(row->key) && m_service.unsaved(row->key, kind)) {
                m_failedKind = kind;
                setStatus(tr("Something you wrote on this call is not saved yet; it is kept."),
                          true);
                break;
            }
        }
    }
    updateButtons();
    const quint64 request = ++m_readRequest;
    m_service.read(*row, [this, request, key = row->key](const TeamCallCoaching& coaching) {
        if (request != m_readRequest || !m_row || m_row->key != key)
            return;
        showCoaching(coaching);
    });
}

void TeamCoachingPanel::showCoaching(const TeamCallCoaching& coaching)
{
    m_coaching = coaching;
    const QLocale locale;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString notes;
    QString kudos;
    for (const TeamCoachingEntry& entry : coaching.entries) {
        const QString by =
            QStringLiteral(" <small>(%1 · %2)</small>")
                .arg(esc(entry.author),
                     esc(locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
        if (entry.kind == Kind::Note)
            notes += QStringLiteral("<p>%1%2</p>").arg(esc(entry.text), by);
        else
            kudos +=
                QStringLiteral("<p>★ <b>%1</b>%2%3</p>")
                    .arg(esc(entry.behaviour),
                         entry.text.isEmpty() ? QString() : QStringLiteral(" – ") + esc(entry.text),
                         by);
    }
    QString html;
    if (!notes.isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4>").arg(esc(HistoryDetailPane::tr("Coaching notes"))) + notes;
    if (!kudos.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(HistoryDetailPane::tr("Kudos"))) + kudos;
    if (html.isEmpty())
        html = QStringLiteral("<p><i>%1</i></p>")
                   .arg(esc(tr("No coaching notes or kudos on this call yet.")));
    m_list->setHtml(html);
    Q_EMIT coachingShown();
}

QString TeamCoachingPanel::text() const
{
    return m_list->toPlainText() + QLatin1Char('\n') + m_status->text();
}

QString TeamCoachingPanel::statusText() const
{
    return m_status->text();
}

void TeamCoachingPanel::setStatus(const QString& text, bool canRetry)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_retryButton->setVisible(canRetry);
}

void TeamCoachingPanel::updateButtons()
{
    const bool ready = m_row && !m_service.isSaving(m_row->key);
    m_noteButton->setEnabled(ready);
    m_kudosButton->setEnabled(ready);
    m_scoreButton->setEnabled(ready && !m_row->assessmentKey.isEmpty());
    m_retryButton->setEnabled(ready && m_failedKind.has_value());
}

void TeamCoachingPanel::askForNote()
{
    if (!m_row || m_service.isSaving(m_row->key))
        return;
    const HistoryRow row = *m_row;
    const std::optional<TeamCoachingAction> kept = m_service.unsaved(row.key, Kind::Note);
    const std::optional<QString> text =
        SupervisorDialogs::askCoachingNote(window(), kept ? kept->text : QString());
    if (!text)
        return;
    // The very text that may already have reached the server goes with its own id again.
    m_service.send(kept && kept->text == *text ? *kept : TeamCoachingService::note(row, *text));
}

void TeamCoachingPanel::askForKudos()
{
    if (!m_row || m_service.isSaving(m_row->key))
        return;
    const HistoryRow row = *m_row;
    const std::optional<TeamCoachingAction> kept = m_service.unsaved(row.key, Kind::Kudos);
    const auto entry = SupervisorDialogs::askKudos(
        window(), m_rubric,
        kept ? SupervisorDialogs::KudosEntry{kept->behaviour, kept->text}
             : SupervisorDialogs::KudosEntry{});
    if (!entry)
        return;
    m_service.send(kept && kept->behaviour == entry->behaviour && kept->text == entry->text
                       ? *kept
                       : TeamCoachingService::kudos(row, entry->behaviour, entry->text));
}

void TeamCoachingPanel::askForScore()
{
    if (!m_row || m_row->assessmentKey.isEmpty() || m_service.isSaving(m_row->key))
        return;
    const HistoryRow row = *m_row;
    const std::optional<TeamCoachingAction> kept = m_service.unsaved(row.key, Kind::Score);
    const auto answers = SupervisorDialogs::askScore(
        window(), m_rubric,
        kept ? kept->answers
             : (m_coaching.callKey == row.key ? m_coaching.myAnswers : QMap<QString, QString>()));
    if (!answers)
        return;
    m_service.send(kept && kept->answers == *answers ? *kept
                                                     : TeamCoachingService::score(row, *answers));
}

void TeamCoachingPanel::retry()
{
    if (m_row && m_failedKind)
        m_service.retry(m_row->key, *m_failedKind);
}

void TeamCoachingPanel::onSaved(const TeamCoachingAction& action, const TeamCallCoaching& after,
                                bool applied)
{
    Q_EMIT coachingChanged(after);
    if (!m_row || action.callKey != m_row->key) {
        updateButtons();
        return;
    }
    m_failedKind.reset();
    setStatus(applied ? tr("Saved. %1 sees it after their Attune's next sync.").arg(action.agent)
                      : tr("This was already saved; nothing was added."),
              false);
    showCoaching(after);
    updateButtons();
}

void TeamCoachingPanel::onFailed(const TeamCoachingAction& action, const QString& reason)
{
    if (m_row && action.callKey == m_row->key) {
        // What the form must change is offered again there, not sent again as it is.
        const bool canRetry = TeamCoachingService::problem(action).isEmpty();
        if (canRetry)
            m_failedKind = action.kind;
        else
            m_failedKind.reset();
        setStatus(reason, canRetry);
    }
    updateButtons();
}

} // namespace attune
