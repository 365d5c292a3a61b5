#pragma once

#include "empathy/EmpathyEngine.h"
#include "services/SuggestionService.h"

#include <QFrame>

#include <array>
#include <optional>

class QLabel;
class QMenu;
class QToolButton;

namespace attune {

// The top phrasings for this moment: what technique each uses, the text filled in for this
// customer, and why it was suggested. Ctrl+1/2/3 (or the copy button) copies one to the
// clipboard; the agent can star or dismiss one and snooze suggestions for the call.
//
// It never takes focus, and while the mouse is over it, new suggestions wait until the mouse
// leaves, so nothing moves under the agent's pointer.
class SuggestionPanel final : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kRows = 3;

    explicit SuggestionPanel(SuggestionService& suggestions, QWidget* parent = nullptr);
    ~SuggestionPanel() override;

    // Copies suggestion `index` (0-based) and tells the engine; false when there is none.
    bool copySuggestion(int index);
    void showSnapshot(const EmpathySnapshot& snapshot);

    QStringList shownTexts() const;
    QString cueSummary() const;
    bool hasPendingUpdate() const { return m_pending.has_value(); }

    static QString techniqueLabel(const QString& technique);
    static QString cueLabel(Cue::Kind kind);

    // "More like this" for row `index`: a menu of close alternatives (choosing one copies it)
    // and a way to stop suggesting that technique. Null when the row is empty.
    QMenu* moreMenuFor(int index);

Q_SIGNALS:
    // The agent asked never to see this technique (a setting, so the window stores it).
    void muteTechniqueRequested(const QString& technique);
    void addPhraseRequested();
    void managePhrasesRequested();

protected:
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Row
    {
        QFrame* frame = nullptr;
        QLabel* technique = nullptr;
        QLabel* text = nullptr;
        QLabel* why = nullptr;
        QToolButton* copy = nullptr;
        QToolButton* star = nullptr;
        QToolButton* dismiss = nullptr;
        QToolButton* more = nullptr;
        QString phraseId;
    };

    void apply(const EmpathySnapshot& snapshot);
    // The rows are made with the first suggestion: between calls, and for most of a call, there
    // is none, and twelve tool buttons with three menus cost every start their making,
    // polishing and freeing.
    void buildRows();

    EmpathyEngine& m_engine;
    std::array<Row, kRows> m_rows;
    bool m_rowsBuilt = false;
    std::array<QString, kRows> m_techniques;
    QLabel* m_cues = nullptr;
    QLabel* m_empty = nullptr;
    QToolButton* m_snooze = nullptr;
    std::optional<EmpathySnapshot> m_pending;
    bool m_hovered = false;
};

} // namespace attune
