#include "history/CustomerFeedbackView.h"

#include "supervisor/HistoryModel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace attune {

CustomerFeedbackView::CustomerFeedbackView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("customerFeedback"));
    setAccessibleName(tr("The customer's verdict"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    auto* title = new QLabel(tr("The customer's verdict"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_scores = new QLabel(this);
    m_scores->setWordWrap(true);
    m_comment = new QLabel(this);
    m_comment->setWordWrap(true);
    m_comment->setTextFormat(Qt::PlainText);
    m_comment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setAccessibleName(tr("The customer's comment"));
    for (QLabel* label : {title, m_scores, m_comment})
        layout->addWidget(label);
    hide();
}

void CustomerFeedbackView::showFeedback(const std::optional<CustomerFeedback>& feedback,
                                        const std::optional<double>& selfScore)
{
    setVisible(feedback.has_value());
    if (!feedback) {
        m_scores->clear();
        m_comment->clear();
        return;
    }
    const QLocale locale;
    QStringList parts;
    if (feedback->csat)
        parts << tr("CSAT %1 of 5").arg(locale.toString(*feedback->csat));
    if (feedback->nps)
        parts << tr("NPS %1 of 10").arg(locale.toString(*feedback->nps));
    QString scores = parts.join(QStringLiteral(" · "));
    scores += QLatin1Char(' ') + (selfScore ? tr("(%1 of 100; your self score %2, gap %3).")
                                                  .arg(qRound(feedback->score))
                                                  .arg(qRound(*selfScore))
                                                  .arg(qRound(*selfScore - feedback->score))
                                            : tr("(%1 of 100).").arg(qRound(feedback->score)));
    if (feedback->upset)
        scores += QLatin1Char(' ') + tr("The customer left upset.");
    m_scores->setText(scores);
    m_comment->setVisible(!feedback->comment.isEmpty());
    if (feedback->comment.isEmpty()) {
        m_comment->clear();
        return;
    }
    QString comment = tr("“%1”").arg(feedback->comment);
    if (!feedback->commentCue.isEmpty())
        comment += QLatin1Char(' ') +
                   tr("(reads %1)").arg(HistoryModel::feelingName(feedback->commentCue));
    m_comment->setText(comment);
}

QString CustomerFeedbackView::text() const
{
    // Hidden, it shows nothing: there is no survey of the call.
    if (isHidden())
        return {};
    return QLatin1Char('\n') + m_scores->text() + QLatin1Char('\n') + m_comment->text();
}

QCheckBox* CustomerFeedbackView::makeUpsetFilter(QWidget* parent)
{
    // Alt+U (or the translation's letter) ticks it from anywhere in the window.
    auto* box = new QCheckBox(tr("Customer left &upset"), parent);
    box->setObjectName(QStringLiteral("customerUpsetOnly"));
    box->setAccessibleName(box->text().remove(QLatin1Char('&')));
    box->setToolTip(tr("Calls whose post-call survey reads upset: a low score, or a comment "
                       "that reads negative"));
    return box;
}

} // namespace attune
