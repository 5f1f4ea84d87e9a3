#include "TokenCalendar.h"

#include "ICalendarWriter.h"
#include "models/TokenScope.h"

#include <QCoreApplication>

#include <algorithm>

namespace TokenCalendar {

namespace {

QString nameOf(const AccessToken &token)
{
    return token.label.trimmed().isEmpty() ? token.uuid : token.label;
}

QString exactUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString description(const AccessToken &token, const QString &username)
{
    QStringList parts;
    parts << QCoreApplication::translate("TokenCalendar",
                                         "The Docker Hub access token “%1” (%2) expires on %3. After that, anything "
                                         "that signs in with it stops working.")
                 .arg(nameOf(token), TokenScopes::displayName(token.scope), exactUtc(token.expiresAt));
    if (!username.isEmpty())
        parts << QCoreApplication::translate("TokenCalendar", "Account: %1").arg(username);
    parts << QCoreApplication::translate("TokenCalendar", "Token ID: %1").arg(token.uuid);
    parts << QCoreApplication::translate("TokenCalendar",
                                         "To keep access, rotate it before then: choose Rotate… on it in Hub Tokens, "
                                         "or run\n%1")
                 .arg(rotateCommand(token));
    return parts.join(QLatin1String("\n\n"));
}

void writeEvent(ICalendarWriter &ics, const AccessToken &token, const QDateTime &now, const QString &username)
{
    const QString summary =
        QCoreApplication::translate("TokenCalendar", "Docker Hub token “%1” expires").arg(nameOf(token));
    ics.begin("VEVENT");
    ics.text("UID", eventUid(token));
    ics.utc("DTSTAMP", now);
    ics.utc("DTSTART", token.expiresAt);
    ics.text("SUMMARY", summary);
    ics.text("DESCRIPTION", description(token, username));
    ics.raw("TRANSP", "TRANSPARENT");
    for (const int days : alarmDays()) {
        if (token.expiresAt.addDays(-days) <= now)
            continue; // already past: a calendar would fire it at once on import
        const QString alarmText =
            QCoreApplication::translate("TokenCalendar", "Docker Hub token “%1” expires in %n day(s)", nullptr, days)
                .arg(nameOf(token));
        ics.begin("VALARM");
        ics.raw("ACTION", "DISPLAY");
        ics.raw("TRIGGER;RELATED=START", "-P" + QByteArray::number(days) + 'D');
        ics.text("DESCRIPTION", alarmText);
        ics.end("VALARM");
    }
    ics.end("VEVENT");
}

} // namespace

QList<AccessToken> tokensWithEvents(const QList<AccessToken> &tokens, const QDateTime &now)
{
    QList<AccessToken> picked;
    for (const AccessToken &t : tokens) {
        if (t.expiresAt.isValid() && t.expiresAt > now)
            picked.append(t);
    }
    std::stable_sort(picked.begin(), picked.end(),
                     [](const AccessToken &a, const AccessToken &b) { return a.expiresAt < b.expiresAt; });
    return picked;
}

QString eventUid(const AccessToken &token)
{
    return QStringLiteral("token-%1@hubtokens.github.io").arg(token.uuid.trimmed().toLower());
}

QList<int> alarmDays()
{
    return {7, 1};
}

QString rotateCommand(const AccessToken &token)
{
    return QStringLiteral("hubtokens-cli token rotate %1").arg(token.uuid);
}

QByteArray toICalendar(const QList<AccessToken> &tokens, const QDateTime &now, const QString &username)
{
    ICalendarWriter ics;
    ics.begin("VCALENDAR");
    ics.raw("VERSION", "2.0");
    ics.raw("PRODID", "-//Hub Tokens//Hub Tokens " HUBTOKENS_VERSION "//EN");
    ics.raw("CALSCALE", "GREGORIAN");
    ics.raw("METHOD", "PUBLISH");
    const QString calendarName = username.isEmpty()
        ? QCoreApplication::translate("TokenCalendar", "Docker Hub token expiry dates")
        : QCoreApplication::translate("TokenCalendar", "Docker Hub token expiry dates (%1)").arg(username);
    ics.text("X-WR-CALNAME", calendarName); // most programs
    ics.text("NAME", calendarName); // RFC 7986
    for (const AccessToken &token : tokensWithEvents(tokens, now))
        writeEvent(ics, token, now, username);
    ics.end("VCALENDAR");
    return ics.data();
}

} // namespace TokenCalendar
