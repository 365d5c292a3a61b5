#include "common/Icons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <functional>

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
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new GlyphEngine(m_color, m_draw); }

private:
    QColor m_color;
    Draw m_draw;
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

QIcon app()
{
    return QIcon(QStringLiteral(":/icons/attune.svg"));
}

} // namespace attune::Icons
