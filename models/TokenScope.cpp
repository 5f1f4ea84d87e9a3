#include "TokenScope.h"

#include <QCoreApplication>

namespace TokenScopes {

QList<TokenScope> all()
{
    return {TokenScope::PublicRead, TokenScope::Read, TokenScope::Write, TokenScope::Admin};
}

QString displayName(std::optional<TokenScope> scope)
{
    if (!scope)
        return QCoreApplication::translate("TokenScope", "Legacy (full access)");
    switch (*scope) {
    case TokenScope::PublicRead: return QCoreApplication::translate("TokenScope", "Repo Public Read-only");
    case TokenScope::Read: return QCoreApplication::translate("TokenScope", "Repo Read-only");
    case TokenScope::Write: return QCoreApplication::translate("TokenScope", "Repo Read & Write");
    case TokenScope::Admin: return QCoreApplication::translate("TokenScope", "Repo Read, Write, Delete");
    }
    return {};
}

QString description(TokenScope scope)
{
    switch (scope) {
    case TokenScope::PublicRead:
        return QCoreApplication::translate("TokenScope", "Pull public images only. The safest choice.");
    case TokenScope::Read: return QCoreApplication::translate("TokenScope", "Pull public and private images.");
    case TokenScope::Write:
        return QCoreApplication::translate("TokenScope", "Pull and push images. Cannot delete repositories.");
    case TokenScope::Admin:
        return QCoreApplication::translate("TokenScope", "Pull, push and delete images and repositories.");
    }
    return {};
}

int rank(std::optional<TokenScope> scope)
{
    return scope ? static_cast<int>(*scope) + 1 : 0;
}

} // namespace TokenScopes
