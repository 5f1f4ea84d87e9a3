#include "Theme.h"

#include <QtMath>

namespace Theme {

namespace {
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}
} // namespace

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    QColor out =
        QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
                         float(x.blueF() + (y.blueF() - x.blueF()) * t));
    out.setAlphaF(x.alphaF());
    return out;
}

QColor readable(const QColor &fg, const QColor &bg, double ratio)
{
    if (contrast(fg, bg) >= ratio)
        return fg;
    const QColor black(0, 0, 0);
    const QColor white(255, 255, 255);
    const QColor target = contrast(white, bg) >= contrast(black, bg) ? white : black;
    // Small steps: the result keeps as much of its hue as the ratio allows.
    for (int step = 1; step <= 50; ++step) {
        const QColor c = mix(fg, target, step / 50.0);
        if (contrast(c, bg) >= ratio)
            return c;
    }
    return target;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.2;
}

QColor onAccent(const QPalette &palette)
{
    return palette.color(QPalette::HighlightedText);
}

QColor accent(const QPalette &palette)
{
    // Move the fill, not its text: the desktop's accent, made deep (or light) enough for its text.
    return readable(palette.color(QPalette::Highlight), onAccent(palette));
}

QColor muted(const QPalette &palette, const QColor &bg)
{
    return readable(mix(palette.color(QPalette::WindowText), bg, 0.35), bg);
}

QColor tint(const QPalette &palette, const QColor &hue)
{
    return mix(palette.color(QPalette::Base), hue, isDark(palette) ? 0.22 : 0.10);
}

QColor tintBorder(const QPalette &palette, const QColor &hue)
{
    return mix(palette.color(QPalette::Base), hue, isDark(palette) ? 0.5 : 0.35);
}

QColor dangerText(const QPalette &, const QColor &bg)
{
    return readable(dangerHue(), bg);
}

QColor warningText(const QPalette &, const QColor &bg)
{
    return readable(warningHue(), bg);
}

QColor successText(const QPalette &, const QColor &bg)
{
    return readable(successHue(), bg);
}

QColor line(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.18);
}

QColor dangerHue()
{
    return QColor(0xc6, 0x28, 0x28);
}
QColor warningHue()
{
    return QColor(0xb4, 0x53, 0x09);
}
QColor successHue()
{
    return QColor(0x16, 0x80, 0x3c);
}
QColor infoHue()
{
    return QColor(0x1d, 0x63, 0xed);
}
QColor quietHue()
{
    return QColor(0x6b, 0x72, 0x80);
}

} // namespace Theme
