#include "sidebar/KudosStrip.h"

#include "common/WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

KudosStrip::KudosStrip(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Kudos from your supervisor"));
    auto* layout = new QVBoxLayout(this);
    m_label = new WrappedLabel(this);
    layout->addWidget(m_label);
    auto* thanks = new QPushButton(tr("Thanks"), this);
    thanks->setAccessibleName(tr("Dismiss the kudos"));
    thanks->setFocusPolicy(Qt::TabFocus);
    connect(thanks, &QPushButton::clicked, this, &QWidget::hide);
    layout->addWidget(thanks, 0, Qt::AlignRight);
}

void KudosStrip::announce(const QStringList& lines)
{
    QStringList escaped;
    for (const QString& line : lines)
        escaped << QStringLiteral("★ ") + line.toHtmlEscaped();
    m_label->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(tr("Kudos from your supervisor").toHtmlEscaped(),
                              escaped.join(QStringLiteral("<br>"))));
    show();
}

QString KudosStrip::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace attune
