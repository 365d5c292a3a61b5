// The app icon is served from pixels rendered at build time, so a start never loads the SVG plugin
// and Qt Svg (issue #15); it must look exactly like the SVG it replaced, at every size and mode.

#include "widgets/common/Icons.h"

#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cstring>
#include <link.h>

using namespace attune;

namespace {

bool qtSvgLoaded()
{
    bool found = false;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "libQt6Svg"))
                *static_cast<bool*>(data) = true;
            return 0;
        },
        &found);
    return found;
}

QImage normalised(const QPixmap& pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while nothing has asked for the SVG yet.
    void theSizesAStartAsksForNeedNoSvg()
    {
        QVERIFY(!qtSvgLoaded());
        const QIcon icon = Icons::app();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().isEmpty()); // as the SVG engine says, so X11 asks the same
        for (int side : {16, 22, 24, 32, 48, 64, 128}) {
            const QPixmap pixmap = icon.pixmap(QSize(side, side), 1.0);
            QCOMPARE(pixmap.size(), QSize(side, side));
        }
        // What a window icon costs at start: the four sizes X11 asks a scalable icon for.
        QImage painted(32, 32, QImage::Format_ARGB32_Premultiplied);
        painted.fill(Qt::transparent);
        QPainter painter(&painted);
        icon.paint(&painter, QRect(0, 0, 32, 32));
        painter.end();
        QVERIFY(!qtSvgLoaded());
    }

    // The toolbar's glyph icons are drawn once per size and mode: a tool button asks for its
    // pixmap at every repaint (each hover), and the antialiased strokes cost far more than a copy.
    void aGlyphIconIsDrawnOncePerSizeAndMode()
    {
        const QIcon icon = Icons::pin(Qt::black);
        const QPixmap first = icon.pixmap(QSize(20, 20));
        QVERIFY(!first.isNull());
        QCOMPARE(icon.pixmap(QSize(20, 20)).cacheKey(), first.cacheKey());
        const QPixmap disabled = icon.pixmap(QSize(20, 20), QIcon::Disabled);
        QVERIFY(disabled.cacheKey() != first.cacheKey());
        QVERIFY(normalised(disabled) != normalised(first)); // drawn fainter, not the same pixels
        const QPixmap bigger = icon.pixmap(QSize(32, 32));
        QCOMPARE(bigger.size(), QSize(32, 32));
        QCOMPARE(icon.pixmap(QSize(20, 20)).cacheKey(), first.cacheKey());
        // A theme change makes new icons (another colour): they are drawn anew.
        const QPixmap white = Icons::pin(Qt::white).pixmap(QSize(20, 20));
        QVERIFY(normalised(white) != normalised(first));
    }

    void looksExactlyLikeTheSvg_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("mode");
        for (int side : {16, 22, 24, 32, 48, 64, 128})
            QTest::addRow("%d rendered", side) << side << int(QIcon::Normal);
        // Sizes and modes without a PNG come from the SVG itself.
        for (int side : {20, 44, 256})
            QTest::addRow("%d from the svg", side) << side << int(QIcon::Normal);
        QTest::addRow("32 disabled") << 32 << int(QIcon::Disabled);
        QTest::addRow("16 selected") << 16 << int(QIcon::Selected);
    }

    void looksExactlyLikeTheSvg()
    {
        QFETCH(int, side);
        QFETCH(int, mode);
        const QIcon svg(QStringLiteral(":/icons/attune.svg"));
        const QIcon icon = Icons::app();
        const QSize size(side, side);
        const auto iconMode = static_cast<QIcon::Mode>(mode);
        QCOMPARE(icon.actualSize(size, iconMode), svg.actualSize(size, iconMode));
        const QImage ours = normalised(icon.pixmap(size, 1.0, iconMode));
        const QImage theirs = normalised(svg.pixmap(size, 1.0, iconMode));
        QCOMPARE(ours.size(), theirs.size());
        QVERIFY2(ours == theirs, qPrintable(QStringLiteral("pixels differ at %1").arg(side)));
        // Non-square asks get the largest square that fits, as from the SVG.
        QCOMPARE(icon.actualSize(QSize(side, side * 2), iconMode),
                 svg.actualSize(QSize(side, side * 2), iconMode));
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
