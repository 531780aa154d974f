#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "balie.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "balie.api.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "balie.api.keychain", QtInfoMsg)
