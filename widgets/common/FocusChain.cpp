#include "common/FocusChain.h"

#include <QWidget>

namespace attune {

void placeFocusChainAfter(QWidget* anchor, const QList<QWidget*>& parts)
{
    QList<QWidget*> controls;
    for (QWidget* part : parts) {
        for (QWidget* w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain()) {
            if (part->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus)
                controls << w;
        }
    }
    // setTabOrder moves a widget only after one that takes focus, which the anchor (a container)
    // usually does not: it takes it for the moment.
    const Qt::FocusPolicy policy = anchor->focusPolicy();
    anchor->setFocusPolicy(Qt::TabFocus);
    QWidget* previous = anchor;
    for (QWidget* control : std::as_const(controls)) {
        QWidget::setTabOrder(previous, control);
        previous = control;
    }
    anchor->setFocusPolicy(policy);
}

} // namespace attune
