#include "sidebar/TranscriptionNotice.h"

#include <QEvent>

namespace attune {

TranscriptionNotice::TranscriptionNotice(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("transcriptionNotice"));
    setWordWrap(true);
    setContentsMargins(14, 2, 14, 2);
    // Quiet: the palette's secondary text, the same size as the rest of the sidebar.
    setForegroundRole(QPalette::PlaceholderText);
    retranslate();
    setVisible(false);
}

void TranscriptionNotice::setTranscribing(bool transcribing)
{
    m_transcribing = transcribing;
    setVisible(transcribing);
}

void TranscriptionNotice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLabel::changeEvent(event);
}

void TranscriptionNotice::retranslate()
{
    setText(tr("The customer's speech is transcribed on this computer and not stored."));
    setAccessibleName(tr("Transcription notice"));
    setAccessibleDescription(text());
}

} // namespace attune
