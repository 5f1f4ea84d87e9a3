#include "ExpiryReminders.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <algorithm>

QStringList Reminder::uuids() const
{
    QStringList ids;
    ids.reserve(due.size());
    for (const DueToken &d : due)
        ids.append(d.token.uuid);
    return ids;
}

namespace ExpiryReminders {

namespace {

QString quotedName(const AccessToken &token)
{
    QString name = token.label.simplified();
    if (name.isEmpty())
        name = token.uuid;
    if (name.size() > MaxNameLength)
        name = name.left(MaxNameLength - 1).trimmed() + QChar(0x2026); // …
    //: A token's description, quoted, in a reminder (Japanese: 「%1」).
    return QCoreApplication::translate("ExpiryReminders", "“%1”").arg(name);
}

// "“A”, “B” and “C”", or "“A”, “B” and 2 more".
QString nameList(const QList<DueToken> &group)
{
    QStringList names;
    const qsizetype shown = group.size() <= MaxNamesPerLine ? group.size() : MaxNamesPerLine - 1;
    for (qsizetype i = 0; i < shown; ++i)
        names.append(quotedName(group.at(i).token));
    if (shown < group.size()) {
        const int more = int(group.size() - shown);
        //: The end of a shortened list of tokens: "“A”, “B” and 3 more".
        names.append(QCoreApplication::translate("ExpiryReminders", "%n more", nullptr, more));
    }
    return QLocale().createSeparatedList(names);
}

QString daysText(int days)
{
    //: Goes into "… expire(s) within %1", e.g. "within 7 days".
    return QCoreApplication::translate("ExpiryReminders", "%n day(s)", nullptr, days);
}

QString expiredLine(const QList<DueToken> &group)
{
    if (group.size() == 1)
        return QCoreApplication::translate("ExpiryReminders", "%1 has expired.").arg(quotedName(group.first().token));
    const int n = int(group.size());
    return QCoreApplication::translate("ExpiryReminders", "%n tokens have expired: %1.", nullptr, n)
        .arg(nameList(group));
}

QString expiringLine(int days, const QList<DueToken> &group)
{
    if (group.size() == 1) {
        return QCoreApplication::translate("ExpiryReminders", "%1 expires within %2.")
            .arg(quotedName(group.first().token), daysText(days));
    }
    const int n = int(group.size());
    return QCoreApplication::translate("ExpiryReminders", "%n tokens expire within %1: %2.", nullptr, n)
        .arg(daysText(days), nameList(group));
}

QString title(int expired, int expiring)
{
    const int total = expired + expiring;
    if (expired == 0) {
        return expiring == 1
            ? QCoreApplication::translate("ExpiryReminders", "A Docker Hub token expires soon")
            : QCoreApplication::translate("ExpiryReminders", "%n Docker Hub tokens expire soon", nullptr, expiring);
    }
    if (expiring == 0) {
        return expired == 1
            ? QCoreApplication::translate("ExpiryReminders", "A Docker Hub token has expired")
            : QCoreApplication::translate("ExpiryReminders", "%n Docker Hub tokens have expired", nullptr, expired);
    }
    return QCoreApplication::translate("ExpiryReminders", "%n Docker Hub tokens need attention", nullptr, total);
}

bool moreUrgent(const DueToken &a, const DueToken &b)
{
    if (a.hasExpired() != b.hasExpired())
        return a.hasExpired();
    return a.token.expiresAt < b.token.expiresAt;
}

} // namespace

std::optional<int> nearestThreshold(const AccessToken &token, const QList<int> &thresholds, const QDateTime &now)
{
    std::optional<int> nearest;
    for (const int days : thresholds) {
        if (days > 0 && token.expiresWithin(days, now) && (!nearest || days < *nearest))
            nearest = days;
    }
    return nearest;
}

QList<DueToken> gather(const QList<AccessToken> &tokens, const QDateTime &now, const QDateTime &lastLook,
                       const QList<int> &thresholds, const RemindedMap &reminded)
{
    QList<DueToken> due;
    for (const AccessToken &token : tokens) {
        if (!token.active)
            continue;
        constexpr int Never = -1;
        const int before = reminded.value(token.uuid, Never);
        if (token.isExpired(now)) {
            const bool sinceLastLook = lastLook.isValid() && token.expiresAt > lastLook;
            if (sinceLastLook && before != 0)
                due.append({token, 0});
            continue;
        }
        const std::optional<int> nearest = nearestThreshold(token, thresholds, now);
        if (nearest && (before == Never || *nearest < before))
            due.append({token, *nearest});
    }
    std::stable_sort(due.begin(), due.end(), moreUrgent);
    return due;
}

RemindedMap afterReminding(const RemindedMap &reminded, const QList<DueToken> &due, const QList<AccessToken> &tokens)
{
    RemindedMap kept;
    for (const AccessToken &token : tokens) {
        const auto it = reminded.constFind(token.uuid);
        if (it != reminded.cend())
            kept.insert(token.uuid, it.value());
    }
    for (const DueToken &d : due)
        kept.insert(d.token.uuid, d.thresholdDays);
    return kept;
}

Reminder compose(const QList<DueToken> &due)
{
    Reminder reminder;
    if (due.isEmpty())
        return reminder;
    reminder.due = due;
    std::stable_sort(reminder.due.begin(), reminder.due.end(), moreUrgent);

    // Grouped by threshold, most urgent first: expired (0), then 1, 7, 30 …
    QMap<int, QList<DueToken>> groups;
    for (const DueToken &d : std::as_const(reminder.due))
        groups[d.thresholdDays].append(d);
    QStringList lines;
    int expired = 0;
    int expiring = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it.key() == 0) {
            expired = int(it.value().size());
            lines.append(expiredLine(it.value()));
        } else {
            expiring += int(it.value().size());
            lines.append(expiringLine(it.key(), it.value()));
        }
    }
    reminder.title = title(expired, expiring);
    reminder.body = lines.join(u'\n');
    return reminder;
}

} // namespace ExpiryReminders
