#pragma once

#include "TokenScope.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What "Generate" sends.
struct TokenDraft {
    QString label;
    TokenScope scope = TokenScope::PublicRead;
    QDateTime expiresAt; // invalid: never expires (expires_at omitted)
};

// What "Edit" / the activation switch sends: only the fields that are set.
struct TokenPatch {
    std::optional<QString> label;
    std::optional<bool> active;
    std::optional<TokenScope> scope; // send only when it changed
    bool isEmpty() const { return !label && !active && !scope; }
};
