#include "sidebar/SidebarWindow.h"

#include "common/Icons.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "common/WrappedLabel.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "phrases/MyPhrasesDialog.h"
#include "phrases/PersonalPhraseDialog.h"
#include "practice/PracticePanel.h"
#include "services/CallSessionService.h"
#include "services/PhraseService.h"
#include "services/PracticeService.h"
#include "services/SuggestionService.h"
#include "settings/SettingsDialog.h"
#include "sidebar/AssessmentForm.h"
#include "sidebar/AssessmentSection.h"
#include "sidebar/BreathingPanel.h"
#include "sidebar/CallHeaderWidget.h"
#include "sidebar/KudosStrip.h"
#include "sidebar/PendingPart.h"
#include "sidebar/ProfilePanel.h"
#include "sidebar/SidebarSection.h"
#include "sidebar/SidebarTopBar.h"
#include "sidebar/SuggestionPanel.h"
#include "sidebar/TeamSyncIndicator.h"
#include "sidebar/TranscriptView.h"
#include "sidebar/TranscriptionNotice.h"
#include "sidebar/WrapUpBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace attune {

namespace {

constexpr int kSidebarWidth = 360;

} // namespace

SidebarWindow::SidebarWindow(CallSession& session, Settings& settings, ThemeManager& theme,
                             PopTrace& popTrace, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_theme(theme)
    , m_popTrace(popTrace)
    , m_prompts(&Prompts::real())
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
    m_topBar = new SidebarTopBar(this);
    m_topBar->addButton(m_alwaysOnTopAction, tr("Always on top"), &Icons::pin);
    m_topBar->addButton(m_compactAction, tr("Compact view"), &Icons::compact);
    m_topBar->addButton(m_settingsAction, tr("Settings"), &Icons::settings);
    layout->addWidget(m_topBar);

    m_demoBanner =
        new WrappedLabel(tr("Demo mode: a scripted call on a separate demo database."), central);
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
    // Handed to the scroll area while still empty: given its full contents, setWidget lays
    // them all out once at a made-up size, only for show() to do it again at the real one.
    scroll->setWidget(sectionHost);

    // Empty until their parts attach after the first frame (PendingPart); a part that cannot
    // start says so there (sayWhichPartsDidNotStart).
    m_profileSection = pendingProfileSection();
    m_suggestionSection = SidebarSection::make(
        tr("Suggested phrasings"),
        new PendingPart(
            tr("Suggested phrasings are not available: Attune could not load its phrase library.")),
        tr("Suggested phrasings"));
    m_breathingSection = SidebarSection::make(
        tr("Take a breath"), new PendingPart(tr("The breathing exercise is not available.")),
        tr("Breathing"));

    m_sections->addWidget(m_profileSection);
    m_sections->addWidget(m_suggestionSection);
    m_sections->addWidget(m_breathingSection);
    m_sections->addStretch(1);
    layout->addWidget(scroll, 1);

    m_wrapUpBar = new WrapUpBar(*m_readyAction, central);
    connect(m_wrapUpBar, &WrapUpBar::readyClicked, this, &SidebarWindow::finishWrapUp);
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

    // Every transition arrives on the GUI thread, in order, from the session's service.
    m_events = std::make_unique<CallSessionService>(m_session, m_settings);
    const CallSessionService* events = m_events.get();
    connect(events, &CallSessionService::ringing, this, &SidebarWindow::onRinging);
    connect(events, &CallSessionService::answered, this, &SidebarWindow::onCallChanged);
    connect(events, &CallSessionService::customerUpdated, this, &SidebarWindow::onCallChanged);
    connect(events, &CallSessionService::utteranceAdded, this, &SidebarWindow::onUtterance);
    connect(events, &CallSessionService::ended, this, &SidebarWindow::onEnded);
    connect(events, &CallSessionService::wrapUpFinished, this,
            [this] { onCallChanged(m_session.current()); });
    connect(events, &CallSessionService::settingChanged, this, &SidebarWindow::onSettingChanged);

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

void SidebarWindow::setHistoryOpener(std::function<void()> open)
{
    auto* history = new QAction(tr("History"), this);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(history, &QAction::triggered, this, [open = std::move(open)] { open(); });
    addAction(history);
    m_topBar->insertButton(history, tr("Call history"), &Icons::history);
}

void SidebarWindow::announceKudos(const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    if (!m_kudosStrip) {
        m_kudosStrip = new KudosStrip;
        m_sections->insertWidget(0, m_kudosStrip);
    }
    m_kudosStrip->announce(lines);
}

QString SidebarWindow::kudosText() const
{
    return m_kudosStrip ? m_kudosStrip->text() : QString();
}

void SidebarWindow::buildTranscriptSection()
{
    // Built on the first line spoken, not at start-up: most of the day there is no transcript.
    m_transcript = new TranscriptView;
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcriptSection = SidebarSection::make(tr("What was said"), m_transcript, tr("Transcript"));
    m_sections->insertWidget(1, m_transcriptSection);
    m_transcriptSection->setVisible(!m_settings.compactMode());
}

QStringList SidebarWindow::transcriptLines() const
{
    return m_transcript ? m_transcript->lines() : QStringList();
}

QPushButton* SidebarWindow::readyButton() const
{
    return m_wrapUpBar->readyButton();
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
    if (m_assessment)
        m_assessment->setEmpathy(m_empathy);
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
                    m_prompts->inform(this, tr("Attune"), error);
            });
    connect(m_suggestionPanel, &SuggestionPanel::addPhraseRequested, this,
            &SidebarWindow::addPersonalPhrase);
    connect(m_suggestionPanel, &SuggestionPanel::managePhrasesRequested, this,
            &SidebarWindow::showMyPhrases);
    QWidget* live = SidebarSection::make(tr("Suggested phrasings"), m_suggestionPanel,
                                         tr("Suggested phrasings"));
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
    m_assessment = new AssessmentSection(
        assessments, coach, std::move(recentCalls), m_session, [this] { return m_call.isLive(); },
        this);
    m_assessment->setEmpathy(m_empathy);
    m_sections->insertWidget(0, m_assessment->section()); // first thing seen in wrap-up
    // Looking back at an earlier call: a toolbar button and Ctrl+Shift+A open the list.
    auto* assess = new QAction(tr("Self-assess an earlier call"), this);
    assess->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    assess->setMenu(m_assessment->earlierCallsMenu());
    connect(assess, &QAction::triggered, this, [this] {
        m_assessment->earlierCallsMenu()->popup(
            m_assessButton->mapToGlobal(QPoint(0, m_assessButton->height())));
    });
    addAction(assess);
    m_assessButton = m_topBar->insertButton(assess, assess->text(), &Icons::checklist);
    m_assessButton->setPopupMode(QToolButton::InstantPopup);
    if (m_call.state == CallState::WrapUp)
        m_assessment->openFor(m_call);
    else
        m_assessment->offerUnfinished();
}

QMenu* SidebarWindow::earlierCallsMenu() const
{
    return m_assessment ? m_assessment->earlierCallsMenu() : nullptr;
}

AssessmentForm* SidebarWindow::assessmentForm() const
{
    return m_assessment ? m_assessment->form() : nullptr;
}

bool SidebarWindow::isAssessmentShown() const
{
    return m_assessment && m_assessment->isShown();
}

QWidget* SidebarWindow::pendingProfileSection()
{
    return SidebarSection::make(
        tr("Customer profile"),
        new PendingPart(
            tr("The customer profile is not available: Attune could not open its database.")),
        tr("Customer profile"));
}

void SidebarWindow::replaceProfileSection(QWidget* section)
{
    // Into the sidebar first: shown while it had no parent, it would open as a window of its own.
    m_sections->replaceWidget(m_profileSection, section);
    section->setVisible(!m_settings.compactMode());
    delete m_profileSection;
    m_profileSection = section;
}

void SidebarWindow::prepareProfilePanel()
{
    if (m_profilePanel)
        return;
    m_profilePanel = new ProfilePanel;
    m_profilePanel->installEventFilter(this); // to time the profile's screen pop
    replaceProfileSection(
        SidebarSection::make(tr("Customer profile"), m_profilePanel, tr("Customer profile")));
}

void SidebarWindow::setProfileService(ProfileService& profiles)
{
    prepareProfilePanel();
    m_profilePanel->setService(profiles);
}

void SidebarWindow::setBreathingCoach(BreathingService& breathing)
{
    m_breathingPanel = new BreathingPanel(breathing, m_settings);
    QWidget* live = SidebarSection::make(tr("Take a breath"), m_breathingPanel, tr("Breathing"));
    const bool shown = m_breathingSection->isVisibleTo(m_breathingSection->parentWidget());
    m_sections->replaceWidget(m_breathingSection, live);
    live->setVisible(shown);
    delete m_breathingSection;
    m_breathingSection = live;
    auto* breathe = new QAction(tr("Start a breathing exercise"), this);
    breathe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(breathe, &QAction::triggered, this, [this] { startBreathing(); });
    addAction(breathe);
}

void SidebarWindow::sayWhichPartsDidNotStart()
{
    // Built while the database opened, which then failed: no profile will ever show in it.
    if (m_profilePanel && !m_profilePanel->hasService()) {
        m_profilePanel = nullptr; // deleted with its section
        replaceProfileSection(pendingProfileSection());
    }
    // Still pending once the services are up: the part will not come this session.
    for (QWidget* section : {m_profileSection, m_suggestionSection, m_breathingSection}) {
        if (auto* pending = section->findChild<PendingPart*>())
            pending->showUnavailable();
    }
}

void SidebarWindow::sayOutsideCallsCannotArrive()
{
    static const char kName[] = "outsideCallsUnavailable";
    if (findChild<PendingPart*>(QLatin1String(kName)))
        return;
    auto* notice = new PendingPart(tr("The softphone connector and the WebSocket API cannot work: "
                                      "Attune could not load its network module. Reinstall "
                                      "Attune, or ask IT."));
    notice->setObjectName(QLatin1String(kName));
    m_sections->insertWidget(0, notice);
    notice->showUnavailable();
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
        m_prompts->inform(this, tr("Attune"),
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
    MyPhrasesDialog dialog(*m_phrases, this, m_prompts);
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
    const auto notSaved = [this](const QString& reason) {
        m_prompts->warn(this, tr("Attune"), tr("The phrase was not saved: %1").arg(reason));
    };
    if (!m_phrases->addPersonalPhrase(&phrase, &error, this, notSaved)) {
        notSaved(error);
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
    QMargins decoration;
    if (isVisible())
        decoration = QMargins(client.left() - frame.left(), client.top() - frame.top(),
                              frame.right() - client.right(), frame.bottom() - client.bottom());
    else if (windowHandle())
        decoration = windowHandle()->frameMargins();
    // A dock that changes nothing (the frame was known the first time) leaves the window alone:
    // a top-level's setGeometry sends a move and a resize and lays the whole sidebar out again.
    const QRect docked = QRect(x, available.top(), width, height).marginsRemoved(decoration);
    if (!isVisible() || docked != client)
        setGeometry(docked);
}

void SidebarWindow::restoreOrDock()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty() && restoreGeometry(geometry))
        return;
    // The platform window first: where its frame is known before it is shown (offscreen, a
    // window manager that says so early), the first dock fits and the one below changes nothing.
    create();
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
    if (m_transcript)
        m_transcript->clear();
    onCallChanged(call);
    if (m_assessment)
        m_assessment->hide(); // the new call comes first; the answers so far stay a draft
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
    if (wrapUp)
        m_wrapUpBar->showCallLength(CallHeaderWidget::formatDuration(call.talkDurationMs(now)));
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
    m_transcript->addLine(tr("%1: %2").arg(who, line.text), customer, line.isFinal,
                          replacedPartial);
}

void SidebarWindow::onEnded(const Call& call)
{
    onCallChanged(call);
    if (call.state == CallState::WrapUp && m_assessment)
        m_assessment->openFor(call);
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
        m_settingsDialog = new SettingsDialog(m_settings, this, m_prompts);
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
        m_topBar->refreshIcons();
        refreshBannerTint();
    }
    QMainWindow::changeEvent(event);
}

// Practice (issue #19): a section of its own, after the self-assessment, gone while a call is live.
void SidebarWindow::setPracticeService(PracticeService& practice)
{
    m_practicePanel = new PracticePanel(practice);
    QWidget* section = SidebarSection::make(tr("Practice"), m_practicePanel, tr("Practice"));
    m_sections->insertWidget(m_assessment ? m_sections->indexOf(m_assessment->section()) + 1 : 0,
                             section);
    section->setVisible(!practice.isCallLive());
    connect(&practice, &PracticeService::callLiveChanged, section,
            [section](bool live) { section->setVisible(!live); });
    // Asked for from the command line: shown, never activated (the agent may be typing elsewhere).
    connect(&practice, &PracticeService::openRequested, this, [this] {
        if (isHidden() || isMinimized())
            showNormal();
    });
}

} // namespace attune
