#pragma once

#include "models/AccessToken.h"
#include "models/ApiError.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// What one item of an operation came to.
struct ItemOutcome {
    QString uuid;
    QString label; // the token's description when it was known, else the uuid
    std::optional<ApiError> error; // none: done

    bool ok() const { return !error.has_value(); }
};

// The per-item report of an operation on one or many tokens (delete, activate, deactivate), in the order asked.
struct BulkReport {
    enum class Action { Delete, Activate, Deactivate };

    Action action = Action::Delete;
    QList<ItemOutcome> items;

    int succeeded() const;
    int failed() const { return int(items.size()) - succeeded(); }
    QList<ItemOutcome> failures() const;
};

// The outcome of a create.
//  - created: the token and, this once, its secret.
//  - orphan: the reply was lost or was an error, but re-listing found a token with the same description created since
//    the request began: it exists, and its secret is lost. The person should deactivate or delete it.
//  - error: nothing was created (as far as a re-list can tell).
struct CreateOutcome {
    std::optional<CreatedToken> created;
    std::optional<AccessToken> orphan;
    std::optional<ApiError> error; // set with orphan too: what happened to the reply

    bool ok() const { return created.has_value(); }
};

Q_DECLARE_METATYPE(BulkReport)
Q_DECLARE_METATYPE(CreateOutcome)
