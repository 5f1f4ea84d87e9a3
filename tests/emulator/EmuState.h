#pragma once

#include "EmuAccount.h"
#include "EmuToken.h"

#include <QList>

namespace emu {

// Everything the emulator persists: accounts, tokens (secret hashes only) and the JWT signing key.
class EmuState {
public:
    QByteArray jwtKey;
    QList<EmuAccount> accounts;
    QList<EmuToken> tokens;

    EmuAccount *account(const QString &username);
    const EmuAccount *account(const QString &username) const;
    EmuToken *token(const QString &uuid);
    EmuToken *tokenBySecretHash(const QByteArray &hash);
    // Newest first, then by uuid; unsorted when `sorted` is false (for orderRange()).
    QList<const EmuToken *> tokensOf(const QString &username, bool sorted = true) const;
    // Puts the items ranked [first, first + count) in tokensOf()'s order into those places, in that order, without
    // sorting the rest: one page of a long list in linear time.
    static void orderRange(QList<const EmuToken *> &tokens, int first, int count);

    QByteArray toJson() const;
    bool fromJson(const QByteArray &json, QString *error);
    // Missing file: true, nothing loaded (*existed false).
    bool load(const QString &path, bool *existed, QString *error);
    // Atomic (QSaveFile), mode 0600.
    bool save(const QString &path, QString *error) const;
};

} // namespace emu
