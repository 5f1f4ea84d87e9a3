#pragma once

#include "DockerCredential.h"

#include <QDateTime>
#include <QString>

// What Docker keeps under one registry key, classified — without the secret itself.
struct StoredLogin {
    enum class Kind {
        None, // nothing stored
        Token, // a personal access token ("dckr_pat_…", or an old token in UUID form)
        Password, // anything else: usually the account password of an old `docker login -u`
        Session, // a JWT: Docker Desktop's or `docker login`'s browser-flow Hub session
    };
    enum class Origin { Helper, Inline }; // through a credential helper, or config.json's "auths"

    Kind kind = Kind::None;
    Origin origin = Origin::Helper;
    QString username;
    QString fingerprint; // fingerprintOf(secret); empty for None
    QDateTime expiresAt; // Session: the JWT's `exp` (invalid if it has none)

    bool isEmpty() const { return kind == Kind::None; }

    static StoredLogin from(const std::optional<DockerCredential> &credential, Origin origin = Origin::Helper);
    static Kind classify(const QString &secret);
    // Hex SHA-256 of a secret: what the app keeps (AppSettings) to recognise a token it put into Docker's store.
    static QString fingerprintOf(const QString &secret);
    static QString kindKeyword(Kind kind); // "none", "token", "password", "session": for scripts (not translated)
};
