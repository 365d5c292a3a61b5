#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace attune {

// The questions and notices a view puts to the agent in a window of its own: a message box, a
// "save as" dialog. Views ask through this seam rather than calling QMessageBox or QFileDialog,
// so a test can answer them (ScriptedPrompts) instead of reaching into the view.
class Prompts
{
public:
    virtual ~Prompts() = default;

    virtual void inform(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // A warning the agent reads when they can: never modal and never taking the focus, so
    // start-up goes on and calls keep arriving.
    virtual void warnWithoutBlocking(QWidget* parent, const QString& title,
                                     const QString& text) = 0;
    // The file the agent chose, or empty when they cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption,
                                 const QString& suggestedName, const QString& filter) = 0;

    // QMessageBox and QFileDialog, modal to `parent`.
    static Prompts& real();
};

// Answers a view's prompts from a script and keeps what it was told: for tests.
class ScriptedPrompts final : public Prompts
{
public:
    struct Notice
    {
        bool warning = false;
        QString title;
        QString text;
    };

    void inform(QWidget*, const QString& title, const QString& text) override
    {
        m_notices.append({false, title, text});
    }
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        m_notices.append({true, title, text});
    }
    void warnWithoutBlocking(QWidget*, const QString& title, const QString& text) override
    {
        m_notices.append({true, title, text});
    }
    // The next queued answer; empty (a cancel) when none is queued.
    QString saveFileName(QWidget*, const QString& caption, const QString&, const QString&) override
    {
        m_captions.append(caption);
        return m_fileAnswers.isEmpty() ? QString() : m_fileAnswers.takeFirst();
    }

    void answerNextSaveWith(const QString& path) { m_fileAnswers.append(path); }
    const QList<Notice>& notices() const { return m_notices; }
    const QStringList& fileDialogCaptions() const { return m_captions; }

private:
    QStringList m_fileAnswers;
    QList<Notice> m_notices;
    QStringList m_captions;
};

} // namespace attune
