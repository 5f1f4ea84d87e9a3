#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace RelativeTime {

QString format(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "Never", "last used");
    const qint64 secs = when.secsTo(now);
    if (secs < 60) // includes a clock a little ahead of ours
        return QCoreApplication::translate("RelativeTime", "just now");
    // "%n minute(s) ago": one string per unit with its plural forms (English resolves "(s)"; see LanguageManager).
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days == 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    if (days < 30)
        return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, int(days));
    // Counts are computed outside translate(): lupdate 6.4 loops forever on a '/' among its arguments.
    const int months = int(qMax<qint64>(1, days / 30));
    if (days < 365)
        return QCoreApplication::translate("RelativeTime", "%n month(s) ago", nullptr, months);
    const int years = int(days / 365);
    return QCoreApplication::translate("RelativeTime", "%n year(s) ago", nullptr, years);
}

QString date(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    const QDate d = when.toLocalTime().date();
    if (locale.language() == QLocale::English)
        return locale.toString(d, QStringLiteral("MMM d, yyyy"));
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(d, format);
}

QString exact(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // The locale's full date ("Tuesday, March 4, 2025", "2025年3月4日火曜日") and its short time.
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    //: A tooltip's full date and time: "%1 %2" is "[date] [time]"
    return QCoreApplication::translate("RelativeTime", "%1 %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), shortTimeFormat()));
}

QString shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    if (format.contains(QLatin1Char('B')) && !format.contains(QLatin1Char('\''))) {
        static const QRegularExpression dayPeriod(QStringLiteral("B+"));
        format.replace(dayPeriod, QStringLiteral("AP"));
    }
    return format;
}

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Short formats often use two-digit years; a token's dates deserve four.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString formatDate(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

QString formatTime(const QTime &time)
{
    QString format = RelativeTime::shortTimeFormat();
    // Some locales' short format still has seconds (the C locale's "HH:mm:ss"); an expiry is set to the hour.
    static const QRegularExpression seconds(QStringLiteral("[^Hhm]?s+"));
    format.remove(seconds);
    return QLocale().toString(time, format.trimmed());
}

QString formatDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime local = dt.toLocalTime();
    //: A date and a time, e.g. "12/31/2025 2:00 PM"
    return QCoreApplication::translate("DialogParts", "%1 %2").arg(formatDate(local.date()), formatTime(local.time()));
}

} // namespace RelativeTime
