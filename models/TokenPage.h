#pragma once

#include "AccessToken.h"

#include <QList>
#include <QUrl>

// One page of GET /v2/access-tokens.
struct TokenPage {
    int page = 1;
    int pageSize = 0;
    int count = 0; // tokens on the account, all pages
    int activeCount = 0;
    QUrl next; // empty at the end
    QUrl previous; // empty at the start
    QList<AccessToken> results;
};

// Every token on the account, in the server's order (newest first).
struct TokenList {
    int count = 0;
    int activeCount = 0;
    QList<AccessToken> tokens;
};
