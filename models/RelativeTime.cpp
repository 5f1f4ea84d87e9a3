#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace RelativeTime {

QString format(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "Never");
    const qint64 secs = when.secsTo(now);
    if (secs < 60) // includes a clock a little ahead of ours
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return minutes == 1 ? QCoreApplication::translate("RelativeTime", "1 minute ago") : QCoreApplication::translate("RelativeTime", "%n minutes ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return hours == 1 ? QCoreApplication::translate("RelativeTime", "1 hour ago") : QCoreApplication::translate("RelativeTime", "%n hours ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days == 1)
        return QCoreApplication::translate("RelativeTime", "yesterday");
    if (days < 30)
        return QCoreApplication::translate("RelativeTime", "%n days ago", nullptr, int(days));
    if (days < 365) {
        const qint64 months = qMax<qint64>(1, days / 30);
        return months == 1 ? QCoreApplication::translate("RelativeTime", "1 month ago") : QCoreApplication::translate("RelativeTime", "%n months ago", nullptr, int(months));
    }
    const qint64 years = days / 365;
    return years == 1 ? QCoreApplication::translate("RelativeTime", "1 year ago") : QCoreApplication::translate("RelativeTime", "%n years ago", nullptr, int(years));
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
    const QLocale locale;
    return date(when) + QLatin1Char(' ')
        + locale.toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace RelativeTime
