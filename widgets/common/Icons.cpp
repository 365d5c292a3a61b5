#include "common/Icons.h"

#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPainterPath>
#include <QResource>

#include <algorithm>
#include <functional>
#include <iterator>

namespace attune::Icons {

namespace {

// Paints at whatever size and device pixel ratio is asked for, instead of scaling a bitmap.
class GlyphEngine final : public QIconEngine
{
public:
    using Draw = std::function<void(QPainter&, const QRectF&)>;
    GlyphEngine(QColor color, Draw draw)
        : m_color(std::move(color))
        , m_draw(std::move(draw))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.4f);
        QPen pen(color, qMax(1.5, rect.width() / 12.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        m_draw(*painter, QRectF(rect).adjusted(rect.width() * 0.14, rect.height() * 0.14,
                                               -rect.width() * 0.14, -rect.height() * 0.14));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        // Drawn once per size, mode and state: a tool button asks for its pixmap at every
        // repaint (a hover, the top bar laid out again when a button joins it), and stroking
        // antialiased paths costs far more than handing out a pixmap already drawn.
        for (const Drawn& drawn : m_drawn) {
            if (drawn.size == size && drawn.mode == mode && drawn.state == state)
                return drawn.pixmap;
        }
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(), size), mode, state);
        }
        // A handful of entries: the sizes a button and a menu ask for, in two or three modes.
        if (m_drawn.size() >= kDrawnKept)
            m_drawn.removeFirst();
        m_drawn.append({size, mode, state, pixmap});
        return pixmap;
    }

    QIconEngine* clone() const override { return new GlyphEngine(m_color, m_draw); }

private:
    struct Drawn
    {
        QSize size;
        QIcon::Mode mode;
        QIcon::State state;
        QPixmap pixmap;
    };
    static constexpr qsizetype kDrawnKept = 8;

    QColor m_color;
    Draw m_draw;
    QList<Drawn> m_drawn;
};

} // namespace

QIcon pin(const QColor& color)
{
    return QIcon(new GlyphEngine(color, [](QPainter& p, const QRectF& r) {
        const QPointF head(r.center().x(), r.top() + r.height() * 0.28);
        p.drawEllipse(head, r.width() * 0.24, r.width() * 0.24);
        p.drawLine(QPointF(head.x(), head.y() + r.width() * 0.24), QPointF(head.x(), r.bottom()));
    }));
}

QIcon compact(const QColor& color)
{
    return QIcon(new GlyphEngine(color, [](QPainter& p, const QRectF& r) {
        p.drawLine(QPointF(r.left(), r.top() + r.height() * 0.35),
                   QPointF(r.right(), r.top() + r.height() * 0.35));
        p.drawLine(QPointF(r.left(), r.top() + r.height() * 0.65),
                   QPointF(r.right(), r.top() + r.height() * 0.65));
    }));
}

QIcon settings(const QColor& color)
{
    return QIcon(new GlyphEngine(color, [](QPainter& p, const QRectF& r) {
        // Three sliders: reads as "adjust" in any culture and needs no gear teeth at 16 px.
        const qreal knob = r.width() * 0.12;
        const qreal positions[] = {0.3, 0.7, 0.45};
        for (int i = 0; i < 3; ++i) {
            const qreal y = r.top() + r.height() * (0.15 + 0.35 * i);
            p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            p.save();
            p.setBrush(p.pen().color());
            p.drawEllipse(QPointF(r.left() + r.width() * positions[i], y), knob, knob);
            p.restore();
        }
    }));
}

QIcon checklist(const QColor& color)
{
    return QIcon(new GlyphEngine(color, [](QPainter& p, const QRectF& r) {
        // A box with a tick: "look back at a call".
        p.drawRect(QRectF(r.left(), r.top() + r.height() * 0.1, r.width() * 0.8, r.height() * 0.8));
        p.drawPolyline(QPolygonF({QPointF(r.left() + r.width() * 0.2, r.top() + r.height() * 0.5),
                                  QPointF(r.left() + r.width() * 0.42, r.top() + r.height() * 0.72),
                                  QPointF(r.right(), r.top() + r.height() * 0.05)}));
    }));
}

QIcon history(const QColor& color)
{
    return QIcon(new GlyphEngine(color, [](QPainter& p, const QRectF& r) {
        // A clock face: "earlier calls".
        p.drawEllipse(
            r.adjusted(r.width() * 0.05, r.height() * 0.05, -r.width() * 0.05, -r.height() * 0.05));
        const QPointF centre = r.center();
        p.drawPolyline(QPolygonF({QPointF(centre.x(), r.top() + r.height() * 0.25), centre,
                                  QPointF(r.left() + r.width() * 0.72, centre.y())}));
    }));
}

namespace {

// The app icon from the pixels rendered at build time (widgets/CMakeLists.txt): a start asks only
// for those sizes, so it never loads the SVG plugin and Qt Svg (issue #15). Any other size or
// mode is the SVG's own, loaded then.
class AppIconEngine final : public QIconEngine
{
public:
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        // As the SVG engine does: a pixmap at the device's resolution, drawn into the rectangle.
        QSize pixmapSize = rect.size();
        if (painter->device())
            pixmapSize *= painter->device()->devicePixelRatio();
        painter->drawPixmap(rect, pixmap(pixmapSize, mode, state));
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        // The SVG is square: the largest square that fits.
        const int side = qMin(size.width(), size.height());
        return side > 0 ? QSize(side, side) : QSize();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        static constexpr int kRendered[] = {ATTUNE_APP_ICON_SIZES};
        const bool rendered = size.width() == size.height() && mode == QIcon::Normal &&
                              state == QIcon::Off &&
                              std::find(std::begin(kRendered), std::end(kRendered), size.width()) !=
                                  std::end(kRendered);
        if (!rendered)
            return svg().pixmap(size, mode, state);
        QPixmap& cached = m_rendered[size.width()];
        if (cached.isNull()) {
            // Stored uncompressed (widgets/CMakeLists.txt): the pixels are read in place.
            const QResource pixels(QStringLiteral(":/icons/attune-%1.argb32p").arg(size.width()));
            const qsizetype side = size.width();
            if (pixels.isValid() && pixels.compressionAlgorithm() == QResource::NoCompression &&
                pixels.size() == side * side * 4)
                cached = QPixmap::fromImage(
                    QImage(pixels.data(), side, side, QImage::Format_ARGB32_Premultiplied));
            else
                return svg().pixmap(size, mode, state);
        }
        return cached;
    }

    QIconEngine* clone() const override { return new AppIconEngine; }
    QString key() const override { return QStringLiteral("AttuneAppIcon"); }
    // None, as the SVG engine says: X11 then asks for 16, 32, 64 and 128 (all rendered).
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {}; }
    bool isNull() override { return false; }

private:
    QIcon& svg()
    {
        if (m_svg.isNull())
            m_svg = QIcon(QStringLiteral(":/icons/attune.svg"));
        return m_svg;
    }

    QHash<int, QPixmap> m_rendered;
    QIcon m_svg;
};

} // namespace

QIcon app()
{
    return QIcon(new AppIconEngine);
}

} // namespace attune::Icons
