#pragma once

#include <QDateTime>
#include <QFont>
#include <QString>

class QLabel;
class QWidget;

// Small shared pieces for the token dialogs, so they look and behave alike.
namespace DialogParts {

constexpr int MaxDescriptionLength = 100;

// The bold heading line at the top of a dialog.
QLabel *titleLabel(const QString &text, QWidget *parent);
// A bold label above a field (a section of a form); `buddy` gets the focus for its mnemonic.
QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent);
// A subtle hint under a field (smaller, muted, word-wrapped).
QLabel *hintLabel(const QString &text, QWidget *parent);
// An inline validation message under a field: subtle red, word-wrapped, hidden while empty.
QLabel *errorLabel(const QString &accessibleName, QWidget *parent);
// Sets an error label's text and shows it, or hides it when `text` is empty.
void setError(QLabel *label, const QString &text);
// The same with a short title in bold on its own line and the message below it (no sentence glued in code).
void setError(QLabel *label, const QString &title, const QString &message);
// Read-only text that can be selected with the mouse and keyboard. One line unless `wrap`.
QLabel *selectableLabel(const QString &text, QWidget *parent, bool wrap = false);

QFont monospaceFont();
// Local date and time with a four-digit year, e.g. "12/31/2025 14:00" in the user's locale order.
QString formatDateTime(const QDateTime &dt);
QString formatDate(const QDate &date);
// Hours and minutes in the user's locale (no seconds).
QString formatTime(const QTime &time);
// The locale's short date format with a four-digit year (for QDateEdit).
QString dateFormat();
// Characters as a person counts them (code points, so an emoji is one).
int characterCount(const QString &text);
// Makes a dialog at least `width` wide in a way its layout's height-for-width understands (the dialog's own
// minimum width would leave the height computed for a narrower width: gaps, or clipped wrapped labels).
void setPreferredWidth(QWidget *dialog, int width);
// Grows a shown window so that its content fits at its current width (wrapped labels included); also makes that its
// minimum height. Call after showing or hiding parts of a dialog. setError() calls it.
void refit(QWidget *window);
// Calls refit() each time `window` is shown: its wrapped labels get the height they need at the width it opens with
// (in any language and font).
void refitWhenShown(QWidget *window);
// "12/100"
QString counterText(int count, int max);
// The live counter under a description field: "12/100", red when over.
void updateCounter(QLabel *counter, const QString &text, int max = MaxDescriptionLength);

} // namespace DialogParts
