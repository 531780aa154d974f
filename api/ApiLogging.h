// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QLoggingCategory>

// One category per layer. Nothing logged here may contain a secret, a token or an
// Authorization header: requests are logged by method, redacted URL and status only.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
