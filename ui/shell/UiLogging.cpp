// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "balie.ui", QtInfoMsg)
