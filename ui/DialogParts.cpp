#include "DialogParts.h"

#include "Theme.h"
#include "models/RelativeTime.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QSpacerItem>
#include <QWidget>

namespace DialogParts {

namespace {

QString errorColorName(const QWidget *w)
{
    // A red that reads as "error" without shouting, on light and dark themes alike.
    return Theme::dangerText(w->palette(), w->palette().color(QPalette::Window)).name();
}

QFont scaled(QFont f, double factor)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qRound(f.pixelSize() * factor));
    return f;
}

} // namespace

QLabel *titleLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = scaled(label->font(), 1.25);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setBuddy(buddy);
    return label;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setFont(scaled(label->font(), 0.92));
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Theme::muted(pal, pal.color(QPalette::Window))); // quieter, still AA
    label->setPalette(pal);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *errorLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFont(scaled(label->font(), 0.92));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(errorColorName(parent ? parent : label)));
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

namespace {
void showError(QLabel *label, Qt::TextFormat format, const QString &text, const QString &spoken)
{
    const bool changed = label->text() != text || label->textFormat() != format || label->isVisible() == text.isEmpty();
    label->setTextFormat(format);
    label->setText(text);
    label->setAccessibleDescription(spoken);
    label->setVisible(!text.isEmpty());
    if (changed)
        refit(label->window());
}
} // namespace

void setError(QLabel *label, const QString &text)
{
    showError(label, Qt::PlainText, text, text);
}

void setError(QLabel *label, const QString &title, const QString &message)
{
    showError(label, Qt::RichText,
              QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()),
              title + QLatin1Char('\n') + message);
}

void refit(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int width = window->width();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    window->setMinimumHeight(needed);
    if (window->height() < needed)
        window->resize(width, needed);
}

namespace {
class RefitOnShow : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType())
            refit(static_cast<QWidget *>(watched));
        return false;
    }
};
} // namespace

void refitWhenShown(QWidget *window)
{
    window->installEventFilter(new RefitOnShow(window));
}

QLabel *selectableLabel(const QString &text, QWidget *parent, bool wrap)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(wrap);
    label->setCursor(Qt::IBeamCursor);
    return label;
}

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QString dateFormat()
{
    return RelativeTime::dateFormat();
}

QString formatDate(const QDate &date)
{
    return RelativeTime::formatDate(date);
}

QString formatTime(const QTime &time)
{
    return RelativeTime::formatTime(time);
}

QString formatDateTime(const QDateTime &dt)
{
    return RelativeTime::formatDateTime(dt);
}

void setPreferredWidth(QWidget *dialog, int width)
{
    if (QLayout *layout = dialog->layout()) {
        // An invisible strut: the layout's size hint becomes at least this wide, so the height it asks for is the
        // height at that width.
        layout->addItem(new QSpacerItem(width - layout->contentsMargins().left() - layout->contentsMargins().right(), 0,
                                        QSizePolicy::Minimum, QSizePolicy::Fixed));
    }
}

int characterCount(const QString &text)
{
    int n = 0;
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        if (it->isHighSurrogate() && std::next(it) != text.cend() && std::next(it)->isLowSurrogate())
            ++it;
        ++n;
    }
    return n;
}

QString counterText(int count, int max)
{
    //: Characters used out of the maximum, e.g. "12/100"
    return QCoreApplication::translate("DialogParts", "%1/%2").arg(count).arg(max);
}

void updateCounter(QLabel *counter, const QString &text, int max)
{
    const int n = characterCount(text);
    counter->setText(counterText(n, max));
    counter->setStyleSheet(n > max ? QStringLiteral("color: %1;").arg(errorColorName(counter)) : QString());
    counter->setAccessibleDescription(
        QCoreApplication::translate("DialogParts", "%1 of %2 characters used").arg(n).arg(max));
}

} // namespace DialogParts
