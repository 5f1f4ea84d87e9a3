#include "CliTextTable.h"

#include <QChar>

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Code points that East Asian Width marks Wide (W) or Fullwidth (F): CJK ideographs, kana, Hangul syllables,
// fullwidth forms, and the emoji shown in emoji presentation by default.
constexpr Range WideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18AFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

bool isWide(char32_t cp)
{
    for (const Range &r : WideRanges) {
        if (cp < r.first)
            return false; // the ranges are in order
        if (cp <= r.last)
            return true;
    }
    return false;
}

const QString Separator = QStringLiteral("   ");

} // namespace

CliTextTable::CliTextTable(const QStringList &headers)
{
    m_rows.append({headers, QList<Colour>(headers.size(), Colour::Bold)});
}

void CliTextTable::setMaxWidth(int columns, int shrinkableColumn, int minimum)
{
    m_maxWidth = columns;
    m_shrinkable = shrinkableColumn;
    m_minimum = minimum;
}

int CliTextTable::codePointWidth(char32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0; // control characters
    if (cp >= 0x1160 && cp <= 0x11FF)
        return 0; // Hangul medial vowels and final consonants join the syllable before them
    const QChar::Category category = QChar::category(cp);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
        return cp == 0x00AD ? 1 : 0; // zero width joiner, …; the soft hyphen shows
    return isWide(cp) ? 2 : 1;
}

int CliTextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t cp : text.toUcs4())
        width += codePointWidth(cp);
    return width;
}

QString CliTextTable::elide(const QString &text, int columns)
{
    if (displayWidth(text) <= columns)
        return text;
    if (columns <= 0)
        return QString();
    QString kept;
    int width = 1; // the ellipsis
    for (char32_t cp : text.toUcs4()) {
        width += codePointWidth(cp);
        if (width > columns)
            break;
        kept += QString::fromUcs4(&cp, 1);
    }
    return kept + QStringLiteral("…");
}

QString CliTextTable::render(bool colour) const
{
    // Each column as wide as its widest cell; the shrinkable one gives way when the whole is too wide, but not below
    // its minimum or its header.
    const QStringList &headers = m_rows.constFirst().cells;
    QList<int> widths(headers.size(), 0);
    int total = int(Separator.size()) * int(widths.size() - 1);
    for (int c = 0; c < widths.size(); ++c) {
        for (const Row &row : m_rows)
            widths[c] = qMax(widths[c], displayWidth(row.cells.value(c)));
        total += widths[c];
    }
    if (m_maxWidth > 0 && m_shrinkable >= 0 && m_shrinkable < widths.size() && total > m_maxWidth) {
        const int floor = qMin(widths[m_shrinkable], qMax(m_minimum, displayWidth(headers.value(m_shrinkable))));
        widths[m_shrinkable] = qMax(floor, widths[m_shrinkable] - (total - m_maxWidth));
    }
    QString out;
    for (const Row &row : m_rows) {
        QString text;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = elide(row.cells.value(c), widths[c]);
            const Colour tint = row.colours.value(c, Colour::None);
            text += colour && tint != Colour::None
                ? QStringLiteral("\x1b[%1m").arg(int(tint)) + cell + QStringLiteral("\x1b[0m")
                : cell;
            if (c < widths.size() - 1)
                text += QString(widths[c] - displayWidth(cell), QLatin1Char(' ')) + Separator;
        }
        // No trailing spaces, even when the last cells are empty.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out;
}
