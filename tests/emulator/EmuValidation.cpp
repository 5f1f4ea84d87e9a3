#include "EmuValidation.h"

#include "EmuRfc3339.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace emu {

namespace {
const QString LabelKey = QStringLiteral("token_label");
const QString ScopesKey = QStringLiteral("scopes");
const QString ExpiresKey = QStringLiteral("expires_at");
const QString ActiveKey = QStringLiteral("is_active");

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("bool");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("str");
    case QJsonValue::Array: return QStringLiteral("list");
    case QJsonValue::Object: return QStringLiteral("dict");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}
} // namespace

const QStringList &EmuValidation::knownScopes()
{
    static const QStringList scopes{QStringLiteral("repo:admin"), QStringLiteral("repo:write"),
                                    QStringLiteral("repo:read"), QStringLiteral("repo:public_read")};
    return scopes;
}

int EmuValidation::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

void EmuValidation::addError(QJsonObject *fields, const QString &field, const QString &message)
{
    QJsonArray list = fields->value(field).toArray();
    list.append(message);
    fields->insert(field, list);
}

QJsonObject EmuValidation::valueError(const QJsonObject &fields, const QString &text)
{
    QString summary = text;
    if (summary.isEmpty()) {
        QStringList parts;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            for (const QJsonValue &m : it.value().toArray())
                parts << it.key() + QStringLiteral(": ") + m.toString();
        }
        summary = parts.join(QLatin1Char(' '));
    }
    return QJsonObject{{QStringLiteral("fields"), fields}, {QStringLiteral("text"), summary}};
}

bool EmuValidation::parseObject(const QByteArray &body, QJsonObject *object, QJsonObject *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = valueError(
            {},
            QStringLiteral("JSON parse error - %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = valueError({}, QStringLiteral("Invalid data. Expected a dictionary."));
        return false;
    }
    *object = doc.object();
    return true;
}

bool EmuValidation::checkLabel(const QJsonValue &value, QJsonObject *fields, QString *label)
{
    if (!value.isString()) {
        addError(fields, LabelKey, QStringLiteral("Not a valid string (got %1).").arg(typeName(value)));
        return false;
    }
    const QString trimmed = value.toString().trimmed();
    if (trimmed.isEmpty()) {
        addError(fields, LabelKey, QStringLiteral("This field may not be blank."));
        return false;
    }
    if (characterCount(trimmed) > MaxLabelLength) {
        addError(fields, LabelKey,
                 QStringLiteral("Ensure this field has no more than %1 characters.").arg(MaxLabelLength));
        return false;
    }
    *label = trimmed;
    return true;
}

bool EmuValidation::checkScopes(const QJsonValue &value, QJsonObject *fields, QStringList *scopes)
{
    if (!value.isArray()) {
        addError(fields, ScopesKey,
                 QStringLiteral("Expected a list of items but got type \"%1\".").arg(typeName(value)));
        return false;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        addError(fields, ScopesKey, QStringLiteral("This list may not be empty."));
        return false;
    }
    QStringList result;
    bool ok = true;
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            addError(fields, ScopesKey, QStringLiteral("Not a valid string (got %1).").arg(typeName(item)));
            ok = false;
        } else if (!knownScopes().contains(item.toString())) {
            addError(fields, ScopesKey, QStringLiteral("\"%1\" is not a valid choice.").arg(item.toString().left(100)));
            ok = false;
        } else if (!result.contains(item.toString())) {
            result << item.toString();
        }
    }
    if (ok)
        *scopes = result;
    return ok;
}

QJsonObject EmuValidation::validateCreate(const QJsonObject &body, qint64 nowUsecs, CreateRequest *out)
{
    QJsonObject fields;
    const QString required = QStringLiteral("This field is required.");
    if (!body.contains(LabelKey))
        addError(&fields, LabelKey, required);
    else
        checkLabel(body.value(LabelKey), &fields, &out->label);
    if (!body.contains(ScopesKey))
        addError(&fields, ScopesKey, required);
    else
        checkScopes(body.value(ScopesKey), &fields, &out->scopes);

    out->hasExpiry = false;
    const QJsonValue expires = body.value(ExpiresKey);
    if (expires.isUndefined() || expires.isNull())
        return fields;
    qint64 usecs = 0;
    if (!expires.isString() || !EmuRfc3339::parse(expires.toString(), &usecs)) {
        addError(&fields, ExpiresKey,
                 QStringLiteral("Datetime has wrong format. Use an RFC 3339 time such as 2025-01-31T12:00:00Z."));
        return fields;
    }
    if (usecs <= nowUsecs) {
        addError(&fields, ExpiresKey, QStringLiteral("The expiration date must be in the future."));
        return fields;
    }
    // At most one year ahead; a minute of slack for the client's own clock and the request's travel.
    const QDateTime now = EmuRfc3339::toDateTime(nowUsecs);
    const qint64 limit = EmuRfc3339::toUsecs(now.addYears(1)) + 60LL * 1000000;
    if (usecs > limit) {
        addError(&fields, ExpiresKey, QStringLiteral("The expiration date cannot be more than one year ahead."));
        return fields;
    }
    out->hasExpiry = true;
    out->expiresUsecs = usecs;
    return fields;
}

QJsonObject EmuValidation::validatePatch(const QJsonObject &body, PatchRequest *out)
{
    QJsonObject fields;
    if (body.contains(LabelKey)) {
        QString label;
        if (checkLabel(body.value(LabelKey), &fields, &label))
            out->label = label;
    }
    if (body.contains(ActiveKey)) {
        const QJsonValue v = body.value(ActiveKey);
        if (v.isBool())
            out->active = v.toBool();
        else
            addError(&fields, ActiveKey, QStringLiteral("Must be a valid boolean."));
    }
    if (body.contains(ScopesKey)) {
        QStringList scopes;
        if (checkScopes(body.value(ScopesKey), &fields, &scopes))
            out->scopes = scopes;
    }
    if (body.contains(ExpiresKey))
        addError(&fields, ExpiresKey, QStringLiteral("The expiration date of a token cannot be changed."));
    return fields;
}

} // namespace emu
