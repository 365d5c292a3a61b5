#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;

namespace attune {

// Shown in wrap-up only: how long the call was, and the button that ends wrap-up.
class WrapUpBar : public QFrame
{
    Q_OBJECT

public:
    // `ready` is the window's "Ready for next call" action; the button names its shortcut.
    explicit WrapUpBar(const QAction& ready, QWidget* parent = nullptr);

    // Says how long the call was; `talk` is already formatted ("4:05").
    void showCallLength(const QString& talk);
    QPushButton* readyButton() const { return m_readyButton; }

Q_SIGNALS:
    void readyClicked();

private:
    QLabel* m_text = nullptr;
    QPushButton* m_readyButton = nullptr;
};

} // namespace attune
