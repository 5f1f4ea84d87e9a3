// The exports (app/export): iCalendar escaping, folding and structure; CSV quoting, BOM and line ends; JSON; the
// format names. A standard parser reads the files back in check_calendar.py and check_csv.py.
#include "app/export/CsvWriter.h"
#include "app/export/ICalendarWriter.h"
#include "app/export/TokenCalendar.h"
#include "app/export/TokenExport.h"
#include "app/hub/WireFormat.h"
#include "app/settings/LanguageManager.h"
#include "tests/support/MarkingTranslator.h"
#include "tests/support/TestTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using TestTokens::utc;

namespace {

const QDateTime Now = utc(2025, 3, 1, 9, 0, 0);

// The content lines of an iCalendar stream, unfolded (RFC 5545 §3.1).
QStringList unfoldedLines(const QByteArray &ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// The value of each property named `name` (parameters ignored), in order.
QStringList values(const QStringList &lines, const QString &name)
{
    QStringList found;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        const QString head = line.left(colon);
        if (head == name || head.startsWith(name + u';'))
            found.append(line.mid(colon + 1));
    }
    return found;
}

// The lines of each VEVENT.
QList<QStringList> events(const QStringList &lines)
{
    QList<QStringList> result;
    QStringList *current = nullptr;
    for (const QString &line : lines) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            result.append(QStringList());
            current = &result.last();
        } else if (line == QLatin1String("END:VEVENT")) {
            current = nullptr;
        } else if (current) {
            current->append(line);
        }
    }
    return result;
}

QList<AccessToken> calendarTokens()
{
    using namespace TestTokens;
    return {
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"), QStringLiteral("far"), utc(2025, 9, 1, 12)),
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002"), QStringLiteral("never")),
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003"), QStringLiteral("gone"), utc(2025, 2, 1)),
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000004"), QStringLiteral("soon"), utc(2025, 3, 4, 8)),
        inactive(
            token(QStringLiteral("AAAAAAAA-0000-4000-8000-000000000005"), QStringLiteral("off"), utc(2025, 4, 15))),
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000006"), QStringLiteral("today"), utc(2025, 3, 1, 14)),
        token(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000007"), QStringLiteral("now"), Now),
    };
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageSupport::installEnglishPlurals(); } // "%n day(s)" reads "7 days", as in the app
    void escapeText_data();
    void escapeText();
    void foldKeepsShortLines();
    void foldAscii();
    void foldNeverSplitsUtf8_data();
    void foldNeverSplitsUtf8();
    void formatUtc();

    void calendarFrame();
    void calendarEvents();
    void calendarAlarms();
    void calendarUidIsStable();
    void calendarEscapesAndFoldsLabels();
    void calendarIsTranslated();
    void calendarNamesTheAccount();

    void csvField_data();
    void csvField();
    void csvFile();
    void csvValues();
    void json();
    void neverASecret();
    void formats();
    void defaultFileName();
};

void TestExport::escapeText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("CI token") << QStringLiteral("CI token");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("backslash before n") << QStringLiteral("C:\\new") << QStringLiteral("C:\\\\new");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CRLF is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("a\\nb");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\nb");
    QTest::newRow("colon and quote stay") << QStringLiteral("a:\"b\"") << QStringLiteral("a:\"b\"");
    QTest::newRow("tab stays") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
    QTest::newRow("controls dropped") << QStringLiteral("a\x01\x1f\x7f"
                                                        "b")
                                      << QStringLiteral("ab");
    QTest::newRow("CJK") << QStringLiteral("本番、テスト；") << QStringLiteral("本番、テスト；");
    QTest::newRow("all") << QStringLiteral("x,y;z\\\n") << QStringLiteral("x\\,y\\;z\\\\\\n");
}

void TestExport::escapeText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ICalendarWriter::escapeText(input), expected);
}

void TestExport::foldKeepsShortLines()
{
    const QByteArray exactly75(75, 'x');
    QCOMPARE(ICalendarWriter::fold(exactly75), exactly75);
    QCOMPARE(ICalendarWriter::fold("SUMMARY:x"), QByteArray("SUMMARY:x"));
    const QByteArray folded76 = ICalendarWriter::fold(QByteArray(76, 'x'));
    QCOMPARE(folded76, QByteArray(75, 'x') + "\r\n x");
}

void TestExport::foldAscii()
{
    QByteArray line = "DESCRIPTION:";
    for (int i = 0; i < 300; ++i)
        line += char('a' + i % 26);
    const QByteArray folded = ICalendarWriter::fold(line);
    const QList<QByteArray> parts = folded.split('\n');
    QCOMPARE(parts.size(), 5); // 312 octets: 75 + 4 × 74 ≥ 312
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i + 1 < parts.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0)
            QVERIFY(part.startsWith(' '));
        if (i + 1 < parts.size())
            QCOMPARE(part.size(), 75); // full lines when every character is one octet
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line);
}

void TestExport::foldNeverSplitsUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Japanese (3 octets)") << QStringLiteral("本番環境のデプロイ用トークン").repeated(8);
    QTest::newRow("emoji (4 octets)") << QStringLiteral("🔑🐳").repeated(40);
    QTest::newRow("Latin-1 (2 octets)") << QStringLiteral("déjà vu ").repeated(20);
    // One ASCII octet first shifts every cut by one, onto the middle of a character if the writer were careless.
    QTest::newRow("shifted CJK") << (u'x' + QStringLiteral("權杖說明").repeated(30));
    QTest::newRow("shifted emoji") << (QStringLiteral("xy") + QStringLiteral("🔑").repeated(50));
}

void TestExport::foldNeverSplitsUtf8()
{
    QFETCH(QString, text);
    const QByteArray line = "SUMMARY:" + text.toUtf8();
    const QByteArray folded = ICalendarWriter::fold(line);
    QVERIFY(folded.contains("\r\n "));
    for (const QByteArray &raw : folded.split('\n')) {
        const QByteArray part = raw.endsWith('\r') ? raw.chopped(1) : raw;
        QVERIFY2(part.size() <= 75, part.constData());
        // Each physical line is valid UTF-8 on its own: decoding and re-encoding gives the same octets.
        QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
        QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line);
}

void TestExport::formatUtc()
{
    QCOMPARE(ICalendarWriter::formatUtc(utc(2025, 1, 31, 12, 5, 9)), QByteArray("20250131T120509Z"));
    // A time with an offset is written in UTC.
    const QDateTime tokyo(QDate(2025, 1, 31), QTime(9, 0), QTimeZone(9 * 3600));
    QCOMPARE(ICalendarWriter::formatUtc(tokyo), QByteArray("20250131T000000Z"));
    QVERIFY(ICalendarWriter::formatUtc(QDateTime()).isEmpty());
}

void TestExport::calendarFrame()
{
    const QByteArray ics = TokenCalendar::toICalendar(calendarTokens(), Now);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hub Tokens//Hub Tokens "));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    // CRLF everywhere: no LF without its CR, no CR without its LF.
    QCOMPARE(ics.count("\n"), ics.count("\r\n"));
    QCOMPARE(ics.count("\r"), ics.count("\r\n"));
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
    const QStringList lines = unfoldedLines(ics);
    QCOMPARE(values(lines, QStringLiteral("VERSION")), QStringList{QStringLiteral("2.0")});
    QCOMPARE(values(lines, QStringLiteral("CALSCALE")), QStringList{QStringLiteral("GREGORIAN")});
    QCOMPARE(lines.count(QStringLiteral("BEGIN:VEVENT")), lines.count(QStringLiteral("END:VEVENT")));
    QCOMPARE(lines.count(QStringLiteral("BEGIN:VALARM")), lines.count(QStringLiteral("END:VALARM")));
}

void TestExport::calendarEvents()
{
    const QList<QStringList> evs = events(unfoldedLines(TokenCalendar::toICalendar(calendarTokens(), Now)));
    // Future expiry only (never-expiring, expired and expiring-this-instant tokens have none), soonest first,
    // inactive tokens included.
    QCOMPARE(evs.size(), 4);
    QStringList summaries;
    QStringList starts;
    for (const QStringList &ev : evs) {
        QCOMPARE(values(ev, QStringLiteral("SUMMARY")).size(), 1);
        summaries += values(ev, QStringLiteral("SUMMARY"));
        starts += values(ev, QStringLiteral("DTSTART"));
        QCOMPARE(values(ev, QStringLiteral("DTSTAMP")), QStringList{QStringLiteral("20250301T090000Z")});
        QCOMPARE(values(ev, QStringLiteral("TRANSP")), QStringList{QStringLiteral("TRANSPARENT")});
        QVERIFY(values(ev, QStringLiteral("DTEND")).isEmpty());
    }
    QCOMPARE(summaries,
             (QStringList{
                 QStringLiteral("Docker Hub token “today” expires"), QStringLiteral("Docker Hub token “soon” expires"),
                 QStringLiteral("Docker Hub token “off” expires"), QStringLiteral("Docker Hub token “far” expires")}));
    QCOMPARE(starts,
             (QStringList{QStringLiteral("20250301T140000Z"), QStringLiteral("20250304T080000Z"),
                          QStringLiteral("20250415T000000Z"), QStringLiteral("20250901T120000Z")}));
    const QString description = values(evs.at(1), QStringLiteral("DESCRIPTION")).constFirst();
    QVERIFY(description.contains(QLatin1String("hubtokens-cli token rotate aaaaaaaa-0000-4000-8000-000000000004")));
    QVERIFY(description.contains(QStringLiteral("Rotate…")));
    QVERIFY(description.contains(QLatin1String("2025-03-04 08:00 UTC")));
    QVERIFY(description.contains(QLatin1String("Repo Read-only")));
    QVERIFY2(description.contains(QLatin1String("\\n\\n")), qPrintable(description)); // paragraphs, escaped
    QVERIFY(TokenCalendar::toICalendar({}, Now).contains("END:VCALENDAR"));
    QCOMPARE(TokenCalendar::tokensWithEvents(calendarTokens(), Now).size(), 4);
}

void TestExport::calendarAlarms()
{
    const QList<QStringList> evs = events(unfoldedLines(TokenCalendar::toICalendar(calendarTokens(), Now)));
    QCOMPARE(evs.size(), 4);
    // "today" (5 h left): both alarm moments are past; "soon" (3 days): only 1 day before; the others both.
    const QList<QStringList> expected = {
        {},
        {QStringLiteral("-P1D")},
        {QStringLiteral("-P7D"), QStringLiteral("-P1D")},
        {QStringLiteral("-P7D"), QStringLiteral("-P1D")},
    };
    for (qsizetype i = 0; i < evs.size(); ++i) {
        QCOMPARE(values(evs.at(i), QStringLiteral("TRIGGER")), expected.at(i));
        QCOMPARE(values(evs.at(i), QStringLiteral("ACTION")).size(), expected.at(i).size());
        for (const QString &action : values(evs.at(i), QStringLiteral("ACTION")))
            QCOMPARE(action, QStringLiteral("DISPLAY"));
    }
    const QStringList farLines = evs.at(3);
    QVERIFY(farLines.contains(QStringLiteral("TRIGGER;RELATED=START:-P7D")));
    const QStringList alarmTexts = values(farLines, QStringLiteral("DESCRIPTION")).mid(1);
    QCOMPARE(alarmTexts,
             (QStringList{QStringLiteral("Docker Hub token “far” expires in 7 days"),
                          QStringLiteral("Docker Hub token “far” expires in 1 day")}));
}

void TestExport::calendarUidIsStable()
{
    QList<AccessToken> tokens = calendarTokens();
    const QStringList before = values(unfoldedLines(TokenCalendar::toICalendar(tokens, Now)), QStringLiteral("UID"));
    QCOMPARE(before.size(), 4);
    QVERIFY(before.contains(QStringLiteral("token-aaaaaaaa-0000-4000-8000-000000000001@hubtokens.github.io")));
    // Upper-case uuids give the same UID as lower-case ones.
    QVERIFY(before.contains(QStringLiteral("token-aaaaaaaa-0000-4000-8000-000000000005@hubtokens.github.io")));
    // Renamed, reordered, exported a week later: the same UIDs.
    for (AccessToken &t : tokens)
        t.label += QStringLiteral(" (renamed)");
    std::reverse(tokens.begin(), tokens.end());
    const QStringList after =
        values(unfoldedLines(TokenCalendar::toICalendar(tokens, Now.addSecs(3600))), QStringLiteral("UID"));
    QCOMPARE(QSet<QString>(after.cbegin(), after.cend()), QSet<QString>(before.cbegin(), before.cend()));
    QCOMPARE(QSet<QString>(before.cbegin(), before.cend()).size(), 4); // one per token
}

void TestExport::calendarEscapesAndFoldsLabels()
{
    const QString label = QStringLiteral("CI, deploy; prod\\main\nsecond line — 本番環境のデプロイ用トークン");
    const AccessToken t =
        TestTokens::token(QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001"), label, utc(2025, 6, 30, 23, 59, 59));
    const QByteArray ics = TokenCalendar::toICalendar({t}, Now);
    QVERIFY(ics.contains("\r\n "));
    const QString summary = values(unfoldedLines(ics), QStringLiteral("SUMMARY")).constFirst();
    QCOMPARE(summary,
             QStringLiteral("Docker Hub token “CI\\, deploy\\; prod\\\\main\\nsecond line — "
                            "本番環境のデプロイ用トークン” expires"));
    // No raw line break from the label reaches the file: every line is a property or a continuation.
    static const QRegularExpression contentLine(QStringLiteral("^( |[A-Z-]+[;:])"));
    for (const QString &line : QString::fromUtf8(ics).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        QVERIFY2(contentLine.match(line).hasMatch(), qPrintable(line));
}

void TestExport::calendarIsTranslated()
{
    MarkingTranslator marker("TokenCalendar");
    const QStringList lines = unfoldedLines(TokenCalendar::toICalendar(calendarTokens(), Now));
    QCOMPARE(values(lines, QStringLiteral("SUMMARY")).constFirst(),
             QStringLiteral("⟦Docker Hub token “today” expires⟧"));
    QVERIFY(values(lines, QStringLiteral("X-WR-CALNAME")).constFirst().startsWith(QStringLiteral("⟦")));
    for (const QString &d : values(lines, QStringLiteral("DESCRIPTION")))
        QVERIFY2(d.startsWith(QStringLiteral("⟦")), qPrintable(d));
}

void TestExport::calendarNamesTheAccount()
{
    const QStringList with = unfoldedLines(TokenCalendar::toICalendar(calendarTokens(), Now, QStringLiteral("moby")));
    QCOMPARE(values(with, QStringLiteral("X-WR-CALNAME")),
             QStringList{QStringLiteral("Docker Hub token expiry dates (moby)")});
    QCOMPARE(values(with, QStringLiteral("NAME")), values(with, QStringLiteral("X-WR-CALNAME")));
    QVERIFY(values(with, QStringLiteral("DESCRIPTION")).constFirst().contains(QLatin1String("Account: moby")));
    const QStringList without = unfoldedLines(TokenCalendar::toICalendar(calendarTokens(), Now));
    QCOMPARE(values(without, QStringLiteral("X-WR-CALNAME")),
             QStringList{QStringLiteral("Docker Hub token expiry dates")});
    QVERIFY(!values(without, QStringLiteral("DESCRIPTION")).constFirst().contains(QLatin1String("Account:")));
}

void TestExport::csvField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("CI token") << QStringLiteral("CI token");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("semicolon is plain") << QStringLiteral("a;b") << QStringLiteral("a;b");
    QTest::newRow("CJK comma is plain") << QStringLiteral("本番、テスト") << QStringLiteral("本番、テスト");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
}

void TestExport::csvField()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(input), expected);
}

void TestExport::csvFile()
{
    CsvWriter w;
    w.addRow({QStringLiteral("a"), QStringLiteral("b,c")});
    w.addRow({QStringLiteral("x\ny"), QString()});
    QCOMPARE(w.data(),
             QByteArray("\xEF\xBB\xBF"
                        "a,\"b,c\"\r\n\"x\ny\",\r\n"));
    QCOMPARE(w.data(false), QByteArray("a,\"b,c\"\r\n\"x\ny\",\r\n"));

    const QByteArray csv = TokenExport::toCsv(calendarTokens());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "uuid,token_label,scopes,is_active,generated_by,created_at,last_used,"
                           "expires_at,creator_ip,creator_ua,client_id\r\n"));
    QCOMPARE(csv.count("\r\n"), 1 + calendarTokens().size());
    QVERIFY(csv.endsWith("\r\n"));
}

void TestExport::csvValues()
{
    using namespace TestTokens;
    AccessToken t = usedAt(token(QStringLiteral("cccccccc-0000-4000-8000-000000000001"),
                                 QStringLiteral("Deploy, \"prod\"\n日本語"), utc(2025, 12, 31, 23, 0)),
                           utc(2025, 2, 3, 4, 5, 6));
    t.creatorIp = QStringLiteral("192.0.2.1");
    t.creatorUserAgent = QStringLiteral("Mozilla/5.0 (KHTML, like Gecko)");
    t.clientId = QStringLiteral("HUB");
    AccessToken legacy = inactive(token(QStringLiteral("cccccccc-0000-4000-8000-000000000002"), QStringLiteral("old")));
    legacy.scope.reset();
    const QByteArray csv = TokenExport::toCsv({t, legacy});
    const QString text = QString::fromUtf8(csv.mid(3));
    QCOMPARE(text.section(QStringLiteral("\r\n"), 1, 1),
             QStringLiteral("cccccccc-0000-4000-8000-000000000001,\"Deploy, \"\"prod\"\"\n日本語\",repo:read,true,"
                            "manual,2024-12-31T23:00:00Z,2025-02-03T04:05:06Z,2025-12-31T23:00:00Z,192.0.2.1,"
                            "\"Mozilla/5.0 (KHTML, like Gecko)\",HUB"));
    // Legacy: no scopes; never used and never expiring: empty dates; inactive.
    QCOMPARE(text.section(QStringLiteral("\r\n"), 2, 2),
             QStringLiteral("cccccccc-0000-4000-8000-000000000002,old,,false,manual,2024-01-01T00:00:00Z,,,,,"));
}

void TestExport::json()
{
    const QList<AccessToken> tokens = calendarTokens();
    const QByteArray json = TokenExport::toJson(tokens);
    QVERIFY(json.endsWith('\n'));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), tokens.size());
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QCOMPARE(array.at(i).toObject(), WireFormat::encodeTokenForExport(tokens.at(i)));
        QStringList keys = array.at(i).toObject().keys();
        QStringList fields = WireFormat::exportFields();
        keys.sort();
        fields.sort();
        QCOMPARE(keys, fields);
    }
    QCOMPARE(QJsonDocument::fromJson(TokenExport::toJson({})).array().size(), 0);
}

void TestExport::neverASecret()
{
    // The secret lives in CreatedToken beside the token; nothing that exports a token can reach it, and no field
    // named like one is written.
    CreatedToken created;
    created.token = TestTokens::token(QStringLiteral("dddddddd-0000-4000-8000-000000000001"), QStringLiteral("new"),
                                      utc(2025, 5, 1));
    created.secret = QStringLiteral("dckr_pat_s3cr3tValue000000000000");
    for (const auto format : {TokenExport::Format::Calendar, TokenExport::Format::Csv, TokenExport::Format::Json}) {
        const QByteArray data = TokenExport::exportTokens(format, {created.token}, Now, QStringLiteral("moby"));
        QVERIFY(!data.isEmpty());
        QVERIFY(data.contains("dddddddd-0000-4000-8000-000000000001"));
        QVERIFY(!data.contains("dckr_pat_"));
        QVERIFY(!data.contains("s3cr3t"));
        QVERIFY(!data.contains("\"token\""));
    }
}

void TestExport::formats()
{
    using F = TokenExport::Format;
    QCOMPARE(TokenExport::formatFromName(QStringLiteral("ics")), std::optional(F::Calendar));
    QCOMPARE(TokenExport::formatFromName(QStringLiteral("ICal")), std::optional(F::Calendar));
    QCOMPARE(TokenExport::formatFromName(QStringLiteral("calendar")), std::optional(F::Calendar));
    QCOMPARE(TokenExport::formatFromName(QStringLiteral(" CSV ")), std::optional(F::Csv));
    QCOMPARE(TokenExport::formatFromName(QStringLiteral("json")), std::optional(F::Json));
    QCOMPARE(TokenExport::formatFromName(QStringLiteral("xml")), std::nullopt);
    QCOMPARE(TokenExport::formatFromName(QString()), std::nullopt);
    QCOMPARE(TokenExport::formatNames(),
             (QStringList{QStringLiteral("ics"), QStringLiteral("csv"), QStringLiteral("json")}));
    for (const QString &name : TokenExport::formatNames())
        QCOMPARE(TokenExport::formatName(*TokenExport::formatFromName(name)), name);
    QCOMPARE(TokenExport::mediaType(F::Calendar), QStringLiteral("text/calendar"));
    QCOMPARE(TokenExport::mediaType(F::Csv), QStringLiteral("text/csv"));
    QCOMPARE(TokenExport::mediaType(F::Json), QStringLiteral("application/json"));
    QVERIFY(TokenExport::exportTokens(F::Calendar, calendarTokens(), Now).startsWith("BEGIN:VCALENDAR"));
    QVERIFY(TokenExport::exportTokens(F::Csv, calendarTokens(), Now)
                .startsWith("\xEF\xBB\xBF"
                            "uuid,"));
    QVERIFY(TokenExport::exportTokens(F::Json, calendarTokens(), Now).startsWith("["));
}

void TestExport::defaultFileName()
{
    const QDate day(2025, 3, 1);
    QCOMPARE(TokenExport::defaultFileName(TokenExport::Format::Calendar, QStringLiteral("moby"), day),
             QStringLiteral("docker-hub-tokens-moby-2025-03-01.ics"));
    QCOMPARE(TokenExport::defaultFileName(TokenExport::Format::Csv, QString(), day),
             QStringLiteral("docker-hub-tokens-2025-03-01.csv"));
    QCOMPARE(TokenExport::defaultFileName(TokenExport::Format::Json, QStringLiteral("../a b"), day),
             QStringLiteral("docker-hub-tokens-.._a_b-2025-03-01.json"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
