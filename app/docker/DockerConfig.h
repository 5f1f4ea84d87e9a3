#pragma once

#include "DockerError.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A sign-in kept inline in config.json ("auths": {"<key>": {"auth": "<base64 of user:secret>"}}), the form Docker
// uses when no credential store is configured. Read only: this app never writes a secret into config.json.
struct InlineAuth {
    QString username;
    QString secret; // the password or token
    QString identityToken; // "identitytoken", when Docker kept one instead
};

// Docker's client configuration: $DOCKER_CONFIG/config.json, else ~/.docker/config.json. Reads credsStore,
// credHelpers and the inline auths; changes only credsStore (setCredsStore), keeping every other byte of the file.
//
// Registry keys are compared as Docker writes them ("https://index.docker.io/v1/"); a key that differs only in
// scheme, case of the host or a trailing slash ("index.docker.io/v1") matches too, and credHelpers may name a bare
// host ("registry.example.com").
class DockerConfig {
public:
    static QString defaultRegistry(); // "https://index.docker.io/v1/", Docker Hub's key, whatever the Hub server
    static QString sessionKey(); // "https://index.docker.io/v1/access-token": Docker's own Hub session (a JWT)
    static QString defaultDirectory(); // $DOCKER_CONFIG, else ~/.docker
    static QString defaultPath(); // defaultDirectory()/config.json

    // Reads `path`. A missing file is an empty configuration (exists() false), not an error. ConfigUnreadable when
    // it cannot be read; ConfigInvalid when it is not a JSON object, a key has the wrong type, a helper name is not
    // a plain name, or an inline auth is not base64 of "user:secret".
    static DockerResult<DockerConfig> load(const QString &path);

    // Sets "credsStore" to `helper` (e.g. "pass"), written atomically, every other key kept exactly as it was:
    // only the value of credsStore changes, or the key is added after the last one. A missing file is created
    // (with its directory) readable and writable by the owner only (0600); an existing file keeps its permissions.
    // A file that is not a valid configuration is never overwritten (ConfigInvalid / ConfigUnreadable).
    // HelperMissing if docker-credential-<helper> is not on PATH. Returns the configuration as written.
    static DockerResult<DockerConfig> setCredsStore(const QString &path, const QString &helper);

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }
    QString credsStore() const { return m_credsStore; } // empty: none
    QMap<QString, QString> credHelpers() const { return m_credHelpers; }
    QStringList authKeys() const { return m_auths.keys(); } // keys with an inline sign-in ({} left out)

    // The helper that serves `registry`: its credHelpers entry, else credsStore; empty when neither is set (then
    // Docker keeps sign-ins inline in config.json).
    QString helperFor(const QString &registry) const;
    // The inline sign-in for `registry`, if config.json holds one (an empty entry "{}" is none).
    std::optional<InlineAuth> inlineAuth(const QString &registry) const;

    // "https://index.docker.io/v1" and "index.docker.io/v1/" → "https://index.docker.io/v1/"; for key comparison.
    static QString normalizeKey(const QString &key);

private:
    static DockerResult<DockerConfig> parse(const QString &path, const QByteArray &text);
    template <typename T> static const T *lookup(const QMap<QString, T> &map, const QString &key);

    QString m_path;
    bool m_exists = false;
    QString m_credsStore;
    QMap<QString, QString> m_credHelpers;
    QMap<QString, InlineAuth> m_auths; // only the non-empty ones
};
