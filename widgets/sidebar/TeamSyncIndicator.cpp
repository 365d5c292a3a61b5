#include "sidebar/TeamSyncIndicator.h"

#include <QEvent>
#include <QLocale>

namespace attune {

TeamSyncIndicator::TeamSyncIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("teamSyncIndicator"));
    setWordWrap(true);
    setContentsMargins(14, 2, 14, 4);
    setFocusPolicy(Qt::NoFocus);
    setTextInteractionFlags(Qt::NoTextInteraction);
    // Quiet: the palette's secondary text, like the transcription notice.
    setForegroundRole(QPalette::PlaceholderText);
    setVisible(false);
}

void TeamSyncIndicator::setStatus(const TeamSyncStatus& status, const QDateTime& now)
{
    m_status = status;
    m_now = now;
    m_known = true;
    retranslate();
    setVisible(true);
}

void TeamSyncIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_known)
        retranslate();
    QLabel::changeEvent(event);
}

void TeamSyncIndicator::retranslate()
{
    const QLocale locale;
    QString when;
    if (m_status.lastSuccess.isValid()) {
        const QDateTime local = m_status.lastSuccess.toLocalTime();
        when = local.date() == m_now.date() ? locale.toString(local.time(), QLocale::ShortFormat)
                                            : locale.toString(local.date(), QLocale::ShortFormat);
    }
    QStringList parts;
    if (m_status.connected) {
        parts << (m_status.pending > 0
                      ? tr("Team history: sending %n record(s)…", nullptr, int(m_status.pending))
                      : tr("Team history: up to date."));
    } else if (m_status.lastError.isEmpty()) {
        parts << tr("Team history: connecting…");
    } else {
        parts << (m_status.pending > 0
                      ? tr("Team history: offline, %n record(s) wait on this computer.", nullptr,
                           int(m_status.pending))
                      : tr("Team history: offline."));
    }
    if (!when.isEmpty())
        parts << tr("Last sent %1.").arg(when);
    if (!m_status.lastError.isEmpty())
        parts << m_status.lastError;
    setText(parts.join(QLatin1Char(' ')));
    setAccessibleName(tr("Team history sync"));
    setAccessibleDescription(text());
}

} // namespace attune
