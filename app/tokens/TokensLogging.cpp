#include "TokensLogging.h"

Q_LOGGING_CATEGORY(lcAccount, "hubtokens.core.account", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCore, "hubtokens.core", QtWarningMsg)
