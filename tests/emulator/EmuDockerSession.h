#pragma once

#include "EmuAccount.h"
#include "EmuState.h"

#include <QJsonObject>
#include <QString>

namespace emu {

// Docker-style Hub sessions: JWTs shaped like the ones Docker Desktop and `docker login`'s browser flow keep under
// https://index.docker.io/v1/access-token (issuer login.docker.com, an audience list naming hub.docker.com, the
// "https://hub.docker.com" claim with username, uuid, email, session_id and source). The emulator signs them with
// its own key, so they are accepted as a bearer for token management like its own sessions.
namespace EmuDockerSession {

QJsonObject claims(const EmuAccount &account, qint64 nowSecs, int lifetimeSecs, bool withUsernameClaim,
                   const QString &sessionId);

// Whether the JWT's `aud` (a string or a list of strings) names `audience`.
bool hasAudience(const QJsonObject &claims, const QString &audience);

// The account a session's "https://hub.docker.com" claim names: by username, else (a Docker session without a
// username claim) by uuid. Null if none, or if the username and uuid disagree.
const EmuAccount *account(const EmuState &state, const QJsonObject &hubClaim);

} // namespace EmuDockerSession
} // namespace emu
