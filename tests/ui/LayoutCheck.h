#pragma once

// Finds text that does not fit its widget: clipped, cut off or overflowing. Used by tst_layout for every language.
//
// Walks every visible QLabel, QAbstractButton (push, tool, check and radio buttons), QComboBox (current text),
// QLineEdit placeholder, QGroupBox title and QHeaderView section under a window, and reports each that is too small
// for its text: a word-wrapped label whose heightForWidth() exceeds its height; any other text whose advance plus
// the widget's own margins, icon or indicator exceeds the width it has.

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStringList>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>
#include <QToolButton>

namespace LayoutCheck {

// Tolerance for rounding in font metrics, in pixels.
constexpr int Slack = 1;

inline QString describe(const QWidget *w, const QString &text)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (name.isEmpty() && w->parentWidget())
        name = QStringLiteral("(in %1)").arg(w->parentWidget()->objectName().isEmpty()
                                                 ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                                 : w->parentWidget()->objectName());
    return QStringLiteral("%1 %2 “%3”").arg(QString::fromLatin1(w->metaObject()->className()), name, text);
}

// What a label shows, as plain text, one entry per line.
inline QStringList labelLines(const QLabel *label)
{
    QString text = label->text();
    const bool rich =
        label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    } else if (label->buddy() || label->textFormat() != Qt::PlainText) {
        // A mnemonic's & is not drawn; a doubled one is.
        text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    }
    return text.split(QRegularExpression(QStringLiteral("[\\n\\x{2029}\\x{2028}]")));
}

inline QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

inline void checkLabel(const QLabel *label, QStringList *out)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + Slack)
            out->append(QStringLiteral("%1: wraps to %2 px high, has %3 (width %4)")
                            .arg(describe(label, label->text()))
                            .arg(needed)
                            .arg(label->height())
                            .arg(label->width()));
        return;
    }
    const QFontMetrics fm = label->fontMetrics();
    const QMargins cm = label->contentsMargins(); // includes the frame
    const int chrome = cm.left() + cm.right() + 2 * label->margin() + qMax(0, label->indent());
    int widest = 0;
    const QStringList lines = labelLines(label);
    for (const QString &line : lines)
        widest = qMax(widest, fm.horizontalAdvance(line));
    if (widest + chrome > label->width() + Slack)
        out->append(QStringLiteral("%1: needs %2 px, has %3")
                        .arg(describe(label, label->text()))
                        .arg(widest + chrome)
                        .arg(label->width()));
    const int high = int(lines.size()) * fm.height() + cm.top() + cm.bottom() + 2 * label->margin();
    if (high > label->height() + Slack)
        out->append(QStringLiteral("%1: needs %2 px high, has %3")
                        .arg(describe(label, label->text()))
                        .arg(high)
                        .arg(label->height()));
}

inline void checkButton(const QAbstractButton *button, QStringList *out)
{
    if (button->text().isEmpty())
        return;
    if (const auto *tool = qobject_cast<const QToolButton *>(button);
        tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
        return; // the text is its accessible name and tooltip only
    // The style's size for this text: the advance plus padding, icon, indicator (check box, radio, menu arrow).
    const QSize hint = button->sizeHint();
    const QString text = withoutMnemonic(button->text());
    if (hint.width() > button->width() + Slack || hint.height() > button->height() + Slack)
        out->append(QStringLiteral("%1: needs %2×%3 px, has %4×%5 (text %6 px)")
                        .arg(describe(button, text))
                        .arg(hint.width())
                        .arg(hint.height())
                        .arg(button->width())
                        .arg(button->height())
                        .arg(button->fontMetrics().horizontalAdvance(text)));
}

inline void checkCombo(const QComboBox *combo, QStringList *out)
{
    const QString text = combo->currentText();
    if (text.isEmpty() || combo->isEditable())
        return;
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = combo->isEditable();
    opt.frame = combo->hasFrame();
    opt.currentText = text;
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(text);
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > field.width() + Slack)
        out->append(QStringLiteral("%1: needs %2 px, its field has %3")
                        .arg(describe(combo, text))
                        .arg(needed)
                        .arg(field.width()));
}

inline void checkPlaceholder(const QLineEdit *edit, QStringList *out)
{
    const QString text = edit->placeholderText();
    if (text.isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame opt;
    opt.initFrom(edit);
    opt.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &opt, edit) : 0;
    QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &opt, edit);
    contents = contents.marginsRemoved(edit->textMargins());
    int available = contents.width() - 2 * 2; // QLineEdit's own horizontal margin
    // Action icons (the search glass, the clear button) take their room from the text.
    const auto icons = edit->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QWidget *icon : icons) {
        if (!icon->isHidden() && icon->inherits("QLineEditIconButton"))
            available -= icon->width();
    }
    const int needed = edit->fontMetrics().horizontalAdvance(text);
    if (needed > available + Slack)
        out->append(QStringLiteral("%1 (placeholder): needs %2 px, has %3")
                        .arg(describe(edit, text))
                        .arg(needed)
                        .arg(available));
}

inline void checkGroupBox(const QGroupBox *box, QStringList *out)
{
    const QString title = withoutMnemonic(box->title());
    if (title.isEmpty())
        return;
    int needed = box->fontMetrics().horizontalAdvance(title) + 2 * 6;
    if (box->isCheckable())
        needed += box->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6;
    if (needed > box->width() + Slack)
        out->append(
            QStringLiteral("%1 (title): needs %2 px, has %3").arg(describe(box, title)).arg(needed).arg(box->width()));
}

inline void checkHeader(const QHeaderView *header, QStringList *out)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        if (text.isEmpty())
            continue;
        // The style's size for the title: the advance in the section font plus padding and the sort indicator.
        const int needed = header->sectionSizeHint(section);
        if (needed > header->sectionSize(section) + Slack)
            out->append(QStringLiteral("%1 section %2: needs %3 px, has %4")
                            .arg(describe(header, text))
                            .arg(section)
                            .arg(needed)
                            .arg(header->sectionSize(section)));
    }
}

// Every offender under `root` (root included), one line each.
inline QStringList offenders(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // The line edit inside a combo box or spin box shows a value, not a label.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, &out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, &out);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(combo, &out);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            checkPlaceholder(edit, &out);
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            checkGroupBox(box, &out);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header, &out);
    }
    return out;
}

} // namespace LayoutCheck
