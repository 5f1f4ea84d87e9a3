#pragma once

#include "models/AccessToken.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// A token a reminder is about, and why.
struct DueToken {
    AccessToken token;
    // The nearest threshold (days) the token now expires within; 0: it has expired since the app last looked.
    int thresholdDays = 0;

    bool hasExpired() const { return thresholdDays == 0; }
    bool operator==(const DueToken &other) const = default;
};

// The one reminder to show: a title and a body, translated, naming the tokens (shortened when there are many).
// Empty when nothing is due.
struct Reminder {
    QString title;
    QString body;
    QList<DueToken> due; // expired first, then by expiry, soonest first

    bool isEmpty() const { return due.isEmpty(); }
    // The uuids of `due`, in order (to open the window filtered to them).
    QStringList uuids() const;
};

Q_DECLARE_METATYPE(Reminder)

// The expiry reminder rules, as pure functions (ReminderScheduler applies them with the settings and the clock).
//
// Only active tokens are reminded about. A token is due:
// - under the nearest threshold it now expires within (thresholds 30, 7, 1: a token with 5 days left is due under 7,
//   and counted once, not under 30 too), unless it was already reminded about that threshold or a nearer one;
// - as expired (threshold 0) when its expiry fell after the app's last look and at or before now, unless it was
//   already reminded as expired. Never having looked (an invalid last look) reminds of no expired token: those are
//   old news the list already shows.
// `reminded` maps uuids to the threshold each was last reminded about (0: expired).
namespace ExpiryReminders {

using RemindedMap = QHash<QString, int>;

// The smallest of `thresholds` (days) the token expires within, from `now`; nullopt if none, or if it has expired or
// never expires.
std::optional<int> nearestThreshold(const AccessToken &token, const QList<int> &thresholds, const QDateTime &now);

// The tokens due now, expired first, then soonest expiry first.
QList<DueToken> gather(const QList<AccessToken> &tokens, const QDateTime &now, const QDateTime &lastLook,
                       const QList<int> &thresholds, const RemindedMap &reminded);

// `reminded` after the reminder for `due` was given: the due tokens' thresholds recorded, and the entries of tokens
// no longer in `tokens` (the account's whole list) dropped.
RemindedMap afterReminding(const RemindedMap &reminded, const QList<DueToken> &due, const QList<AccessToken> &tokens);

// The reminder for `due` (empty for an empty list). The title counts the tokens ("3 Docker Hub tokens expire soon");
// the body has one line per threshold, most urgent first: "“CI” expires within 1 day.", "3 tokens expire within
// 7 days: “A”, “B” and 1 more." Up to MaxNamesPerLine names are listed; more become the first MaxNamesPerLine − 1
// and "N more". Long labels are cut to MaxNameLength characters with an ellipsis. Translated (context
// "ExpiryReminders"); the list follows the default QLocale's conventions.
Reminder compose(const QList<DueToken> &due);

constexpr int MaxNamesPerLine = 3;
constexpr int MaxNameLength = 40;

} // namespace ExpiryReminders
