#include "ICalendarWriter.h"

#include <algorithm>

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

void ICalendarWriter::begin(const QByteArray &component)
{
    line("BEGIN:" + component);
}

void ICalendarWriter::end(const QByteArray &component)
{
    line("END:" + component);
}

void ICalendarWriter::raw(const QByteArray &name, const QByteArray &value)
{
    line(name + ':' + value);
}

void ICalendarWriter::text(const QByteArray &name, const QString &value)
{
    line(name + ':' + escapeText(value).toUtf8());
}

void ICalendarWriter::utc(const QByteArray &name, const QDateTime &when)
{
    raw(name, formatUtc(when));
}

void ICalendarWriter::line(const QByteArray &contentLine)
{
    m_data += fold(contentLine);
    m_data += Crlf;
}

QString ICalendarWriter::escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i; // CRLF is one break
            out += QLatin1String("\\n");
            break;
        case u'\n':
        case 0x2028: // LINE SEPARATOR
        case 0x2029: // PARAGRAPH SEPARATOR
            out += QLatin1String("\\n");
            break;
        default:
            // TEXT allows HTAB but no other control character (RFC 5545 §3.3.11).
            if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F))
                out += c;
            break;
        }
    }
    return out;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    if (line.size() <= MaxLineOctets)
        return line;
    QByteArray out;
    out.reserve(line.size() + line.size() / (MaxLineOctets - 1) * 3 + 3);
    qsizetype start = 0;
    bool first = true;
    while (start < line.size()) {
        // A continuation line spends one octet on its leading space.
        const qsizetype room = first ? MaxLineOctets : MaxLineOctets - 1;
        qsizetype cut = std::min(start + room, line.size());
        // Never cut inside a multi-octet character: back up to the start of the character at the cut.
        while (cut < line.size() && cut > start && isUtf8Continuation(line.at(cut)))
            --cut;
        if (cut == start) // cannot happen with valid UTF-8 (a character is at most 4 octets); be safe anyway
            cut = std::min(start + room, line.size());
        if (!first)
            out += Crlf + ' ';
        out += line.mid(start, cut - start);
        start = cut;
        first = false;
    }
    return out;
}

QByteArray ICalendarWriter::formatUtc(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}
