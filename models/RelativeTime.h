#pragma once

#include <QDateTime>
#include <QString>

// English ships no .qm, so singular forms are their own strings and "(s)" never shows.
// "Never", "just now", "5 minutes ago", "3 days ago", … for the Last used column (translated, context
// "RelativeTime"). `now` is passed in so that tests can fix it.
namespace RelativeTime {
QString format(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The exact local date and time, for tooltips ("14 March 2025, 09:41").
QString exact(const QDateTime &when);
// The local date only, for the Created and Expires columns.
QString date(const QDateTime &when);
} // namespace RelativeTime
