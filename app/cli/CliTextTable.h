#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for a terminal or a pipe: columns aligned by the width the text takes on a terminal (East Asian
// wide and fullwidth characters take two columns, combining marks none), separated by three spaces, no trailing
// spaces. Optional ANSI colour per cell (never counted in the width) and a bold header.
class CliTextTable {
public:
    // A cell's SGR code (Bold: the header's).
    enum class Colour { None = 0, Bold = 1, Red = 31, Green = 32, Yellow = 33 };

    explicit CliTextTable(const QStringList &headers);

    void addRow(const QStringList &cells, const QList<Colour> &colours = {}) { m_rows.append({cells, colours}); }

    // At most `columns` wide (0: no limit): the shrinkable column is cut (with "…") down to `minimum` columns.
    void setMaxWidth(int columns, int shrinkableColumn, int minimum);

    QString render(bool colour) const;

    // How many terminal columns `text` takes (a wcwidth-like count).
    static int displayWidth(const QString &text);
    // The width of one code point: 0, 1 or 2.
    static int codePointWidth(char32_t codePoint);
    // `text` cut to at most `columns` terminal columns, ending in "…" when cut.
    static QString elide(const QString &text, int columns);

private:
    struct Row {
        QStringList cells;
        QList<Colour> colours;
    };

    QList<Row> m_rows; // the header first
    int m_maxWidth = 0;
    int m_shrinkable = -1;
    int m_minimum = 0;
};
