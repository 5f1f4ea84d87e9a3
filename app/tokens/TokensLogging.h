#pragma once

#include <QLoggingCategory>

// Logging for the token operations: quiet below warnings unless turned on (QT_LOGGING_RULES="hubtokens.core*=true"). Never a JWT, password
// or secret: uuids, counts, kinds and outcomes only.
Q_DECLARE_LOGGING_CATEGORY(lcAccount) // "hubtokens.core.account": sign-in, sign-out, carry-on after sign-in
Q_DECLARE_LOGGING_CATEGORY(lcCore) // "hubtokens.core": list, create, edit, activation, deletion
