#include "Icons.h"

#include "Theme.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace {
using Painter = std::function<void(QPainter &, qreal s)>;

QIcon draw(const Painter &paint, std::initializer_list<int> sizes = {16, 20, 24, 32, 48})
{
    QIcon icon;
    for (int size : sizes) {
        for (qreal dpr : {1.0, 2.0}) {
            QPixmap pm(int(size * dpr), int(size * dpr));
            pm.fill(Qt::transparent);
            pm.setDevicePixelRatio(dpr);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            paint(p, size);
            p.end();
            icon.addPixmap(pm);
        }
    }
    return icon;
}

void drawKey(QPainter &p, const QRectF &box, const QColor &color)
{
    // A key lying diagonally: a ring (bow) and a shaft with two teeth.
    const qreal s = box.width();
    p.save();
    p.translate(box.center());
    p.rotate(-45);
    QPen pen(color, s * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const qreal r = s * 0.17;
    const QPointF bow(-s * 0.22, 0);
    p.drawEllipse(bow, r, r);
    p.drawLine(QPointF(bow.x() + r, 0), QPointF(s * 0.36, 0));
    p.drawLine(QPointF(s * 0.22, 0), QPointF(s * 0.22, s * 0.13));
    p.drawLine(QPointF(s * 0.34, 0), QPointF(s * 0.34, s * 0.11));
    p.restore();
}

// A filled disc, with the pen left white and `markWidth` wide for the mark drawn on it.
void drawDisc(QPainter &p, qreal s, const QColor &fill, qreal markWidth)
{
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
    p.setPen(QPen(Qt::white, s * markWidth, Qt::SolidLine, Qt::RoundCap));
}

// A vertical stroke down the middle from `top` to `bottom` and a dot at `dot` (fractions of the size): "!" or "i".
void drawStrokeAndDot(QPainter &p, qreal s, qreal top, qreal bottom, qreal dot)
{
    p.drawLine(QPointF(s * 0.5, s * top), QPointF(s * 0.5, s * bottom));
    p.drawPoint(QPointF(s * 0.5, s * dot));
}
} // namespace

namespace Icons {

QColor accent()
{
    return QColor(0x1d, 0x63, 0xed);
}
QColor danger()
{
    return QColor(0xc6, 0x28, 0x28);
}
QColor warningColor()
{
    return QColor(0xd9, 0x77, 0x06);
}
QColor success()
{
    return QColor(0x16, 0x80, 0x3c);
}

QIcon app()
{
    // The installed icon (data/icons: the SVG and PNGs of this drawing, under the app's id) from the icon theme, so
    // the window, the menu entry and the launcher show the same one; else the built-in one.
    return QIcon::fromTheme(QStringLiteral(HUBTOKENS_APP_ID), builtInApp());
}

QIcon builtInApp()
{
    // The PNGs compiled in from resources/ (the same drawing, saved); drawn here if they are missing.
    QIcon fromResources;
    for (int size : {32, 64, 128, 256}) {
        const QString path = QStringLiteral(":/icons/hubtokens-%1.png").arg(size);
        if (QFile::exists(path))
            fromResources.addFile(path, QSize(size, size));
    }
    if (!fromResources.isNull())
        return fromResources;
    return draw(
        [](QPainter &p, qreal s) {
            const QRectF r(s * 0.04, s * 0.04, s * 0.92, s * 0.92);
            QLinearGradient g(r.topLeft(), r.bottomRight());
            g.setColorAt(0, QColor(0x2d, 0x7c, 0xf6));
            g.setColorAt(1, QColor(0x15, 0x4c, 0xc2));
            p.setPen(Qt::NoPen);
            p.setBrush(g);
            p.drawRoundedRect(r, s * 0.2, s * 0.2);
            drawKey(p, r.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1), Qt::white);
        },
        {16, 24, 32, 48, 64, 128, 256});
}

QIcon key(const QColor &color, int size)
{
    return draw([color](QPainter &p, qreal s) { drawKey(p, QRectF(0, 0, s, s), color); }, {size});
}

QIcon warning()
{
    return draw([](QPainter &p, qreal s) {
        QPainterPath tri;
        tri.moveTo(s * 0.5, s * 0.08);
        tri.lineTo(s * 0.95, s * 0.9);
        tri.lineTo(s * 0.05, s * 0.9);
        tri.closeSubpath();
        p.setPen(QPen(warningColor(), s * 0.08, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(warningColor());
        p.drawPath(tri);
        p.setPen(QPen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap));
        drawStrokeAndDot(p, s, 0.36, 0.6, 0.76);
    });
}

QIcon expired()
{
    return draw([](QPainter &p, qreal s) {
        drawDisc(p, s, danger(), 0.1);
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.24));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.7, s * 0.62));
    });
}

QIcon error()
{
    return draw([](QPainter &p, qreal s) {
        drawDisc(p, s, danger(), 0.11);
        drawStrokeAndDot(p, s, 0.26, 0.56, 0.74);
    });
}

QIcon info()
{
    return draw([](QPainter &p, qreal s) {
        drawDisc(p, s, accent(), 0.11);
        drawStrokeAndDot(p, s, 0.46, 0.74, 0.28);
    });
}

QIcon dockerInUse()
{
    return draw([](QPainter &p, qreal s) {
        // A terminal prompt ">_" on a Docker-blue rounded square.
        p.setPen(Qt::NoPen);
        p.setBrush(accent());
        p.drawRoundedRect(QRectF(s * 0.06, s * 0.14, s * 0.88, s * 0.72), s * 0.14, s * 0.14);
        p.setPen(QPen(Qt::white, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const QPointF chevron[] = {QPointF(s * 0.24, s * 0.34), QPointF(s * 0.42, s * 0.5),
                                   QPointF(s * 0.24, s * 0.66)};
        p.drawPolyline(chevron, 3);
        p.drawLine(QPointF(s * 0.52, s * 0.68), QPointF(s * 0.74, s * 0.68));
    });
}

QIcon quietInfo()
{
    return draw([](QPainter &p, qreal s) {
        drawDisc(p, s, QColor(0x9c, 0xa3, 0xaf), 0.11);
        drawStrokeAndDot(p, s, 0.46, 0.74, 0.28);
    });
}

QIcon search()
{
    // Quieter than the text it sits beside, in the desktop's colours.
    const QPalette palette = QGuiApplication::palette();
    const QColor c = Theme::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
    return draw([c](QPainter &p, qreal s) {
        p.setPen(QPen(c, s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.5, s * 0.5));
        p.drawLine(QPointF(s * 0.57, s * 0.57), QPointF(s * 0.86, s * 0.86));
    });
}

QIcon refresh()
{
    const QColor c = QGuiApplication::palette().color(QPalette::ButtonText);
    return draw([c](QPainter &p, qreal s) {
        p.setPen(QPen(c, s * 0.1, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        const QRectF r(s * 0.18, s * 0.18, s * 0.64, s * 0.64);
        p.drawArc(r, 60 * 16, 280 * 16);
        // Arrow head at the arc's start (top right).
        QPainterPath head;
        head.moveTo(s * 0.62, s * 0.06);
        head.lineTo(s * 0.86, s * 0.26);
        head.lineTo(s * 0.56, s * 0.34);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(head);
    });
}

} // namespace Icons
