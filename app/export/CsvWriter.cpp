#include "CsvWriter.h"

void CsvWriter::addRow(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    m_rows += quoted.join(u',').toUtf8();
    m_rows += "\r\n";
}

QByteArray CsvWriter::data(bool withBom) const
{
    return withBom ? QByteArray(Utf8Bom) + m_rows : m_rows;
}

QString CsvWriter::field(const QString &value)
{
    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString inner = value;
    inner.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + inner + u'"';
}
