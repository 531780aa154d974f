// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ApiLogging.h"

Q_LOGGING_CATEGORY(lcApi, "balie.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "balie.api.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "balie.api.keychain", QtInfoMsg)
