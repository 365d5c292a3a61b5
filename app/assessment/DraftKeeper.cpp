#include "DraftKeeper.h"

namespace attune {

DraftKeeper::DraftKeeper(AsyncWriter write)
    : m_write(std::move(write))
{
    m_timer.setSingleShot(true);
    m_timer.callOnTimeout([this] { flush(); });
}

DraftKeeper::DraftKeeper(Writer write)
    : DraftKeeper(AsyncWriter([write = std::move(write)](const Assessment& draft, Done done) {
        QString error;
        const bool written = write(draft, &error);
        done(written, error);
    }))
{}

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
    const quint64 ticket = m_nextTicket++;
    m_writing.append(Writing{ticket, *m_pending});
    const Assessment draft = *m_pending;
    m_pending.reset();
    m_write(draft, [this, ticket](bool written, const QString& error) {
        finished(ticket, written, error);
    });
    return !m_pending.has_value();
}

void DraftKeeper::finished(quint64 ticket, bool written, const QString& error)
{
    std::optional<Assessment> draft;
    for (qsizetype i = 0; i < m_writing.size(); ++i) {
        if (m_writing.at(i).ticket == ticket) {
            draft = m_writing.takeAt(i).draft;
            break;
        }
    }
    if (!written) {
        // Kept for the retry, unless the agent changed it since (the newer one is pending) or
        // it was saved meanwhile (forgotten).
        if (draft && !m_pending)
            m_pending = draft;
        const bool firstFailure = m_lastError.isEmpty();
        m_lastError = error.isEmpty() ? QStringLiteral("unknown error") : error;
        if (firstFailure)
            writeProblem(m_lastError);
        if (m_pending)
            m_timer.start(kRetryMs);
        return;
    }
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        writeProblem(QString());
    }
}

void DraftKeeper::forget()
{
    m_timer.stop();
    m_pending.reset();
    m_writing.clear();
}

std::optional<Assessment> DraftKeeper::forget(const QString& callId)
{
    m_writing.removeIf(
        [&callId](const Writing& writing) { return writing.draft.callId == callId; });
    if (!m_pending || m_pending->callId != callId)
        return std::nullopt;
    std::optional<Assessment> dropped = std::move(m_pending);
    m_pending.reset();
    m_timer.stop();
    return dropped;
}

std::optional<Assessment> DraftKeeper::unwritten(const QString& callId) const
{
    if (m_pending && m_pending->callId == callId)
        return m_pending;
    for (qsizetype i = m_writing.size() - 1; i >= 0; --i) {
        if (m_writing.at(i).draft.callId == callId)
            return m_writing.at(i).draft;
    }
    return std::nullopt;
}

QStringList DraftKeeper::unwrittenCalls() const
{
    QStringList calls;
    if (m_pending)
        calls << m_pending->callId;
    for (const Writing& writing : m_writing) {
        if (!calls.contains(writing.draft.callId))
            calls << writing.draft.callId;
    }
    return calls;
}

} // namespace attune
