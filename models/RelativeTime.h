#pragma once

#include <QDateTime>
#include <QString>

// Plurals are "%n day(s) ago" with numerus forms in each catalog; English resolves "(s)" through its plural-only
// catalog (or LanguageSupport::installEnglishPlurals). Dates follow the default QLocale (LanguageManager sets it).
// "Never", "just now", "5 minutes ago", "3 days ago", … for the Last used column (translated, context
// "RelativeTime"). `now` is passed in so that tests can fix it.
namespace RelativeTime {
QString format(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The exact local date and time in the locale's long date format, for tooltips ("Friday, March 14, 2025 9:41 AM").
QString exact(const QDateTime &when);
// The local date only, for the Created and Expires columns: "Mar 14, 2025" in English, else the locale's short
// date with a four-digit year ("2025/03/14" in Japanese).
QString date(const QDateTime &when);
// The default locale's short time format, made usable by QLocale::toString(): CLDR's day period "B" (zh_TW's
// "Bh:mm"), which Qt 6.4 prints as a letter, becomes Qt's AM/PM marker ("下午5:05").
QString shortTimeFormat();
// The locale's short date format with a four-digit year (for QDateEdit and the date columns).
QString dateFormat();
QString formatDate(const QDate &date);
// Hours and minutes in the user's locale (no seconds).
QString formatTime(const QTime &time);
// Local date and time with a four-digit year, e.g. "12/31/2025 14:00" in the user's locale order.
QString formatDateTime(const QDateTime &dt);
} // namespace RelativeTime
