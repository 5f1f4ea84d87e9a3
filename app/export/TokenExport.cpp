#include "TokenExport.h"

#include "CsvWriter.h"
#include "TokenCalendar.h"
#include "app/hub/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace TokenExport {

namespace {

// One JSON value as CSV text.
QString csvText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(csvText(item));
        return items.join(u' ');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Object: break;
    }
    return {};
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("ics") || n == QLatin1String("ical") || n == QLatin1String("icalendar")
        || n == QLatin1String("calendar"))
        return Format::Calendar;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QStringList formatNames()
{
    return {formatName(Format::Calendar), formatName(Format::Csv), formatName(Format::Json)};
}

QString formatName(Format format)
{
    return fileSuffix(format);
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::Calendar: return QStringLiteral("ics");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

QString mediaType(Format format)
{
    switch (format) {
    case Format::Calendar: return QStringLiteral("text/calendar");
    case Format::Csv: return QStringLiteral("text/csv");
    case Format::Json: return QStringLiteral("application/json");
    }
    return {};
}

QString defaultFileName(Format format, const QString &username, const QDate &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString user = username.trimmed();
    user.replace(unsafe, QStringLiteral("_"));
    QStringList parts{QStringLiteral("docker-hub-tokens")};
    if (!user.isEmpty())
        parts << user;
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    return parts.join(u'-') + u'.' + fileSuffix(format);
}

QByteArray toCsv(const QList<AccessToken> &tokens)
{
    const QStringList fields = WireFormat::exportFields();
    CsvWriter csv;
    csv.addRow(fields);
    for (const AccessToken &token : tokens) {
        const QJsonObject object = WireFormat::encodeTokenForExport(token);
        QStringList row;
        row.reserve(fields.size());
        for (const QString &field : fields)
            row.append(csvText(object.value(field)));
        csv.addRow(row);
    }
    return csv.data();
}

QByteArray toJson(const QList<AccessToken> &tokens)
{
    QJsonArray array;
    for (const AccessToken &token : tokens)
        array.append(WireFormat::encodeTokenForExport(token));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray exportTokens(Format format, const QList<AccessToken> &tokens, const QDateTime &now, const QString &username)
{
    switch (format) {
    case Format::Calendar: return TokenCalendar::toICalendar(tokens, now, username);
    case Format::Csv: return toCsv(tokens);
    case Format::Json: return toJson(tokens);
    }
    return {};
}

} // namespace TokenExport
