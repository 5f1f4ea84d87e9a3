#include "DockerLoginState.h"

#include "app/session/Jwt.h"

namespace {

std::optional<DockerCredential> inlineCredential(const DockerConfig &config, const QString &key)
{
    const std::optional<InlineAuth> auth = config.inlineAuth(key);
    if (!auth)
        return std::nullopt;
    return DockerCredential{key, auth->username, auth->secret.isEmpty() ? auth->identityToken : auth->secret};
}

// The Hub username a Docker session JWT names: its "https://hub.docker.com" claim, else a plain `username` claim.
// (Not `sub`: in Docker's sessions that is an identity-provider id.)
QString jwtUsername(const Jwt &jwt)
{
    QString name = jwt.hubClaims().value(QLatin1String("username")).toString();
    if (name.isEmpty())
        name = jwt.claims().value(QLatin1String("username")).toString();
    return name;
}

} // namespace

DockerEntries DockerEntries::fromInline(const DockerConfig &config, const QString &registry)
{
    DockerEntries entries;
    entries.configPath = config.path();
    entries.configExists = config.exists();
    entries.registry = registry;
    entries.entry = inlineCredential(config, registry);
    entries.session = inlineCredential(config, DockerConfig::sessionKey());
    return entries;
}

StoredLogin::Kind DockerLoginState::kind() const
{
    if (entry.kind != StoredLogin::Kind::None)
        return entry.kind;
    return hasSession() ? StoredLogin::Kind::Session : StoredLogin::Kind::None;
}

QString DockerLoginState::username() const
{
    return entry.username.isEmpty() ? session.username : entry.username;
}

DockerLoginState::Replaces DockerLoginState::replaces(const QString &newFingerprint) const
{
    switch (entry.kind) {
    case StoredLogin::Kind::None: return Replaces::Nothing;
    case StoredLogin::Kind::Password: return Replaces::Password;
    case StoredLogin::Kind::Session: return Replaces::Session;
    case StoredLogin::Kind::Token: break;
    }
    if (!newFingerprint.isEmpty() && entry.fingerprint == newFingerprint)
        return Replaces::SameToken;
    return tokenUuid.isEmpty() ? Replaces::OtherToken : Replaces::AppToken;
}

DockerLoginState DockerLoginState::from(const DockerEntries &entries, const QHash<QString, QString> &fingerprints)
{
    DockerLoginState state;
    state.configPath = entries.configPath;
    state.configExists = entries.configExists;
    state.registry = entries.registry;
    state.helper = entries.helper;
    const StoredLogin::Origin origin =
        entries.helper.isEmpty() ? StoredLogin::Origin::Inline : StoredLogin::Origin::Helper;
    state.entry = StoredLogin::from(entries.entry, origin);
    if (state.entry.kind == StoredLogin::Kind::Token)
        state.tokenUuid = fingerprints.value(state.entry.fingerprint);
    StoredLogin session = StoredLogin::from(entries.session, origin);
    if (session.kind == StoredLogin::Kind::Session) {
        const Jwt jwt = Jwt::decode(entries.session->secret);
        const QString name = jwtUsername(jwt);
        if (!name.isEmpty())
            session.username = name;
        state.session = session;
    } else {
        state.session.origin = origin; // not a session: reported as none (readSession says why)
    }
    return state;
}

DockerResult<DockerSession> DockerSession::from(const DockerEntries &entries)
{
    DockerSession session;
    session.helper = entries.helper;
    QString token;
    if (entries.session && !entries.session->secret.isEmpty()) {
        token = entries.session->secret;
        if (!Jwt::decode(token).isValid()) {
            DockerError e;
            e.kind = DockerError::Kind::NotASession;
            e.helper = entries.helper;
            e.path = entries.configPath;
            return DockerResult<DockerSession>::failure(e);
        }
    } else if (entries.entry && Jwt::decode(entries.entry->secret).isValid()) {
        token = entries.entry->secret;
    } else {
        return DockerResult<DockerSession>::success(session); // none
    }
    const Jwt jwt = Jwt::decode(token);
    session.jwt = token;
    session.expiresAt = jwt.expiresAt();
    session.username = jwtUsername(jwt);
    if (session.username.isEmpty() && entries.entry)
        session.username = entries.entry->username;
    if (session.username.isEmpty() && entries.session)
        session.username = entries.session->username;
    return DockerResult<DockerSession>::success(session);
}
