#pragma once

#include "settings/Settings.h"

#include <QColor>
#include <QPalette>

class QApplication;

namespace attune {

// Calm colours for a tool that sits beside a stressful conversation: muted, high enough contrast
// for WCAG AA text, and never the only carrier of meaning (every state is also written out).
struct ThemeColors
{
    QColor ringing;
    QColor active;
    QColor wrapUp;
    QColor subtleText;
    QColor sectionBorder;
    QColor highlightBackground;
};

// The accent colours that go with a palette (its brightness decides light or dark).
ThemeColors themeColors(const QPalette& palette);

class ThemeManager
{
public:
    // Remembers the platform's own palette so "system" can return to it.
    explicit ThemeManager(QApplication& app);

    void apply(Theme theme);
    bool isDark() const;
    ThemeColors colors() const;

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();

private:
    QApplication& m_app;
    QPalette m_systemPalette;
};

} // namespace attune
