#pragma once

#include "practice/PracticeSession.h"

#include <QWidget>

#include <array>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace attune {

class PracticeService;

// Practice in the sidebar: the "Practise" button between calls, the scenario picker, the
// conversation (the customer's lines as Attune plays them, the agent's replies) and the feedback
// at the end. It only shows what PracticeService says; the service decides when practice may
// run. While a call is live the whole panel is hidden; the draft waits in the service.
//
// It never activates its window: opening it from the command line shows the sidebar without
// taking the keyboard from another application.
class PracticePanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Offer,
        Choose,
        Run,
        Feedback
    };

    explicit PracticePanel(PracticeService& practice, QWidget* parent = nullptr);

    Page page() const;
    // The picker, with `scenarioId` selected when given. False (with the reason shown) while a
    // call is live or there is nothing to practise.
    bool openPicker(const QString& scenarioId = QString());
    // Starts the scenario selected in the picker.
    bool startSelected();
    // Sends what the reply box holds; false (the reason shown beside it) when refused.
    bool sendReply();

    // The offer page is built with the panel, the others the first time they are shown; these
    // build the page they reach into when it was not built yet.
    QPushButton* practiseButton() const { return m_practise; }
    QListWidget* scenarioList() { return built(Page::Choose, m_list); }
    QPushButton* startButton() { return built(Page::Choose, m_start); }
    QPlainTextEdit* replyBox() { return built(Page::Run, m_reply); }
    QPushButton* sendButton() { return built(Page::Run, m_send); }
    QPushButton* stopButton() { return built(Page::Run, m_stop); }
    QPushButton* closeButton() { return built(Page::Feedback, m_close); }
    QTextBrowser* conversation() { return built(Page::Run, m_conversation); }
    QTextBrowser* feedbackView() { return built(Page::Feedback, m_feedback); }
    QLabel* messageLabel() const { return m_message; }
    bool isPageBuilt(Page page) const { return page == Page::Offer || m_built[int(page)]; }
    // The customer's lines shown so far, as plain text, oldest first.
    QStringList customerLines() const;

    static QString behaviourLabel(PracticeBehaviour behaviour);
    static QString outcomeLabel(PracticeOutcome outcome);

Q_SIGNALS:
    // The customer's next line (or the feedback) reached the screen after a reply was sent.
    void replyAnswerPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    template <typename W>
    W* built(Page page, W* const& widget)
    {
        buildPage(page);
        return widget;
    }
    void buildPage(Page page);
    void setPage(Page page);
    void showMessage(const QString& text);
    void renderConversation();
    void renderFeedback();
    void showSelectedSummary();
    void onCallLiveChanged(bool live);

    PracticeService& m_practice;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_practise = nullptr;
    QLabel* m_offerText = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_runTitle = nullptr;
    QTextBrowser* m_conversation = nullptr;
    QPlainTextEdit* m_reply = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QLabel* m_outcome = nullptr;
    QTextBrowser* m_feedback = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_message = nullptr;
    bool m_awaitingPaint = false;
    std::array<bool, 4> m_built{};
};

} // namespace attune
