#pragma once

#include "breathing/BreathingCoach.h"
#include "services/BreathingService.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace attune {

class Settings;

// The shape that breathes: a soft circle that grows on the in-breath, rests on the hold and
// shrinks on the out-breath. It paints what it is given; the panel decides when to look.
class BreathingGuide final : public QWidget
{
    Q_OBJECT

public:
    explicit BreathingGuide(QWidget* parent = nullptr);
    void setFullness(double fullness);
    double fullness() const { return m_fullness; }
    QSize sizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_fullness = 0;
};

// "Take a breath": choose a pattern and a length and start (Ctrl+B), or accept the quiet offer
// after a hard call. While running it shows the guide, the phase and the seconds left, with
// pause and stop; with reduced motion, a still guide of words and a progress bar. Before and
// after, the agent may tap how tense they feel (1 to 5), or not.
//
// It repaints only while it is visible and an exercise runs: at 30 frames a second for the
// moving guide (plenty for a shape that changes over seconds), or once a second and at each
// phase change with reduced motion. Otherwise no timer runs.
class BreathingPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kFrameMs = 33;

    // The lengths on offer: the setting's value and what the agent reads.
    static QList<std::pair<QString, QString>> lengthChoices();

    BreathingPanel(BreathingService& breathing, Settings& settings, QWidget* parent = nullptr);
    ~BreathingPanel() override;

    // Starts with the chosen pattern and length; false (and the reason shown, and put in
    // `refusal`) when refused.
    bool startExercise(QString* refusal = nullptr);
    bool isAnimating() const { return m_frameTimer.isActive(); }
    bool isOfferShown() const;
    QString phaseText() const;
    void setReducedMotion(bool reduced);
    // Re-reads patterns, the default pattern and length from settings.
    void reloadPatterns();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    enum Page
    {
        Choose,
        Running,
        Done
    };

    void buildPage(Page page);
    void refresh();
    void scheduleNextLook(const BreathingSession::State& state);
    void showPage(Page page);
    void onOffer(bool offered);
    void onCallRinging();
    QWidget* buildRatingRow(const QString& question, bool before);
    static QString phaseName(BreathPhase::Kind kind);

    BreathingCoach& m_coach;
    Settings& m_settings;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_offer = nullptr;
    QComboBox* m_pattern = nullptr;
    QComboBox* m_length = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_problem = nullptr;
    BreathingGuide* m_guide = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_pause = nullptr;
    QWidget* m_ratingBefore = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_ratingAfter = nullptr;
    QTimer m_frameTimer;
    bool m_reducedMotion = false;
    std::array<bool, 3> m_built{};
};

} // namespace attune
