#pragma once

#include <QList>
#include <QString>

#include <optional>

// The access permission of a personal access token. One per token; a higher scope includes the lower ones.
// The wire names ("repo:read", …) live in the API layer (app/WireFormat), never here.
enum class TokenScope {
    PublicRead, // Repo Public Read-only (the default)
    Read, // Repo Read-only
    Write, // Repo Read & Write
    Admin, // Repo Read, Write, Delete
};

namespace TokenScopes {
// Every scope, lowest first.
QList<TokenScope> all();
// The web page's current wording, translated ("Repo Read-only"). For legacy tokens (no scope) pass std::nullopt.
QString displayName(std::optional<TokenScope> scope);
// One line on what the scope allows, translated.
QString description(TokenScope scope);
// A rank for sorting: legacy (no scope) sorts first, then PublicRead … Admin.
int rank(std::optional<TokenScope> scope);
} // namespace TokenScopes
