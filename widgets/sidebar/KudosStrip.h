#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace attune {

// A quiet strip with a supervisor's kudos, until the agent dismisses it. Never takes focus.
class KudosStrip : public QFrame
{
    Q_OBJECT

public:
    explicit KudosStrip(QWidget* parent = nullptr);

    // Shows `lines` (plain text, escaped here), replacing what was shown.
    void announce(const QStringList& lines);
    // The strip's text while it is shown, empty once dismissed.
    QString text() const;

private:
    QLabel* m_label = nullptr;
};

} // namespace attune
