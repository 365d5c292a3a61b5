#include "sidebar/BreathingPanel.h"

#include "common/FocusChain.h"
#include "common/WrappedLabel.h"
#include "settings/Settings.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace attune {

BreathingGuide::BreathingGuide(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(120, 120);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void BreathingGuide::setFullness(double fullness)
{
    fullness = std::clamp(fullness, 0.0, 1.0);
    if (std::abs(fullness - m_fullness) < 0.002)
        return; // nothing a person could see
    m_fullness = fullness;
    update();
}

void BreathingGuide::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre = rect().center();
    const double maxRadius = std::min(width(), height()) / 2.0 - 4;
    const double minRadius = maxRadius * 0.35;
    // The outline shows how far a full breath goes; the filled disc is the breath now.
    QColor accent = palette().color(QPalette::Highlight);
    QPen outline(accent, 1.5, Qt::DashLine);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, maxRadius, maxRadius);
    const double radius = minRadius + (maxRadius - minRadius) * m_fullness;
    QColor fill = accent;
    fill.setAlphaF(0.25 + 0.35 * m_fullness);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);
}

BreathingPanel::BreathingPanel(BreathingService& breathing, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_coach(breathing.coach())
    , m_settings(settings)
{
    setAccessibleName(tr("Breathing exercise"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // The offer: one quiet line, never a pop-up.
    m_offer = new QWidget(this);
    auto* offerLayout = new QVBoxLayout(m_offer);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    auto* offerButtons = new QHBoxLayout;
    auto* offerText =
        new WrappedLabel(tr("That was a hard call. A minute of slow breathing?"), m_offer);
    auto* breatheNow = new QPushButton(tr("Breathe now"), m_offer);
    breatheNow->setAccessibleName(tr("Breathe now"));
    auto* notNow = new QPushButton(tr("Not now"), m_offer);
    notNow->setAccessibleName(tr("Not now, no breathing exercise"));
    offerLayout->addWidget(offerText);
    offerButtons->addWidget(breatheNow);
    offerButtons->addWidget(notNow);
    offerButtons->addStretch(1);
    offerLayout->addLayout(offerButtons);
    connect(breatheNow, &QPushButton::clicked, this, [this] { startExercise(); });
    connect(notNow, &QPushButton::clicked, this, [this] { m_coach.declineOffer(); });
    m_offer->hide();
    layout->addWidget(m_offer);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Choose
    auto* choose = new QWidget;
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    m_pattern = new QComboBox(choose);
    m_pattern->setAccessibleName(tr("Breathing pattern"));
    m_length = new QComboBox(choose);
    m_length->setAccessibleName(tr("Length of the exercise"));
    for (const auto& [name, label] : lengthChoices())
        m_length->addItem(label, name);
    m_start = new QPushButton(tr("Start"), choose);
    m_start->setAccessibleName(tr("Start the breathing exercise (Ctrl+B)"));
    m_start->setToolTip(tr("Ctrl+B"));
    // One above the other: side by side, a pattern's name in a longer language ("Respiración
    // coherente") and the length did not both fit the sidebar's narrowest width.
    chooseLayout->addWidget(m_pattern);
    chooseLayout->addWidget(m_length);
    chooseLayout->addWidget(m_start);
    m_problem = new WrappedLabel(choose);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->hide();
    chooseLayout->addWidget(m_problem);
    chooseLayout->addStretch(1);
    connect(m_start, &QPushButton::clicked, this, [this] { startExercise(); });
    m_pages->addWidget(choose);

    // Running and Done are built the first time they are needed (buildPage): at start the
    // sidebar shows only the choice. Their places in the stack and the focus chain are held.
    m_pages->addWidget(new QWidget);
    m_pages->addWidget(new QWidget);

    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &BreathingPanel::refresh);

    connect(&breathing, &BreathingService::offerChanged, this,
            [this](bool offered) { onOffer(offered); });
    connect(&breathing, &BreathingService::callRinging, this, [this] { onCallRinging(); });

    reloadPatterns();
    setReducedMotion(m_settings.reducedMotion());
    showPage(Choose);
}

BreathingPanel::~BreathingPanel() = default;

void BreathingPanel::buildPage(Page page)
{
    if (page == Choose || m_built[page])
        return;
    m_built[page] = true;
    if (page == Running) {
        // Running
        QWidget* running = m_pages->widget(Running);
        auto* runningLayout = new QVBoxLayout(running);
        runningLayout->setContentsMargins(0, 0, 0, 0);
        m_ratingBefore = buildRatingRow(tr("Before: how tense do you feel?"), true);
        runningLayout->addWidget(m_ratingBefore);
        m_guide = new BreathingGuide(running);
        m_guide->setAccessibleName(tr("Breathing guide"));
        runningLayout->addWidget(m_guide, 0, Qt::AlignHCenter);
        m_progress = new QProgressBar(running);
        m_progress->setRange(0, 1000);
        m_progress->setTextVisible(false);
        m_progress->setAccessibleName(tr("Progress through this phase"));
        runningLayout->addWidget(m_progress);
        m_phase = new QLabel(running);
        QFont big = m_phase->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        m_phase->setFont(big);
        m_phase->setAlignment(Qt::AlignHCenter);
        m_phase->setAccessibleName(tr("Breathing phase"));
        runningLayout->addWidget(m_phase);
        m_detail = new QLabel(running);
        m_detail->setAlignment(Qt::AlignHCenter);
        m_detail->setForegroundRole(QPalette::PlaceholderText);
        runningLayout->addWidget(m_detail);
        auto* controls = new QHBoxLayout;
        m_pause = new QPushButton(tr("Pause"), running);
        m_pause->setAccessibleName(tr("Pause or resume the exercise"));
        auto* stop = new QPushButton(tr("Stop"), running);
        stop->setAccessibleName(tr("Stop the exercise"));
        controls->addWidget(m_pause);
        controls->addWidget(stop);
        runningLayout->addLayout(controls);
        runningLayout->addStretch(1);
        connect(m_pause, &QPushButton::clicked, this, [this] {
            if (m_coach.session().status() == BreathingSession::Status::Paused)
                m_coach.resume();
            else
                m_coach.pause();
            refresh();
        });
        connect(stop, &QPushButton::clicked, this, [this] {
            m_coach.stop();
            refresh();
        });
        m_guide->setVisible(!m_reducedMotion);
        m_progress->setVisible(m_reducedMotion);
    } else {
        // Done
        QWidget* done = m_pages->widget(Done);
        auto* doneLayout = new QVBoxLayout(done);
        doneLayout->setContentsMargins(0, 0, 0, 0);
        m_summary = new WrappedLabel(done);
        doneLayout->addWidget(m_summary);
        m_ratingAfter = buildRatingRow(tr("After: how tense do you feel now?"), false);
        doneLayout->addWidget(m_ratingAfter);
        auto* close = new QPushButton(tr("Done"), done);
        close->setAccessibleName(tr("Close the breathing summary"));
        connect(close, &QPushButton::clicked, this, [this] { showPage(Choose); });
        doneLayout->addWidget(close);
        doneLayout->addStretch(1);
    }
    QList<QWidget*> pages;
    for (int i = 0; i < m_pages->count(); ++i)
        pages << m_pages->widget(i);
    placeFocusChainAfter(m_pages, pages);
}

QList<std::pair<QString, QString>> BreathingPanel::lengthChoices()
{
    return {{QStringLiteral("30s"), tr("30 seconds")},
            {QStringLiteral("60s"), tr("1 minute")},
            {QStringLiteral("120s"), tr("2 minutes")},
            {QStringLiteral("300s"), tr("5 minutes")},
            {QStringLiteral("3 breaths"), tr("3 breaths")},
            {QStringLiteral("6 breaths"), tr("6 breaths")},
            {QStringLiteral("10 breaths"), tr("10 breaths")}};
}

QWidget* BreathingPanel::buildRatingRow(const QString& question, bool before)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* label = new WrappedLabel(question, row);
    layout->addWidget(label, 1);
    for (int level = 1; level <= 5; ++level) {
        auto* button = new QPushButton(QString::number(level), row);
        button->setFixedWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("00")) + 16);
        button->setAccessibleName(before ? tr("Tension before: %1 of 5").arg(level)
                                         : tr("Tension after: %1 of 5").arg(level));
        connect(button, &QPushButton::clicked, this, [this, row, level, before] {
            if (before)
                m_coach.setStressBefore(level);
            else
                m_coach.setStressAfter(level);
            row->hide(); // one tap is enough; skipping is simply not tapping
        });
        layout->addWidget(button);
    }
    return row;
}

void BreathingPanel::reloadPatterns()
{
    m_coach.setPatterns(m_settings.extraBreathingPatterns());
    const QSignalBlocker block(m_pattern);
    m_pattern->clear();
    for (const BreathingPattern& pattern : m_coach.patterns())
        m_pattern->addItem(pattern.name, pattern.id);
    m_pattern->setCurrentIndex(
        qMax(0, m_pattern->findData(m_settings.value(SettingKey::BreathingPattern).toString())));
    m_length->setCurrentIndex(
        qMax(0, m_length->findData(m_settings.value(SettingKey::BreathingLength).toString())));
}

bool BreathingPanel::startExercise(QString* refusalOut)
{
    BreathingLength length;
    if (!BreathingLength::fromName(m_length->currentData().toString(), &length))
        length = BreathingLength::seconds(60);
    QString refusal;
    if (!m_coach.start(m_pattern->currentData().toString(), length, &refusal)) {
        m_problem->setText(refusal);
        m_problem->show();
        if (refusalOut)
            *refusalOut = refusal;
        return false;
    }
    m_problem->hide();
    m_offer->hide();
    // The choice sticks for next time, unless IT has fixed it.
    m_settings.setValue(SettingKey::BreathingPattern, m_pattern->currentData().toString());
    m_settings.setValue(SettingKey::BreathingLength, length.name());
    buildPage(Running);
    buildPage(Done);
    m_ratingBefore->show();
    m_ratingAfter->show();
    showPage(Running);
    refresh();
    return true;
}

bool BreathingPanel::isOfferShown() const
{
    return !m_offer->isHidden();
}

QString BreathingPanel::phaseText() const
{
    return m_phase ? m_phase->text() : QString();
}

void BreathingPanel::setReducedMotion(bool reduced)
{
    m_reducedMotion = reduced;
    if (m_guide) {
        m_guide->setVisible(!reduced);
        m_progress->setVisible(reduced);
    }
    refresh();
}

QString BreathingPanel::phaseName(BreathPhase::Kind kind)
{
    switch (kind) {
    case BreathPhase::Kind::Inhale:
        return tr("Breathe in");
    case BreathPhase::Kind::TopUp:
        return tr("A little more in");
    case BreathPhase::Kind::Hold:
        return tr("Hold");
    case BreathPhase::Kind::Exhale:
        break;
    }
    return tr("Breathe out slowly");
}

void BreathingPanel::refresh()
{
    const BreathingSession::State state = m_coach.poll();
    if (state.status == BreathingSession::Status::Completed ||
        state.status == BreathingSession::Status::Stopped) {
        if (m_pages->currentIndex() == Running) {
            buildPage(Done);
            const int minutes = int(state.breathedMs / 60000);
            const int seconds = int((state.breathedMs % 60000) / 1000);
            const QString time =
                QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
            // Each language's plural forms (English's from attune_en.ts), never "breath(s)".
            const QString completed =
                tr("Well done: %n breath(s) in %1.", nullptr, state.cycles).arg(time);
            m_summary->setText(state.status == BreathingSession::Status::Completed
                                   ? completed
                                   : tr("Stopped after %1. Any breathing helps.").arg(time));
            showPage(Done);
        }
        m_frameTimer.stop();
        return;
    }
    if (state.status != BreathingSession::Status::Running &&
        state.status != BreathingSession::Status::Paused) {
        m_frameTimer.stop();
        return;
    }
    // An exercise started elsewhere (the control API) still keeps these up to date.
    buildPage(Running);
    const bool paused = state.status == BreathingSession::Status::Paused;
    const QString phase = paused ? tr("Paused") : phaseName(state.phase);
    if (m_phase->text() != phase) {
        m_phase->setText(phase);
        QAccessibleEvent announce(m_phase, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&announce);
    }
    m_detail->setText(tr("%1 s · breath %2 of %3")
                          .arg((state.phaseMsLeft + 999) / 1000)
                          .arg(state.cycle + 1)
                          .arg(state.cycles));
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_guide->setFullness(state.fullness);
    m_progress->setValue(int(state.phaseProgress * 1000));
    scheduleNextLook(state);
}

void BreathingPanel::scheduleNextLook(const BreathingSession::State& state)
{
    if (state.status != BreathingSession::Status::Running || !isVisible()) {
        m_frameTimer.stop();
        return;
    }
    if (!m_reducedMotion) {
        if (!m_frameTimer.isActive() || m_frameTimer.interval() != kFrameMs)
            m_frameTimer.start(kFrameMs);
        return;
    }
    // Still guide: look again when the seconds-left figure or the phase changes.
    const qint64 toNextSecond = state.phaseMsLeft % 1000;
    m_frameTimer.start(int(std::max<qint64>(20, toNextSecond == 0 ? 1000 : toNextSecond)));
}

void BreathingPanel::showPage(Page page)
{
    buildPage(page);
    m_pages->setCurrentIndex(page);
    if (page == Choose)
        m_frameTimer.stop();
}

void BreathingPanel::onOffer(bool offered)
{
    const bool running = m_pages->currentIndex() == Running;
    m_offer->setVisible(offered && !running);
}

void BreathingPanel::onCallRinging()
{
    // A ringing call comes first: the exercise waits, paused, where it was.
    if (m_coach.session().status() == BreathingSession::Status::Running) {
        m_coach.pause();
        refresh();
    }
}

void BreathingPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void BreathingPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_frameTimer.stop(); // nobody is looking; the exercise itself goes on by the clock
}

} // namespace attune
