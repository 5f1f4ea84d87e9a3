#pragma once

#include "models/AccessToken.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The token list as a file: iCalendar (TokenCalendar), CSV or JSON. The window's Export menu and
// `hubtokens-cli token export --format ics|csv|json` both call exportTokens(); `token ls --format json` prints
// toJson(), so the two can never differ. CSV and JSON carry exactly WireFormat::exportFields(), from
// WireFormat::encodeTokenForExport(): the Hub API's own field names, RFC 3339 UTC dates, never a secret.
namespace TokenExport {

enum class Format { Calendar, Csv, Json };

// "ics" (also "ical", "icalendar", "calendar"), "csv", "json", any case; nullopt for anything else.
std::optional<Format> formatFromName(const QString &name);
// The names formatFromName() is sure to take, one per format: "ics", "csv", "json".
QStringList formatNames();
QString formatName(Format format);
// File name suffix without the dot ("ics", "csv", "json") and media type ("text/calendar", "text/csv",
// "application/json").
QString fileSuffix(Format format);
QString mediaType(Format format);
// A file name to offer: "docker-hub-tokens-<username>-<yyyy-MM-dd>.<suffix>" ("docker-hub-tokens-<date>…" without a
// username). Characters other than letters, digits, '-', '_' and '.' in the username become '_'.
QString defaultFileName(Format format, const QString &username, const QDate &date);

// CSV: a header row of exportFields(), then one record per token in the given order; RFC 4180 quoting, CRLF,
// UTF-8 with a byte order mark. Booleans are "true"/"false", absent dates are empty, scopes are joined by a space.
QByteArray toCsv(const QList<AccessToken> &tokens);
// JSON: one array of encodeTokenForExport() objects, in the given order, indented, ending in a newline.
QByteArray toJson(const QList<AccessToken> &tokens);
// Any of the three. `now` and `username` matter to the calendar only.
QByteArray exportTokens(Format format, const QList<AccessToken> &tokens, const QDateTime &now,
                        const QString &username = {});

} // namespace TokenExport
