#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A JSON Web Token, decoded without verifying its signature (the server verifies; the app only reads the claims
// to know when the session ends and whose it is). Holds no copy of the token text, so it is safe to keep and pass
// around; never log the token itself.
class Jwt {
public:
    Jwt() = default;
    // Decodes "header.payload.signature" (base64url). An invalid Jwt if it is not one.
    static Jwt decode(const QString &token);

    bool isValid() const { return m_valid; }
    QJsonObject header() const { return m_header; }
    QJsonObject claims() const { return m_claims; }

    QDateTime expiresAt() const; // `exp` (UTC); invalid if absent
    QDateTime issuedAt() const; // `iat` (UTC); invalid if absent
    // The "https://hub.docker.com" claim object (username, uuid, email, session_id, source).
    QJsonObject hubClaims() const;
    QString username() const; // hub claim `username`, else `username`, else `sub`
    QString source() const; // hub claim `source`, e.g. "docker_pat|<uuid>"
    // True when the session was obtained with a personal access token (which cannot manage tokens).
    bool isFromPersonalAccessToken() const;

private:
    QDateTime timeClaim(const char *name) const;

    bool m_valid = false;
    QJsonObject m_header;
    QJsonObject m_claims;
};
