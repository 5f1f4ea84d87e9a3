#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace emu {

// Request-body checks for POST and PATCH /v2/access-tokens. Errors come back as the `fields` object of the
// contract's ValueError ({"fields":{"token_label":["…"]},"text":"…"}).
class EmuValidation {
public:
    static constexpr int MaxLabelLength = 100;

    struct CreateRequest {
        QString label;
        QStringList scopes;
        bool hasExpiry = false;
        qint64 expiresUsecs = 0;
    };
    struct PatchRequest {
        std::optional<QString> label;
        std::optional<bool> active;
        std::optional<QStringList> scopes;
    };

    static const QStringList &knownScopes();
    // Unicode characters (code points), not UTF-16 units or bytes.
    static int characterCount(const QString &text);

    // Empty result: valid, *out filled.
    static QJsonObject validateCreate(const QJsonObject &body, qint64 nowUsecs, CreateRequest *out);
    static QJsonObject validatePatch(const QJsonObject &body, PatchRequest *out);

    // Parses `body` as a JSON object; on failure fills *error with a ValueError object.
    static bool parseObject(const QByteArray &body, QJsonObject *object, QJsonObject *error);

    static QJsonObject valueError(const QJsonObject &fields, const QString &text = {});
    static void addError(QJsonObject *fields, const QString &field, const QString &message);

private:
    static bool checkLabel(const QJsonValue &value, QJsonObject *fields, QString *label);
    static bool checkScopes(const QJsonValue &value, QJsonObject *fields, QStringList *scopes);
};

} // namespace emu
