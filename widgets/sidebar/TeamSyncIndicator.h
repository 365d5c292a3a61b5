#pragma once

#include "team/TeamSync.h"

#include <QDateTime>
#include <QLabel>

namespace attune {

// One quiet line at the foot of the sidebar while a team server is configured: whether the
// history reaches it, how many records wait on this computer, when the last delivery was and,
// in plain words, what went wrong. Never a dialog, never takes focus, so it changes nothing
// for an agent on a call; hidden when there is no team server.
class TeamSyncIndicator final : public QLabel
{
    Q_OBJECT

public:
    explicit TeamSyncIndicator(QWidget* parent = nullptr);

    // Shown from the first status on; `now` (tests) decides between a time and a date.
    void setStatus(const TeamSyncStatus& status,
                   const QDateTime& now = QDateTime::currentDateTime());
    const TeamSyncStatus& status() const { return m_status; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    TeamSyncStatus m_status;
    QDateTime m_now;
    bool m_known = false;
};

} // namespace attune
