#pragma once

#include "models/AccessToken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// The tokens' expiry dates as an iCalendar file (RFC 5545) to import into any calendar program.
//
// One VEVENT per token whose expiry is still ahead of `now` (active or not), soonest first:
// - a timed event at the exact moment of expiry, in UTC, without duration, transparent (it blocks no time). Timed
//   rather than all-day because a token stops working at an instant that is the same everywhere: an all-day DATE is
//   "floating", so it would sit on the wrong day for anyone east or west of the exporter once the moment is near
//   midnight, and an all-day event's "1 day before" alarm fires at local midnight, anywhere from 1 to 2 days early;
// - alarms (VALARM, DISPLAY) 7 days and 1 day before the expiry, each only if that moment is still ahead of `now`
//   (a calendar would otherwise fire an already-missed alarm on import);
// - a UID made from the token's uuid only ("token-<uuid>@hubtokens.github.io"), so importing a newer export updates
//   the events instead of adding copies; DTSTAMP is `now`;
// - SUMMARY "Docker Hub token “<label>” expires" and a DESCRIPTION that says when, for which account, and how to
//   rotate it (the window's Rotate…, or `hubtokens-cli token rotate <uuid>`), translated into the current language.
// Never a secret. The calendar's name (X-WR-CALNAME, NAME) names `username` when given.
namespace TokenCalendar {

// The tokens that get an event: expiry after `now`, soonest first.
QList<AccessToken> tokensWithEvents(const QList<AccessToken> &tokens, const QDateTime &now);

// The event's UID for a token.
QString eventUid(const AccessToken &token);

// Days before the expiry at which the alarms fire.
QList<int> alarmDays();

// The whole calendar (UTF-8, CRLF, folded).
QByteArray toICalendar(const QList<AccessToken> &tokens, const QDateTime &now, const QString &username = {});

// The command that rotates a token, for descriptions and messages: "hubtokens-cli token rotate <uuid>".
QString rotateCommand(const AccessToken &token);

} // namespace TokenCalendar
