#include "SecretStore.h"

QString SecretStore::sessionKey(const QUrl &server, const QString &username)
{
    const QString origin = server
                               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                         | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
                               .toString();
    return QStringLiteral("session:%1:%2").arg(origin, username);
}
