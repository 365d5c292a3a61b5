#pragma once

#include <QLabel>

namespace attune {

// One quiet line under the call header while Attune transcribes the customer: the agent (and
// anyone they tell) knows the customer's speech is being turned into text, here, and kept
// nowhere. Hidden the rest of the time.
class TranscriptionNotice final : public QLabel
{
    Q_OBJECT

public:
    explicit TranscriptionNotice(QWidget* parent = nullptr);

    void setTranscribing(bool transcribing);
    bool isTranscribing() const { return m_transcribing; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_transcribing = false;
};

} // namespace attune
