#include "history/HistoryDetailPane.h"

#include "assessment/Rubric.h"
#include "history/CustomerFeedbackView.h"
#include "history/HistoryCharts.h"
#include "supervisor/HistoryModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attune {

namespace {

QString answerText(const RubricItem* item, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("–");
    if (item && item->kind == RubricItem::Kind::Choice) {
        for (const auto& [id, label] : item->options) {
            if (id == value)
                return label;
        }
    }
    if (value == QLatin1String("yes"))
        return HistoryDetailPane::tr("yes");
    if (value == QLatin1String("partly"))
        return HistoryDetailPane::tr("partly");
    if (value == QLatin1String("no"))
        return HistoryDetailPane::tr("no");
    return value;
}

} // namespace

HistoryDetailPane::HistoryDetailPane(const Rubric& rubric, QWidget* parent)
    : QWidget(parent)
    , m_rubric(rubric)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_arc = new ArcChart(this);
    layout->addWidget(m_arc);
    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Call details"));
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    layout->addWidget(m_detail, 1);
    m_feedback = new CustomerFeedbackView(this);
    layout->addWidget(m_feedback);
    auto* actions = new QHBoxLayout;
    m_noteButton = new QPushButton(tr("Coaching note…"), this);
    m_kudosButton = new QPushButton(tr("Give kudos…"), this);
    m_scoreButton = new QPushButton(tr("Score this call…"), this);
    for (QPushButton* button : {m_noteButton, m_kudosButton, m_scoreButton}) {
        button->setAccessibleName(button->text().remove(QStringLiteral("…")));
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_noteButton, &QPushButton::clicked, this, &HistoryDetailPane::coachingNoteRequested);
    connect(m_kudosButton, &QPushButton::clicked, this, &HistoryDetailPane::kudosRequested);
    connect(m_scoreButton, &QPushButton::clicked, this, &HistoryDetailPane::scoreRequested);
}

void HistoryDetailPane::setActions(bool supervisor, bool callSelected, bool callAssessed)
{
    m_noteButton->setVisible(supervisor);
    m_kudosButton->setVisible(supervisor);
    m_scoreButton->setVisible(supervisor);
    m_noteButton->setEnabled(callSelected);
    m_kudosButton->setEnabled(callSelected);
    m_scoreButton->setEnabled(callSelected && callAssessed);
}

void HistoryDetailPane::showNothing(bool noCallMatches)
{
    m_title->setText(noCallMatches ? tr("No call matches.") : QString());
    m_arc->showArc({});
    m_detail->clear();
    m_feedback->showFeedback(std::nullopt, std::nullopt);
}

void HistoryDetailPane::showLoading()
{
    showNothing(false);
    m_title->setText(tr("This call is still loading…"));
}

void HistoryDetailPane::showCall(const HistoryRow& row, const CallDetail& call,
                                 const QString& profile)
{
    const HistoryDetail& detail = call.detail;
    const QLocale locale;
    const QString customer = row.customer.isEmpty() ? tr("Unknown caller") : row.customer;
    // A team's call (the team scope) names its agent first.
    m_title->setText(row.agent.isEmpty()
                         ? tr("%1 · %2 · %3")
                               .arg(customer, HistoryModel::whenText(row.at),
                                    HistoryModel::durationText(row.talkMs))
                         : tr("%1 · %2 · %3 · %4")
                               .arg(row.agent, customer, HistoryModel::whenText(row.at),
                                    HistoryModel::durationText(row.talkMs)));
    m_arc->showArc(detail.arcPoints);
    m_feedback->showFeedback(detail.feedback, row.score);
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html;
    if (row.arcPeak && *row.arcPeak >= 0.35) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The customer sounded %1 at the peak, %2 into the call; %3.")
                                 .arg(HistoryModel::feelingName(row.arcPeakKind),
                                      HistoryModel::durationText(detail.arcPeakAfterMs),
                                      row.calmed.value_or(false) ? tr("the call calmed")
                                                                 : tr("it did not calm"))));
    }
    if (!profile.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(profile));
    if (row.assessmentId == 0) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Not self-assessed.")));
    } else {
        const bool scored = !detail.supervisorAnswers.isEmpty();
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(esc(tr("Self-assessment")));
        if (scored) {
            html += QStringLiteral("<tr><th></th><th align=\"left\">%1</th>"
                                   "<th align=\"left\">%2</th></tr>")
                        .arg(esc(tr("Agent")), esc(tr("Supervisor")));
        }
        for (const RubricItem& item : m_rubric.items) {
            if (!detail.answers.contains(item.id))
                continue;
            html +=
                QStringLiteral("<tr><td>%1</td><td><b>%2</b></td>")
                    .arg(esc(item.label), esc(answerText(&item, detail.answers.value(item.id))));
            if (scored && item.kind == RubricItem::Kind::YesPartlyNo)
                html += QStringLiteral("<td><b>%1</b></td>")
                            .arg(esc(answerText(&item, detail.supervisorAnswers.value(item.id))));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (row.score)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(row.supervisorScore
                                     ? tr("Self score %1, supervisor score %2 (gap %3).")
                                           .arg(qRound(*row.score))
                                           .arg(qRound(*row.supervisorScore))
                                           .arg(qRound(*row.score - *row.supervisorScore))
                                     : tr("Self score %1.").arg(qRound(*row.score))));
        if (detail.noteWithheld) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(tr("The agent kept their note private.")));
        } else if (!detail.note.isEmpty()) {
            html += QStringLiteral("<p>%1%2</p>")
                        .arg(esc(tr("Next time: %1").arg(detail.note)),
                             detail.notePrivate ? QStringLiteral(" <i>(%1)</i>")
                                                      .arg(esc(tr("private: only you see this")))
                                                : QString());
        }
    }
    if (!detail.suggestionsUsed.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Suggestions used")));
        for (const QString& used : detail.suggestionsUsed)
            html += QStringLiteral("<li>%1</li>").arg(esc(used));
        html += QStringLiteral("</ul>");
    }
    if (!call.notes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Coaching notes")));
        for (const CoachingNote& note : call.notes)
            html +=
                QStringLiteral("<p>%1 <small>(%2)</small></p>")
                    .arg(esc(note.text),
                         esc(locale.toString(note.writtenAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (!call.kudos.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Kudos")));
        for (const Kudos& one : call.kudos)
            html +=
                QStringLiteral("<p>★ <b>%1</b>%2</p>")
                    .arg(esc(one.behaviour),
                         one.text.isEmpty() ? QString() : QStringLiteral(" – ") + esc(one.text));
    }
    m_detail->setHtml(html);
}

QString HistoryDetailPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_detail->toPlainText() + m_feedback->text();
}

} // namespace attune
