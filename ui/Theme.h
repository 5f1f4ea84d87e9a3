#pragma once

#include <QColor>
#include <QPalette>

// Colours derived from the palette the desktop gives (light or dark), so that every text stays readable on its
// background: WCAG contrast ratios, and the app's few semantic hues (danger, warning, success) moved lighter or darker
// until they reach AA (4.5:1) on the background they are drawn on.
namespace Theme {

constexpr double TextContrast = 4.5; // WCAG 2 AA, normal text

// WCAG relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor &c);
double contrast(const QColor &a, const QColor &b);

// `a` with `t` (0..1) of `b` mixed in; alpha from `a`.
QColor mix(const QColor &a, const QColor &b, double t);

// `fg`, moved towards black or white (whichever `bg` contrasts more with) just far enough to reach `ratio` on `bg`.
QColor readable(const QColor &fg, const QColor &bg, double ratio = TextContrast);

bool isDark(const QPalette &palette);

// The accent fill (primary buttons, the switch when on, the progress line): the palette's Highlight, darkened or
// lightened until its text (onAccent) reads on it.
QColor accent(const QPalette &palette);
QColor onAccent(const QPalette &palette);

// Secondary text (subtitles, counts, "Never") on `bg`.
QColor muted(const QPalette &palette, const QColor &bg);

// A soft background of `hue` over the window (banners, chips, the expired pill), and a border for it.
QColor tint(const QPalette &palette, const QColor &hue);
QColor tintBorder(const QPalette &palette, const QColor &hue);

// The semantic hues, readable as text on `bg`.
QColor dangerText(const QPalette &palette, const QColor &bg);
QColor warningText(const QPalette &palette, const QColor &bg);
QColor successText(const QPalette &palette, const QColor &bg);

// Hairlines: the table frame, the header's rule, the empty states' frame.
QColor line(const QPalette &palette);

// The hues themselves (not for text as they are).
QColor dangerHue();
QColor warningHue();
QColor successHue();
QColor infoHue();
// Quieter than a date, for a table cell that says "Never".
QColor quietHue();

} // namespace Theme
