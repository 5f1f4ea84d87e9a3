#include "WireFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace WireFormat {

namespace {

struct ScopeName {
    TokenScope scope;
    QLatin1String wire;
};

constexpr ScopeName kScopeNames[] = {
    {TokenScope::PublicRead, QLatin1String("repo:public_read")},
    {TokenScope::Read, QLatin1String("repo:read")},
    {TokenScope::Write, QLatin1String("repo:write")},
    {TokenScope::Admin, QLatin1String("repo:admin")},
};

// Parses `body` as a JSON object. On failure, `why` says what was wrong.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *why)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = body.trimmed().isEmpty() ? QStringLiteral("The server sent an empty reply.")
                                        : QStringLiteral("The server's reply is not valid JSON (%1 at offset %2).")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *why = QStringLiteral("The server's reply is not a JSON object.");
        return std::nullopt;
    }
    return doc.object();
}

// A string field, or an empty string when absent, null or not a string.
QString stringField(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    return v.isString() ? v.toString() : QString();
}

// The strings of an array (other elements skipped), or a lone string as a list of one; empty for anything else.
QStringList stringList(const QJsonValue &value)
{
    if (value.isString())
        return {value.toString()};
    QStringList strings;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString())
            strings.append(v.toString());
    }
    return strings;
}

QDateTime timestampField(const QJsonObject &object, QLatin1String key)
{
    return parseTimestamp(stringField(object, key));
}

bool isMaskedSecret(const QString &secret)
{
    if (secret.isEmpty())
        return true;
    for (const QChar c : secret) {
        if (c != u'*')
            return false;
    }
    return true;
}

// A number that the header gives in seconds: a delay, or a Unix time when above 10^9.
QDateTime fromSecondsHeader(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return {};
    constexpr qint64 kUnixTimeThreshold = 1'000'000'000;
    if (n > kUnixTimeThreshold)
        return QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
    return now.toUTC().addSecs(n);
}

// An HTTP-date (IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"), in any locale.
QDateTime fromHttpDate(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[\s-]+(\d{2,4})\s+(\d{2}):(\d{2}):(\d{2})\s*(?:GMT|UTC|\+0000)?\s*$)"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += year < 70 ? 2000 : 1900;
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (month < 1 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// --- scopes -----------------------------------------------------------------------------------------------

QString scopeToWire(TokenScope scope)
{
    for (const ScopeName &s : kScopeNames) {
        if (s.scope == scope)
            return s.wire;
    }
    return {};
}

std::optional<TokenScope> scopeFromWire(const QString &name)
{
    const QString n = name.trimmed();
    for (const ScopeName &s : kScopeNames) {
        if (n.compare(s.wire, Qt::CaseInsensitive) == 0)
            return s.scope;
    }
    return std::nullopt;
}

std::optional<TokenScope> scopeFromWireList(const QStringList &names)
{
    std::optional<TokenScope> best;
    for (const QString &name : names) {
        const std::optional<TokenScope> s = scopeFromWire(name);
        if (s && (!best || TokenScopes::rank(s) > TokenScopes::rank(best)))
            best = s;
    }
    return best;
}

// --- dates ------------------------------------------------------------------------------------------------

QDateTime parseTimestamp(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (text.isEmpty() || !m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int second = m.captured(6).toInt();
    if (second == 60) // a leap second: the nearest we can show
        second = 59;
    int msec = 0;
    if (m.hasCaptured(7)) {
        // Microseconds (or any precision): keep milliseconds, truncated.
        msec = m.captured(7).left(3).leftJustified(3, u'0').toInt();
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSecs = 0;
    if (m.hasCaptured(9)) {
        const int hours = m.captured(10).toInt();
        const int minutes = m.captured(11).toInt();
        if (hours > 23 || minutes > 59)
            return {};
        offsetSecs = (hours * 3600 + minutes * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    // No zone at all: the Hub means UTC.
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSecs);
}

QString formatTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'Z';
}

// --- tokens -----------------------------------------------------------------------------------------------

std::optional<AccessToken> decodeAccessToken(const QJsonObject &object, QString *secret)
{
    AccessToken t;
    t.uuid = stringField(object, QLatin1String("uuid")).trimmed();
    if (t.uuid.isEmpty())
        return std::nullopt;
    t.label = stringField(object, QLatin1String("token_label"));

    // An array of scope names, or one sent as a bare string.
    t.scope = scopeFromWireList(stringList(object.value(QLatin1String("scopes"))));

    const QJsonValue active = object.value(QLatin1String("is_active"));
    t.active = active.isBool() ? active.toBool() : true;
    t.generatedBy = stringField(object, QLatin1String("generated_by"));
    t.createdAt = timestampField(object, QLatin1String("created_at"));
    t.lastUsed = timestampField(object, QLatin1String("last_used"));
    t.expiresAt = timestampField(object, QLatin1String("expires_at"));
    t.creatorIp = stringField(object, QLatin1String("creator_ip"));
    t.creatorUserAgent = stringField(object, QLatin1String("creator_ua"));
    t.clientId = stringField(object, QLatin1String("client_id"));

    if (secret) {
        const QString s = stringField(object, QLatin1String("token"));
        *secret = isMaskedSecret(s) ? QString() : s;
    }
    return t;
}

ApiResult<AccessToken> decodeTokenReply(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return ApiResult<AccessToken>::failure(malformedReply(200, why));
    std::optional<AccessToken> token = decodeAccessToken(*object);
    if (!token)
        return ApiResult<AccessToken>::failure(
            malformedReply(200, QStringLiteral("The token in the reply has no id.")));
    return ApiResult<AccessToken>::success(std::move(*token));
}

ApiResult<CreatedToken> decodeCreatedTokenReply(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return ApiResult<CreatedToken>::failure(malformedReply(201, why));
    CreatedToken created;
    std::optional<AccessToken> token = decodeAccessToken(*object, &created.secret);
    if (!token)
        return ApiResult<CreatedToken>::failure(
            malformedReply(201, QStringLiteral("The new token in the reply has no id.")));
    if (created.secret.isEmpty()) {
        return ApiResult<CreatedToken>::failure(
            malformedReply(201, QStringLiteral("The server created the token but did not send its secret.")));
    }
    created.token = std::move(*token);
    return ApiResult<CreatedToken>::success(std::move(created));
}

ApiResult<TokenPage> decodeTokenPageReply(const QByteArray &body, int page, int pageSize)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return ApiResult<TokenPage>::failure(malformedReply(200, why));
    const QJsonValue count = object->value(QLatin1String("count"));
    const QJsonValue results = object->value(QLatin1String("results"));
    if (!count.isDouble() || count.toDouble() < 0 || !results.isArray()) {
        return ApiResult<TokenPage>::failure(
            malformedReply(200, QStringLiteral("The token list in the reply lacks \"count\" or \"results\".")));
    }
    TokenPage p;
    p.page = page;
    p.pageSize = pageSize;
    p.count = count.toInt();
    p.activeCount = object->value(QLatin1String("active_count")).toInt();
    const QString next = stringField(*object, QLatin1String("next"));
    const QString previous = stringField(*object, QLatin1String("previous"));
    if (!next.isEmpty())
        p.next = QUrl(next);
    if (!previous.isEmpty())
        p.previous = QUrl(previous);
    const QJsonArray items = results.toArray();
    p.results.reserve(items.size());
    for (const QJsonValue &item : items) {
        std::optional<AccessToken> token = item.isObject() ? decodeAccessToken(item.toObject()) : std::nullopt;
        if (!token) {
            return ApiResult<TokenPage>::failure(malformedReply(200, QStringLiteral("A token in the list has no id.")));
        }
        p.results.append(std::move(*token));
    }
    return ApiResult<TokenPage>::success(std::move(p));
}

ApiResult<QString> decodeSignInReply(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    if (!object)
        return ApiResult<QString>::failure(malformedReply(200, why));
    QString jwt = stringField(*object, QLatin1String("token"));
    if (jwt.isEmpty())
        jwt = stringField(*object, QLatin1String("access_token"));
    if (jwt.isEmpty())
        return ApiResult<QString>::failure(malformedReply(200, QStringLiteral("The sign-in reply carries no token.")));
    return ApiResult<QString>::success(jwt);
}

QString decodeLogin2faToken(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonObject> object = parseObject(body, &why);
    return object ? stringField(*object, QLatin1String("login_2fa_token")) : QString();
}

QJsonObject encodeTokenForExport(const AccessToken &token)
{
    const auto date = [](const QDateTime &when) {
        return when.isValid() ? QJsonValue(formatTimestamp(when)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray scopes;
    if (token.scope)
        scopes.append(scopeToWire(*token.scope));
    QJsonObject o;
    o.insert(QLatin1String("uuid"), token.uuid);
    o.insert(QLatin1String("token_label"), token.label);
    o.insert(QLatin1String("scopes"), scopes);
    o.insert(QLatin1String("is_active"), token.active);
    o.insert(QLatin1String("generated_by"), token.generatedBy);
    o.insert(QLatin1String("created_at"), date(token.createdAt));
    o.insert(QLatin1String("last_used"), date(token.lastUsed));
    o.insert(QLatin1String("expires_at"), date(token.expiresAt));
    o.insert(QLatin1String("creator_ip"), token.creatorIp);
    o.insert(QLatin1String("creator_ua"), token.creatorUserAgent);
    o.insert(QLatin1String("client_id"), token.clientId);
    return o;
}

QStringList exportFields()
{
    return {QStringLiteral("uuid"),       QStringLiteral("token_label"),  QStringLiteral("scopes"),
            QStringLiteral("is_active"),  QStringLiteral("generated_by"), QStringLiteral("created_at"),
            QStringLiteral("last_used"),  QStringLiteral("expires_at"),   QStringLiteral("creator_ip"),
            QStringLiteral("creator_ua"), QStringLiteral("client_id")};
}

QByteArray encodeTokenDraft(const TokenDraft &draft)
{
    QJsonObject o;
    o.insert(QLatin1String("token_label"), draft.label);
    o.insert(QLatin1String("scopes"), QJsonArray{scopeToWire(draft.scope)});
    if (draft.expiresAt.isValid())
        o.insert(QLatin1String("expires_at"), formatTimestamp(draft.expiresAt));
    return toCompactJson(o);
}

QByteArray encodeTokenPatch(const TokenPatch &patch)
{
    QJsonObject o;
    if (patch.label)
        o.insert(QLatin1String("token_label"), *patch.label);
    if (patch.active)
        o.insert(QLatin1String("is_active"), *patch.active);
    if (patch.scope)
        o.insert(QLatin1String("scopes"), QJsonArray{scopeToWire(*patch.scope)});
    return toCompactJson(o);
}

QByteArray encodeLogin(const QString &username, const QString &password)
{
    return toCompactJson({{QLatin1String("username"), username}, {QLatin1String("password"), password}});
}

QByteArray encodeTwoFactorLogin(const QString &login2faToken, const QString &code)
{
    return toCompactJson({{QLatin1String("login_2fa_token"), login2faToken}, {QLatin1String("code"), code}});
}

QByteArray encodeAuthToken(const QString &identifier, const QString &secret)
{
    return toCompactJson({{QLatin1String("identifier"), identifier}, {QLatin1String("secret"), secret}});
}

// --- errors -----------------------------------------------------------------------------------------------

QByteArray headerValue(const RawHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QDateTime retryAfterFromHeaders(const RawHeaders &headers, const QDateTime &now)
{
    const QByteArray retryAfter = headerValue(headers, "Retry-After").trimmed();
    if (retryAfter.isEmpty())
        return {};
    const QDateTime at = fromSecondsHeader(retryAfter, now);
    return at.isValid() ? at : fromHttpDate(retryAfter);
}

RateLimitInfo rateLimitFromHeaders(const RawHeaders &headers, const QDateTime &now)
{
    RateLimitInfo info;
    bool ok = false;
    const qint64 remaining = headerValue(headers, "X-RateLimit-Remaining").trimmed().toLongLong(&ok);
    if (!ok || remaining < 0)
        return info;
    info.known = true;
    info.remaining = int(qMin<qint64>(remaining, std::numeric_limits<int>::max()));
    const qint64 limit = headerValue(headers, "X-RateLimit-Limit").trimmed().toLongLong(&ok);
    if (ok && limit >= 0)
        info.limit = int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
    info.resetAt = fromSecondsHeader(headerValue(headers, "X-RateLimit-Reset"), now);
    return info;
}

QDateTime retryAtFromHeaders(const RawHeaders &headers, const QDateTime &now)
{
    const QDateTime at = retryAfterFromHeaders(headers, now);
    if (at.isValid())
        return at;
    const QByteArray reset = headerValue(headers, "X-RateLimit-Reset").trimmed();
    if (!reset.isEmpty())
        return fromSecondsHeader(reset, now);
    return {};
}

ApiError malformedReply(int status, const QString &why)
{
    ApiError e;
    e.kind = ApiError::Kind::MalformedReply;
    e.httpStatus = status;
    e.detail = why; // this side's words, for logs: the server said nothing
    return e;
}

ApiError decodeError(int status, const RawHeaders &headers, const QByteArray &body, ErrorContext context,
                     const QDateTime &now)
{
    ApiError e;
    e.httpStatus = status;

    QJsonObject object;
    {
        QString why;
        if (const std::optional<QJsonObject> o = parseObject(body, &why))
            object = *o;
    }
    // The message shown is the first of message, detail, text; the kind is decided on all of them (auth/token
    // puts the telling words in `detail` and a paraphrase in `message`).
    QString allText;
    for (const QLatin1String key : {QLatin1String("message"), QLatin1String("detail"), QLatin1String("text")}) {
        const QString text = stringField(object, key).trimmed();
        if (text.isEmpty())
            continue;
        if (e.message.isEmpty())
            e.message = text;
        allText += text + u'\n';
    }
    const QString lower = allText.toLower();
    const bool signingIn = context != ErrorContext::Authenticated;
    const bool lockedOut = lower.contains(QLatin1String("lock")) || lower.contains(QLatin1String("too many"));

    if (status == 400) {
        e.kind = ApiError::Kind::Validation;
        const QJsonObject fields = object.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QStringList messages = stringList(it.value());
            if (!messages.isEmpty())
                e.fieldErrors.insert(it.key(), messages);
        }
    } else if (status == 401) {
        if (!signingIn) {
            e.kind = ApiError::Kind::SessionExpired;
        } else if (context == ErrorContext::SignIn
                   && (!stringField(object, QLatin1String("login_2fa_token")).isEmpty()
                       || lower.contains(QLatin1String("secondary authentication")))) {
            e.kind = ApiError::Kind::TwoFactorRequired;
        } else if (lockedOut) {
            e.kind = ApiError::Kind::RateLimited;
            e.retryAt = retryAtFromHeaders(headers, now);
        } else {
            e.kind = ApiError::Kind::BadCredentials;
        }
    } else if (status == 403) {
        e.kind = lower.contains(QLatin1String("personal access token")) ? ApiError::Kind::PatSessionForbidden
                                                                        : ApiError::Kind::Forbidden;
    } else if (status == 404) {
        e.kind = ApiError::Kind::NotFound;
    } else if (status == 429) {
        e.kind = ApiError::Kind::RateLimited;
        e.retryAt = retryAtFromHeaders(headers, now);
    } else if (status >= 500 && status <= 599) {
        e.kind = ApiError::Kind::ServerError;
    } else {
        e.kind = ApiError::Kind::Other;
    }
    return e;
}

} // namespace WireFormat
