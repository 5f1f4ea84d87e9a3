#include "WindowStyle.h"

#include "Theme.h"

#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QLabel>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWidget>

#include <utility>

namespace WindowStyle {

namespace {
// @-placeholders filled from the palette by styleSheet(); see there.
const char *StyleSheet = R"(
QPushButton[primary="true"] {
    background: @accent; color: @onAccent; border: 1px solid @accent; border-radius: 5px;
    padding: 5px 14px; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: @accentHover; border-color: @accentHover; }
QPushButton[primary="true"]:pressed { background: @accentPressed; }
QPushButton[primary="true"]:focus { border: 2px solid @focus; }
QPushButton[primary="true"]:disabled { background: @accentDisabled; border-color: @accentDisabled; color: @onAccentDisabled; }
QPushButton[danger="true"] {
    color: @danger; background: @base; border: 1px solid @dangerBorder; border-radius: 5px; padding: 5px 12px;
}
QPushButton[danger="true"]:hover { background: @dangerHover; }
QPushButton[danger="true"]:focus { border: 2px solid @danger; }
QLabel#serverChip {
    background: @chip; color: @chipText; border: 1px solid @chipBorder; border-radius: 10px; padding: 1px 9px;
}
QLabel#pageTitle { color: @text; }
QLabel#pageSubtitle, QLabel#emptyText, QLabel#noMatchText { color: @mutedOnBase; }
QLabel#pageSubtitle, QLabel#counts { color: @muted; }
QProgressBar#progress { border: none; background: transparent; max-height: 3px; }
QProgressBar#progress::chunk { background: @accent; }
QTableView#tokenTable {
    border: 1px solid @line; border-radius: 6px; background: @base; alternate-background-color: @alternate;
    selection-background-color: @selection; selection-color: @onSelection;
}
QTableView#tokenTable QHeaderView::section {
    background: @headerBg; color: @headerText; border: none; border-bottom: 1px solid @line;
    padding: 6px 4px; font-weight: 600;
}
QWidget#emptyState, QWidget#noMatchState { background: @base; border: 1px solid @line; border-radius: 6px; }
)";

class PaletteFollower : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ThemeChange) {
            auto *w = static_cast<QWidget *>(watched);
            const QString sheet = styleSheet(QGuiApplication::palette());
            if (w->styleSheet() != sheet)
                w->setStyleSheet(sheet);
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

QString styleSheet(const QPalette &palette)
{
    using namespace Theme;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::Text);
    const QColor acc = accent(palette);
    const QColor on = onAccent(palette);
    const QColor hover = readable(mix(acc, isDark(palette) ? QColor(Qt::white) : QColor(Qt::black), 0.1), on);
    const QColor alternate = mix(base, text, 0.035);
    const QColor selection = mix(base, palette.color(QPalette::Highlight), 0.28);
    const QColor headerBg = mix(base, window, 0.6);
    const QColor chip = tint(palette, warningHue());
    const QList<std::pair<const char *, QColor>> colours = {
        {"@accentHover", hover},
        {"@accentPressed", readable(mix(acc, isDark(palette) ? QColor(Qt::white) : QColor(Qt::black), 0.2), on)},
        {"@accentDisabled", mix(acc, window, 0.55)},
        {"@onAccentDisabled", mix(on, window, 0.2)},
        {"@accent", acc},
        {"@onAccent", on},
        {"@focus", readable(mix(acc, text, 0.4), window, 3.0)},
        {"@dangerBorder", tintBorder(palette, dangerHue())},
        {"@dangerHover", tint(palette, dangerHue())},
        {"@danger", dangerText(palette, tint(palette, dangerHue()))},
        {"@chipText", warningText(palette, chip)},
        {"@chipBorder", tintBorder(palette, warningHue())},
        {"@chip", chip},
        {"@text", palette.color(QPalette::WindowText)},
        {"@mutedOnBase", muted(palette, base)},
        {"@muted", muted(palette, window)},
        {"@line", line(palette)},
        {"@alternate", alternate},
        {"@selection", selection},
        {"@onSelection", readable(text, selection)},
        {"@headerBg", headerBg},
        {"@headerText", readable(mix(text, headerBg, 0.2), headerBg)},
        {"@base", base},
    };
    QString sheet = QString::fromLatin1(StyleSheet);
    // Longer names first where one is the start of another (@accentHover before @accent): the list's order.
    for (const auto &[name, colour] : colours)
        sheet.replace(QLatin1String(name), colour.name(QColor::HexRgb));
    return sheet;
}

void install(QWidget *window)
{
    window->setStyleSheet(styleSheet(QGuiApplication::palette()));
    window->installEventFilter(new PaletteFollower(window));
}

void fitToScreen(QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // Room for the frame the window manager adds.
    const QSize room = (available.size() * 0.95).expandedTo(window->minimumSizeHint());
    const QSize size = window->size().boundedTo(room);
    window->resize(size);
    QRect frame(window->pos(), size);
    if (!available.contains(frame)) {
        frame.moveLeft(
            qBound(available.left(), frame.left(), qMax(available.left(), available.right() - size.width())));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - size.height())));
        window->move(frame.topLeft());
    }
}

StatePage statePage(QWidget *parent, const QString &name, const QPixmap &pixmap)
{
    auto *page = new QWidget(parent);
    page->setObjectName(name + QLatin1String("State"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *col = new QVBoxLayout(page);
    col->setAlignment(Qt::AlignCenter);
    col->setSpacing(10);

    auto *icon = new QLabel(page);
    icon->setPixmap(pixmap);
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(page);
    title->setObjectName(name + QLatin1String("Title"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setWeight(QFont::DemiBold);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(page);
    text->setObjectName(name + QLatin1String("Text"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *button = new QPushButton(page);
    button->setAutoDefault(false);

    col->addWidget(icon, 0, Qt::AlignHCenter);
    col->addWidget(title, 0, Qt::AlignHCenter);
    col->addWidget(text, 0, Qt::AlignHCenter);
    col->addSpacing(6);
    col->addWidget(button, 0, Qt::AlignHCenter);
    return {page, title, text, button};
}

} // namespace WindowStyle
