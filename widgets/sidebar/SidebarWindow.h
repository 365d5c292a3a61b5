#pragma once

#include "core/CallTypes.h"
#include "core/StoredCall.h"
#include "settings/Settings.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QKeySequence;
class QMenu;
class QLabel;
class QPushButton;
class QSystemTrayIcon;
class QToolButton;
class QVBoxLayout;

namespace attune {

class CallHeaderWidget;
class KudosStrip;
class SidebarTopBar;
class TranscriptView;
class WrapUpBar;
class TranscriptionNotice;
class TeamSyncIndicator;
class AssessmentForm;
class AssessmentSection;
class CallSessionService;
class ProfilePanel;
class ProfileService;
class BreathingCoach;
class BreathingService;
class SelfAssessment;
class BreathingPanel;
class EmpathyEngine;
class PhraseService;
class Prompts;
class SuggestionService;
class SuggestionPanel;
class CallSession;
class PopTrace;
class SettingsDialog;
class ThemeManager;
class PracticePanel;
class PracticeService;

// The slim, always-on-top sidebar. It maps the call session's state to pixels and the agent's
// clicks and keys to session calls; it holds no call logic of its own.
//
// It never takes focus when a call arrives: it is shown without activation, pulses its header,
// asks the window manager for attention, and raises itself only if the agent allowed that.
class SidebarWindow final : public QMainWindow
{
    Q_OBJECT

public:
    SidebarWindow(CallSession& session, Settings& settings, ThemeManager& theme, PopTrace& popTrace,
                  QWidget* parent = nullptr);
    ~SidebarWindow() override;

    // Places the window on the configured screen edge at full available height.
    void dockToScreenEdge();
    // Restores the remembered geometry, or docks when there is none.
    void restoreOrDock();
    // An explicit request from the user (a second `attune`, the tray): may take focus.
    void showForUser();
    void setDemoMode(bool demo);
    // Where the sidebar's message boxes go (QMessageBox unless a test answers them).
    void setPrompts(Prompts& prompts) { m_prompts = &prompts; }
    // Shows live suggestions. `phrases` keeps the agent's own phrases; without it, or when it
    // has no database, they cannot add any.
    void setEmpathyEngine(SuggestionService& suggestions, PhraseService* phrases);
    // Opens the form for a phrase of the agent's own; true when one was saved.
    bool addPersonalPhrase();
    // Lists the agent's own phrases to read, add or remove.
    void showMyPhrases();
    // Puts the live exercise panel into the breathing section.
    void setBreathingCoach(BreathingService& breathing);
    BreathingPanel* breathingPanel() const { return m_breathingPanel; }
    // Says so while the customer's speech is transcribed (integration/transcribeCalls).
    TranscriptionNotice* transcriptionNotice() const { return m_transcriptionNotice; }

    // The team server's sync state (TeamService), shown while a team server is configured.
    TeamSyncIndicator* teamSyncIndicator() const { return m_teamSyncIndicator; }
    // Starts an exercise as if the agent pressed Start (Ctrl+B); the reason when refused.
    QString startBreathing();
    // Adds the post-call self-assessment: opened in wrap-up after an answered call, and at start
    // for a draft left unfinished (after a crash, say). `coach` (may be null) hears a stress
    // rating of 4 or 5.
    // `recentCalls` lists calls the agent may assess later (newest first).
    void setSelfAssessment(SelfAssessment& assessments, BreathingCoach* coach,
                           std::function<QList<StoredCall>()> recentCalls = {});
    // The menu of recent calls to assess (Ctrl+Shift+A); null before setSelfAssessment.
    QMenu* earlierCallsMenu() const;
    AssessmentForm* assessmentForm() const;
    // Puts the customer profile into its section, showing "no call", before its service exists:
    // the app does it while the database opens (RunApp). Without setProfileService by
    // sayWhichPartsDidNotStart, the section says the profile is not available instead.
    void prepareProfilePanel();
    // Puts the live customer profile into its section (prepared there if it was not).
    void setProfileService(ProfileService& profiles);
    // The history window: a toolbar button and Ctrl+H call `open`.
    void setHistoryOpener(std::function<void()> open);
    // A quiet strip with a supervisor's kudos, until the agent dismisses it. Never takes focus.
    void announceKudos(const QStringList& lines);
    QString kudosText() const;
    ProfilePanel* profilePanel() const { return m_profilePanel; }
    bool isAssessmentShown() const;
    SuggestionPanel* suggestionPanel() const { return m_suggestionPanel; }

    CallHeaderWidget* callHeader() const { return m_header; }
    QStringList transcriptLines() const;
    QPushButton* readyButton() const;
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* alwaysOnTopAction() const { return m_alwaysOnTopAction; }
    QAction* compactAction() const { return m_compactAction; }
    bool isCallTimerRunning() const { return m_callTimer.isActive(); }

    // Practice between calls (widgets/practice/): hidden while a call is live.
    void setPracticeService(PracticeService& practice);
    PracticePanel* practicePanel() const { return m_practicePanel; }
    // Once the services are up and the parts attached: a section whose part did not come (its
    // service failed to start) says so in words instead of staying empty.
    void sayWhichPartsDidNotStart();
    // The softphone connector or the WebSocket API is on but the network module could not be
    // loaded: one line at the top of the sections says they cannot work (the sidebar, and calls
    // forwarded over the local socket, run on).
    void sayOutsideCallsCannotArrive();

Q_SIGNALS:
    void firstFramePainted();
    void settingsDialogOpened(SettingsDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QAction* makeSettingToggle(const QString& text, SettingKey key, const QKeySequence& shortcut);
    void buildTranscriptSection();
    void refreshBannerTint();

    void onRinging(const Call& call, qint64 requestedAtEpochMs);
    void onCallChanged(const Call& call);
    void onUtterance(const Call& call, const Utterance& line, bool replacedPartial);
    void onEnded(const Call& call);
    void onSettingChanged(SettingKey key);

    void applyAlwaysOnTop(bool onTop);
    void applyCompact(bool compact);
    QWidget* pendingProfileSection();
    void replaceProfileSection(QWidget* section);
    void openSettings();
    void finishWrapUp();
    void ensureTrayIcon();
    void rememberGeometry();

    CallSession& m_session;
    Settings& m_settings;
    ThemeManager& m_theme;
    PopTrace& m_popTrace;
    Prompts* m_prompts = nullptr;

    Call m_call;
    QTimer m_callTimer;
    bool m_firstFrameSeen = false;
    QString m_pendingPopCallId;
    qint64 m_pendingPopRequestedAt = 0;

    SidebarTopBar* m_topBar = nullptr;
    QLabel* m_demoBanner = nullptr;
    CallHeaderWidget* m_header = nullptr;
    TranscriptionNotice* m_transcriptionNotice = nullptr;

    TeamSyncIndicator* m_teamSyncIndicator = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QWidget* m_profileSection = nullptr;
    ProfilePanel* m_profilePanel = nullptr;
    QWidget* m_transcriptSection = nullptr;
    // The last lines said, drawn in a box of fixed height: a new line never moves the
    // suggestions below it, and costs one repaint rather than a relayout of the sidebar.
    TranscriptView* m_transcript = nullptr;
    QWidget* m_suggestionSection = nullptr;
    SuggestionPanel* m_suggestionPanel = nullptr;
    EmpathyEngine* m_empathy = nullptr;
    PhraseService* m_phrases = nullptr;
    // True when the agent's own phrases can be used; tells the agent why not otherwise.
    bool personalPhrasesAvailable();
    QWidget* m_breathingSection = nullptr;
    BreathingPanel* m_breathingPanel = nullptr;
    AssessmentSection* m_assessment = nullptr;
    QToolButton* m_assessButton = nullptr;
    KudosStrip* m_kudosStrip = nullptr;
    WrapUpBar* m_wrapUpBar = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_alwaysOnTopAction = nullptr;
    QAction* m_compactAction = nullptr;
    QAction* m_readyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;

    // The session's transitions and changed settings, as Qt signals on the GUI thread.
    std::unique_ptr<CallSessionService> m_events;

    // Practice (issue #19)
    PracticePanel* m_practicePanel = nullptr;
};

} // namespace attune
