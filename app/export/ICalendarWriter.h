#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Writes an iCalendar stream (RFC 5545) one content line at a time: CRLF line ends, every line folded at 75 octets
// (a continuation starts with one space) without ever splitting a UTF-8 sequence, TEXT values escaped. Knows nothing
// about tokens (TokenCalendar does).
class ICalendarWriter {
public:
    // BEGIN:<component> / END:<component> ("VCALENDAR", "VEVENT", "VALARM").
    void begin(const QByteArray &component);
    void end(const QByteArray &component);
    // A property whose value is already in its wire form (VERSION, TRIGGER, a DATE-TIME, …); `name` may carry
    // parameters ("TRIGGER;RELATED=START").
    void raw(const QByteArray &name, const QByteArray &value);
    // A TEXT property (SUMMARY, DESCRIPTION, UID): the value is escaped.
    void text(const QByteArray &name, const QString &value);
    // A DATE-TIME property in UTC form ("20250131T120000Z").
    void utc(const QByteArray &name, const QDateTime &when);

    // Everything written so far.
    QByteArray data() const { return m_data; }

    // TEXT escaping: backslash, semicolon and comma get a backslash; every line break (CRLF, CR, LF, U+2028,
    // U+2029) becomes "\n"; other control characters (not allowed in TEXT) are dropped.
    static QString escapeText(const QString &value);
    // One content line (no line end) folded into lines of at most 75 octets joined by CRLF + space.
    static QByteArray fold(const QByteArray &line);
    // "yyyyMMddTHHmmssZ" in UTC; empty for an invalid date.
    static QByteArray formatUtc(const QDateTime &when);

    static constexpr int MaxLineOctets = 75;

private:
    void line(const QByteArray &contentLine);

    QByteArray m_data;
};
