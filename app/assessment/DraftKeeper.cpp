#include "DraftKeeper.h"

namespace attune {

DraftKeeper::DraftKeeper(Writer write)
    : m_write(std::move(write))
{
    m_timer.setSingleShot(true);
    m_timer.callOnTimeout([this] { flush(); });
}

void DraftKeeper::update(const Assessment& draft)
{
    m_pending = draft;
    // The first change starts the clock; later ones ride along, so a write is never more than
    // kDebounceMs behind the form, however fast the agent types.
    if (!m_timer.isActive())
        m_timer.start(kDebounceMs);
}

bool DraftKeeper::flush()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    QString error;
    if (!m_write(*m_pending, &error)) {
        const bool firstFailure = m_lastError.isEmpty();
        m_lastError = error.isEmpty() ? QStringLiteral("unknown error") : error;
        if (firstFailure)
            writeProblem(m_lastError);
        m_timer.start(kRetryMs);
        return false;
    }
    m_pending.reset();
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        writeProblem(QString());
    }
    return true;
}

void DraftKeeper::forget()
{
    m_timer.stop();
    m_pending.reset();
}

} // namespace attune
