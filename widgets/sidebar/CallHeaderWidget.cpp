#include "sidebar/CallHeaderWidget.h"

#include "common/Theme.h"
#include "common/WrappedLabel.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QVariantAnimation>

namespace attune {

CallHeaderWidget::CallHeaderWidget(QWidget* parent)
    : QFrame(parent)
    , m_state(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_name(new WrappedLabel(this))
    , m_details(new WrappedLabel(this))
{
    setObjectName(QStringLiteral("callHeader"));
    setAccessibleName(tr("Call"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);

    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    stateFont.setCapitalization(QFont::AllUppercase);
    stateFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_state->setFont(stateFont);
    m_state->setAccessibleName(tr("Call state"));

    m_elapsed->setAccessibleName(tr("Call duration"));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setWordWrap(true);
    m_name->setAccessibleName(tr("Caller"));

    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Caller details"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(m_elapsed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_name);
    layout->addWidget(m_details);

    showCall(Call{}, 0);
}

QString CallHeaderWidget::formatDuration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms / 1000);
    if (seconds >= 3600)
        return QString::asprintf("%lld:%02lld:%02lld", seconds / 3600, (seconds / 60) % 60,
                                 seconds % 60);
    return QString::asprintf("%02lld:%02lld", seconds / 60, seconds % 60);
}

void CallHeaderWidget::showCall(const Call& call, qint64 nowMonotonicMs)
{
    m_callState = call.state;
    switch (call.state) {
    case CallState::Idle:
        m_state->setText(tr("No call"));
        m_name->setText(tr("Ready"));
        m_details->setText(tr("The caller will appear here as soon as a call rings."));
        break;
    case CallState::Ringing:
        m_state->setText(tr("Incoming call"));
        break;
    case CallState::Active:
        m_state->setText(tr("On call"));
        break;
    case CallState::WrapUp:
        m_state->setText(tr("Call ended"));
        break;
    }
    if (call.state != CallState::Idle) {
        // A caller's name and number can be selected to copy into the CRM. Idle there is nothing
        // to copy, and a selectable label keeps a text document laid out at every width.
        for (QLabel* label : {m_name, m_details})
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const CallerInfo& caller = call.caller;
        m_name->setText(!caller.displayName.isEmpty() ? caller.displayName
                        : !caller.phone.isEmpty()     ? caller.phone
                                                      : tr("Unknown caller"));
        QStringList details;
        if (!caller.phone.isEmpty() && caller.phone != m_name->text())
            details << caller.phone;
        if (!caller.customerId.isEmpty())
            details << tr("Customer %1").arg(caller.customerId);
        m_details->setText(details.join(QStringLiteral("  ·  ")));
    }
    m_details->setVisible(!m_details->text().isEmpty());
    updateElapsed(call, nowMonotonicMs);
    applyStateColor();
}

void CallHeaderWidget::updateElapsed(const Call& call, qint64 nowMonotonicMs)
{
    switch (call.state) {
    case CallState::Idle:
        m_elapsed->clear();
        break;
    case CallState::Ringing:
        m_elapsed->setText(formatDuration(nowMonotonicMs - call.ringingAtMonotonicMs));
        break;
    case CallState::Active:
    case CallState::WrapUp:
        m_elapsed->setText(formatDuration(call.talkDurationMs(nowMonotonicMs)));
        break;
    }
}

void CallHeaderWidget::setAlerting(bool alerting, bool reducedMotion)
{
    m_alerting = alerting;
    if (m_pulse) {
        m_pulse->stop();
        m_pulse->deleteLater();
        m_pulse = nullptr;
    }
    applyStateColor();
    if (!alerting)
        return;
    // Screen readers hear about the call without the window taking focus.
    QAccessibleEvent announce(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&announce);
    if (reducedMotion)
        return;
    // Three slow breaths of colour, then a steady highlight: visible from the corner of the eye,
    // never flashing. The animation ends by itself, so nothing keeps waking the app.
    m_pulse = new QVariantAnimation(this);
    m_pulse->setDuration(1400);
    m_pulse->setLoopCount(3);
    const QColor base = QApplication::palette().color(QPalette::AlternateBase);
    const QColor high = themeColors(QApplication::palette()).highlightBackground;
    m_pulse->setKeyValueAt(0.0, high);
    m_pulse->setKeyValueAt(0.5, base);
    m_pulse->setKeyValueAt(1.0, high);
    connect(m_pulse, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        QPalette pal = palette();
        pal.setColor(QPalette::Window, value.value<QColor>());
        setPalette(pal);
    });
    connect(m_pulse, &QVariantAnimation::finished, this, [this] { applyStateColor(); });
    m_pulse->start();
}

void CallHeaderWidget::applyStateColor()
{
    const ThemeColors colors = themeColors(QApplication::palette());
    QPalette pal = QApplication::palette();
    // A card a shade apart from the window, so the eye finds the caller first.
    pal.setColor(QPalette::Window,
                 m_alerting ? colors.highlightBackground : pal.color(QPalette::AlternateBase));
    setPalette(pal);
    QColor stateColor = colors.subtleText;
    if (m_callState == CallState::Ringing)
        stateColor = colors.ringing;
    else if (m_callState == CallState::Active)
        stateColor = colors.active;
    else if (m_callState == CallState::WrapUp)
        stateColor = colors.wrapUp;
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, stateColor);
    m_state->setPalette(statePalette);
    QPalette subtle = m_details->palette();
    subtle.setColor(QPalette::WindowText, colors.subtleText);
    m_details->setPalette(subtle);
    m_elapsed->setPalette(subtle);
}

void CallHeaderWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyStateColor();
    QFrame::changeEvent(event);
}

QString CallHeaderWidget::stateText() const
{
    return m_state->text();
}

QString CallHeaderWidget::nameText() const
{
    return m_name->text();
}

QString CallHeaderWidget::elapsedText() const
{
    return m_elapsed->text();
}

} // namespace attune
