#pragma once

#include <QDateTime>
#include <QString>

namespace emu {

// RFC 3339 timestamps as the Hub writes them ("2024-05-01T12:00:00.123456Z"), kept as microseconds since the epoch.
class EmuRfc3339 {
public:
    static QString format(qint64 usecsSinceEpoch);
    // Strict RFC 3339 (date, 'T', time, optional fraction, 'Z' or ±hh:mm). False on anything else.
    static bool parse(const QString &text, qint64 *usecsSinceEpoch);
    static qint64 toUsecs(const QDateTime &dateTime);
    static QDateTime toDateTime(qint64 usecsSinceEpoch);
};

} // namespace emu
