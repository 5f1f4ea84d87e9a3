#pragma once

#include "DockerError.h"

#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// One entry of a credential store, as the helper protocol carries it ({"ServerURL","Username","Secret"}).
// Holds a secret: never log it, and keep it no longer than the call that needs it.
struct DockerCredential {
    QString serverUrl;
    QString username;
    QString secret;
};

// The one answer of one credential-helper call.
struct HelperReply {
    std::optional<DockerError> error;
    // get: the stored entry; nullopt when nothing is stored under the key ("credentials not found" is not an error).
    std::optional<DockerCredential> credential;
    // list: server URL → username.
    QMap<QString, QString> entries;

    bool ok() const { return !error.has_value(); }
};

Q_DECLARE_METATYPE(HelperReply)
