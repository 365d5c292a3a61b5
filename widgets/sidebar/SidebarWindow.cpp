#include "sidebar/SidebarWindow.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "core/ThreadHop.h"
#include "phrases/MyPhrasesDialog.h"
#include "phrases/PersonalPhraseDialog.h"
#include "services/PhraseService.h"
#include "services/SuggestionService.h"
#include "settings/SettingsDialog.h"
#include "sidebar/AssessmentForm.h"
#include "sidebar/BreathingPanel.h"
#include "sidebar/CallHeaderWidget.h"
#include "sidebar/ProfilePanel.h"
#include "sidebar/SuggestionPanel.h"
#include "sidebar/TeamSyncIndicator.h"
#include "sidebar/TranscriptionNotice.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace attune {

namespace {

constexpr int kSidebarWidth = 360;
constexpr int kTranscriptLinesShown = 6;

QFont sectionTitleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    return font;
}

} // namespace

SidebarWindow::SidebarWindow(CallSession& session, Settings& settings, ThemeManager& theme,
                             PopTrace& popTrace, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_theme(theme)
    , m_popTrace(popTrace)
{
    setObjectName(QStringLiteral("sidebar"));
    setWindowTitle(tr("Attune"));
    setAccessibleName(tr("Attune sidebar"));
    // The agent is typing into their CRM when a call arrives; showing must not take the keyboard.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setMinimumWidth(300);

    m_settingsAction = new QAction(tr("Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &SidebarWindow::openSettings);
    m_alwaysOnTopAction = makeSettingToggle(tr("Always on top"), SettingKey::AlwaysOnTop,
                                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_compactAction = makeSettingToggle(tr("Compact view"), SettingKey::CompactMode,
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_readyAction = new QAction(tr("Ready for next call"), this);
    m_readyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_readyAction->setEnabled(false);
    connect(m_readyAction, &QAction::triggered, this, &SidebarWindow::finishWrapUp);
    m_quitAction = new QAction(tr("Quit Attune"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
    addActions(
        {m_settingsAction, m_alwaysOnTopAction, m_compactAction, m_readyAction, m_quitAction});

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildTopBar());

    m_demoBanner =
        new QLabel(tr("Demo mode: a scripted call on a separate demo database."), central);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setAccessibleName(tr("Demo mode"));
    m_demoBanner->setContentsMargins(14, 6, 14, 6);
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setVisible(false);
    layout->addWidget(m_demoBanner);
    refreshBannerTint();

    m_header = new CallHeaderWidget(central);
    m_header->installEventFilter(this);
    layout->addWidget(m_header);
    m_transcriptionNotice = new TranscriptionNotice(central);
    layout->addWidget(m_transcriptionNotice);

    auto* scroll = new QScrollArea(central);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Call assistance"));
    auto* sectionHost = new QWidget(scroll);
    m_sections = new QVBoxLayout(sectionHost);
    m_sections->setContentsMargins(14, 8, 14, 8);
    m_sections->setSpacing(14);

    m_profileSection = buildSection(
        tr("Customer profile"),
        buildComingSoon(tr("Coming soon: earlier contacts, open issues and notes from past calls. "
                           "Until then the header shows what the phone system sent.")),
        tr("Customer profile"));
    m_suggestionSection = buildSection(
        tr("Suggested phrasings"),
        buildComingSoon(tr("Coming soon: a few kind phrasings that fit what the customer is "
                           "saying right now.")),
        tr("Suggested phrasings"));
    auto* breathingBody = new QWidget;
    auto* breathingLayout = new QVBoxLayout(breathingBody);
    breathingLayout->setContentsMargins(0, 0, 0, 0);
    // Disabled, and saying so in words: the exercise arrives with the breathing coach.
    auto* breathingButton = new QPushButton(tr("Breathing exercise (coming soon)"), breathingBody);
    breathingButton->setEnabled(false);
    breathingButton->setAccessibleName(breathingButton->text());
    breathingLayout->addWidget(breathingButton);
    m_breathingSection = buildSection(tr("Take a breath"), breathingBody, tr("Breathing"));

    m_sections->addWidget(m_profileSection);
    m_sections->addWidget(m_suggestionSection);
    m_sections->addWidget(m_breathingSection);
    m_sections->addStretch(1);
    scroll->setWidget(sectionHost);
    layout->addWidget(scroll, 1);

    m_wrapUpBar = new QFrame(central);
    m_wrapUpBar->setObjectName(QStringLiteral("wrapUpBar"));
    m_wrapUpBar->setAutoFillBackground(true);
    m_wrapUpBar->setBackgroundRole(QPalette::AlternateBase);
    auto* wrapLayout = new QVBoxLayout(m_wrapUpBar);
    wrapLayout->setContentsMargins(14, 10, 14, 12);
    m_wrapUpText = new QLabel(m_wrapUpBar);
    m_wrapUpText->setWordWrap(true);
    m_wrapUpText->setAccessibleName(tr("Wrap-up"));
    m_readyButton = new QPushButton(tr("Ready for next call"), m_wrapUpBar);
    m_readyButton->setAccessibleName(tr("Ready for next call"));
    m_readyButton->setToolTip(
        tr("Ends wrap-up (%1)").arg(m_readyAction->shortcut().toString(QKeySequence::NativeText)));
    m_readyButton->setDefault(true);
    connect(m_readyButton, &QPushButton::clicked, this, &SidebarWindow::finishWrapUp);
    wrapLayout->addWidget(m_wrapUpText);
    wrapLayout->addWidget(m_readyButton);
    m_wrapUpBar->setVisible(false);
    layout->addWidget(m_wrapUpBar);

    // The team server's sync state, one quiet line at the foot (hidden without a team server).
    m_teamSyncIndicator = new TeamSyncIndicator(central);
    layout->addWidget(m_teamSyncIndicator);

    setCentralWidget(central);
    installEventFilter(this);

    m_callTimer.setInterval(1000);
    m_callTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_callTimer, &QTimer::timeout, this,
            [this] { m_header->updateElapsed(m_call, m_session.monotonicNowMs()); });

    // Session signals fire on the publishing thread: hop before touching any widget.
    m_connections.emplace_back(
        m_session.ringing.connect([this](const Call& call, qint64 requested) {
            runOnObjectThread(this, [this, call, requested] { onRinging(call, requested); });
        }));
    m_connections.emplace_back(m_session.answered.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { onCallChanged(call); });
    }));
    m_connections.emplace_back(m_session.customerUpdated.connect([this](const Call& call) {
        runOnObjectThread(this, [this, call] { onCallChanged(call); });
    }));
    m_connections.emplace_back(m_session.utteranceAdded.connect(
        [this](const Call& call, const Utterance& line, bool replaced) {
            runOnObjectThread(this, [=, this] { onUtterance(call, line, replaced); });
        }));
    m_connections.emplace_back(m_session.ended.connect(
        [this](const Call& call) { runOnObjectThread(this, [this, call] { onEnded(call); }); }));
    m_connections.emplace_back(m_session.wrapUpFinished.connect([this](const Call&) {
        runOnObjectThread(this, [this] { onCallChanged(m_session.current()); });
    }));
    m_connections.emplace_back(m_settings.changed.connect([this](SettingKey key) {
        runOnObjectThread(this, [this, key] { onSettingChanged(key); });
    }));

    applyAlwaysOnTop(m_settings.alwaysOnTop());
    applyCompact(m_settings.compactMode());
    onCallChanged(m_session.current());
}

SidebarWindow::~SidebarWindow() = default;

QAction* SidebarWindow::makeSettingToggle(const QString& text, SettingKey key,
                                          const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setCheckable(true);
    action->setShortcut(shortcut);
    action->setChecked(m_settings.value(key).toBool());
    // A setting IT locked stays visible, but cannot be toggled from here either.
    action->setEnabled(!m_settings.isLocked(key));
    connect(action, &QAction::triggered, this, [this, action, key](bool on) {
        if (!m_settings.setValue(key, on))
            action->setChecked(m_settings.value(key).toBool());
    });
    return action;
}

QWidget* SidebarWindow::buildTopBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("topBar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(14, 8, 8, 4);
    layout->setSpacing(2);
    m_title = new QLabel(tr("Attune"), bar);
    m_title->setFont(sectionTitleFont(font()));
    m_title->setAccessibleName(tr("Attune"));
    layout->addWidget(m_title, 1);

    const auto makeButton = [bar, layout](QAction* action, const QString& name) {
        auto* button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAccessibleName(name);
        button->setToolTip(QStringLiteral("%1 (%2)").arg(
            name, action->shortcut().toString(QKeySequence::NativeText)));
        layout->addWidget(button);
        return button;
    };
    m_pinButton = makeButton(m_alwaysOnTopAction, tr("Always on top"));
    m_compactButton = makeButton(m_compactAction, tr("Compact view"));
    m_settingsButton = makeButton(m_settingsAction, tr("Settings"));
    refreshIcons();
    return bar;
}

void SidebarWindow::refreshBannerTint()
{
    // A quarter of the accent over the window colour: clearly "not a real call" in both
    // palettes, without a bright slab of colour in a dark room.
    QPalette banner = palette();
    const QColor window = banner.color(QPalette::Window);
    const QColor accent = banner.color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    banner.setColor(QPalette::Window,
                    QColor(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                           mix(window.blue(), accent.blue())));
    m_demoBanner->setPalette(banner);
}

void SidebarWindow::refreshIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    m_alwaysOnTopAction->setIcon(Icons::pin(ink));
    m_compactAction->setIcon(Icons::compact(ink));
    m_settingsAction->setIcon(Icons::settings(ink));
    if (m_assessButton)
        m_assessButton->defaultAction()->setIcon(Icons::checklist(ink));
    if (m_historyButton)
        m_historyButton->defaultAction()->setIcon(Icons::history(ink));
}

void SidebarWindow::setHistoryOpener(std::function<void()> open)
{
    auto* history = new QAction(tr("History"), this);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(history, &QAction::triggered, this, [open = std::move(open)] { open(); });
    addAction(history);
    m_historyButton = new QToolButton(m_pinButton->parentWidget());
    m_historyButton->setDefaultAction(history);
    m_historyButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_historyButton->setAutoRaise(true);
    m_historyButton->setFocusPolicy(Qt::StrongFocus);
    m_historyButton->setAccessibleName(tr("Call history"));
    m_historyButton->setToolTip(QStringLiteral("%1 (%2)").arg(
        tr("Call history"), history->shortcut().toString(QKeySequence::NativeText)));
    auto* barLayout = qobject_cast<QHBoxLayout*>(m_pinButton->parentWidget()->layout());
    barLayout->insertWidget(barLayout->indexOf(m_pinButton), m_historyButton);
    refreshIcons();
}

void SidebarWindow::announceKudos(const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    if (!m_kudosStrip) {
        m_kudosStrip = new QFrame;
        static_cast<QFrame*>(m_kudosStrip)->setFrameShape(QFrame::StyledPanel);
        m_kudosStrip->setAccessibleName(tr("Kudos from your supervisor"));
        auto* layout = new QVBoxLayout(m_kudosStrip);
        m_kudosLabel = new QLabel(m_kudosStrip);
        m_kudosLabel->setWordWrap(true);
        layout->addWidget(m_kudosLabel);
        auto* thanks = new QPushButton(tr("Thanks"), m_kudosStrip);
        thanks->setAccessibleName(tr("Dismiss the kudos"));
        thanks->setFocusPolicy(Qt::TabFocus);
        connect(thanks, &QPushButton::clicked, m_kudosStrip, &QWidget::hide);
        layout->addWidget(thanks, 0, Qt::AlignRight);
        m_sections->insertWidget(0, m_kudosStrip);
    }
    QStringList escaped;
    for (const QString& line : lines)
        escaped << QStringLiteral("★ ") + line.toHtmlEscaped();
    m_kudosLabel->setText(QStringLiteral("<b>%1</b><br>%2")
                              .arg(tr("Kudos from your supervisor").toHtmlEscaped(),
                                   escaped.join(QStringLiteral("<br>"))));
    m_kudosStrip->show();
}

QString SidebarWindow::kudosText() const
{
    return m_kudosStrip && !m_kudosStrip->isHidden() ? m_kudosLabel->text() : QString();
}

QWidget* SidebarWindow::buildSection(const QString& title, QWidget* body,
                                     const QString& accessibleName)
{
    auto* section = new QWidget;
    section->setAccessibleName(accessibleName);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* heading = new QLabel(title, section);
    heading->setFont(sectionTitleFont(font()));
    heading->setAccessibleName(title);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    body->setParent(section);
    layout->addWidget(body);
    return section;
}

QWidget* SidebarWindow::buildComingSoon(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAccessibleName(text);
    return label;
}

void SidebarWindow::buildTranscriptSection()
{
    // Built on the first line spoken, not at start-up: most of the day there is no transcript.
    m_transcript = new TranscriptView;
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcriptSection = buildSection(tr("What was said"), m_transcript, tr("Transcript"));
    m_sections->insertWidget(1, m_transcriptSection);
    m_transcriptSection->setVisible(!m_settings.compactMode());
}

TranscriptView::TranscriptView(QWidget* parent)
    : QWidget(parent)
{
    m_document.setDocumentMargin(0);
    m_document.setDefaultFont(font());
    // Tall enough for the last few lines; older ones slide out at the top.
    setFixedHeight(fontMetrics().lineSpacing() * 7 + 8);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TranscriptView::setHtml(const QString& html)
{
    m_document.setHtml(html);
    m_document.setTextWidth(width());
    update(); // no updateGeometry(): the box never changes size
}

QSize TranscriptView::sizeHint() const
{
    return QSize(200, height());
}

void TranscriptView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_document.setTextWidth(width());
}

void TranscriptView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_document.setDefaultFont(font());
        setFixedHeight(fontMetrics().lineSpacing() * 7 + 8);
        update();
    }
}

void TranscriptView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setClipRect(rect());
    // Bottom-aligned: the newest line is always in view, the oldest leaves at the top.
    const qreal overflow = std::max<qreal>(0, m_document.size().height() - height());
    painter.translate(0,
                      height() - std::min<qreal>(m_document.size().height(), height()) - overflow);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    m_document.documentLayout()->draw(&painter, context);
}

QStringList SidebarWindow::transcriptLines() const
{
    QStringList lines;
    for (const TranscriptLine& line : m_transcriptLines)
        lines << line.text;
    return lines;
}

void SidebarWindow::renderTranscript()
{
    if (!m_transcript)
        return;
    // The customer's words in the text colour, the agent's dimmer, a partial line in italics.
    // Every piece of transcript text is escaped: it is never read as markup.
    const QString agentColour = palette().color(QPalette::PlaceholderText).name();
    QStringList html;
    for (const TranscriptLine& line : m_transcriptLines) {
        QString text = line.text.toHtmlEscaped();
        if (!line.final)
            text = QStringLiteral("<i>%1</i>").arg(text);
        html << (line.customer
                     ? QStringLiteral("<p style=\"margin-bottom:4px; font-weight:500\">%1</p>")
                           .arg(text)
                     : QStringLiteral("<p style=\"margin-bottom:4px; color:%1\">%2</p>")
                           .arg(agentColour, text));
    }
    m_transcript->setHtml(html.join(QString()));
    m_transcript->setAccessibleDescription(transcriptLines().join(QLatin1Char('\n')));
}

void SidebarWindow::setDemoMode(bool demo)
{
    m_demoBanner->setVisible(demo);
    if (demo)
        setWindowTitle(tr("Attune (demo)"));
}

void SidebarWindow::setEmpathyEngine(SuggestionService& suggestions, PhraseService* phrases)
{
    EmpathyEngine& engine = suggestions.engine();
    m_empathy = &engine;
    m_phrases = phrases;
    engine.setMutedTechniques(m_settings.mutedTechniques());
    engine.setPromptBudget(m_settings.promptBudget());
    m_suggestionPanel = new SuggestionPanel(suggestions);
    connect(m_suggestionPanel, &SuggestionPanel::muteTechniqueRequested, this,
            [this](const QString& technique) {
                QStringList muted = m_settings.mutedTechniques();
                if (muted.contains(technique))
                    return;
                muted << technique;
                QString error;
                if (!m_settings.setValue(SettingKey::MutedTechniques, muted.join(QLatin1Char(',')),
                                         &error))
                    QMessageBox::information(this, tr("Attune"), error);
            });
    connect(m_suggestionPanel, &SuggestionPanel::addPhraseRequested, this,
            &SidebarWindow::addPersonalPhrase);
    connect(m_suggestionPanel, &SuggestionPanel::managePhrasesRequested, this,
            &SidebarWindow::showMyPhrases);
    QWidget* live =
        buildSection(tr("Suggested phrasings"), m_suggestionPanel, tr("Suggested phrasings"));
    m_sections->replaceWidget(m_suggestionSection, live);
    delete m_suggestionSection;
    m_suggestionSection = live;
    // Ctrl+1..3 copy a suggestion from anywhere in the sidebar, without moving focus.
    for (int i = 0; i < SuggestionPanel::kRows; ++i) {
        auto* copy = new QAction(tr("Copy suggestion %1").arg(i + 1), this);
        copy->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(copy, &QAction::triggered, this,
                [this, i] { m_suggestionPanel->copySuggestion(i); });
        addAction(copy);
    }
}

void SidebarWindow::setSelfAssessment(SelfAssessment& assessments, BreathingCoach* coach,
                                      std::function<QList<StoredCall>()> recentCalls)
{
    m_coach = coach;
    m_recentCalls = std::move(recentCalls);
    // Looking back at an earlier call: a toolbar button and Ctrl+Shift+A open the list.
    m_earlierCalls = new QMenu(this);
    m_earlierCalls->setAccessibleName(tr("Self-assess an earlier call"));
    connect(m_earlierCalls, &QMenu::aboutToShow, this, &SidebarWindow::fillEarlierCallsMenu);
    auto* assess = new QAction(tr("Self-assess an earlier call"), this);
    assess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    assess->setMenu(m_earlierCalls);
    connect(assess, &QAction::triggered, this, [this] {
        m_earlierCalls->popup(m_assessButton->mapToGlobal(QPoint(0, m_assessButton->height())));
    });
    addAction(assess);
    m_assessButton = new QToolButton(m_pinButton->parentWidget());
    m_assessButton->setDefaultAction(assess);
    m_assessButton->setPopupMode(QToolButton::InstantPopup);
    m_assessButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_assessButton->setAutoRaise(true);
    m_assessButton->setFocusPolicy(Qt::StrongFocus);
    m_assessButton->setAccessibleName(assess->text());
    m_assessButton->setToolTip(QStringLiteral("%1 (%2)").arg(
        assess->text(), assess->shortcut().toString(QKeySequence::NativeText)));
    auto* barLayout = qobject_cast<QHBoxLayout*>(m_pinButton->parentWidget()->layout());
    barLayout->insertWidget(barLayout->indexOf(m_pinButton), m_assessButton);
    refreshIcons();
    m_assessmentForm = new AssessmentForm(assessments);
    m_assessmentSection =
        buildSection(assessments.rubric().name, m_assessmentForm, tr("Self-assessment"));
    m_assessmentSection->hide();
    m_sections->insertWidget(0, m_assessmentSection); // first thing seen in wrap-up
    connect(m_assessmentForm, &AssessmentForm::saved, this, [this](const Assessment& saved) {
        m_assessmentSection->hide();
        // The agent's own rating, never an inference: 4 or 5 brings the breathing offer.
        const int stress = saved.answers.value(QStringLiteral("stress_after")).toInt();
        if (m_coach && stress > 0)
            m_coach->stressReported(stress);
    });
    connect(m_assessmentForm, &AssessmentForm::closedForLater, m_assessmentSection, &QWidget::hide);
    if (m_call.state == CallState::WrapUp) {
        openAssessmentFor(m_call);
        return;
    }
    // A draft left behind (a crash, a power cut) is offered again at once, unless a call is live.
    const QList<Assessment> unfinished = assessments.unfinishedDrafts();
    if (!unfinished.isEmpty() && !m_call.isLive()) {
        AssessmentContext context;
        context.callId = unfinished.first().callId;
        context.talkMs = -1;
        context.resumedFrom = unfinished.first().updatedAt;
        m_assessmentForm->openFor(context);
        m_assessmentSection->show();
    }
}

void SidebarWindow::fillEarlierCallsMenu()
{
    m_earlierCalls->clear();
    const QList<StoredCall> calls = m_recentCalls ? m_recentCalls() : QList<StoredCall>();
    int listed = 0;
    for (const StoredCall& stored : calls) {
        if (!stored.answered || stored.outcome.isEmpty())
            continue; // live or missed: nothing to look back on
        const QString label =
            tr("%1 · %2 · %3")
                .arg(stored.displayName.isEmpty()
                         ? (stored.phone.isEmpty() ? tr("Unknown caller") : stored.phone)
                         : stored.displayName,
                     QLocale().toString(stored.ringingAt.toLocalTime(), QLocale::ShortFormat),
                     CallHeaderWidget::formatDuration(std::max<qint64>(0, stored.talkMs)));
        m_earlierCalls->addAction(label, this, [this, stored] {
            if (m_call.isLive())
                return; // never over a live call
            AssessmentContext context;
            context.callId = stored.callId;
            context.customer = stored.displayName;
            context.talkMs = std::max<qint64>(0, stored.talkMs);
            m_assessmentForm->openFor(context);
            m_assessmentSection->show();
        });
        if (++listed == 10)
            break;
    }
    if (listed == 0)
        m_earlierCalls->addAction(tr("No earlier calls yet"))->setEnabled(false);
}

bool SidebarWindow::isAssessmentShown() const
{
    return m_assessmentSection && !m_assessmentSection->isHidden();
}

void SidebarWindow::openAssessmentFor(const Call& call)
{
    if (!m_assessmentForm || call.isLive())
        return; // never over a ringing or live call
    AssessmentContext context;
    context.callId = call.id;
    context.customer = call.caller.displayName;
    context.talkMs = call.talkDurationMs(m_session.monotonicNowMs());
    if (m_empathy) {
        const EmpathySnapshot snapshot = m_empathy->snapshot();
        if (snapshot.callId == call.id) {
            context.peak = snapshot.arcPeak;
            context.peakFeeling = SuggestionPanel::cueLabel(snapshot.arcPeakKind);
            context.peakAfterMs =
                call.wasAnswered()
                    ? std::max<qint64>(0, snapshot.arcPeakAtMs - call.answeredAtMonotonicMs)
                    : -1;
            context.calmedDown = snapshot.calmedDown;
            context.suggestionsUsed = snapshot.usedThisCall;
        }
    }
    m_assessmentForm->openFor(context);
    m_assessmentSection->show();
}

void SidebarWindow::setProfileService(ProfileService& profiles)
{
    m_profilePanel = new ProfilePanel(profiles);
    m_profilePanel->installEventFilter(this); // to time the profile's screen pop
    QWidget* live = buildSection(tr("Customer profile"), m_profilePanel, tr("Customer profile"));
    live->setVisible(!m_settings.compactMode());
    m_sections->replaceWidget(m_profileSection, live);
    delete m_profileSection;
    m_profileSection = live;
}

void SidebarWindow::setBreathingCoach(BreathingService& breathing)
{
    m_breathingPanel = new BreathingPanel(breathing, m_settings);
    QWidget* live = buildSection(tr("Take a breath"), m_breathingPanel, tr("Breathing"));
    live->setVisible(m_breathingSection->isVisibleTo(m_breathingSection->parentWidget()));
    m_sections->replaceWidget(m_breathingSection, live);
    delete m_breathingSection;
    m_breathingSection = live;
    auto* breathe = new QAction(tr("Start a breathing exercise"), this);
    breathe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(breathe, &QAction::triggered, this, [this] { startBreathing(); });
    addAction(breathe);
}

QString SidebarWindow::startBreathing()
{
    if (!m_breathingPanel)
        return tr("The breathing exercise is not ready yet.");
    if (m_compactAction->isChecked())
        m_settings.setValue(SettingKey::CompactMode, false); // the guide needs the full view
    QString refusal;
    m_breathingPanel->startExercise(&refusal);
    return refusal;
}

bool SidebarWindow::personalPhrasesAvailable()
{
    if (!m_empathy)
        return false;
    if (!m_phrases || !m_phrases->canKeepOwnPhrases()) {
        QMessageBox::information(this, tr("Attune"),
                                 tr("Your own phrases need the local database, which could not be "
                                    "opened."));
        return false;
    }
    return true;
}

void SidebarWindow::showMyPhrases()
{
    if (!personalPhrasesAvailable())
        return;
    MyPhrasesDialog dialog(*m_phrases, this);
    dialog.exec();
}

bool SidebarWindow::addPersonalPhrase()
{
    if (!personalPhrasesAvailable())
        return false;
    PersonalPhraseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Phrase phrase = dialog.phrase();
    QString error;
    if (!m_phrases->addPersonalPhrase(&phrase, &error)) {
        QMessageBox::warning(this, tr("Attune"), tr("The phrase was not saved: %1").arg(error));
        return false;
    }
    return true;
}

void SidebarWindow::dockToScreenEdge()
{
    QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const int width = qMin(kSidebarWidth, available.width());
    const int height = m_settings.compactMode() ? qMin(available.height(), sizeHint().height())
                                                : available.height();
    const int x =
        m_settings.dockEdge() == DockEdge::Left ? available.left() : available.right() - width + 1;
    // The window frame (known once shown) goes inside the docked strip, not off screen.
    const QRect frame = frameGeometry();
    const QRect client = geometry();
    const QMargins decoration =
        isVisible() ? QMargins(client.left() - frame.left(), client.top() - frame.top(),
                               frame.right() - client.right(), frame.bottom() - client.bottom())
                    : QMargins();
    setGeometry(QRect(x, available.top(), width, height).marginsRemoved(decoration));
}

void SidebarWindow::restoreOrDock()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    dockToScreenEdge();
    // Dock once more when the frame is known, so the frame fits the screen edge too.
    connect(this, &SidebarWindow::firstFramePainted, this, &SidebarWindow::dockToScreenEdge,
            Qt::SingleShotConnection);
}

void SidebarWindow::showForUser()
{
    setAttribute(Qt::WA_ShowWithoutActivating, false);
    showNormal();
    raise();
    activateWindow();
    setAttribute(Qt::WA_ShowWithoutActivating, true);
}

void SidebarWindow::onRinging(const Call& call, qint64 requestedAtEpochMs)
{
    m_transcriptLines.clear();
    renderTranscript();
    onCallChanged(call);
    if (isAssessmentShown()) {
        // The new call comes first; the answers so far are kept as a draft.
        m_assessmentSection->hide();
    }
    m_header->setAlerting(true, m_settings.reducedMotion());
    m_pendingPopCallId = call.id;
    m_pendingPopRequestedAt = requestedAtEpochMs;
    // Visible, but never activated: the agent keeps typing where they were.
    if (isHidden())
        show();
    if (m_settings.raiseOnCall()) {
        if (isMinimized())
            showNormal();
        raise();
    }
    QApplication::alert(this, 3000);
}

void SidebarWindow::onCallChanged(const Call& call)
{
    m_call = call;
    const qint64 now = m_session.monotonicNowMs();
    m_header->showCall(call, now);
    if (call.state != CallState::Ringing && m_header->isAlerting())
        m_header->setAlerting(false, m_settings.reducedMotion());
    // Only a live call needs a ticking clock; idle, the app has no timer at all.
    if (call.isLive())
        m_callTimer.start();
    else
        m_callTimer.stop();
    const bool wrapUp = call.state == CallState::WrapUp;
    m_wrapUpBar->setVisible(wrapUp);
    m_readyAction->setEnabled(wrapUp);
    if (wrapUp) {
        m_wrapUpText->setText(tr("Call ended after %1. Take a moment before the next one.")
                                  .arg(CallHeaderWidget::formatDuration(call.talkDurationMs(now))));
    }
    if (call.state == CallState::Idle && m_transcriptSection)
        m_transcriptSection->setVisible(false);
}

void SidebarWindow::onUtterance(const Call& call, const Utterance& line, bool replacedPartial)
{
    m_call = call;
    if (!m_transcriptSection)
        buildTranscriptSection();
    m_transcriptSection->setVisible(!m_settings.compactMode());
    const bool customer = line.speaker == Utterance::Speaker::Customer;
    const QString who = customer ? tr("Customer") : tr("You");
    TranscriptLine shown{tr("%1: %2").arg(who, line.text), customer, line.isFinal};
    if (replacedPartial && !m_transcriptLines.isEmpty())
        m_transcriptLines.last() = shown;
    else
        m_transcriptLines.append(shown);
    while (m_transcriptLines.size() > kTranscriptLinesShown)
        m_transcriptLines.removeFirst();
    renderTranscript();
}

void SidebarWindow::onEnded(const Call& call)
{
    onCallChanged(call);
    if (call.state == CallState::WrapUp)
        openAssessmentFor(call);
}

void SidebarWindow::finishWrapUp()
{
    m_session.finishWrapUp();
}

void SidebarWindow::onSettingChanged(SettingKey key)
{
    switch (key) {
    case SettingKey::AlwaysOnTop:
        m_alwaysOnTopAction->setChecked(m_settings.alwaysOnTop());
        applyAlwaysOnTop(m_settings.alwaysOnTop());
        break;
    case SettingKey::CompactMode:
        m_compactAction->setChecked(m_settings.compactMode());
        applyCompact(m_settings.compactMode());
        break;
    case SettingKey::DockEdge:
        dockToScreenEdge();
        break;
    case SettingKey::Theme:
        m_theme.apply(m_settings.theme());
        break;
    case SettingKey::ShowTrayIcon:
        if (m_settings.showTrayIcon())
            ensureTrayIcon();
        else if (m_tray)
            m_tray->hide();
        break;
    case SettingKey::ReducedMotion:
        if (m_breathingPanel)
            m_breathingPanel->setReducedMotion(m_settings.reducedMotion());
        break;
    case SettingKey::BreathingPatterns:
    case SettingKey::MyBreathingPatterns:
        if (m_breathingPanel)
            m_breathingPanel->reloadPatterns();
        break;
    case SettingKey::MutedTechniques:
        if (m_empathy)
            m_empathy->setMutedTechniques(m_settings.mutedTechniques());
        break;
    case SettingKey::PromptBudget:
        if (m_empathy)
            m_empathy->setPromptBudget(m_settings.promptBudget());
        break;
    default:
        break;
    }
}

void SidebarWindow::applyAlwaysOnTop(bool onTop)
{
    if (bool(windowFlags() & Qt::WindowStaysOnTopHint) == onTop)
        return;
    const bool wasVisible = isVisible();
    setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    // Changing flags hides a native window; show it again, still without taking focus.
    if (wasVisible)
        show();
}

void SidebarWindow::applyCompact(bool compact)
{
    m_profileSection->setVisible(!compact);
    m_breathingSection->setVisible(!compact);
    if (m_transcriptSection)
        m_transcriptSection->setVisible(!compact && m_call.state != CallState::Idle);
}

void SidebarWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    Q_EMIT settingsDialogOpened(m_settingsDialog);
}

void SidebarWindow::ensureTrayIcon()
{
    if (m_tray || !m_settings.showTrayIcon() || !QSystemTrayIcon::isSystemTrayAvailable()) {
        if (m_tray && m_settings.showTrayIcon())
            m_tray->show();
        return;
    }
    m_tray = new QSystemTrayIcon(Icons::app(), this);
    m_tray->setToolTip(tr("Attune"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("Show Attune"), this, &SidebarWindow::showForUser);
    menu->addAction(m_alwaysOnTopAction);
    menu->addAction(m_compactAction);
    menu->addAction(m_settingsAction);
    menu->addSeparator();
    menu->addAction(m_quitAction);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    isVisible() ? hide() : showForUser();
            });
    m_tray->show();
}

void SidebarWindow::rememberGeometry()
{
    m_settings.setWindowGeometry(saveGeometry());
}

bool SidebarWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        if (watched == this && !m_firstFrameSeen) {
            m_firstFrameSeen = true;
            // Queued: runs after this paint pass has been flushed to the screen.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    Q_EMIT firstFramePainted();
                    // Decoding the SVG icon loads an image plugin: after the first frame.
                    setWindowIcon(Icons::app());
                    ensureTrayIcon();
                },
                Qt::QueuedConnection);
        } else if (watched == m_profilePanel && m_profilePanel &&
                   !m_profilePanel->shownCallId().isEmpty()) {
            const QString callId = m_profilePanel->shownCallId();
            QMetaObject::invokeMethod(
                this,
                [this, callId] {
                    m_popTrace.recordProfilePainted(callId, QDateTime::currentMSecsSinceEpoch());
                },
                Qt::QueuedConnection);
        } else if (watched == m_header && !m_pendingPopCallId.isEmpty()) {
            const QString callId = std::exchange(m_pendingPopCallId, QString());
            const qint64 requestedAt = m_pendingPopRequestedAt;
            QMetaObject::invokeMethod(
                this,
                [this, callId, requestedAt] {
                    m_popTrace.recordPainted(callId, requestedAt,
                                             QDateTime::currentMSecsSinceEpoch());
                },
                Qt::QueuedConnection);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void SidebarWindow::closeEvent(QCloseEvent* event)
{
    rememberGeometry();
    if (m_tray && m_tray->isVisible()) {
        // With a tray icon, closing tucks the sidebar away; calls still pop it back.
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void SidebarWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshIcons();
        refreshBannerTint();
    }
    QMainWindow::changeEvent(event);
}

} // namespace attune
