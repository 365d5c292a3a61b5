#pragma once

#include <QLabel>
#include <QString>
#include <QWidget>

namespace attune::test {

// The history window's message line ("Exported …", "This call is still loading…", a failed
// read), found by its accessible name as a screen reader would: its text while it shows, empty
// when hidden.
inline QString shownMessage(const QWidget& window)
{
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->accessibleName() == QLatin1String("Message") && label->isVisible())
            return label->text();
    }
    return {};
}

} // namespace attune::test
