#include "HubLogging.h"

Q_LOGGING_CATEGORY(lcHub, "hubtokens.hub", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHubRetry, "hubtokens.hub.retry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHubPacing, "hubtokens.hub.pacing", QtWarningMsg)
