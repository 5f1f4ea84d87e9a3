#pragma once

#include "DockerConfig.h"
#include "DockerCredential.h"
#include "StoredLogin.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

// What Docker holds for one registry key and for its Hub session, with the secrets. Internal to the jobs: built by
// a lookup, turned into a DockerLoginState (no secrets) or a DockerSession (the JWT, for one use), then dropped.
struct DockerEntries {
    QString configPath;
    bool configExists = false;
    QString registry;
    QString helper; // empty: no helper serves the registry (inline auths)
    std::optional<DockerCredential> entry; // under `registry`
    std::optional<DockerCredential> session; // under DockerConfig::sessionKey()

    // Reads the inline auths of `config` (used when no helper serves the registry).
    static DockerEntries fromInline(const DockerConfig &config, const QString &registry);
};

// What this computer's Docker uses for the registry, as a person or a script should hear it. Holds no secret.
struct DockerLoginState {
    QString configPath;
    bool configExists = false;
    QString registry;
    QString helper; // the helper serving the registry; empty: none configured (sign-ins live in config.json)
    StoredLogin entry; // under the registry key
    StoredLogin session; // under DockerConfig::sessionKey(): Session or None
    QString tokenUuid; // entry is a token this app put there (its fingerprint is known): that token's uuid

    // The one word `docker status` prints: the registry entry's kind; Session when that is empty but Docker keeps
    // a Hub session.
    StoredLogin::Kind kind() const;
    // The username Docker uses for the registry: the entry's, else the session's.
    QString username() const;
    bool hasCredentialStore() const { return !helper.isEmpty(); }
    bool hasSession() const { return session.kind == StoredLogin::Kind::Session; }

    // What storing a token whose fingerprint is `newFingerprint` under the registry key would replace. Ask before
    // replacing anything but Nothing and SameToken.
    enum class Replaces {
        Nothing, // the key is empty
        SameToken, // that very token is already there
        AppToken, // another token this app put there (tokenUuid says which)
        OtherToken, // a token this app did not put there
        Password, // a password
        Session, // a Docker session JWT kept under the registry key itself
    };
    Replaces replaces(const QString &newFingerprint) const;

    // `fingerprints`: fingerprint → token uuid, as AppSettings keeps them.
    static DockerLoginState from(const DockerEntries &entries, const QHash<QString, QString> &fingerprints);
};

// Docker's own Hub session, read for one use: set `jwt` as the bearer and drop it. Never log or keep it.
struct DockerSession {
    QString jwt; // empty: Docker keeps no Hub session
    QString username; // the JWT's username claim, else the Username of the registry entry, else of the session
    QDateTime expiresAt; // the JWT's `exp`; invalid if it has none
    QString helper; // where it was read from (empty: config.json)

    bool isFound() const { return !jwt.isEmpty(); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && expiresAt <= now;
    }

    // The session under the session key, else a JWT kept under the registry key itself (older browser sign-ins);
    // NotASession when the session key holds something that is not a JWT.
    static DockerResult<DockerSession> from(const DockerEntries &entries);
};

// Where a token went when Docker was signed in with it.
struct DockerSignedIn {
    QString registry;
    QString helper;
    QString fingerprint;
};

Q_DECLARE_METATYPE(DockerResult<DockerLoginState>)
Q_DECLARE_METATYPE(DockerResult<DockerSession>)
Q_DECLARE_METATYPE(DockerResult<DockerSignedIn>)
