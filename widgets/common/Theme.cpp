#include "common/Theme.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QProxyStyle>
#include <QScreen>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace attune {

namespace {

// Fusion, with room above a label's text for the accents of capitals. Most fonts (DejaVu Sans, the
// usual "Sans Serif", among them) draw the dots of Ü or the acute of É above the ascent a label is
// sized by, and a label laid out at its own height cut them off: the German section "Übung" read
// "UBUNG", a caller named Émile read "Emile". Each label gets the room its font needs above it.
class AttuneStyle final : public QProxyStyle
{
public:
    AttuneStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    using QProxyStyle::polish;
    void polish(QWidget* widget) override
    {
        QProxyStyle::polish(widget);
        auto* label = qobject_cast<QLabel*>(widget);
        if (!label)
            return;
        QMargins margins = label->contentsMargins();
        const int room = roomForAccents(label->font());
        if (margins.top() < room) {
            margins.setTop(room);
            label->setContentsMargins(margins);
        }
    }

private:
    // A font's size in pixels, without loading it.
    static qreal pixelsOf(const QFont& font)
    {
        if (font.pixelSize() > 0)
            return font.pixelSize();
        const QScreen* screen = QGuiApplication::primaryScreen();
        return font.pointSizeF() * (screen ? screen->logicalDotsPerInchY() : 96.0) / 72.0;
    }

    // How far the accented capitals of Attune's five languages reach above a font's ascent.
    // Measured once, on the application's font, which every start loads anyway, as a share of
    // its size (the three capitals that reach highest in common fonts: a diaeresis, a circumflex,
    // a ring); a label's font gets that share of its own size, rounded up. Measuring each label's
    // font cost 2 M instructions of every start: it loaded fonts of labels not yet shown.
    static int roomForAccents(const QFont& font)
    {
        static const qreal share = [] {
            const QFont base = QApplication::font();
            const QFontMetrics metrics(base);
            int top = 0;
            for (const char16_t capital : {u'Ö', u'Ô', u'Å'})
                top = std::min(top, metrics.boundingRect(QChar(capital)).top());
            const qreal pixels = pixelsOf(base);
            return pixels > 0 ? std::max(0, -top - metrics.ascent()) / pixels : 0.0;
        }();
        const qreal pixels = pixelsOf(font);
        // Up to a third of the size: more would be a font not measured right.
        return int(std::ceil(std::min(share, 1.0 / 3) * pixels));
    }
};

QPalette makePalette(QColor window, QColor base, QColor alternate, QColor text, QColor button,
                     QColor highlight, QColor highlightedText, QColor disabledText, QColor link)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, highlightedText);
    palette.setColor(QPalette::Link, link);
    palette.setColor(QPalette::BrightText, highlightedText);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

} // namespace

ThemeManager::ThemeManager(QApplication& app)
    : m_app(app)
    , m_systemPalette(app.palette())
{
    // Fusion renders the same on every platform and honours the palette fully, which keeps the
    // light and dark themes (and their contrast) predictable.
    app.setStyle(new AttuneStyle);
}

QPalette ThemeManager::lightPalette()
{
    return makePalette(QColor(0xf4, 0xf5, 0xf7), Qt::white, QColor(0xee, 0xf0, 0xf3),
                       QColor(0x1f, 0x23, 0x28), QColor(0xe9, 0xec, 0xef), QColor(0x2b, 0x6a, 0x88),
                       Qt::white, QColor(0x6b, 0x72, 0x7b), QColor(0x1d, 0x5c, 0x7a));
}

QPalette ThemeManager::darkPalette()
{
    return makePalette(QColor(0x1c, 0x1f, 0x24), QColor(0x23, 0x27, 0x2e), QColor(0x2a, 0x2f, 0x37),
                       QColor(0xe6, 0xe8, 0xeb), QColor(0x2c, 0x31, 0x39), QColor(0x5f, 0xa8, 0xc7),
                       QColor(0x10, 0x14, 0x18), QColor(0x8a, 0x92, 0x9c),
                       QColor(0x7c, 0xbd, 0xd8));
}

QPalette ThemeManager::highContrastPalette()
{
    // Pure white on black (21:1), a yellow selection with black text, and a dimmed grey that still
    // passes AA for disabled text.
    return makePalette(Qt::black, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::white, Qt::black,
                       QColor(0xff, 0xd7, 0x00), Qt::black, QColor(0xb0, 0xb0, 0xb0),
                       QColor(0x7f, 0xdb, 0xff));
}

void ThemeManager::apply(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        m_app.setPalette(lightPalette());
        break;
    case Theme::Dark:
        m_app.setPalette(darkPalette());
        break;
    case Theme::HighContrast:
        m_app.setPalette(highContrastPalette());
        break;
    case Theme::System: {
        // Follow the platform's palette, but give it our calm colours in its own brightness.
        const bool systemIsDark = m_systemPalette.color(QPalette::Window).lightness() < 128;
        m_app.setPalette(systemIsDark ? darkPalette() : lightPalette());
        break;
    }
    }
}

bool ThemeManager::isDark() const
{
    return m_app.palette().color(QPalette::Window).lightness() < 128;
}

ThemeColors ThemeManager::colors() const
{
    return themeColors(m_app.palette());
}

ThemeColors themeColors(const QPalette& palette)
{
    if (palette.color(QPalette::Window) == Qt::black && palette.color(QPalette::Text) == Qt::white)
        return {QColor(0xff, 0xd7, 0x00),
                QColor(0x7f, 0xff, 0x7f),
                QColor(0x7f, 0xdb, 0xff),
                QColor(0xe0, 0xe0, 0xe0),
                Qt::white,
                QColor(0x33, 0x2b, 0x00)};
    if (palette.color(QPalette::Window).lightness() < 128)
        return {QColor(0xe0, 0xb2, 0x5a), QColor(0x6f, 0xc2, 0x8b), QColor(0x9a, 0xa6, 0xb8),
                QColor(0xa9, 0xb1, 0xbb), QColor(0x39, 0x40, 0x4a), QColor(0x3a, 0x33, 0x22)};
    return {QColor(0x9a, 0x5b, 0x00), QColor(0x1e, 0x6e, 0x3e), QColor(0x4a, 0x55, 0x68),
            QColor(0x5a, 0x61, 0x6b), QColor(0xd5, 0xd9, 0xde), QColor(0xfd, 0xf3, 0xdc)};
}

} // namespace attune
