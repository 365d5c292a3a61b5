#pragma once

#include "core/CallTypes.h"

#include <QFrame>

class QLabel;
class QVariantAnimation;

namespace attune {

// The top of the sidebar: what state the call is in, for how long, and who it is. Everything it
// shows is written out in words, so colour is never the only cue.
class CallHeaderWidget final : public QFrame
{
    Q_OBJECT

public:
    explicit CallHeaderWidget(QWidget* parent = nullptr);

    void showCall(const Call& call, qint64 nowMonotonicMs);
    void updateElapsed(const Call& call, qint64 nowMonotonicMs);
    // A gentle pulse on a new call (a steady highlight with reduced motion); off when answered.
    void setAlerting(bool alerting, bool reducedMotion);
    bool isAlerting() const { return m_alerting; }
    bool isPulsing() const { return m_pulse != nullptr; }

    QString stateText() const;
    QString nameText() const;
    QString elapsedText() const;

    static QString formatDuration(qint64 ms);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyStateColor();

    QLabel* m_state;
    QLabel* m_elapsed;
    QLabel* m_name;
    QLabel* m_details;
    CallState m_callState = CallState::Idle;
    bool m_alerting = false;
    QVariantAnimation* m_pulse = nullptr;
};

} // namespace attune
