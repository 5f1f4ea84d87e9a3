#pragma once

#include "app/tokens/TokenOutcome.h"
#include "models/AccessToken.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

// Tokens and outcomes as hubtokens-cli prints them. The table uses the window's column words and values (status,
// source, relative "last used", local dates); JSON uses WireFormat::encodeTokenForExport, the Hub API's own field
// names, and never carries a secret except the one `token` of a create. Errors use ErrorText, the window's words.
class CliTokenFormat {
    Q_DECLARE_TR_FUNCTIONS(CliTokenFormat)
public:
    struct TableStyle {
        bool colour = false;
        int width = 0; // the terminal's width (the description column is shortened to fit); 0: no limit
    };

    // token ls: description, scope, status, source, created, last used, expires, Docker, uuid. `dockerUuid`: the
    // token this computer's Docker CLI uses (marked in the Docker column), empty if none of them.
    static QString table(const QList<AccessToken> &tokens, const TableStyle &style,
                         const QDateTime &now = QDateTime::currentDateTimeUtc(), const QString &dockerUuid = QString());
    // token inspect: one "Label: value" line per field.
    static QString details(const AccessToken &token);

    // One JSON array of token objects, indented, with a final newline. With `withDocker`, each object also has
    // "docker_login": whether it is the token this computer's Docker CLI uses (`dockerUuid`).
    static QByteArray jsonArray(const QList<AccessToken> &tokens, bool withDocker = false,
                                const QString &dockerUuid = QString());
    // One token object; with `secret`, plus "token" (create).
    static QByteArray jsonObject(const AccessToken &token, const QString &secret = QString());
    // A bulk operation's per-item outcomes: [{"uuid", "token_label", "ok", "message", "error": null | {"kind",
    // "status", "title"}}], "kind" the ApiError::Kind's name ("NotFound"). `messages`: the line printed for each
    // item, in the same order.
    static QByteArray jsonReport(const QList<ItemOutcome> &items, const QStringList &messages);
};
