#include "sidebar/WrapUpBar.h"

#include "common/WrappedLabel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

WrapUpBar::WrapUpBar(const QAction& ready, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("wrapUpBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    m_text = new WrappedLabel(this);
    m_text->setAccessibleName(tr("Wrap-up"));
    m_readyButton = new QPushButton(tr("Ready for next call"), this);
    m_readyButton->setAccessibleName(tr("Ready for next call"));
    m_readyButton->setToolTip(
        tr("Ends wrap-up (%1)").arg(ready.shortcut().toString(QKeySequence::NativeText)));
    m_readyButton->setDefault(true);
    connect(m_readyButton, &QPushButton::clicked, this, &WrapUpBar::readyClicked);
    layout->addWidget(m_text);
    layout->addWidget(m_readyButton);
    setVisible(false);
}

void WrapUpBar::showCallLength(const QString& talk)
{
    m_text->setText(tr("Call ended after %1. Take a moment before the next one.").arg(talk));
}

} // namespace attune
