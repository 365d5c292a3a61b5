#pragma once

#include <QList>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace attune {

// The last lines of the transcript, painted bottom-aligned in a box of fixed height: a new line
// repaints this box only. A QLabel would ask the whole sidebar to lay itself out again on every
// line, which at a few lines a second is most of the GUI thread's time.
class TranscriptView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kLinesShown = 6;

    explicit TranscriptView(QWidget* parent = nullptr);
    void setHtml(const QString& html);
    QSize sizeHint() const override;

    // A line said by the customer or the agent; a partial line is replaced by what follows it.
    void addLine(const QString& text, bool customer, bool final, bool replacesLast);
    void clear();
    // The lines shown, oldest first, as "Customer: …".
    QStringList lines() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void render();

    struct Line
    {
        QString text; // "Customer: …"
        bool customer = false;
        bool final = true;
    };
    QList<Line> m_lines;
    QTextDocument m_document;
};

} // namespace attune
