#include "EmuRfc3339.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace emu {

QString EmuRfc3339::format(qint64 usecs)
{
    qint64 secs = usecs / 1000000;
    qint64 micros = usecs % 1000000;
    if (micros < 0) {
        micros += 1000000;
        --secs;
    }
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.')
        + QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

bool EmuRfc3339::parse(const QString &text, qint64 *usecs)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return false;
    qint64 micros = 0;
    if (m.hasCaptured(7)) {
        const QString fraction = (m.captured(7) + QStringLiteral("000000")).left(6);
        micros = fraction.toLongLong();
    }
    qint64 offsetSecs = 0;
    if (m.hasCaptured(9)) {
        const int oh = m.captured(10).toInt();
        const int om = m.captured(11).toInt();
        if (oh > 23 || om > 59)
            return false;
        offsetSecs = (oh * 3600 + om * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    const QDateTime utc(date, QTime(hour, minute, second), QTimeZone::utc());
    if (usecs)
        *usecs = (utc.toSecsSinceEpoch() - offsetSecs) * 1000000 + micros;
    return true;
}

qint64 EmuRfc3339::toUsecs(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * 1000;
}

QDateTime EmuRfc3339::toDateTime(qint64 usecs)
{
    return QDateTime::fromMSecsSinceEpoch(usecs / 1000, QTimeZone::utc());
}

} // namespace emu
