#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace attune {

// Stands in for a part of the sidebar (profile, suggestions, breathing) until its service is up
// and the part attaches, right after the first frame. It is empty, one line tall (the least any
// of those parts shows when idle): the first frame shows nothing untrue and lays out no text.
// A part whose service could not start says so here, in words, instead.
class PendingPart : public QWidget
{
    Q_OBJECT

public:
    // `unavailable`: the sentence shown if the part never comes.
    explicit PendingPart(QString unavailable, QWidget* parent = nullptr);

    // Replaces the empty line with the sentence saying the part could not start.
    void showUnavailable();
    bool isShowingUnavailable() const { return m_label != nullptr; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QString m_unavailable;
    QLabel* m_label = nullptr;
};

} // namespace attune
