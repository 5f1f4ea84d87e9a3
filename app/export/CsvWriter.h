#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes CSV as RFC 4180 has it: CRLF after every record, a field quoted when it holds a comma, a double quote, CR
// or LF (quotes inside doubled; line breaks inside a quoted field kept as they are), UTF-8, and a byte order mark
// first so that spreadsheet programs read Japanese and Chinese text as UTF-8.
class CsvWriter {
public:
    void addRow(const QStringList &fields);

    // The rows so far, after the UTF-8 byte order mark unless `withBom` is false.
    QByteArray data(bool withBom = true) const;

    // One field as it goes into a record.
    static QString field(const QString &value);

    static constexpr char Utf8Bom[] = "\xEF\xBB\xBF";

private:
    QByteArray m_rows;
};
