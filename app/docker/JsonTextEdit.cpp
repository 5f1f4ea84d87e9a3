#include "JsonTextEdit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && isSpace(s.at(i)))
        ++i;
    return i;
}

// From an opening quote at `i`: the index just past the closing quote, or -1.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    if (i >= s.size() || s.at(i) != '"')
        return -1;
    for (++i; i < s.size(); ++i) {
        if (s.at(i) == '\\')
            ++i;
        else if (s.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// From the first character of a value: the index just past it, or -1.
qsizetype skipValue(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    const char c = s.at(i);
    if (c == '"')
        return skipString(s, i);
    if (c == '{' || c == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char d = s.at(i);
            if (d == '"') {
                i = skipString(s, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (d == '{' || d == '[')
                ++depth;
            else if ((d == '}' || d == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    // A number or a literal (true, false, null): up to the next delimiter.
    const qsizetype start = i;
    while (i < s.size() && s.at(i) != ',' && s.at(i) != '}' && s.at(i) != ']' && !isSpace(s.at(i)))
        ++i;
    return i > start ? i : -1;
}

struct Member {
    QByteArray key; // the decoded key
    qsizetype keyStart = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

QByteArray decodeKey(const QByteArray &literal)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + literal + "]");
    return doc.array().at(0).toString().toUtf8();
}

} // namespace

namespace JsonTextEdit {

QByteArray quote(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip [ ]
}

std::optional<QByteArray> setTopLevelString(const QByteArray &json, const QString &key, const QString &value)
{
    const qsizetype open = skipSpace(json, 0);
    if (open >= json.size() || json.at(open) != '{')
        return std::nullopt;
    QList<Member> members;
    qsizetype i = skipSpace(json, open + 1);
    qsizetype close = -1;
    if (i < json.size() && json.at(i) == '}') {
        close = i;
    } else {
        while (true) {
            Member m;
            m.keyStart = i;
            const qsizetype keyEnd = skipString(json, i);
            if (keyEnd < 0)
                return std::nullopt;
            m.key = decodeKey(json.mid(i, keyEnd - i));
            i = skipSpace(json, keyEnd);
            if (i >= json.size() || json.at(i) != ':')
                return std::nullopt;
            m.valueStart = skipSpace(json, i + 1);
            m.valueEnd = skipValue(json, m.valueStart);
            if (m.valueEnd < 0)
                return std::nullopt;
            members.append(m);
            i = skipSpace(json, m.valueEnd);
            if (i >= json.size())
                return std::nullopt;
            if (json.at(i) == '}') {
                close = i;
                break;
            }
            if (json.at(i) != ',')
                return std::nullopt;
            i = skipSpace(json, i + 1);
        }
    }
    if (skipSpace(json, close + 1) != json.size())
        return std::nullopt; // something after the object

    const QByteArray wantedKey = key.toUtf8();
    const QByteArray literal = quote(value);
    QByteArray out = json;
    bool replaced = false;
    // Back to front, so earlier offsets stay valid.
    for (qsizetype n = members.size() - 1; n >= 0; --n) {
        const Member &m = members.at(n);
        if (m.key == wantedKey) {
            out.replace(m.valueStart, m.valueEnd - m.valueStart, literal);
            replaced = true;
        }
    }
    if (replaced)
        return out;

    if (members.isEmpty()) {
        out.replace(open, close + 1 - open, "{\n\t" + quote(key) + ": " + literal + "\n}");
        return out;
    }
    // Indent like the first member: the whitespace between the start of its line and its key.
    const Member &first = members.first();
    qsizetype lineStart = first.keyStart;
    while (lineStart > open + 1 && (json.at(lineStart - 1) == ' ' || json.at(lineStart - 1) == '\t'))
        --lineStart;
    const bool ownLine = lineStart > 0 && (json.at(lineStart - 1) == '\n' || json.at(lineStart - 1) == '\r');
    const QByteArray newline = json.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    const QByteArray separator =
        ownLine ? "," + newline + json.mid(lineStart, first.keyStart - lineStart) : QByteArray(", ");
    out.insert(members.last().valueEnd, separator + quote(key) + ": " + literal);
    return out;
}

} // namespace JsonTextEdit
