#include "practice/PracticePanel.h"

#include "common/FocusChain.h"
#include "common/WrappedLabel.h"
#include "services/PracticeService.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace attune {

namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new WrappedLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString problemLabel(PracticeMoment::Problem problem)
{
    switch (problem) {
    case PracticeMoment::Problem::Blame:
        return PracticePanel::tr("Blame instead of an apology");
    case PracticeMoment::Problem::Jargon:
        return PracticePanel::tr("Words the customer may not know");
    case PracticeMoment::Problem::Assumption:
        return PracticePanel::tr("An assumption instead of a question");
    case PracticeMoment::Problem::FeelingNotAcknowledged:
        return PracticePanel::tr("The customer's feeling went unacknowledged");
    }
    return QString();
}

} // namespace

PracticePanel::PracticePanel(PracticeService& practice, QWidget* parent)
    : QWidget(parent)
    , m_practice(practice)
{
    setAccessibleName(tr("Practice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);
    m_message = wrappedLabel(this);
    m_message->setAccessibleName(tr("Practice message"));
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->hide();
    layout->addWidget(m_message);

    // Offer: one button between calls.
    auto* offer = new QWidget(m_pages);
    // Into the stack while still empty: the stack shows its first page at once, and a full page
    // would be polished and laid out here, before the panel is in the sidebar, then again there.
    m_pages->addWidget(offer);
    auto* offerLayout = new QVBoxLayout(offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    m_offerText = wrappedLabel(offer);
    m_offerText->setText(tr("Between calls, practise a hard conversation: Attune plays the "
                            "customer and you type your replies."));
    m_offerText->setForegroundRole(QPalette::PlaceholderText);
    m_offerText->setAccessibleName(tr("About practice"));
    m_practise = new QPushButton(tr("Practise…"), offer);
    m_practise->setAccessibleName(tr("Practise a conversation"));
    m_practise->setToolTip(
        tr("Practise a conversation (%1)")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
    connect(m_practise, &QPushButton::clicked, this, [this] { openPicker(); });
    offerLayout->addWidget(m_offerText);
    offerLayout->addWidget(m_practise, 0, Qt::AlignLeft);

    // The other pages are built the first time they are shown (buildPage): at start the
    // sidebar shows only the offer. Their places in the stack and in the focus chain are held
    // from the beginning.
    for (int page = int(Page::Choose); page <= int(Page::Feedback); ++page)
        m_pages->addWidget(new QWidget(m_pages));

    auto* shortcut = new QAction(tr("Practise a conversation"), this);
    shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    shortcut->setShortcutContext(Qt::WindowShortcut);
    connect(shortcut, &QAction::triggered, this, [this] {
        if (page() == Page::Offer)
            openPicker();
    });
    addAction(shortcut);

    connect(&m_practice, &PracticeService::openRequested, this, [this](const QString& id) {
        // A second request while a run is on shows that run; the agent's replies are not lost.
        if (m_practice.isRunning()) {
            show();
            return;
        }
        if (openPicker(id) && !id.isEmpty())
            startSelected();
    });
    connect(&m_practice, &PracticeService::started, this, [this] {
        buildPage(Page::Run);
        m_reply->clear();
        m_runTitle->setText(m_practice.run()->scenario().title);
        renderConversation();
        setPage(Page::Run);
        m_reply->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_practice, &PracticeService::customerReplied, this, [this] {
        buildPage(Page::Run);
        m_reply->clear();
        // The last line is answered by the feedback page (ended() follows): no layout for it.
        if (!m_practice.run()->isEnded())
            renderConversation();
    });
    connect(&m_practice, &PracticeService::ended, this, [this] {
        if (!m_practice.run() || m_practice.run()->outcome() == PracticeOutcome::Abandoned)
            return;
        renderFeedback();
        setPage(Page::Feedback);
        m_close->setFocus(Qt::OtherFocusReason);
    });
    connect(&m_practice, &PracticeService::pausedChanged, this, [this](bool paused) {
        if (!paused) {
            buildPage(Page::Run);
            const QSignalBlocker quiet(m_reply);
            m_reply->setPlainText(m_practice.draft());
            m_reply->moveCursor(QTextCursor::End);
        }
    });
    connect(&m_practice, &PracticeService::closed, this, [this] {
        if (page() == Page::Run || page() == Page::Feedback)
            setPage(Page::Offer);
    });
    connect(&m_practice, &PracticeService::callLiveChanged, this,
            &PracticePanel::onCallLiveChanged);

    setPage(Page::Offer);
    onCallLiveChanged(m_practice.isCallLive());
}

void PracticePanel::buildPage(Page page)
{
    if (page == Page::Offer || m_built[int(page)])
        return;
    // The feedback is as tall as the run's parts, so the run page comes first.
    if (page == Page::Feedback)
        buildPage(Page::Run);
    m_built[int(page)] = true;
    switch (page) {
    case Page::Offer:
        break;
    case Page::Choose: {
        // Choose: the scenarios by title, the chosen one's summary below.
        QWidget* choose = m_pages->widget(int(Page::Choose));
        auto* chooseLayout = new QVBoxLayout(choose);
        chooseLayout->setContentsMargins(0, 0, 0, 0);
        m_list = new QListWidget(choose);
        m_list->setAccessibleName(tr("Practice scenarios"));
        m_list->setMinimumHeight(fontMetrics().lineSpacing() * 6);
        for (const PracticeScenario& scenario : m_practice.scenarios()) {
            auto* item = new QListWidgetItem(scenario.title, m_list);
            item->setData(Qt::UserRole, scenario.id);
            item->setToolTip(scenario.summary);
        }
        m_summary = wrappedLabel(choose);
        m_summary->setAccessibleName(tr("Scenario summary"));
        m_start = new QPushButton(tr("Start"), choose);
        m_start->setAccessibleName(tr("Start the practice"));
        m_start->setDefault(true);
        m_cancel = new QPushButton(tr("Cancel"), choose);
        m_cancel->setAccessibleName(tr("Cancel practice"));
        auto* chooseButtons = new QHBoxLayout;
        chooseButtons->addWidget(m_start);
        chooseButtons->addWidget(m_cancel);
        chooseButtons->addStretch(1);
        chooseLayout->addWidget(m_list);
        chooseLayout->addWidget(m_summary);
        chooseLayout->addLayout(chooseButtons);
        connect(m_list, &QListWidget::currentRowChanged, this, &PracticePanel::showSelectedSummary);
        connect(m_list, &QListWidget::itemActivated, this, [this] { startSelected(); });
        connect(m_start, &QPushButton::clicked, this, [this] { startSelected(); });
        connect(m_cancel, &QPushButton::clicked, this, [this] { setPage(Page::Offer); });

        setTabOrder(m_list, m_start);
        setTabOrder(m_start, m_cancel);
        break;
    }
    case Page::Run: {
        // Run: what the customer said and the agent replied, the reply box.
        QWidget* run = m_pages->widget(int(Page::Run));
        auto* runLayout = new QVBoxLayout(run);
        runLayout->setContentsMargins(0, 0, 0, 0);
        m_runTitle = wrappedLabel(run);
        m_runTitle->setAccessibleName(tr("Scenario"));
        QFont titleFont = m_runTitle->font();
        titleFont.setBold(true);
        m_runTitle->setFont(titleFont);
        m_conversation = new QTextBrowser(run);
        m_conversation->setAccessibleName(tr("Practice conversation"));
        m_conversation->setMinimumHeight(fontMetrics().lineSpacing() * 12);
        m_conversation->setOpenLinks(false);
        m_conversation->setTabChangesFocus(true);
        m_conversation->viewport()->installEventFilter(this);
        m_reply = new QPlainTextEdit(run);
        m_reply->setAccessibleName(tr("Your reply"));
        m_reply->setPlaceholderText(tr("Your reply (Enter sends, Shift+Enter for a new line)"));
        m_reply->setTabChangesFocus(true);
        m_reply->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
        m_reply->installEventFilter(this);
        connect(m_reply, &QPlainTextEdit::textChanged, this,
                [this] { m_practice.setDraft(m_reply->toPlainText()); });
        m_send = new QPushButton(tr("Send"), run);
        m_send->setAccessibleName(tr("Send the reply"));
        m_stop = new QPushButton(tr("Stop"), run);
        m_stop->setAccessibleName(tr("Stop practising"));
        auto* runButtons = new QHBoxLayout;
        runButtons->addWidget(m_send);
        runButtons->addWidget(m_stop);
        runButtons->addStretch(1);
        runLayout->addWidget(m_runTitle);
        runLayout->addWidget(m_conversation);
        runLayout->addWidget(m_reply);
        runLayout->addLayout(runButtons);
        connect(m_send, &QPushButton::clicked, this, [this] { sendReply(); });
        connect(m_stop, &QPushButton::clicked, this, [this] {
            m_practice.close();
            setPage(Page::Offer);
        });

        setTabOrder(m_conversation, m_reply);
        setTabOrder(m_reply, m_send);
        setTabOrder(m_send, m_stop);
        break;
    }
    case Page::Feedback: {
        // Feedback: per behaviour, the agent's own lines; better phrasings where it went badly.
        QWidget* done = m_pages->widget(int(Page::Feedback));
        auto* doneLayout = new QVBoxLayout(done);
        doneLayout->setContentsMargins(0, 0, 0, 0);
        m_outcome = wrappedLabel(done);
        m_outcome->setAccessibleName(tr("How it ended"));
        QFont titleFont = m_outcome->font();
        titleFont.setBold(true);
        m_outcome->setFont(titleFont);
        m_feedback = new QTextBrowser(done);
        m_feedback->setAccessibleName(tr("Practice feedback"));
        // As tall as the conversation and the reply box together: the run's last reply swaps the
        // page without moving anything else in the sidebar, so only this section is painted again.
        m_feedback->setMinimumHeight(m_conversation->minimumHeight() + m_reply->height() +
                                     m_pages->widget(int(Page::Run))->layout()->spacing());
        m_feedback->setOpenLinks(false);
        m_feedback->setTabChangesFocus(true);
        m_feedback->viewport()->installEventFilter(this);
        m_close = new QPushButton(tr("Close"), done);
        m_close->setAccessibleName(tr("Close the practice feedback"));
        doneLayout->addWidget(m_outcome);
        doneLayout->addWidget(m_feedback);
        doneLayout->addWidget(m_close, 0, Qt::AlignLeft);
        connect(m_close, &QPushButton::clicked, this, [this] {
            m_practice.close();
            setPage(Page::Offer);
        });

        setTabOrder(m_feedback, m_close);
        break;
    }
    }
    QList<QWidget*> pages;
    for (int i = 0; i < m_pages->count(); ++i)
        pages << m_pages->widget(i);
    placeFocusChainAfter(m_pages, pages);
}

PracticePanel::Page PracticePanel::page() const
{
    return Page(m_pages->currentIndex());
}

void PracticePanel::setPage(Page page)
{
    buildPage(page);
    m_pages->setCurrentIndex(int(page));
    m_message->hide();
    // A stack is as tall as its tallest page; only the page on screen counts here, so the
    // "Practise…" button between calls does not sit above the feedback's empty space.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == int(page) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
}

void PracticePanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PracticePanel::onCallLiveChanged(bool live)
{
    // The sidebar hides the whole panel while a call is live; the button says why in between.
    m_practise->setEnabled(!live);
}

bool PracticePanel::openPicker(const QString& scenarioId)
{
    if (const QString reason = m_practice.whyNotNow(); !reason.isEmpty()) {
        showMessage(reason);
        return false;
    }
    if (m_practice.isRunning()) {
        setPage(Page::Run);
        return true;
    }
    buildPage(Page::Choose);
    int row = m_list->currentRow() < 0 ? 0 : m_list->currentRow();
    for (int i = 0; i < m_list->count(); ++i) {
        if (!scenarioId.isEmpty() && m_list->item(i)->data(Qt::UserRole).toString() == scenarioId)
            row = i;
    }
    m_list->setCurrentRow(row);
    showSelectedSummary();
    setPage(Page::Choose);
    m_list->setFocus(Qt::OtherFocusReason);
    return true;
}

void PracticePanel::showSelectedSummary()
{
    if (!m_list)
        return;
    const QListWidgetItem* item = m_list->currentItem();
    const PracticeScenario* scenario =
        item ? m_practice.scenario(item->data(Qt::UserRole).toString()) : nullptr;
    m_summary->setText(scenario ? scenario->summary : QString());
}

bool PracticePanel::startSelected()
{
    buildPage(Page::Choose);
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    QString error;
    if (!m_practice.start(item->data(Qt::UserRole).toString(), &error)) {
        showMessage(error);
        return false;
    }
    return true;
}

bool PracticePanel::sendReply()
{
    buildPage(Page::Run);
    QString error;
    m_awaitingPaint = true;
    if (!m_practice.reply(m_reply->toPlainText(), &error)) {
        m_awaitingPaint = false;
        showMessage(error);
        return false;
    }
    return true;
}

QStringList PracticePanel::customerLines() const
{
    QStringList lines;
    const PracticeSession* run = m_practice.run();
    if (!run)
        return lines;
    for (const PracticeExchange& exchange : run->transcript())
        lines << exchange.customerLine;
    if (!run->isEnded())
        lines << run->currentTurn().customer;
    return lines;
}

void PracticePanel::renderConversation()
{
    const PracticeSession* run = m_practice.run();
    if (!run)
        return;
    buildPage(Page::Run);
    const QString customer = run->scenario().addressAs.isEmpty() ? run->scenario().customerName
                                                                 : run->scenario().addressAs;
    const QString agentColour = palette().color(QPalette::PlaceholderText).name();
    QString html;
    const auto customerLine = [&](const QString& text) {
        html += QStringLiteral("<p style=\"margin-bottom:6px\"><b>%1:</b> %2</p>")
                    .arg(customer.toHtmlEscaped(), text.toHtmlEscaped());
    };
    for (const PracticeExchange& exchange : run->transcript()) {
        customerLine(exchange.customerLine);
        if (!exchange.reply.isEmpty())
            html +=
                QStringLiteral("<p style=\"margin-bottom:6px; color:%1\"><b>%2:</b> %3</p>")
                    .arg(agentColour, tr("You").toHtmlEscaped(), exchange.reply.toHtmlEscaped());
    }
    if (!run->isEnded())
        customerLine(run->currentTurn().customer);
    m_conversation->setHtml(html);
    m_conversation->setAccessibleDescription(customerLines().join(QLatin1Char('\n')));
    m_conversation->verticalScrollBar()->setValue(m_conversation->verticalScrollBar()->maximum());
}

QString PracticePanel::behaviourLabel(PracticeBehaviour behaviour)
{
    switch (behaviour) {
    case PracticeBehaviour::UsedName:
        return tr("Used the customer's name");
    case PracticeBehaviour::AcknowledgedFeeling:
        return tr("Acknowledged the feeling");
    case PracticeBehaviour::OpenQuestion:
        return tr("Asked an open question");
    case PracticeBehaviour::Assumption:
        return tr("Assumed instead of asking");
    case PracticeBehaviour::Apology:
        return tr("Apologised");
    case PracticeBehaviour::Ownership:
        return tr("Took ownership");
    case PracticeBehaviour::NextSteps:
        return tr("Said what happens next");
    case PracticeBehaviour::Blame:
        return tr("Blamed someone or something");
    case PracticeBehaviour::Jargon:
        return tr("Used jargon");
    }
    return QString();
}

QString PracticePanel::outcomeLabel(PracticeOutcome outcome)
{
    switch (outcome) {
    case PracticeOutcome::Better:
        return tr("The customer left feeling better.");
    case PracticeOutcome::Same:
        return tr("The customer left feeling much the same.");
    case PracticeOutcome::Worse:
        return tr("The customer left feeling worse.");
    case PracticeOutcome::TurnLimit:
        return tr("The conversation reached its 12-turn limit.");
    case PracticeOutcome::Abandoned:
        return tr("You stopped before the end.");
    }
    return QString();
}

void PracticePanel::renderFeedback()
{
    const PracticeFeedback& feedback = m_practice.feedback();
    const PracticeSession* run = m_practice.run();
    buildPage(Page::Feedback);
    m_outcome->setText(outcomeLabel(feedback.outcome));
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const auto quote = [](const QString& line) {
        // Quotation marks as the language writes them.
        return QStringLiteral("<li>%1</li>").arg(tr("“%1”").arg(line).toHtmlEscaped());
    };
    QString html;
    html += QStringLiteral("<h4>%1</h4>").arg(tr("What your replies showed").toHtmlEscaped());
    for (const PracticeFeedback::PerBehaviour& entry : feedback.behaviours) {
        const bool unwanted = isUnwanted(entry.behaviour);
        const QString mark = entry.shown ? (unwanted ? QStringLiteral("✗") : QStringLiteral("✓"))
                                         : QStringLiteral("·");
        // Each language's plural forms (English's from attune_en.ts).
        const int replies = int(entry.quotes.size());
        const QString count =
            !entry.shown ? tr("not shown") : tr("in %n reply(s)", nullptr, replies);
        html += QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1 %2</b> "
                               "<span style=\"color:%3\">(%4)</span></p>")
                    .arg(mark, behaviourLabel(entry.behaviour).toHtmlEscaped(), muted,
                         count.toHtmlEscaped());
        if (entry.shown) {
            html += QStringLiteral("<ul style=\"margin:0\">");
            for (const PracticeFeedback::Quote& q : entry.quotes)
                html += quote(q.agentLine);
            html += QStringLiteral("</ul>");
        }
    }
    if (!feedback.moments.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Moments to try differently").toHtmlEscaped());
        for (const PracticeMoment& moment : feedback.moments) {
            html += QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1</b></p>")
                        .arg(problemLabel(moment.problem).toHtmlEscaped());
            if (run && moment.exchange >= 0 && moment.exchange < run->transcript().size())
                html += QStringLiteral("<p style=\"margin:0; color:%1\">%2</p>")
                            .arg(muted, tr("The customer: “%1”")
                                            .arg(run->transcript().at(moment.exchange).customerLine)
                                            .toHtmlEscaped());
            html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                        .arg(tr("You: “%1”").arg(moment.agentLine).toHtmlEscaped());
            if (!moment.evidence.isEmpty())
                html += QStringLiteral("<p style=\"margin:0; color:%1\">%2</p>")
                            .arg(muted, tr("Heard: %1")
                                            .arg(moment.evidence.join(QLatin1String(", ")))
                                            .toHtmlEscaped());
            if (!moment.phrasings.isEmpty()) {
                html += QStringLiteral("<p style=\"margin:0\">%1</p><ul style=\"margin:0\">")
                            .arg(tr("Could sound like:").toHtmlEscaped());
                for (const BetterPhrasing& phrasing : moment.phrasings)
                    html += quote(phrasing.text);
                html += QStringLiteral("</ul>");
            }
        }
    }
    m_feedback->setHtml(html);
}

bool PracticePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched && watched == m_reply && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            sendReply();
            return true;
        }
    }
    if (event->type() == QEvent::Paint && m_awaitingPaint &&
        ((m_conversation && watched == m_conversation->viewport()) ||
         (m_feedback && watched == m_feedback->viewport()))) {
        m_awaitingPaint = false;
        // Queued: emitted once this paint pass has reached the screen.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT replyAnswerPainted(); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace attune
